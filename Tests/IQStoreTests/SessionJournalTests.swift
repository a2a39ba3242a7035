import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// One recovery journal per session: two logins of one person never offer or delete each
/// other's live edits; a gone session's journal (and the old per-user one) is offered once.
final class SessionJournalTests: SnapshotTestCase {
    private let partner = Partner(id: "p.j", name: "Journaled", category: .project)

    private func session(_ user: String, pid: Int32) -> JournalSession { JournalSession(user: user, host: "pc", pid: pid, started: 1_700_000_000) }

    /// A journal with one edit, as a session wrote it; `alive` keeps it locked as another
    /// process would (an flock of its own, not this process's registry). Returns the lock's fd.
    @discardableResult
    private func journal(_ s: JournalSession, _ name: String, alive: Bool) throws -> Int32 {
        var p = partner
        p.name = name
        let path = s.journalPath(file)
        try RecoveryJournal(path: path).append([JournaledEdit(.put(.partner(p)), base: .absent)], at: fixedDate)
        JournalLocks.release(path, delete: false)
        guard alive else { return -1 }
        let fd = open(path, O_RDWR | O_CLOEXEC)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        return fd
    }

    private func load(_ s: JournalSession) -> RecoveryOffer? {
        let actions = StoreWorker.perform(.load(file: file, seed: Document(), session: s, mayWrite: true, format: .binary))
        guard case .store(.loaded)? = actions.first else { XCTFail("\(actions)"); return nil }
        for case .store(.recoveryFound(let offer)) in actions { return offer }
        return nil
    }

    func testASecondLoginNeverOffersOrDeletesTheFirstOnesLiveJournal() throws {
        try save(Seed.document)
        let first = session("anna", pid: 100), gone = session("anna", pid: 101), ben = session("ben", pid: 102)
        let firstLock = try journal(first, "first, still running", alive: true)
        try journal(gone, "killed earlier", alive: false)
        try journal(ben, "ben's", alive: false)
        try DraftFile(journal: first.journalPath(file)).write(FormDraft(purpose: .newCase, values: [], at: fixedDate))

        let second = session("anna", pid: 103)
        defer { JournalLocks.release(second.journalPath(file), delete: true) }
        let offer = try XCTUnwrap(load(second))
        XCTAssertEqual(offer.journals, [gone.journalPath(file)], "only the gone session's journal: not the live one, not ben's")
        XCTAssertEqual(offer.edits, [.put(.partner(Partner(id: "p.j", name: "killed earlier", category: .project)))])
        XCTAssertNil(offer.draft, "the live session's draft is not offered either")

        // "n" deletes what was offered, nothing else; a save empties only the session's own journal.
        for work in [StoreEffect.settleOrphans(offer.journals)] { _ = StoreWorker.perform(work) }
        var request = SaveRequest(file: file, document: Seed.document, base: Seed.document, baseIdentity: file.identity, format: .binary,
                                  generation: 1, at: fixedDate, user: "anna")
        request.journal = second.journalPath(file)
        guard case .store(.saveFinished(.saved, _))? = StoreWorker.perform(.save(request)).first else { return XCTFail("save") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: gone.journalPath(file)), "the answered journal is gone")
        XCTAssertEqual(RecoveryJournal(path: first.journalPath(file)).read().count, 1, "the live session's edits are untouched")
        XCTAssertNotNil(DraftFile(journal: first.journalPath(file)).read(), "and its draft")
        XCTAssertEqual(RecoveryJournal(path: ben.journalPath(file)).read().count, 1, "another user's journal is never deleted")

        // The first login is killed: its lock goes with it, and the next start offers its work.
        close(firstLock)
        let third = session("anna", pid: 104)
        defer { JournalLocks.release(third.journalPath(file), delete: true) }
        let later = try XCTUnwrap(load(third))
        XCTAssertEqual(later.journals, [first.journalPath(file)])
        XCTAssertEqual(later.edits.count, 1)
        XCTAssertEqual(later.draft?.purpose, .newCase)
        _ = StoreWorker.perform(.settleOrphans(later.journals))
        XCTAssertNil(DraftFile(journal: first.journalPath(file)).read(), "settled with its draft")
    }

    func testTheOldPerUserJournalIsOfferedOnceThenGone() throws {
        try save(Seed.document)
        // What the version before session journals wrote: `<file>.<user>.journal`, no bases.
        let legacy = file.legacyJournalPath(user: "anna")
        XCTAssertEqual(legacy, dataPath + ".anna.journal")
        try RecoveryJournal(path: legacy).append([JournaledEdit(.put(.partner(partner)), base: .unknown)], at: fixedDate)
        JournalLocks.release(legacy, delete: false)
        try RecoveryJournal(path: file.legacyJournalPath(user: "ben")).append([JournaledEdit(.remove(.partner, "x"), base: .unknown)], at: fixedDate)
        JournalLocks.release(file.legacyJournalPath(user: "ben"), delete: false)

        let s = session("anna", pid: 7)
        defer { JournalLocks.release(s.journalPath(file), delete: true) }
        let offer = try XCTUnwrap(load(s))
        XCTAssertEqual(offer.journals, [legacy])
        XCTAssertEqual(offer.bases[RecordRef(.partner, "p.j")], .unknown)
        _ = StoreWorker.perform(.settleOrphans(offer.journals))
        XCTAssertFalse(FileManager.default.fileExists(atPath: legacy))
        XCTAssertNil(load(session("anna", pid: 8)), "offered once")
        JournalLocks.release(session("anna", pid: 8).journalPath(file), delete: true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.legacyJournalPath(user: "ben")), "ben's stays his")
    }

    func testAGoneSessionsEmptyJournalIsRemovedAndAnEndedSessionLeavesNothing() throws {
        try save(Seed.document)
        let s = session("anna", pid: 5)
        XCTAssertNil(load(s))
        XCTAssertEqual(fileMode(s.journalPath(file)), 0o600, "created and locked at start")
        _ = StoreWorker.perform(.endSession(journal: s.journalPath(file)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: s.journalPath(file)), "an empty journal goes at the end")

        // Killed with an empty journal: the next start clears it away without asking.
        let killed = session("anna", pid: 6)
        XCTAssertTrue(JournalLocks.hold(killed.journalPath(file)))
        JournalLocks.release(killed.journalPath(file), delete: false)
        let next = session("anna", pid: 9)
        defer { JournalLocks.release(next.journalPath(file), delete: true) }
        XCTAssertNil(load(next))
        XCTAssertFalse(FileManager.default.fileExists(atPath: killed.journalPath(file)))
    }

    func testAJournalThatCannotBeWrittenIsReported() {
        let path = dir + "/missing/iq-tui.plist.anna.pc.1.1.journal"
        let actions = StoreWorker.perform(.appendJournal(path: path, edits: [JournaledEdit(.remove(.partner, "x"), base: .absent)], at: fixedDate))
        XCTAssertEqual(actions, [.store(.journalFailed(.writeFailed(path: path, errno: ENOENT)))])
        let draft = StoreWorker.perform(.writeDraft(journal: path, FormDraft(purpose: .newCase, values: [], at: fixedDate)))
        guard case .store(.journalFailed)? = draft.first else { return XCTFail("\(draft)") }
    }
}
