import XCTest
@testable import IQCore
import IQTestSupport

/// A field that gains the focus has its text selected, as in good forms: the first typed
/// character (or a paste, which arrives as one insert) replaces the whole value, Backspace
/// removes it, a movement key keeps it and starts editing there. A multi-line note is never
/// selected: a stray key would wipe it out.
final class FormSelectionTests: XCTestCase, CaseTesting {
    private func appointmentStore() -> TestStore {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "")
        let store = casesStore([c])
        select("c.olena", store)
        store.send(.cases(.addAppointment)) { $0.form = CaseForm.appointmentForm(c, $0) }
        return store
    }

    private func day(_ store: TestStore) -> String? { store.state.form?.model(AppointmentForm.self)?.day.value }

    func testTypingIntoTheFocusedPrefilledDateReplacesIt() {
        let store = appointmentStore()
        XCTAssertEqual(day(store), "15.04.2026")
        XCTAssertEqual(store.state.form?.textSelected, true, "the pre-filled day is selected when the form opens")
        store.drive([.form(.edit(.insert("2")))])
        XCTAssertEqual(day(store), "2", "the first key replaces the whole day")
        XCTAssertEqual(store.state.form?.textSelected, false)
        store.drive(".04.2026".map { .form(.edit(.insert(String($0)))) })
        XCTAssertEqual(day(store), "2.04.2026", "the next keys are typed after it")
    }

    func testAFieldEnteredByTabIsSelectedAgainAndAPasteReplacesIt() {
        let store = appointmentStore()
        store.drive([.form(.focusNext), .form(.focusPrevious)])
        XCTAssertEqual(store.state.form?.textSelected, true, "back in the day by Shift-Tab: selected again")
        // A paste is one insert (InputBatch): it replaces the selection as one key would.
        store.drive([.form(.edit(.insert("22.04.2026")))])
        XCTAssertEqual(day(store), "22.04.2026")
    }

    func testAMovementKeyKeepsTheTextAndBackspaceClearsIt() {
        let store = appointmentStore()
        store.drive([.form(.edit(.left)), .form(.edit(.backspace))])
        XCTAssertEqual(day(store), "15.04.206", "← ends the selection: Backspace then erases one character")
        store.drive([.form(.focusNext), .form(.focusPrevious), .form(.edit(.backspace))])
        XCTAssertEqual(day(store), "", "Backspace on the selected text removes all of it")
        XCTAssertEqual(store.state.form?.textSelected, false)
        store.drive([.form(.focusNext), .form(.focusPrevious)])
        XCTAssertEqual(store.state.form?.textSelected, false, "an empty field has nothing to select")
    }

    func testAMultilineNoteIsNeverSelected() {
        var c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "")
        c.notes = "Termin im Mai"
        let store = casesStore([c])
        select("c.olena", store)
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: c, $0, user: "tester") }
        guard let notes = store.state.form?.fields.firstIndex(where: { $0.kind == .multiline }) else { return XCTFail("no notes field") }
        store.drive([.form(.focus(notes))])
        XCTAssertEqual(store.state.form?.textSelected, false)
        store.drive([.form(.edit(.insert("!")))])
        XCTAssertEqual(store.state.form?.fields[notes].text.text, "Termin im Mai!")
    }
}
