import Foundation
import XCTest
@testable import IQCore
@testable import IQStore
import IQTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The start with a real data directory: in workshop mode nothing under it is opened or
/// changed; under `--read-only` it is read but nothing is ever written.
final class WorkshopDataDirectoryTests: SnapshotTestCase {
    /// What a look at a file shows (without reading it): who it is, how large, when it was last
    /// read, written and changed.
    struct Look: Equatable {
        var inode: UInt64
        var size: Int64
        var accessed: [Int]
        var modified: [Int]
        var changed: [Int]
    }

    private var dataDir: String { dir + "/iq-tui" }
    private var dataFile: SnapshotFile { SnapshotFile(path: dataDir + "/iq-tui.plist") }
    private var environment: [String: String] { ["XDG_DATA_HOME": dir, "HOME": dir] }

    /// The start as the program makes it, the data file found in this environment.
    private func start(_ arguments: [String]) throws -> Startup {
        let options = try LaunchOptions.parse(arguments, environment: environment).get()
        return Startup.make(options: options, dataFile: DataLocation.resolve(flag: options.dataFile, environment: environment), user: "trainer")
    }

    /// A data file with a case (name, year of birth), a backup, a lock and a recovery journal of
    /// the user. Returns their bytes, read before their times are set back: each was last read
    /// two days ago and written one day ago, so a read afterwards would show (Linux's relatime
    /// updates the access time when it is older than the modification time).
    private func makeDataDirectory() throws -> [String: [UInt8]] {
        try DataLocation.ensureDirectory(dataDir)
        var person = CasePerson()
        person.firstName = "Maria"
        person.lastName = "Kowalska"
        person.birthYear = 1985
        var document = Seed.document
        document.cases.put(Case(id: "c.1", meta: .seed, number: "NRW-2026-000001", person: person))
        let file = dataFile
        for _ in 0..<2 {
            _ = try file.withLock { () throws(SnapshotError) -> FileIdentity in
                try file.write(SnapshotCodec.encode(document, format: .binary, savedAt: fixedDate, savedBy: "anna"))
            }
        }
        var changed = document.cases.items[0]
        changed.notes = "Termin verschoben"
        let journal = RecoveryJournal(file: file, session: JournalSession(user: "trainer"))
        try journal.append([JournaledEdit(.put(.case(changed)), base: .unknown)], at: fixedDate)
        JournalLocks.release(journal.path, delete: false)
        let bytes = contents()
        let past = Date().addingTimeInterval(-2 * 86_400).timeIntervalSince1970
        for name in listing(dataDir) {
            var times = [timespec(tv_sec: Int(past), tv_nsec: 0), timespec(tv_sec: Int(past) + 86_400, tv_nsec: 0)]
            XCTAssertEqual(utimensat(AT_FDCWD, dataDir + "/" + name, &times, AT_SYMLINK_NOFOLLOW), 0)
        }
        return bytes
    }

    /// Every file of the data directory as it is now, without reading any.
    private func look() -> [String: Look] {
        var looks: [String: Look] = [:]
        for name in listing(dataDir) {
            var s = stat()
            guard lstat(dataDir + "/" + name, &s) == 0 else { continue }
            looks[name] = Look(inode: UInt64(s.st_ino), size: Int64(s.st_size),
                               accessed: [s.st_atim.tv_sec, s.st_atim.tv_nsec], modified: [s.st_mtim.tv_sec, s.st_mtim.tv_nsec],
                               changed: [s.st_ctim.tv_sec, s.st_ctim.tv_nsec])
        }
        return looks
    }

