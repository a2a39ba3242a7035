import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// A measure row's gauge shows spent and bound apart without colour, and the row's amounts are
/// never cut at any size or language (issue 16 §6, finding 2).
final class BudgetRowGaugeTests: XCTestCase {
    func testSpentBoundAndFreeReadApart() {
        XCTAssertEqual(SplitBar.glyphs(fraction: 0.5, inner: 0.2, width: 10, ascii: false).joined(), "██▒▒▒·····")
        XCTAssertEqual(SplitBar.glyphs(fraction: 0.5, inner: 0.2, width: 10, ascii: true).joined(), "##===-----")
        // Spent beyond what is bound (payments before enrolments) still shows whole.
        XCTAssertEqual(SplitBar.glyphs(fraction: 0.1, inner: 0.6, width: 10, ascii: true).joined(), "######----")
        // A little is never nothing, almost all is never all.
        XCTAssertEqual(SplitBar.glyphs(fraction: 0.999, inner: 0.001, width: 5, ascii: true).joined(), "#===-")
        XCTAssertEqual(SplitBar.glyphs(fraction: 1.5, inner: 0, width: 4, ascii: true).joined(), "====")
    }

    /// 120 cases enrolled in the 2019 health measure (40 % bound) and 300.000 € paid (20 %).
    func state(_ language: Language = .de, ascii: Bool = false, zoomed: Bool = true) -> AppState {
        var s = AppState(document: Fixture.document, language: language, options: AppState.Options(ascii: ascii, mouse: true))
        s.lastTick = Date(timeIntervalSince1970: 1_561_852_800) // 2019-06-30
        Fixture.drive(&s, .navigation(.focus(.budgets)))
        if zoomed { Fixture.drive(&s, .navigation(.toggleZoom)) }
        for i in 0..<120 {
            var c = Case(id: RecordID("c\(i)"), meta: .seed, number: "NRW-2019-\(i)", status: .qualification)
            c.measureID = "m.h.2019"
            c.providerID = "p.mozaik"
            s.document.cases.put(c)
        }
        s.document.payments.put(Payment(id: "pay1", meta: .seed, measureID: "m.h.2019", providerID: "p.mozaik",
                                        day: Day(year: 2019, month: 4, day: 1)!, amount: .euros(300_000), reference: "Abschlag"))
        return s
    }

    func gaugeRow(_ canvas: Canvas, _ percent: String) -> String {
        canvas.text().split(separator: "\n").first { $0.contains(percent) && ($0.contains("▒") || $0.contains("=")) }.map(String.init) ?? ""
    }

    func testTheRowGaugeShowsSpentInsideBoundWithALegend() {
        let canvas = Fixture.render(state(), 80, 24)
        let row = gaugeRow(canvas, "40,0 %")
        XCTAssertTrue(row.range(of: "█{4,5}▒{4,5}·{12,}", options: .regularExpression) != nil, "20 % spent, 20 % more bound: \(row)")
        XCTAssertTrue(canvas.text().contains("Balken je Zeile: █ ausgezahlt, ▒ gebunden"), canvas.text())
        let ascii = Fixture.render(state(.en, ascii: true), 80, 24)
        let asciiRow = gaugeRow(ascii, "40.0%")
        XCTAssertTrue(asciiRow.range(of: "#{4,5}={4,5}-{12,}", options: .regularExpression) != nil, asciiRow)
        XCTAssertTrue(ascii.text().contains("Row bars: # spent, = committed (not yet spent)"), ascii.text())
    }

    /// No amount, percentage or place count ends in an ellipsis; a column that does not fit is
    /// dropped whole.
    func testAmountsAreNeverCut() {
        let sizes = [(80, 24), (100, 30), (120, 40), (200, 50)]
        for language in [Language.de, .en] {
            for zoomed in [false, true] {
                for (w, h) in sizes {
                    let text = Fixture.render(state(language, zoomed: zoomed), w, h).text()
                    let cut = text.range(of: #"[0-9€%] ?…"#, options: .regularExpression)
                    XCTAssertNil(cut, "\(language) \(w)×\(h) zoomed \(zoomed):\n\(text)")
                }
            }
        }
    }

    /// Nothing recorded: the empty sums give their room (and their titles') to the names.
    func testEmptyColumnsGiveTheirRoomToTheNames() {
        var s = AppState(document: Fixture.document, language: .de, options: AppState.Options(ascii: false, mouse: true))
        s.lastTick = Date(timeIntervalSince1970: 1_561_852_800)
        Fixture.drive(&s, .navigation(.focus(.budgets)), .navigation(.toggleZoom))
        let text = Fixture.render(s, 80, 24).text()
        XCTAssertTrue(text.contains("Qualifizierung Gesundheitsberufe ca. 1.500.000 €"), text)
    }
}

extension BudgetRowGaugeTests {
    /// Every row's bar is as wide as the others, whatever its percentage's width ("0,0 %",
    /// "40,0 %"): the bars compare at a glance.
    func testTheBarsOfAllRowsAreEquallyWide() {
        for ascii in [false, true] {
            var s = state(ascii: ascii)
            guard var second = s.document.measures["m.h.2019"] else { return XCTFail("no measure") }
            second.id = "m.second"
            second.name = "Zweite Maßnahme"
            s.document.measures.put(second)
            s.document.payments.put(Payment(id: "pay2", meta: .seed, measureID: "m.second", providerID: "p.mozaik",
                                            day: Day(year: 2019, month: 4, day: 1)!, amount: .euros(15_000), reference: "Abschlag"))
            let canvas = Fixture.render(s, 80, 24)
            let marks: Set<Character> = ascii ? ["#", "=", "-"] : ["█", "▒", "·"]
            // The list's rows, not the summary's gauges (those are in brackets).
            let bars = canvas.text().split(separator: "\n").filter { $0.contains("%") && !$0.contains("[") }.map { row in
                row.filter { marks.contains($0) }.count
            }.filter { $0 > 0 }
            XCTAssertGreaterThan(bars.count, 1, canvas.text())
            XCTAssertEqual(Set(bars).count, 1, "\(bars)\n\(canvas.text())")
        }
    }
}
