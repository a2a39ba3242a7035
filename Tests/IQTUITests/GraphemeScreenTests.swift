import XCTest
@testable import IQCore
@testable import IQTUI

/// Names with emoji sequences, flags, VS16, keycaps, skin tones, combining marks, Hangul jamo,
/// CJK, zero-width and control characters in the partner list, an open partner and its form:
/// every screen row stays in step with a terminal placing characters by wcwidth, ncurses can be
/// handed every cell as it is, and no control character reaches a cell (issue 13, §3).
final class GraphemeScreenTests: XCTestCase {
    private static let name = "Familie 👨\u{200D}👩\u{200D}👧\u{200D}👦 🇩🇪 ❤\u{FE0F} e\u{301}"

    private func state() -> AppState {
        var document = Fixture.document
        _ = document.partners.put(Partner(
            id: "p.familie", name: Self.name, shortName: "1\u{FE0F}\u{20E3} 👍🏽", category: .provider,
            cities: ["서울", "中山"],
            role: "Rolle: 👨\u{200D}👩\u{200D}👧\u{200D}👦 🇩🇪 ❤\u{FE0F} e\u{301} \u{1100}\u{1161}\u{11A8} 中文 a\u{200B}b \u{1161} क\u{93E} Ende",
            address: "Straße 1\u{FE0F}\u{20E3}, 🏳\u{FE0F}\u{200D}🌈 Köln"))
        _ = document.partners.put(Partner(
            id: "p.evil", name: "Fremd\u{1B}]0;title\u{7} \u{9B}2J \u{202E}links\u{202C} \u{1B}[31mrot",
            category: .provider, role: "Zeile\u{1B}]52;c;ZXZpbA==\u{7} Ende\u{0}\u{2028}neu"))
        var state = AppState(document: document, language: .de)
        Fixture.drive(&state, .navigation(.toggleZoom))
        return state
    }

    private func select(_ id: RecordID, _ state: inout AppState) {
        let row = PartnerList.rows(state).firstIndex { $0.partner?.id == id }
        XCTAssertNotNil(row, "\(id) in the list")
        Fixture.drive(&state, .navigation(.select(.partners, row: row ?? 0)))
    }

    private func assertInStep(_ canvas: Canvas, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<canvas.height {
            XCTAssertEqual(columnsOutOfStep(canvas, row: y), [], "row \(y): \(canvas.row(y))", file: file, line: line)
        }
        XCTAssertEqual(cellsNcursesWouldReplace(canvas), [], file: file, line: line)
        XCTAssertEqual(controlScalars(canvas), [], file: file, line: line)
    }

    func testTheListShowsClustersInStep() {
        let canvas = Fixture.render(state(), 80, 24)
        assertGolden(canvas, "graphemes-list-80x24")
        assertInStep(canvas)
        XCTAssertTrue(canvas.text().contains("Familie \u{FFFD}  DE ❤  é"))
    }

    func testTheOpenPartnerShowsClustersInStep() {
        var state = state()
        select("p.familie", &state)
        Fixture.drive(&state, .navigation(.open))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "graphemes-detail-80x24")
        assertInStep(canvas)
        XCTAssertTrue(canvas.text().contains("각 中文 ab \u{FFFD} क\u{93E} Ende"), "jamo composed, zero width space gone")
    }

    func testTheFormShowsClustersInStep() {
        var state = state()
        select("p.familie", &state)
        Fixture.drive(&state, .directory(.editPartner))
        XCTAssertNotNil(state.form)
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "graphemes-form-80x24")
        assertInStep(canvas)
        // The cursor after the name sits where the terminal has the end of it.
        XCTAssertEqual(canvas.cursor.map { canvas[$0.x - 1, $0.y].glyph }, "é")
    }

    func testControlCharactersInDataNeverReachTheScreen() {
        var state = state()
        select("p.evil", &state)
        Fixture.drive(&state, .navigation(.open))
        let detail = Fixture.render(state, 80, 24)
        assertInStep(detail)
        XCTAssertTrue(detail.text().contains("Fremd]0;title 2J links [31mrot"), detail.text())
        Fixture.drive(&state, .directory(.editPartner))
        assertInStep(Fixture.render(state, 80, 24))
    }
}