    /// The bytes of every file of the data directory (this reads them: look first).
    private func contents() -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: listing(dataDir).map { ($0, fileBytes(dataDir + "/" + $0) ?? []) })
    }

    /// Runs the actions as the runtime does: store work is performed for real and its results
    /// are dispatched in turn. Returns the store work asked for.
    @discardableResult
    private func drive(_ state: inout AppState, _ actions: [Action]) -> [StoreEffect] {
        var queue = actions
        var performed: [StoreEffect] = []
        while !queue.isEmpty {
            let action = queue.removeFirst()
            for effect in AppReducer.reduce(into: &state, action: action, environment: testEnvironment) {
                guard case .store(let work) = effect else { continue }
                performed.append(work)
                queue += StoreWorker.perform(work)
            }
        }
        return performed
    }

    func testWorkshopStartOpensNothingInTheDataDirectory() throws {
        let bytes = try makeDataDirectory()
        let names = listing(dataDir)
        XCTAssertEqual(Set(names), ["iq-tui.plist", "iq-tui.plist.backup-1", "iq-tui.plist.lock", "iq-tui.plist.trainer.host.0.0.journal"])
        let before = look()
        let startup = try start(["--workshop"])
        XCTAssertFalse(startup.startsStore)
        var state = startup.state
        var random = SnapshotTestRandom(seed: 88)
        let actions = startup.actions + (0..<3_000).map { ActionPool.any(&random, step: $0, from: fixedDate) }
        XCTAssertEqual(drive(&state, actions), [], "no store work at all")
        XCTAssertTrue(state.document.cases.isEmpty, "no case was read")
        XCTAssertEqual(look(), before, "not read (access times), not written, not replaced, nothing added")
        XCTAssertEqual(contents(), bytes)

        // The same look does see a read: an ordinary read-only start reads the file.
        let control = try start(["--read-only"])
        XCTAssertTrue(control.startsStore)
        var controlState = control.state
        drive(&controlState, control.actions)
        XCTAssertEqual(controlState.document.cases.count, 1)
        if look()["iq-tui.plist"]?.accessed == before["iq-tui.plist"]?.accessed {
            // A file system mounted noatime records no reads; the store check above still holds.
            print("note: this file system does not record access times")
        }
    }

    func testReadOnlyWritesNothingOfAnyKind() throws {
        let bytes = try makeDataDirectory()
        let before = look()
        let startup = try start(["--read-only", "--autosave", "1"])
        XCTAssertTrue(startup.startsStore)
        var state = startup.state
        drive(&state, startup.actions)
        XCTAssertEqual(state.store.readOnly, .requested)
        XCTAssertEqual(state.store.phase, .ready)
        // Restoring needs a program that may save: the gone session's journal waits for one.
        XCTAssertNil(state.overlay, "no journal offered")
        var partner = try XCTUnwrap(state.document.partners.items.first)
        partner.name += " (geändert)"
        var work = drive(&state, [.document(.perform(.put(.partner(partner)), label: StoreText.labelRecovery)), .store(.save)])
        XCTAssertEqual(state.status?.message, StoreText.statusReadOnlyNoSave)
        var actions: [Action] = [.session(.requestQuit), .session(.cancelQuit)]
        for second in stride(from: 0, through: 30, by: 3) { actions.append(.session(.tick(fixedDate.addingTimeInterval(Double(second))))) }
        actions += [.store(.declineRecovery), .directory(.deletePartner), .directory(.confirmDelete), .session(.terminate(.hangup))]
        work += drive(&state, actions)
        XCTAssertFalse(work.contains { effect in
            switch effect {
            case .save, .appendJournal, .settleOrphans, .writeDraft, .discardDraft, .endSession, .restoreBackup, .writeCaseReport: true
            case .load, .checkExternalChange: false
            }
        }, "\(work)")
        let after = look()
        XCTAssertEqual(Set(after.keys), Set(before.keys), "no file added or removed (no lock, journal, backup or temp file)")
        XCTAssertEqual(contents(), bytes)
        for (name, was) in before {
            XCTAssertEqual(after[name]?.inode, was.inode, name)
            XCTAssertEqual(after[name]?.modified, was.modified, name)
            XCTAssertEqual(after[name]?.changed, was.changed, name)
        }
    }
}
