import XCTest
@testable import IQCore
import IQTestSupport

/// Every question is answered by its buttons: letters and moving answer nothing, Enter takes the
/// selected button (the safe one until another is chosen), Esc the safe one, and the purge's
/// button works only once the case number's last digits are typed.
final class DialogReducerTests: XCTestCase, CaseTesting {
    func testLettersAndEnterOnThePreselectedButtonKeepTheCase() {
        let store = casesStore(fourCases)
        select("c.lucia", store)
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        XCTAssertEqual(store.state.dialogSelection, DialogState(kind: .overlay(.confirmPurge("c.lucia")), selected: 0))
        // j, the old "ja", is no digit: it only says what to do.
        store.send(.dialog(.type("j"))) { $0.status = shown(CommonText.statusTypeCode(3), .warning) }
        // Enter takes the preselected "Abbrechen".
        store.send(.dialog(.press)) { $0.overlay = nil }
        XCTAssertNotNil(store.state.document.cases["c.lucia"])
        // Esc answers the same, whichever button was chosen.
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        store.send(.dialog(.move(1))) { $0.dialog = DialogState(kind: .overlay(.confirmPurge("c.lucia")), selected: 1, onButtons: true) }
        store.send(.dialog(.cancel)) {
            $0.overlay = nil
            $0.dialog = DialogState()
        }
        XCTAssertNotNil(store.state.document.cases["c.lucia"])
    }

    func testThePurgeNeedsTheLastThreeDigits() {
        let store = casesStore(fourCases)
        select("c.lucia", store)
        let kind = DialogKind.overlay(.confirmPurge("c.lucia"))
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        XCTAssertEqual(store.state.dialogModel?.code, "003", "NRW-2026-000003")
        // Choosing a button takes the attention off the code field; a digit brings it back.
        store.send(.dialog(.move(1))) { $0.dialog = DialogState(kind: kind, selected: 1, onButtons: true) }
        // Without the digits, and with wrong ones, "Endgültig löschen" does nothing but say why.
        store.send(.dialog(.press)) { $0.status = shown(CommonText.statusTypeCode(3), .warning) }
        store.send(.dialog(.type("0")), .dialog(.type("0")), .dialog(.type("2")), .dialog(.type("9"))) {
            $0.dialog.typed = "002"
            $0.dialog.onButtons = false
        }
        store.send(.dialog(.press))
        XCTAssertEqual(store.state.overlay, .confirmPurge("c.lucia"))
        store.send(.dialog(.erase), .dialog(.type("3"))) { $0.dialog.typed = "003" }
        XCTAssertEqual(store.state.dialogModel?.isEnabled(1, typed: "003"), true)
        store.drive([.dialog(.press)])
        XCTAssertNil(store.state.document.cases["c.lucia"], "the right digits and Enter on the button purge it")
        XCTAssertNil(store.state.overlay)
        XCTAssertEqual(store.state.dialog, DialogState(), "the next question starts from its own defaults")
    }

    func testAnUndoableDeleteIsAPlainQuestion() {
        var state = Fixture.state(Seed.document)
        state.overlay = .confirmDelete("partner.mozaik")
        let store = TestStore(state)
        XCTAssertNil(store.state.dialogModel?.code, "u undoes it: no digits asked")
        // Enter on the preselected "Abbrechen" keeps the partner; the selection wraps around.
        store.send(.dialog(.move(1)), .dialog(.move(1))) { $0.dialog = DialogState(kind: .overlay(.confirmDelete("partner.mozaik")), selected: 0) }
        store.send(.dialog(.press)) {
            $0.overlay = nil
            $0.dialog = DialogState()
        }
        XCTAssertNotNil(store.state.document.partners["partner.mozaik"])
        let again = TestStore(state)
        again.drive([.dialog(.move(-1)), .dialog(.press)])
        XCTAssertNil(again.state.document.partners["partner.mozaik"], "← wraps to Löschen, Enter deletes")
    }

    func testRecoveryAndConflictPreselectTheAnswerThatLosesNothing() {
        var state = Fixture.state(Seed.document)
        state.overlay = .recovery
        XCTAssertEqual(state.dialogModel?.buttons[state.dialogSelection.selected].action, .store(.acceptRecovery))
        XCTAssertEqual(state.dialogModel.map { $0.buttons[$0.safe].action }, .store(.acceptRecovery), "Esc restores: discarding is for good")
        state.overlay = .conflict
        XCTAssertEqual(state.dialogModel?.buttons[state.dialogSelection.selected].action, .store(.resolveConflict(.both)))
        state.overlay = .confirmQuit
        XCTAssertEqual(state.dialogModel?.buttons[state.dialogSelection.selected].action, .session(.cancelQuit))
        state.overlay = nil
        XCTAssertNil(state.dialogModel)
        let store = TestStore(state)
        store.send(.dialog(.press), .dialog(.cancel), .dialog(.move(1)))
    }

    func testTheFormsDiscardQuestionKeepsEditingOnEnter() {
        let store = TestStore(Fixture.state(Seed.document))
        store.drive([.directory(.newPartner), .form(.edit(.insert("x"))), .form(.cancel)])
        XCTAssertEqual(store.state.inputMode, .formDiscard)
        store.send(.dialog(.type("j"))) { $0.status = shown(CommonText.statusChooseButton) }
        store.send(.dialog(.press)) { $0.form?.askDiscard = false }
        store.drive([.form(.cancel), .dialog(.move(1)), .dialog(.press)])
        XCTAssertNil(store.state.form, "→ Enter: Verwerfen")
    }
}

extension DialogReducerTests {
    /// A purge question closed any other way (here: a conflict asked over it) and asked again
    /// starts on "Abbrechen" with no digits.
    func testAQuestionAskedAgainForgetsTheDigits() {
        var state = casesStore(fourCases).state
        state.overlay = .confirmPurge("c.lucia")
        _ = AppReducer.reduce(into: &state, action: .dialog(.type("1")), environment: testEnvironment)
        _ = AppReducer.reduce(into: &state, action: .dialog(.move(1)), environment: testEnvironment)
        XCTAssertEqual(state.dialogSelection.typed, "1")
        state.overlay = .conflict
        state.overlay = .confirmPurge("c.lucia")
        XCTAssertEqual(state.dialogSelection, DialogState(kind: .overlay(.confirmPurge("c.lucia")), selected: 0))
    }
}
