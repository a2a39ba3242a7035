import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Restoring a gone session's edits goes through the same three-way merge as a save, and a
/// journal that cannot be written is said at once and stays said until a save succeeds.
final class RecoveryRestoreTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-restore-test/iq-tui.plist")
    let gone = "/tmp/iq-tui-restore-test/iq-tui.plist.tester.pc.9.1.journal"

    let identity = TestStore.loadedIdentity
    var journal: String { JournalSession(user: "tester").journalPath(file) }

    /// A store whose file (the document given) is loaded and writable.
    func readyStore(_ document: Document, file: StaticString = #filePath, line: UInt = #line) -> TestStore {
        TestStore.loaded(document, file: self.file, file: file, line: line)
    }

    /// The restored records as one undoable edit, journaled against what is on disk.
    func expectRestored(_ state: inout AppState, _ records: [Partner], base: Document, records count: Int) -> [Effect] {
        let edit = DocumentEdit.batch(records.map { .put(.partner($0)) })
        state.expectEdit(edit, label: StoreText.labelRecovery)
        state.status = shown(StoreText.statusRecovered(count))
        let entries = records.map { r in JournaledEdit(.put(.partner(r)), base: base.partners[r.id].map { .record(.partner($0)) } ?? .absent) }
        return [.store(.appendJournal(path: journal, edits: entries, at: fixedDate))]
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
        let store = readyStore(onDisk)

        let offer = RecoveryOffer(edits: [.put(.partner(mine)), .put(.partner(mineToo))],
                                  bases: [RecordRef(.partner, "p.caritas"): .record(.partner(original)), RecordRef(.partner, "p.bezirk"): .record(.partner(untouched))],
                                  entries: 2, lastAt: fixedDate, records: 2, journals: [gone])
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = offer
            $0.overlay = .recovery
        }
        // Both changed Caritas: the person decides, in the conflict dialog as after a save (mine
        // shows until then). A record only this session changed comes back as it was.
        // Answered: the gone session's journal goes.
        var expected = store.state
        let journaled = expectRestored(&expected, [mineToo, mine], base: onDisk, records: 2)
        store.send(.store(.acceptRecovery), effects: journaled + [.store(.settleOrphans([gone]))]) {
            $0 = expected
            $0.store.conflicts = [MergeConflict(kind: .partner, id: "p.caritas", base: .partner(original), mine: .partner(mine), theirs: .partner(theirs))]
            $0.store.recovery = nil
            $0.overlay = .conflict
        }
        XCTAssertEqual(store.state.document.partners["p.bezirk"], mineToo)

        // Taking theirs keeps the colleague's number.
        store.send(.store(.resolveConflict(.theirs)),
                   effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.partner(theirs)), base: .record(.partner(theirs)))], at: fixedDate))]) {
            $0.store.conflicts = []
            $0.expectEdit(.put(.partner(theirs)), label: StoreText.labelConflict)
            $0.overlay = nil
            $0.status = shown(StoreText.statusConflictsResolved)
        }
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.phone, "0211-222")
    }

    func testAnOldJournalWithoutBasesNeverOverwritesALaterChange() throws {
        let original = try XCTUnwrap(Fixture.document().partners["p.caritas"])
        let mine = changed(original, phone: "0211-111", by: "tester", at: 10)
        let theirs = changed(original, phone: "0211-222", by: "kollegin", at: 20)
        var onDisk = Fixture.document()
        onDisk.partners.put(theirs)
        let offer = RecoveryOffer(edits: [.put(.partner(mine))], bases: [RecordRef(.partner, "p.caritas"): .unknown],
                                  entries: 1, firstAt: fixedDate.addingTimeInterval(5), lastAt: fixedDate.addingTimeInterval(10),
                                  records: 1, journals: [gone])
        // The journal began at +5 s; the version on disk is from +20 s: someone changed it since.
        let store = readyStore(onDisk)
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = offer
            $0.overlay = .recovery
        }
        var expected = store.state
        let journaled = expectRestored(&expected, [mine], base: onDisk, records: 1)
        store.send(.store(.acceptRecovery), effects: journaled + [.store(.settleOrphans([gone]))]) {
            $0 = expected
            $0.store.conflicts = [MergeConflict(kind: .partner, id: "p.caritas", base: nil, mine: .partner(mine), theirs: .partner(theirs))]
            $0.store.recovery = nil
            $0.overlay = .conflict
        }

        // Unchanged on disk since the journal began: restored without a question.
        let quiet = readyStore(Fixture.document())
        quiet.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = offer
            $0.overlay = .recovery
        }
        var restored = quiet.state
        let quietlyJournaled = expectRestored(&restored, [mine], base: Fixture.document(), records: 1)
        quiet.send(.store(.acceptRecovery), effects: quietlyJournaled + [.store(.settleOrphans([gone]))]) {
            $0 = restored
            $0.store.recovery = nil
            $0.overlay = nil
        }
    }

    func testAJournalWriteFailureWarnsUntilASaveSucceeds() {
        let store = readyStore(Fixture.document())
        let error = SnapshotError.writeFailed(path: gone, errno: 28)
        // A warning that does not fade.
        store.send(.store(.journalFailed(error))) {
            $0.store.journalError = error
            $0.status = StatusMessage(StoreText.statusJournalFailed(error.message.text(.de)), severity: .warning, expiresAt: nil)
        }
        // Still known a minute later.
        store.send(.session(.tick(fixedDate.addingTimeInterval(60))), effects: [.store(.checkExternalChange(file: file, known: identity))]) {
            $0.lastTick = fixedDate.addingTimeInterval(60)
            $0.store.lastExternalCheck = fixedDate.addingTimeInterval(60)
        }
        // A failed save does not clear it.
        store.send(.store(.saveFinished(.failed(error), generation: 0))) {
            $0.store.lastError = error
            $0.status = StatusMessage(StoreText.statusSaveFailed(error.message.text(.de)), severity: .error)
        }
        // A successful save holds everything the journal missed.
        let newIdentity = FileIdentity(device: 1, inode: 3, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)
        store.send(.store(.saveFinished(.saved(document: store.state.document, identity: newIdentity, takenFromOthers: 0, at: fixedDate), generation: 0))) {
            $0.store.journalError = nil
            $0.store.lastError = nil
            $0.store.lastSavedAt = fixedDate
            $0.store.baseIdentity = newIdentity
            $0.status = shown(StoreText.statusSaved(GermanDate.time(fixedDate, .de)))
        }
    }
}
