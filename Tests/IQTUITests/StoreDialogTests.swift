import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The store's dialogs as the person sees them, and the keys that answer them.
final class StoreDialogTests: XCTestCase {
    let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)
    let savedAt = Date(timeIntervalSince1970: 1_795_000_000)

    func testRecoveryOffer() {
        var state = Fixture.state()
        let edit = DocumentEdit.remove(.partner, "p.zab")
        Fixture.drive(&state, .store(.recoveryFound(RecoveryOffer(edits: [edit], entries: 2, lastAt: savedAt, records: 1))))
        XCTAssertEqual(state.inputMode, .recovery)
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains("Wiederherstellung"))
        XCTAssertTrue(text.contains("an 1 Datensatz:"), text)
        XCTAssertTrue(text.contains("gelöscht: Zentralstelle für ausländisches"), "says what the journal holds: \(text)")
        // Restoring loses nothing (u undoes it): preselected, and Esc's answer. No letter answers.
        XCTAssertEqual(KeyMap.action(for: .enter, in: state, layout: layout), .dialog(.press))
        XCTAssertEqual(KeyMap.action(for: .escape, in: state, layout: layout), .dialog(.cancel))
        XCTAssertEqual(KeyMap.action(for: .char("j"), in: state, layout: layout), .dialog(.type("j")))
        XCTAssertEqual(KeyMap.action(for: .char("n"), in: state, layout: layout), .dialog(.type("n")))
        XCTAssertEqual(KeyMap.action(for: .char("q"), in: state, layout: layout), .dialog(.type("q")), "the question must be answered first")
        Fixture.drive(&state, .dialog(.type("n")), .dialog(.type("j")))
        XCTAssertEqual(state.overlay, .recovery, "letters answer nothing")
        XCTAssertTrue(Fixture.render(state, 80, 24).text().contains("▸[ Wiederherstellen ]"))
        Fixture.drive(&state, .dialog(.press))
        XCTAssertNil(state.document.partners["p.zab"], "the journaled removal is applied")
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertNil(state.overlay)
    }

    /// The draft of a gone session's open form, offered in one line, in both languages.
    func testDraftOffer() throws {
        for language in [Language.de, .en] {
            var typed = Fixture.state(language)
            Fixture.drive(&typed, .navigation(.focus(.cases)), .cases(.newCase))
            for (field, text) in [(\CaseEditorForm.firstName, "Olena"), (\CaseEditorForm.lastName, "Kovalenko"), (\CaseEditorForm.birthYear, "19x5")] {
                guard let i = typed.form?.index(of: field) else { return XCTFail(text) }
                Fixture.drive(&typed, .form(.focus(i)), .form(.edit(.insert(text))))
            }
            let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(typed.form), at: savedAt))
            var state = Fixture.state(language)
            Fixture.drive(&state, .store(.recoveryFound(RecoveryOffer(edits: [], entries: 0, lastAt: savedAt, records: 0, journals: ["j"], draft: draft))))
            XCTAssertEqual(state.inputMode, .recovery)
            let canvas = Fixture.render(state, 80, 24)
            let time = GermanDate.dateTime(savedAt, language)
            let line = language == .de ? "Entwurf: Neuer Fall, 3 Felder, \(time) — wiederherstellen?" : "Draft: New case, 3 fields, \(time) — restore?"
            XCTAssertTrue(canvas.text().contains(line), canvas.text())
            if language == .de { assertGolden(canvas, "recovery-draft") }
            XCTAssertEqual(KeyMap.action(for: .enter, in: state, layout: layout), .dialog(.press))
            Fixture.drive(&state, .dialog(.press))
            XCTAssertEqual(state.form?.model(CaseEditorForm.self)?.lastName.value, "Kovalenko")
            XCTAssertEqual(state.inputMode, .form)
        }
    }

    /// A journal that cannot be written: said at once, and still said after other messages
    /// have come and gone, until a save succeeds.
    func testJournalFailureStaysInTheStatusBarUntilASave() {
        var state = Fixture.state()
        Fixture.drive(&state, .store(.journalFailed(.writeFailed(path: "/data/iq-tui.plist.a.pc.1.1.journal", errno: 28))))
        XCTAssertTrue(Fixture.render(state, 100, 24).text().contains("Warnung: Das Wiederherstellungsprotokoll kann nicht geschrieben werden"))
        Fixture.drive(&state, .document(.undo), .session(.tick(Date(timeIntervalSince1970: 1_800_000_060))))
        let later = Fixture.render(state, 100, 24).text()
        XCTAssertTrue(later.contains("Warnung: Das Wiederherstellungsprotokoll"), "back once the other message is gone: \(later)")
        XCTAssertTrue(later.contains("Protokoll gestört"))
        Fixture.drive(&state, .store(.saveFinished(.saved(document: state.document, identity: FileIdentity(device: 1, inode: 1, size: 1, modifiedSeconds: 1,
                                                                                                   modifiedNanoseconds: 1), takenFromOthers: 0, at: savedAt), generation: 0)))
        XCTAssertFalse(Fixture.render(state, 100, 24).text().contains("Wiederherstellungsprotokoll"))
    }

    func testConflictShowsBothVersionsAndWhoChangedIt() {
        var state = Fixture.state()
        guard var mine = state.document.partners["p.whkt"] else { return XCTFail() }
        var theirs = mine
        mine.phone = "0211-111"
        theirs.phone = "0211-222"
        theirs.meta.modifiedBy = "kollegin"
        let conflict = MergeConflict(kind: .partner, id: "p.whkt", base: .partner(Fixture.document.partners["p.whkt"]!),
                                     mine: .partner(mine), theirs: .partner(theirs))
        state.store.conflicts = [conflict]
        state.overlay = .conflict
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "conflict-80x24")
        XCTAssertTrue(canvas.text().contains("kollegin"))
        // "Beide behalten" loses nothing: preselected, and what Esc or b answers; m and t are gone.
        XCTAssertEqual(state.dialogSelection.selected, 2)
        XCTAssertEqual(KeyMap.action(for: .char("b"), in: state, layout: layout), .dialog(.cancel))
        XCTAssertEqual(KeyMap.action(for: .char("t"), in: state, layout: layout), .dialog(.type("t")))
        Fixture.drive(&state, .dialog(.move(-1)), .dialog(.press))
        XCTAssertEqual(state.document.partners["p.whkt"]?.phone, "0211-222")
        XCTAssertTrue(state.store.conflicts.isEmpty)
        XCTAssertNil(state.overlay)
    }

    func testDamagedFileOffersTheBackupAndNothingElse() {
        var state = Fixture.state()
        let error = SnapshotError.truncated(path: "/daten/iq-tui.plist")
        Fixture.drive(&state, .store(.loadFailed(error, backup: BackupOffer(path: "/daten/iq-tui.plist.backup-1", savedAt: savedAt))))
        XCTAssertEqual(state.inputMode, .damagedFile)
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains("abgeschnitten"))
        XCTAssertTrue(text.contains("backup-1"))
        XCTAssertEqual(KeyMap.action(for: .char("b"), in: state, layout: layout), .store(.restoreBackup))
        XCTAssertEqual(KeyMap.action(for: .char("q"), in: state, layout: layout), .dialog(.cancel))
        XCTAssertEqual(state.dialogModel?.buttons.map(\.action), [.session(.confirmQuit), .store(.restoreBackup)])
        XCTAssertEqual(KeyMap.action(for: .tab, in: state, layout: layout), .dialog(.move(1)))

        var noBackup = Fixture.state(.en)
        Fixture.drive(&noBackup, .store(.loadFailed(.newerFormat(path: "f.plist", found: 9, supported: 1), backup: nil)))
        let en = Fixture.render(noBackup, 80, 24).text()
        XCTAssertTrue(en.contains("newer iq-tui"))
        XCTAssertTrue(en.contains("no readable backup"))
        XCTAssertEqual(KeyMap.action(for: .char("b"), in: noBackup, layout: layout), .dialog(.type("b")), "no backup, no restore key")
        XCTAssertEqual(noBackup.dialogModel?.buttons.map(\.action), [.session(.confirmQuit)])
    }

    func testStatusBarShowsSavingReadOnlyAndConflicts() {
        var state = Fixture.state()
        state.hasUnsavedChanges = true
        state.store.savingGeneration = 1
        state.store.readOnly = .notWritable
        let bar = Fixture.render(state, 100, 24).row(23)
        XCTAssertTrue(bar.contains("speichert"))
        XCTAssertTrue(bar.contains("schreibgeschützt"))
        XCTAssertTrue(bar.contains("ungespeichert"))
    }

    func testCtrlSSavesFromTheListAndWhileFiltering() {
        var state = Fixture.state()
        XCTAssertEqual(KeyMap.action(for: .ctrl("s"), in: state, layout: layout), .store(.save))
        Fixture.drive(&state, .filter(.begin))
        XCTAssertEqual(KeyMap.action(for: .ctrl("s"), in: state, layout: layout), .store(.save))
    }
}
