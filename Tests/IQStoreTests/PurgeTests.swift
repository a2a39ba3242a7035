import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore

/// Purge removes a person's data for real: from the saved snapshot, the recovery journals, the
/// backups and every other copy beside the file, before it says "deleted".
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
        XCTAssertNotNil(try file.load().document.partners.items.first, "the rest of the file stays")
    }

    static let names = ["Zyxwanda", "Qorvellian", "zyx@example.org", "NRW-2026-000001"]

    func person(_ id: RecordID, _ number: String, _ first: String, _ last: String) -> Case {
        var c = Case(id: id, meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "t"), number: number, status: .closed)
        c.person.firstName = first
        c.person.lastName = last
        c.person.email = "\(first.lowercased().prefix(3))@example.org"
        c.deletionDate = Day(year: 2020, month: 12, day: 31)
        return c
    }

    /// The names found in any file of the directory, as UTF-8 or UTF-16 (binary plists).
    func traces(in dir: String, of names: [String]) throws -> [String] {
        var found: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let data = bytes(dir + "/" + file)
            for name in names {
                let utf16 = Data(name.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
                if data.range(of: Data(name.utf8)) != nil || data.range(of: utf16) != nil { found.append("\(name) in \(file)") }
            }
        }
        return found
    }

    func testPurgeRewritesEveryBackupJournalAndCopyBesideTheFile() throws {
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let gone = person("case.z", "NRW-2026-000001", "Zyxwanda", "Qorvellian")
        let kept = person("case.k", "NRW-2026-000002", "Brunhilde", "Okonkwo")
        let document = Document(partners: Fixture.partners, cases: [gone, kept])
        for _ in 0...SnapshotFile.backupCount {
            try file.write(SnapshotCodec.encode(document, format: .binary, savedAt: fixedDate, savedBy: "t"))
        }
        // A backup in the other format, a colleague's journal and one named per session, a
        // damaged copy (XML cut short), an unrelated damaged copy, a temp file left by a kill.
        let xml = SnapshotCodec.encode(document, format: .xml, savedAt: fixedDate, savedBy: "t")
        try SnapshotFile(path: file.backupPath(3)).write(xml, keepBackup: false)
        let colleague = RecoveryJournal(file: file, session: JournalSession(user: "kollegin"))
        defer { JournalLocks.release(colleague.path, delete: false) }
        try colleague.append([JournaledEdit(.put(.case(gone)), base: .absent), JournaledEdit(.put(.case(kept)), base: .absent)], at: fixedDate)
        try colleague.append([JournaledEdit(.put(.case(gone)), base: .absent)], at: fixedDate)
        let sessionJournal = file.path + ".anna.host.4711.1700000000.journal"
        _ = FileManager.default.createFile(atPath: sessionJournal, contents: bytes(colleague.path))
        _ = FileManager.default.createFile(atPath: file.path + ".damaged-1700000000", contents: Data(xml.dropLast(200)))
        _ = FileManager.default.createFile(atPath: file.path + ".damaged-1600000000", contents: Data("not a plist".utf8))
        _ = FileManager.default.createFile(atPath: file.path + ".tmp-999999-1", contents: Data(xml))
        _ = try file.withLock { () throws(SnapshotError) in }
        XCTAssertEqual(try traces(in: dir, of: ["Zyxwanda"]).count, 15, "the name is everywhere before")

        var state = AppState(document: Document(), store: StoreState(file: file, user: "t"))
        _ = reduce(&state, .store(.loaded(try file.load(), created: false, writable: true)))
        _ = reduce(&state, .navigation(.focus(.cases)), .cases(.purge))
        guard case .confirmPurge("case.z")? = state.overlay else { return XCTFail("asks about case.z first: \(String(describing: state.overlay))") }
        var pending = reduce(&state, .cases(.confirmPurge))
        let done = "Fall NRW-2026-000001 endgültig gelöscht – aus der Datei, allen Sicherungen und Journalen."
        XCTAssertNotEqual(state.status?.message.text(state.language), done, "not yet said to be deleted")
        // The runtime: perform each store effect in order and send its results back.
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            guard case .store(let work) = effect else { continue }
            for action in StoreWorker.perform(work) { pending += reduce(&state, action) }
        }
        XCTAssertEqual(state.status?.message.text(state.language), done)
        XCTAssertEqual(try traces(in: dir, of: Self.names), [])
        XCTAssertTrue(state.store.purging.isEmpty)

        // Everything else is kept: the other case in the file and every backup, the colleague's
        // edit of it, the unrelated damaged copy, the lock; modes stay private.
        XCTAssertNotNil(try file.load().document.cases["case.k"])
        for n in 1...SnapshotFile.backupCount {
            let backup = SnapshotFile(path: file.backupPath(n))
            XCTAssertNotNil(try backup.load().document.cases["case.k"], "backup-\(n)")
            XCTAssertNil(try backup.load().document.cases["case.z"], "backup-\(n)")
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: backup.path)[.posixPermissions] as? Int, 0o600)
        }
        XCTAssertEqual(try SnapshotFile(path: file.backupPath(4)).load().format, .xml, "a backup keeps its format (the save moved 3 to 4)")
        XCTAssertEqual(colleague.read().flatMap(\.edits), [JournaledEdit(.put(.case(kept)), base: .absent)])
        XCTAssertEqual(bytes(sessionJournal), bytes(colleague.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path + ".damaged-1600000000"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path + ".damaged-1700000000"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.lockPath))
    }

    func testAPurgeThatCouldNotCleanABackupSaysSoAndTriesAgainWithTheNextSave() throws {
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let gone = person("case.z", "NRW-2026-000001", "Zyxwanda", "Qorvellian")
        try file.write(SnapshotCodec.encode(Document(cases: [gone]), format: .binary, savedAt: fixedDate, savedBy: "t"))
        var state = AppState(document: Document(), store: StoreState(file: file, user: "t"))
        _ = reduce(&state, .store(.loaded(try file.load(), created: false, writable: true)))
        _ = reduce(&state, .navigation(.focus(.cases)), .cases(.purge))
        let effects = reduce(&state, .cases(.confirmPurge))
        let saves = effects.compactMap { effect -> SaveRequest? in
            if case .store(.save(let request)) = effect { return request } else { return nil }
        }
        XCTAssertEqual(saves.map { $0.purge.map(\.id) }, [["case.z"]])
        let target = PurgeTarget(gone)
        let failure = SnapshotError.writeFailed(path: file.backupPath(2), errno: EACCES)
        _ = reduce(&state, .store(.saveFinished(.saved(document: Document(), identity: try XCTUnwrap(file.identity), takenFromOthers: 0, at: fixedDate), generation: saves[0].generation)),
                   .store(.purgeFinished([target], failure: failure)))
        XCTAssertEqual(state.status?.severity, .error)
        XCTAssertTrue(state.status?.message.text(state.language).contains("steht aber noch in einer Sicherung") ?? false)
        let retry = reduce(&state, .store(.save))
        XCTAssertEqual(retry, [.store(.save(SaveRequest(file: file, document: state.document, base: state.store.base, baseIdentity: state.store.baseIdentity,
                                                       format: .binary, generation: state.store.editGeneration, at: fixedDate, user: "t",
                                                       journal: state.store.journalPath, purge: [target])))])
    }

    /// A colleague's journal this user may not read (0600, theirs) cannot be checked for the
    /// case: the purge cleans everything else and then says it is not complete.
    func testAJournalThatCannotBeReadMakesThePurgeIncomplete() throws {
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let gone = person("case.z", "NRW-2026-000001", "Zyxwanda", "Qorvellian")
        try file.write(SnapshotCodec.encode(Document(cases: [gone]), format: .binary, savedAt: fixedDate, savedBy: "t"))
        try file.write(SnapshotCodec.encode(Document(cases: [gone]), format: .binary, savedAt: fixedDate, savedBy: "t"))
        let theirs = file.path + ".kollegin.host.1.2.journal"
        _ = FileManager.default.createFile(atPath: theirs, contents: Data("Zyxwanda".utf8))
        XCTAssertThrowsError(try file.purgeCopies([PurgeTarget(gone)], isReadable: { $0 != theirs })) { error in
            XCTAssertEqual(error as? SnapshotError, .unreadable(path: theirs, errno: EACCES))
        }
        XCTAssertNil(try SnapshotFile(path: file.backupPath(1)).load().document.cases["case.z"], "the rest is cleaned all the same")
        XCTAssertEqual(bytes(theirs), Data("Zyxwanda".utf8), "not touched")
    }

    /// A journal written by a later format (another field in each entry) keeps that field: only
    /// the purged case's edits go.
    func testAJournalEntryKeepsItsOtherFields() throws {
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let gone = person("case.z", "NRW-2026-000001", "Zyxwanda", "Qorvellian")
        let kept = person("case.k", "NRW-2026-000002", "Brunhilde", "Okonkwo")
        let entry = PlistValue.dict([("at", .date(fixedDate)), ("session", .string("anna@host.4711")),
                                     ("edits", .array([RecoveryJournal.plist(JournaledEdit(.put(.case(gone)), base: .absent)), RecoveryJournal.plist(JournaledEdit(.put(.case(kept)), base: .absent))]))])
        let body = BinaryPlist.encode(entry)
        let n = UInt32(body.count)
        let path = file.path + ".anna.host.4711.journal"
        _ = FileManager.default.createFile(atPath: path, contents: Data([UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + body))
        try file.purgeCopies([PurgeTarget(gone)])
        let frames = try XCTUnwrap(JournalFrames(path: path)).frames
        XCTAssertEqual(frames.count, 1)
        XCTAssertEqual(frames.first?["session"], .string("anna@host.4711"))
        XCTAssertEqual(frames.first?["edits"], .array([RecoveryJournal.plist(JournaledEdit(.put(.case(kept)), base: .absent))]))
        XCTAssertEqual(try traces(in: dir, of: Self.names), [])
    }

    /// A running session holds the flock on its journal's inode and appends through it: the purge
    /// rewrites that journal in place, so the session still looks alive to the next start and its
    /// later edits still land in the file that is read back. Emptied, it stays (empty) while held.
    func testARunningSessionsJournalIsRewrittenInPlace() throws {
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let gone = person("case.z", "NRW-2026-000001", "Zyxwanda", "Qorvellian")
        let kept = person("case.k", "NRW-2026-000002", "Brunhilde", "Okonkwo")
        let live = RecoveryJournal(file: file, session: JournalSession(user: "anna"))
        defer { JournalLocks.release(live.path, delete: true) }
        try live.append([JournaledEdit(.put(.case(gone)), base: .absent), JournaledEdit(.put(.case(kept)), base: .absent)], at: fixedDate)
        var before = stat(), after = stat()
        XCTAssertEqual(stat(live.path, &before), 0)
        try file.purgeCopies([PurgeTarget(gone)])
        XCTAssertEqual(stat(live.path, &after), 0)
        XCTAssertEqual(after.st_ino, before.st_ino, "the same file, with the session's lock on it")
        XCTAssertEqual(try traces(in: dir, of: Self.names), [])
        try live.append([JournaledEdit(.put(.case(kept)), base: .record(.case(kept)))], at: fixedDate)
        XCTAssertEqual(live.read().count, 2, "the edit after the purge is in the journal that is read back")

        // Only the purged case's edits left: the running session's journal is emptied, not removed.
        let other = RecoveryJournal(file: file, session: JournalSession(user: "bert"))
        defer { JournalLocks.release(other.path, delete: true) }
        try other.append([JournaledEdit(.put(.case(gone)), base: .absent)], at: fixedDate)
        try file.purgeCopies([PurgeTarget(gone)])
        XCTAssertTrue(FileManager.default.fileExists(atPath: other.path))
        XCTAssertEqual(other.read(), [])
    }
}
