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
        Fixture.reduce(&state, .store(.recoveryFound(RecoveryOffer(edits: [edit], entries: 2, lastAt: savedAt, records: 1))))
        XCTAssertEqual(state.inputMode, .recovery)
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains("Wiederherstellung"))
        XCTAssertTrue(text.contains("an 1 Datensatz:"), text)
        XCTAssertTrue(text.contains("gelöscht: Zentralstelle für ausländisches"), "says what the journal holds: \(text)")
        XCTAssertEqual(KeyMap.action(for: .char("j"), in: state, layout: layout), .store(.acceptRecovery))
        XCTAssertEqual(KeyMap.action(for: .char("n"), in: state, layout: layout), .store(.declineRecovery))
        XCTAssertNil(KeyMap.action(for: .char("q"), in: state, layout: layout), "the question must be answered first")
        Fixture.reduce(&state, .store(.acceptRecovery))
        XCTAssertNil(state.document.partners["p.zab"], "the journaled removal is applied")
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertNil(state.overlay)
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
        XCTAssertEqual(KeyMap.action(for: .char("t"), in: state, layout: layout), .store(.resolveConflict(.theirs)))
        Fixture.reduce(&state, .store(.resolveConflict(.theirs)))
        XCTAssertEqual(state.document.partners["p.whkt"]?.phone, "0211-222")
        XCTAssertTrue(state.store.conflicts.isEmpty)
        XCTAssertNil(state.overlay)
    }

    func testDamagedFileOffersTheBackupAndNothingElse() {
        var state = Fixture.state()
        let error = SnapshotError.truncated(path: "/daten/iq-tui.plist")
        Fixture.reduce(&state, .store(.loadFailed(error, backup: BackupOffer(path: "/daten/iq-tui.plist.backup-1", savedAt: savedAt))))
        XCTAssertEqual(state.inputMode, .damagedFile)
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains("abgeschnitten"))
        XCTAssertTrue(text.contains("backup-1"))
        XCTAssertEqual(KeyMap.action(for: .char("b"), in: state, layout: layout), .store(.restoreBackup))
        XCTAssertEqual(KeyMap.action(for: .char("q"), in: state, layout: layout), .session(.confirmQuit))
        XCTAssertNil(KeyMap.action(for: .tab, in: state, layout: layout))

        var noBackup = Fixture.state(.en)
        Fixture.reduce(&noBackup, .store(.loadFailed(.newerFormat(path: "f.plist", found: 9, supported: 1), backup: nil)))
        let en = Fixture.render(noBackup, 80, 24).text()
        XCTAssertTrue(en.contains("newer iq-tui"))
        XCTAssertTrue(en.contains("no readable backup"))
        XCTAssertNil(KeyMap.action(for: .char("b"), in: noBackup, layout: layout), "no backup, no restore key")
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
        Fixture.reduce(&state, .filter(.begin))
        XCTAssertEqual(KeyMap.action(for: .ctrl("s"), in: state, layout: layout), .store(.save))
    }
}
