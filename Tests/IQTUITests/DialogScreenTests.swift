import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// Every dialog answered by buttons: no key that moves answers one, Enter takes the preselected
/// safe button, and the purge shows its digit field (goldens at 80×24, German and English).
final class DialogScreenTests: XCTestCase {
    private let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    /// The keys that move somewhere in a list, a detail or the help.
    private let navigationKeys: [Key] = [.char("j"), .char("k"), .char("h"), .char("l"), .char("g"), .char("G"), .char(" "),
                                         .up, .down, .pageUp, .pageDown, .home, .end]

    private func withCases(_ language: Language = .de) -> AppState {
        var document = Fixture.document
        document.cases = RecordTable(CaseScreenTests.cases)
        var state = AppState(document: document, language: language, options: AppState.Options(ascii: false, mouse: true))
        Fixture.drive(&state, .navigation(.focus(.cases)), .navigation(.toggleZoom))
        return state
    }

    /// One state per dialog the program has.
    private func everyDialog() -> [(String, AppState)] {
        var dialogs: [(String, AppState)] = []
        for overlay: AppState.Overlay in [.confirmQuit, .confirmDelete("p.zab"), .confirmPurge("c.olena"), .confirmRemove(.measure, "m.x"), .recovery] {
            var state = withCases()
            state.overlay = overlay
            dialogs.append(("\(overlay)", state))
        }
        var conflict = Fixture.state()
        if let partner = conflict.document.partners["p.whkt"] {
            conflict.store.conflicts = [MergeConflict(kind: .partner, id: "p.whkt", base: .partner(partner), mine: .partner(partner), theirs: nil)]
        }
        conflict.overlay = .conflict
        dialogs.append(("conflict", conflict))
        var discard = Fixture.state()
        Fixture.drive(&discard, .directory(.newPartner), .form(.edit(.insert("x"))), .form(.cancel))
        dialogs.append(("formDiscard", discard))
        var damaged = Fixture.state()
        Fixture.drive(&damaged, .store(.loadFailed(.truncated(path: "/d/iq-tui.plist"), backup: BackupOffer(path: "/d/iq-tui.plist.backup-1", savedAt: Date(timeIntervalSince1970: 0)))))
        dialogs.append(("damagedFile", damaged))
        return dialogs
    }

    func testNoNavigationKeyAnswersAnyDialogAndEnterTakesTheSafeButton() throws {
        for (name, state) in everyDialog() {
            let model = try XCTUnwrap(state.dialogModel, name)
            XCTAssertEqual(state.dialogSelection.selected, model.safe, "\(name): the safe button is preselected")
            let answers = Set(model.buttons.map { "\($0.action)" })
            for key in navigationKeys {
                let action = KeyMap.action(for: key, in: state, layout: layout)
                XCTAssertNotEqual(action, .dialog(.press), "\(name): \(key)")
                if let action { XCTAssertFalse(answers.contains("\(action)"), "\(name): \(key) answers directly") }
                var pressed = state
                if let action { Fixture.drive(&pressed, action) }
                XCTAssertEqual(pressed.dialogModel?.kind, model.kind, "\(name): \(key) closed the question")
            }
            XCTAssertEqual(KeyMap.action(for: .enter, in: state, layout: layout), .dialog(.press), name)
            XCTAssertEqual(KeyMap.action(for: .escape, in: state, layout: layout), .dialog(.cancel), name)
            XCTAssertEqual(KeyMap.groups(for: state).map(\.title), [CommonText.helpSectionDialog], "\(name): the help lists the dialog's keys")
        }
    }

    func testThePurgeDialogAsksForTheDigits() {
        for language in [Language.de, .en] {
            var state = withCases(language)
            state.overlay = .confirmPurge("c.olena")
            Fixture.drive(&state, .dialog(.type("0")), .dialog(.type("0")))
            let canvas = Fixture.render(state, 80, 24)
            assertGolden(canvas, "purge-confirm-\(language)-80x24")
            let text = canvas.text()
            XCTAssertTrue(text.contains(language == .de ? "▸[ Abbrechen ]" : "▸[ Cancel ]"), text)
            XCTAssertTrue(text.contains("[00_]"), text)
            XCTAssertFalse(text.contains("✓"), "two digits of three: not yet")
            Fixture.drive(&state, .dialog(.type("1")), .dialog(.move(1)))
            let ready = Fixture.render(state, 80, 24).text()
            XCTAssertTrue(ready.contains("[001] ✓"), ready)
            XCTAssertTrue(ready.contains(language == .de ? "▸[ Endgültig löschen ]" : "▸[ Delete for good ]"), ready)
        }
    }

    /// The cursor stands after the typed digits while they are typed and goes to a button once
    /// one is chosen (a screen reader reads what the attention is on).
    func testThePurgeDialogsCursorFollowsTheDigitsThenTheChosenButton() throws {
        var state = withCases(.de)
        state.overlay = .confirmPurge("c.olena")
        let empty = Fixture.render(state, 80, 24)
        let start = try XCTUnwrap(empty.cursor)
        XCTAssertEqual(empty[start.x - 1, start.y].glyph, "[", "before any digit: just inside the field")
        Fixture.drive(&state, .dialog(.type("0")), .dialog(.type("0")))
        let typed = Fixture.render(state, 80, 24)
        XCTAssertEqual(typed.cursor, Point(x: start.x + 2, y: start.y), "after the two digits")
        XCTAssertEqual(typed.attention, typed.cursor)
        Fixture.drive(&state, .dialog(.move(1)))
        let chosen = Fixture.render(state, 80, 24)
        XCTAssertNil(chosen.cursor, "a chosen button: no insertion point")
        let focus = try XCTUnwrap(chosen.focus)
        XCTAssertTrue(chosen.row(focus.y).dropFirst(focus.x).hasPrefix("▸[ Endgültig löschen ]"), chosen.row(focus.y))
        Fixture.drive(&state, .dialog(.type("1")))
        let complete = Fixture.render(state, 80, 24)
        XCTAssertNil(complete.cursor, "all digits typed: the attention is on the selected button")
        XCTAssertEqual(complete[try XCTUnwrap(complete.focus).x, try XCTUnwrap(complete.focus).y].glyph, "▸")
    }

    func testTheSelectedButtonIsMarkedWithoutColourInAscii() {
        var state = Fixture.state(ascii: true)
        state.hasUnsavedChanges = true
        Fixture.drive(&state, .session(.requestQuit))
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains(">[ Zurück ]    [ Beenden ]"), text)
    }
}
