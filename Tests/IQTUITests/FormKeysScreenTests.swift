import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// Forms line up and say their keys: every form's values start in one column (the `w` form's
/// too, whichever fields its step shows), the footer names Strg-U (clears the field) and, in
/// a filter, Enter; a field that gains the focus shows its text selected (reversed).
final class FormKeysScreenTests: XCTestCase {
    private func withCase() -> AppState {
        let c = Case(id: "c.1", meta: RecordMeta(revision: 1, modifiedAt: Date(), modifiedBy: "x"), number: "NRW-2026-000001", status: .applied)
        var state = AppState(document: Document(cases: [c]), language: .de, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_254_400) // 15.04.2026
        Fixture.drive(&state, .navigation(.focus(.cases)))
        return state
    }

    /// The column where the value of the line labelled `label` starts.
    private func valueColumn(_ canvas: Canvas, _ label: String) -> Int? {
        guard let row = canvas.text().components(separatedBy: "\n").first(where: { $0.contains(label) }) else { return nil }
        let chars = Array(row)
        guard let start = row.range(of: label).map({ row.distance(from: row.startIndex, to: $0.upperBound) }) else { return nil }
        return (start..<chars.count).first { chars[$0] != " " }
    }

    func testEveryFormsValuesStartInOneColumn() throws {
        var step = withCase()
        Fixture.drive(&step, .cases(.stepStatus))
        let column = try XCTUnwrap(valueColumn(Fixture.render(step, 80, 24), "Neuer Status *"))
        // Another step shows other fields: the values stay where they were.
        Fixture.drive(&step, .form(.choose(1)), .form(.choose(1)))
        XCTAssertEqual(valueColumn(Fixture.render(step, 80, 24), "Neuer Status *"), column)
        var appointment = withCase()
        Fixture.drive(&appointment, .cases(.addAppointment))
        XCTAssertEqual(valueColumn(Fixture.render(appointment, 80, 24), "Datum *"), column)
        var newCase = withCase()
        Fixture.drive(&newCase, .cases(.newCase))
        XCTAssertEqual(valueColumn(Fixture.render(newCase, 80, 24), "Geschlecht"), column)
        var filter = withCase()
        Fixture.drive(&filter, .cases(.openFilter))
        XCTAssertEqual(valueColumn(Fixture.render(filter, 80, 24), "▶Status"), column, "the focused first field, not the title")
    }

    func testTheFootersNameStrgUAndTheFiltersEnter() {
        for language in [Language.de, .en] {
            var form = withCase()
            form.language = language
            Fixture.drive(&form, .cases(.addAppointment))
            XCTAssertTrue(Fixture.render(form, 80, 24).text().contains(language == .de ? "Strg-U: leert" : "Ctrl-U: clears"))
            var filter = withCase()
            filter.language = language
            Fixture.drive(&filter, .cases(.openFilter))
            XCTAssertTrue(Fixture.render(filter, 80, 24).text().contains(language == .de ? "Enter/Strg-S: anwenden" : "Enter/Ctrl-S: apply"))
        }
    }

    func testTheSelectedTextIsReversedUntilAKeyIsTyped() throws {
        var form = withCase()
        Fixture.drive(&form, .cases(.addAppointment))
        let canvas = Fixture.render(form, 80, 24)
        let focus = try XCTUnwrap(canvas.focus)
        XCTAssertEqual(canvas[focus.x, focus.y].glyph, "1", "15.04.2026")
        XCTAssertEqual(canvas[focus.x, focus.y].role, .selection, "the pre-filled day is shown selected")
        Fixture.drive(&form, .form(.edit(.end)))
        XCTAssertEqual(Fixture.render(form, 80, 24)[focus.x, focus.y].role, .input, "a movement key ends the selection")
    }
}
