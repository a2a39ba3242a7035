import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore

/// What the store offers from a gone session's journal (restoring it: RecoveryRestoreTests).
final class RecoveryOfferTests: XCTestCase {
    func changed(_ p: Partner, phone: String, by user: String, at t: Double) -> Partner {
        var p = p
        p.phone = phone
        p.meta = RecordMeta(revision: p.meta.revision + 1, modifiedAt: fixedDate.addingTimeInterval(t), modifiedBy: user)
        return p
    }

    /// Two entries for one record: the first one's base is what was on disk; a later one may
    /// name the version of a save that then failed, which no file ever held.
    func testTheOfferMergesAgainstTheOldestEntrysBase() throws {
        let dir = NSTemporaryDirectory() + "iq-base-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let original = Fixture.caritas
        let unsaved = changed(original, phone: "0211-111", by: "tester", at: 10)
        let latest = changed(unsaved, phone: "0211-112", by: "tester", at: 11)
        let path = JournalSession(user: "tester", pid: 9).journalPath(file)
        let journal = RecoveryJournal(path: path)
        try journal.append([JournaledEdit(.put(.partner(unsaved)), base: .record(.partner(original)))], at: fixedDate)
        try journal.append([JournaledEdit(.put(.partner(latest)), base: .record(.partner(unsaved)))], at: fixedDate.addingTimeInterval(1))
        JournalLocks.release(path, delete: false)   // the session that wrote it is gone
        let offer = try XCTUnwrap(JournalRecovery.offer(file, user: "tester", except: ""))
        defer { for j in offer.journals { JournalLocks.release(j, delete: true) } }
        XCTAssertEqual(offer.bases[RecordRef(.partner, "p.caritas")], .record(.partner(original)))
    }
}

/// A store whose journals moved to a new name (a database's, now made from its target rather
/// than the connection text): a gone session's journal under the former name is still offered.
final class RecoveryOfferFormerNameTests: XCTestCase {
    func testAJournalBesideTheFormerNameIsOfferedToo() throws {
        let dir = NSTemporaryDirectory() + "iq-former-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let former = SnapshotFile(path: dir + "/postgres-1"), now = SnapshotFile(path: dir + "/postgres-2")
        var edited = Fixture.caritas
        edited.phone = "0211-999"
        let path = JournalSession(user: "tester", pid: 9).journalPath(former)
        try RecoveryJournal(path: path).append([JournaledEdit(.put(.partner(edited)), base: .record(.partner(Fixture.caritas)))], at: fixedDate)
        JournalLocks.release(path, delete: false)   // the session that wrote it is gone
        XCTAssertNil(JournalRecovery.offer(now, user: "tester", except: ""), "not found under the new name alone")
        let offer = try XCTUnwrap(JournalRecovery.offer(now, user: "tester", except: "", formerly: [former]))
        defer { for j in offer.journals { JournalLocks.release(j, delete: true) } }
        XCTAssertEqual(offer.journals, [path])
        XCTAssertEqual(offer.edits, [.put(.partner(edited))])
    }
}
