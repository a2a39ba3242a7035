import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Issue 13 §1: a field cannot grow past its limit in a form, an import refuses a longer one
/// with its line and the limit, and long fields edit correctly.
final class FieldLimitTests: XCTestCase {
    private let env = Environment(now: { Date(timeIntervalSince1970: 1_800_000_000) }, newID: { "new" }, userName: "test")

    private func reduce(_ state: inout AppState, _ actions: Action...) {
        for action in actions { _ = AppReducer.reduce(into: &state, action: action, environment: env) }
    }

    /// The partner editor on one partner, focused on `field`, cursor at the end.
    private func editing(_ field: WritableKeyPath<PartnerEditorForm, TextInput>, name: String = "Name", role: String = "", language: Language = .de) -> AppState {
        var state = AppState(document: Document(partners: [Partner(id: "p.1", name: name, category: .chamber, role: role)]), language: language)
        reduce(&state, .directory(.editPartner))
        let focus = state.form?.index(of: field) ?? -1
        reduce(&state, .form(.focus(focus)), .form(.edit(.end)))
        return state
    }

    // MARK: Forms

    func testTypingStopsAtTheLimitOfANameAndSaysTheLimit() {
        var state = editing(\.name, name: String(repeating: "a", count: FieldLimit.short - 2))
        reduce(&state, .form(.edit(.insert("bc"))))
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.name.control.text.count, FieldLimit.short)
        XCTAssertNil(state.status, "the last characters that fit are taken without a message")
        reduce(&state, .form(.edit(.insert("d"))))
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.name.control.text.count, FieldLimit.short)
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.name.control.text.text.last, "c")
        XCTAssertEqual(state.status?.message.text(.de), "Das Feld ist voll: höchstens 10.000 Zeichen.")
        XCTAssertEqual(state.status?.severity, .warning)
    }

    func testAPasteIntoTheRoleIsCutAtTheLimitInEnglishToo() {
        var state = editing(\.role, role: String(repeating: "x", count: FieldLimit.long - 3), language: .en)
        reduce(&state, .form(.edit(.insert("äöüß and more"))))
        let role = state.form?.model(PartnerEditorForm.self)?.role.control.text
        XCTAssertEqual(role?.count, FieldLimit.long)
        XCTAssertEqual(role?.text.count, FieldLimit.long)
        XCTAssertTrue(role?.text.hasSuffix("xxxäöü") == true)
        XCTAssertEqual(state.status?.message.text(.en), "The field is full: at most 100,000 characters.")
        // Enter in the full multi-line field adds no line break either.
        reduce(&state, .form(.newline))
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.role.control.text.count, FieldLimit.long)
    }

    func testAFieldLoadedLongerThanItsLimitCanBeShortenedButNotLengthened() {
        var state = editing(\.name, name: String(repeating: "n", count: FieldLimit.short + 5))
        reduce(&state, .form(.edit(.insert("x"))))
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.name.control.text.count, FieldLimit.short + 5)
        reduce(&state, .form(.edit(.backspace)))
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.name.control.text.count, FieldLimit.short + 4)
    }

    // MARK: Editing long text

    /// The field keeps its length and cursor as it goes, without counting the whole text:
    /// after every edit they must agree with the text itself.
    func testLengthAndCursorStayRightThroughEdits() {
        var g = SystemRandomNumberGenerator()
        let pieces = ["a", "ä", "u", "\u{308}", "漢", "👍🏽", "🇩🇪", "e\u{301}", " ", "Wort ", "\r\n", "\u{1B}[2J", "ß"]
        let edits: [TextField.Edit] = [.backspace, .deleteForward, .left, .right, .home, .end, .wordLeft, .wordRight, .deleteWordBackward]
        for multiline in [false, true] {
            var f = TextField("Anfang", multiline: multiline, limit: 200)
            for step in 0..<3_000 {
                if Bool.random(using: &g) {
                    f.insert(pieces.randomElement(using: &g) ?? "a")
                } else {
                    f.apply(edits.randomElement(using: &g) ?? .left)
                }
                if step % 500 == 499 { f.apply(.deleteToStart) }
                XCTAssertEqual(f.count, f.text.count, "step \(step)")
                XCTAssertEqual(f.cursor, f.text.distance(from: f.text.startIndex, to: f.cursorIndex), "step \(step)")
                XCTAssertLessThanOrEqual(f.count, 200)
                XCTAssertEqual(f.text, f.text.precomposedStringWithCanonicalMapping)
            }
        }
    }

    // MARK: Import

    func testPartnerImportRefusesAnOverlongFieldWithItsLineAndTheLimit() {
        let csv = "Name;Rolle;Ort\nKurz;Beratung;Köln\n\(String(repeating: "N", count: FieldLimit.short + 1));x;Bonn\n"
            + "Lang;\(String(repeating: "r", count: FieldLimit.long));Essen\nZu lang;\(String(repeating: "ä", count: FieldLimit.long + 1));Köln\n"
        var n = 0
        let result = PartnerExchange.importCSV(csv, existing: Document(), now: Date(), user: "t") {
            n += 1
            return RecordID("new-\(n)")
        }
        XCTAssertEqual(result.errors.map(\.line), [3, 5])
        XCTAssertEqual(result.errors.first?.message.text(.de), "Name: 10.001 Zeichen sind zu lang – höchstens 10.000 Zeichen sind erlaubt.")
        XCTAssertEqual(result.errors.last?.message.text(.en), "Rolle: 100,001 characters are too long – at most 100,000 characters are allowed.")
        XCTAssertEqual(result.invalidRows, 2)
        XCTAssertEqual(result.records.map(\.name), ["Kurz", "Lang"], "a role of exactly the limit is taken")
    }

    func testCaseImportRefusesAnOverlongFieldWithItsLineAndTheLimit() {
        let csv = "Fallnummer;Vorname;Nachname;Notizen\n;Anna;Schmidt;\(String(repeating: "n", count: FieldLimit.long))\n"
            + ";Ben;\(String(repeating: "M", count: FieldLimit.short + 1));kurz\n;Cem;Kaya;\(String(repeating: "n", count: FieldLimit.long + 1))\n"
        var n = 0
        let result = CaseExchange.importCSV(csv, existing: Document(), now: Date(), user: "t", newID: {
            n += 1
            return RecordID("new.\(n)")
        })
        XCTAssertEqual(result.errors.map(\.line), [3, 4])
        XCTAssertEqual(result.errors.first?.message.text(.de), "Nachname: 10.001 Zeichen sind zu lang – höchstens 10.000 Zeichen sind erlaubt.")
        XCTAssertEqual(result.errors.last?.message.text(.de), "Notizen: 100.001 Zeichen sind zu lang – höchstens 100.000 Zeichen sind erlaubt.")
        XCTAssertEqual(result.records.map(\.person.firstName), ["Anna"])
    }
}
