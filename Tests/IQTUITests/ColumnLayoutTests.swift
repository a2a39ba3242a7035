import XCTest
@testable import IQCore
@testable import IQTUI

/// The columns share a list's width by what the visible rows hold (ColumnLayout).
final class ColumnLayoutTests: XCTestCase {
    private func demand(_ minimum: Int, _ maximum: Int = 1000, weight: Int = 1, drop: Int = 0, title: Int = 4, content: Int) -> ColumnLayout.Demand {
        .init(minimum: minimum, maximum: maximum, weight: weight, dropOrder: drop, titleWidth: title, contentWidth: content)
    }

    private func widths(_ columns: [ColumnLayout.Demand], _ width: Int) -> [Int] {
        ColumnLayout.widths(columns, width: width).map(\.width)
    }

    func testAColumnEmptyOnScreenGivesItsRoomToTheNames() {
        let name = demand(18, weight: 3, content: 45), city = demand(10, weight: 1, title: 3, content: 0)
        // The empty city gets its title only from spare room: the name is whole; the spare stays at the end.
        XCTAssertEqual(widths([name, city], 60), [45, 14])
        XCTAssertEqual(widths([name, city], 40), [40], "too short for both: the empty column is left out")
        XCTAssertEqual(widths([name, demand(10, weight: 1, title: 3, content: 20)], 60), [42, 17], "short: names first, by weight")
    }

    /// A title is not content: a long title ("Initials", "Reference") never keeps room a cut cell
    /// needs, and gets its whole width once the content is whole — also beyond a fixed width.
    func testTitlesGetRoomOnlyAfterTheContent() {
        let number = demand(15, 15, weight: 0, title: 11, content: 15), initials = demand(6, 6, weight: 0, drop: 1, title: 8, content: 5)
        let status = demand(11, 20, weight: 0, title: 6, content: 17), next = demand(10, 10, weight: 0, title: 4, content: 0)
        let job = demand(12, weight: 2, drop: 2, title: 13, content: 9)
        XCTAssertEqual(widths([number, initials, job, status, next], 200)[1], 8, "the whole title with room to spare")
        // Short: the content is whole first (the status), the titles share only what is left.
        let tight = ColumnLayout.widths([number, initials, job, status, next], width: 50)
        XCTAssertEqual(tight.first { $0.index == 3 }?.width, 17, "\(tight)")
        XCTAssertEqual(tight.first { $0.index == 2 }?.width, 9, "\(tight)")
        XCTAssertNil(tight.first { $0.index == 4 }, "the empty column gave its room away: \(tight)")
    }

    func testShortDataColumnsGetTheirContentBeforeNamesShare() {
        let status = demand(11, 20, weight: 0, content: 15), name = demand(12, weight: 2, content: 34), site = demand(10, weight: 1, content: 29)
        XCTAssertEqual(widths([name, status, site], 50), [20, 15, 13])
        // Ample width: everything whole, the spare to the weighted columns.
        XCTAssertEqual(widths([name, status, site], 100).reduce(0, +), 98)
        XCTAssertEqual(widths([name, status, site], 100)[1], 15)
    }

    func testColumnsAreDroppedByDropOrderWhenEvenTheirMinimumsDoNotFit() {
        let number = demand(15, 15, weight: 0, content: 15), initials = demand(6, 6, weight: 0, drop: 1, content: 5)
        let job = demand(12, weight: 2, drop: 2, content: 30), status = demand(11, 20, weight: 0, content: 15)
        let site = demand(10, weight: 1, drop: 3, content: 20), next = demand(10, 10, weight: 0, content: 10)
        let kept = ColumnLayout.widths([number, initials, job, status, site, next], width: 38)
        XCTAssertEqual(kept.map(\.index), [0, 3, 5], "number, status and next appointment at 38 columns")
        XCTAssertEqual(kept.map(\.width), [15, 11, 10])
        XCTAssertEqual(ColumnLayout.widths([number, initials, job, status, site, next], width: 78).count, 6)
    }

    func testFixedColumnsKeepTheirWidthAndNeverOverflow() {
        let year = demand(4, 4, weight: 0, content: 4), meter = demand(14, 14, weight: 0, drop: 1, content: 6)
        let name = demand(12, weight: 1, content: 40)
        XCTAssertEqual(widths([year, name, meter], 60), [4, 40, 14])
        for width in 1...80 {
            let kept = ColumnLayout.widths([year, name, meter], width: width)
            let used = kept.reduce(0) { $0 + $1.width } + kept.count - 1
            XCTAssertTrue(used <= max(width, 4 + 1 + 12) , "width \(width): \(kept)")
        }
    }

    func testRowsThatWouldLookAlikeGetTheirTagAppended() {
        var cells = [["Westdeutscher Handwerkskammertag Nord", "Kammern"],
                     ["Westdeutscher Handwerkskammertag Süd", "Kammern"],
                     ["Westdeutscher Handwerkskammertag West", "Träger"],
                     ["IQ Netzwerk NRW", "IQ-Netzwerk"]]
        let layout = [(index: 0, width: 20), (index: 1, width: 10)]
        Table.distinguish(&cells, rows: [4, 5, 6, 7], column: 0, layout: layout, tag: { ["", "", "", "", "WHKT-N", "WHKT-S", "WHKT-W", "IQ"][$0] }, ellipsis: "…")
        XCTAssertEqual(cells.map { TextWidth.truncate($0[0], to: 20) },
                       ["Westdeutsche… WHKT-N", "Westdeutsche… WHKT-S", "Westdeutscher Handw…", "IQ Netzwerk NRW"],
                       "the third row differs by its category, the fourth is whole")
    }
}
