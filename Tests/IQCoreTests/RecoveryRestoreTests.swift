import Foundation
import XCTest
@testable import IQCore

/// Restoring a gone session's edits goes through the same three-way merge as a save, and a
/// journal that cannot be written is said at once and stays said until a save succeeds.
final class RecoveryRestoreTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-restore-test/iq-tui.plist")
    let gone = "/tmp/iq-tui-restore-test/iq-tui.plist.tester.pc.9.1.journal"

    /// A state whose file (the document given) is loaded and writable.
    func readyState(_ document: Document) -> AppState {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        let loaded = SnapshotFile.Loaded(document: document, header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5), format: .binary)
        _ = reduce(&state, .store(.loaded(loaded, created: false, writable: true)))
        return state
    }

    func changed(_ p: Partner, phone: String, by user: String, at t: Double) -> Partner {
        var p = p
        p.phone = phone
        p.meta = RecordMeta(revision: p.meta.revision + 1, modifiedAt: fixedDate.addingTimeInterval(t), modifiedBy: user)
        return p
    }

    func testRestoringOverAColleaguesNewerVersionAsksInsteadOfOverwriting() throws {
        let original = try XCTUnwrap(Fixture.document().partners["p.caritas"])
        let untouched = try XCTUnwrap(Fixture.document().partners["p.bezirk"])
        let mine = changed(original, phone: "0211-111", by: "tester", at: 10)
        let mineToo = changed(untouched, phone: "0211-333", by: "tester", at: 11)
        // Meanwhile a colleague saved another phone number for the same partner.
        let theirs = changed(original, phone: "0211-222", by: "kollegin", at: 20)
        var onDisk = Fixture.document()
        onDisk.partners.put(theirs)
        var state = readyState(onDisk)

        let offer = RecoveryOffer(edits: [.put(.partner(mine)), .put(.partner(mineToo))],
                                  bases: [RecordRef(.partner, "p.caritas"): .record(.partner(original)), RecordRef(.partner, "p.bezirk"): .record(.partner(untouched))],
                                  entries: 2, lastAt: fixedDate, records: 2, journals: [gone])
        XCTAssertEqual(reduce(&state, .store(.recoveryFound(offer))), [])
        XCTAssertEqual(state.overlay, .recovery)
        let effects = reduce(&state, .store(.acceptRecovery))

        XCTAssertEqual(state.store.conflicts.map(\.id), ["p.caritas"], "both changed it: the person decides")
        XCTAssertEqual(state.store.conflicts.first?.theirs, .partner(theirs))
        XCTAssertEqual(state.overlay, .conflict, "the conflict dialog, as after a save")
        XCTAssertEqual(state.document.partners["p.bezirk"], mineToo, "a record only this session changed comes back as it was")
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertTrue(effects.contains(.store(.settleOrphans([gone]))), "answered: the gone session's journal goes: \(effects)")

        // Taking theirs keeps the colleague's number.
        _ = reduce(&state, .store(.resolveConflict(.theirs)))
        XCTAssertEqual(state.document.partners["p.caritas"]?.phone, "0211-222")
        XCTAssertNil(state.overlay)
    }

    func testAnOldJournalWithoutBasesNeverOverwritesALaterChange() throws {
        let original = try XCTUnwrap(Fixture.document().partners["p.caritas"])
        let mine = changed(original, phone: "0211-111", by: "tester", at: 10)
        let theirs = changed(original, phone: "0211-222", by: "kollegin", at: 20)
        var onDisk = Fixture.document()
        onDisk.partners.put(theirs)
        var state = readyState(onDisk)
        // The journal began at +5 s; the version on disk is from +20 s: someone changed it since.
        _ = reduce(&state, .store(.recoveryFound(RecoveryOffer(edits: [.put(.partner(mine))], bases: [RecordRef(.partner, "p.caritas"): .unknown],
                                                               entries: 1, firstAt: fixedDate.addingTimeInterval(5), lastAt: fixedDate.addingTimeInterval(10),
                                                               records: 1, journals: [gone]))))
        _ = reduce(&state, .store(.acceptRecovery))
        XCTAssertEqual(state.store.conflicts.map(\.id), ["p.caritas"])

        // Unchanged on disk since the journal began: restored without a question.
        var quiet = readyState(Fixture.document())
        _ = reduce(&quiet, .store(.recoveryFound(RecoveryOffer(edits: [.put(.partner(mine))], bases: [RecordRef(.partner, "p.caritas"): .unknown],
                                                               entries: 1, firstAt: fixedDate.addingTimeInterval(5), lastAt: fixedDate.addingTimeInterval(10),
                                                               records: 1, journals: [gone]))))
        _ = reduce(&quiet, .store(.acceptRecovery))
        XCTAssertEqual(quiet.store.conflicts, [])
        XCTAssertEqual(quiet.document.partners["p.caritas"], mine)
    }

    func testAJournalWriteFailureWarnsUntilASaveSucceeds() {
        var state = readyState(Fixture.document())
        let error = SnapshotError.writeFailed(path: gone, errno: 28)
        _ = reduce(&state, .store(.journalFailed(error)))
        XCTAssertEqual(state.status?.severity, .warning)
        XCTAssertEqual(state.status?.message.key, .statusJournalFailed)
        XCTAssertNil(state.status?.expiresAt, "it does not fade")
        _ = reduce(&state, .session(.tick(fixedDate.addingTimeInterval(60))))
        XCTAssertEqual(state.store.journalError, error, "still known a minute later")
        let failed = reduce(&state, .store(.saveFinished(.failed(error), generation: 0)))
        XCTAssertEqual(failed, [])
        XCTAssertEqual(state.store.journalError, error, "a failed save does not clear it")
        _ = reduce(&state, .store(.saveFinished(.saved(document: state.document, identity: FileIdentity(device: 1, inode: 3, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5),
                                                       takenFromOthers: 0, at: fixedDate), generation: 0)))
        XCTAssertNil(state.store.journalError, "a successful save holds everything the journal missed")
    }
}
