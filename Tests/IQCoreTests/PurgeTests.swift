import Foundation
import XCTest
@testable import IQCore

/// Purge removes a person's data for real: from the saved snapshot at once, from the recovery
/// journal, and from the backups as they rotate.
final class PurgeTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "iq-purge-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    func testPurgeLeavesNoTraceInTheSavedSnapshot() throws {
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        var c = Case(id: "case.z", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "t"), number: "NRW-2026-000001", status: .closed)
        c.person.firstName = "Zyxwanda"
        c.person.lastName = "Qorvellian"
        c.notes = "Notiz über Zyxwanda"
        c.deletionDate = Day(year: 2020, month: 12, day: 31)
        let document = Document(partners: Fixture.partners, cases: [c])
        try file.write(SnapshotCodec.encode(document, format: .binary, savedAt: fixedDate, savedBy: "t"))
        for _ in 0..<SnapshotFile.backupCount {
            try file.write(SnapshotCodec.encode(document, format: .binary, savedAt: fixedDate, savedBy: "t"))
        }
        let loaded = try file.load()
        var state = AppState(document: Document(), store: StoreState(file: file, user: "t"))
        _ = reduce(&state, .store(.loaded(loaded, created: false, writable: true)))
        XCTAssertTrue(bytes(file.path).range(of: Data("Zyxwanda".utf8)) != nil, "the name is in the file before")

        _ = reduce(&state, .navigation(.focus(.cases)), .cases(.purge))
        let effects = reduce(&state, .cases(.confirmPurge))
        XCTAssertNil(state.document.cases["case.z"])
        // The runtime performs the effects in order: the journal entry, then the save.
        for case .store(let work) in effects { _ = StoreWorker.perform(work) }
        for name in ["Zyxwanda", "Qorvellian"] {
            XCTAssertNil(bytes(file.path).range(of: Data(name.utf8)), "\(name) is gone from the snapshot")
        }
        let journal = state.store.session.journalPath(file)
        defer { JournalLocks.release(journal, delete: true) }
        XCTAssertEqual(RecoveryJournal(path: journal).read(), [], "the journal is emptied by the save")
        XCTAssertNil(try file.load().document.cases["case.z"])
        // Backups still hold it until they rotate out: ten more saves and none does.
        XCTAssertNotNil(bytes(file.backupPath(1)).range(of: Data("Zyxwanda".utf8)))
        for _ in 0..<SnapshotFile.backupCount {
            try file.write(SnapshotCodec.encode(try file.load().document, format: .binary, savedAt: fixedDate, savedBy: "t"))
        }
        for n in 1...SnapshotFile.backupCount {
            XCTAssertNil(bytes(file.backupPath(n)).range(of: Data("Zyxwanda".utf8)), "backup-\(n) has rotated")
        }
    }
}
