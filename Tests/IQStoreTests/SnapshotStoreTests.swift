import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// The snapshot file on disk: durable writes, modes, backups, symlinks, temp names, the lock.
final class SnapshotStoreTests: SnapshotTestCase {
    func testWriteThenLoadGivesTheDocument() throws {
        for format in SnapshotFormat.allCases {
            let identity = try save(Seed.document, format: format)
            let loaded = try file.load()
            XCTAssertEqual(loaded.document, Seed.document, "\(format)")
            XCTAssertEqual(loaded.format, format)
            XCTAssertEqual(loaded.identity, identity)
            XCTAssertEqual(loaded.identity, file.identity)
            XCTAssertEqual(loaded.header, SnapshotCodec.Header(formatVersion: SnapshotCodec.formatVersion, savedAt: fixedDate, savedBy: "tester"))
        }
        // Nothing but the file, its lock and the one backup of the second save.
        XCTAssertEqual(listing(), ["iq-tui.plist", "iq-tui.plist.backup-1", "iq-tui.plist.lock"])
    }

    func testNewFileIsPrivateUnderUmask022() throws {
        try withUmask(0o022) {
            try save(Seed.document)
            XCTAssertEqual(fileMode(dataPath), 0o600)
            XCTAssertEqual(fileMode(file.lockPath), 0o600, "the lock file too")
        }
    }

    func testLockFileIsCreatedPrivateEvenWithoutDataFile() throws {
        try withUmask(0o022) {
            let ran = try file.withLock { () throws(SnapshotError) -> Bool in true }
            XCTAssertTrue(ran)
            XCTAssertEqual(fileMode(file.lockPath), 0o600)
            XCTAssertNil(fileMode(dataPath), "taking the lock writes no data file")
        }
    }

    func testEnsureDirectoryCreatesPrivateDirectories() throws {
        try withUmask(0o022) {
            let deep = dir + "/a/b/c"
            try DataLocation.ensureDirectory(deep)
            XCTAssertEqual(fileMode(dir + "/a"), 0o700)
            XCTAssertEqual(fileMode(dir + "/a/b"), 0o700)
            XCTAssertEqual(fileMode(deep), 0o700)
            // An existing directory is left as it is (a team directory may be shared on purpose).
            let shared = dir + "/team"
            XCTAssertEqual(mkdir(shared, 0o750), 0)
            chmod(shared, 0o2770)
            try DataLocation.ensureDirectory(shared)
            XCTAssertEqual(fileMode(shared), 0o2770)
        }
    }

    func testExistingModeAndGroupAreKeptOnSave() throws {
        try withUmask(0o022) {
            try save(Seed.document)
            // A team file: group readable and writable through another group.
            let group = otherGroup()
            XCTAssertEqual(chown(dataPath, uid_t.max, group), 0, "chgrp \(group): \(String(cString: strerror(errno)))")
            XCTAssertEqual(chmod(dataPath, 0o640), 0)
            let changed = withRole(Seed.document, "partner.whkt", "Team")
            try save(changed)
            XCTAssertEqual(fileMode(dataPath), 0o640)
            XCTAssertEqual(fileGroup(dataPath), group)
            XCTAssertEqual(fileMode(file.lockPath), 0o640, "the lock follows the file's mode (without x bits)")
            XCTAssertEqual(fileGroup(file.lockPath), group)
            XCTAssertEqual(try file.load().document, changed)
            // Again, so that the backup of a 0640 file is 0640 too (it is the old file itself).
            try save(Seed.document)
            XCTAssertEqual(fileMode(dataPath), 0o640)
            XCTAssertEqual(fileMode(file.backupPath(1)), 0o640)
            XCTAssertEqual(fileGroup(file.backupPath(1)), group)
        }
    }

    /// A group this process may give its files: any group as root, else a supplementary group
    /// different from the primary one when there is one, else the primary group.
    private func otherGroup() -> gid_t {
        if getuid() == 0 { return 4242 }
        let count = getgroups(0, nil)
        if count > 0 {
            var groups = [gid_t](repeating: 0, count: Int(count))
            let n = getgroups(count, &groups)
            if n > 0, let g = groups.prefix(Int(n)).first(where: { $0 != getegid() }) { return g }
        }
        return getegid()
    }

    func testBackupsRotateKeepingTenNewestFirst() throws {
        try withUmask(0o022) {
            let versions = (1...13).map { seedWithRoles(suffix: " v\($0)") }
            for (i, v) in versions.enumerated() {
                try save(v, at: fixedDate.addingTimeInterval(Double(i)))
            }
            XCTAssertEqual(try file.load().document, versions[12])
            for n in 1...10 {
                let backup = SnapshotFile(path: file.backupPath(n))
                XCTAssertEqual(fileMode(backup.path), 0o600, "backup-\(n)")
                let loaded = try backup.load()
                XCTAssertEqual(loaded.document, versions[12 - n], "backup-\(n) holds the version \(n) saves back")
                XCTAssertEqual(loaded.header.savedAt, fixedDate.addingTimeInterval(Double(12 - n)))
            }
            XCTAssertNil(fileMode(file.backupPath(11)))
            XCTAssertNil(fileMode(file.backupPath(0)))
            let backups = listing().filter { $0.contains(".backup-") }
            XCTAssertEqual(backups.count, SnapshotFile.backupCount)
            XCTAssertEqual(file.newestGoodBackup()?.path, file.backupPath(1))
            // A damaged newest backup is passed over for the next good one.
            put(Array("garbage".utf8), at: file.backupPath(1))
            XCTAssertEqual(file.newestGoodBackup()?.path, file.backupPath(2))
            XCTAssertEqual(file.newestGoodBackup()?.loaded.document, versions[10])
        }
    }

    func testWriteWithoutBackupLeavesBackupsAlone() throws {
        try save(Seed.document)
        try file.write(SnapshotCodec.encode(Document(), format: .binary, savedAt: fixedDate, savedBy: "x"), keepBackup: false)
        XCTAssertNil(fileMode(file.backupPath(1)))
        XCTAssertEqual(try file.load().document, Document())
    }

    func testSymlinkAtDataPathIsNeverWrittenThrough() throws {
        let target = dir + "/elsewhere.plist"
        let targetBytes = SnapshotCodec.encode(Seed.document, format: .xml, savedAt: fixedDate, savedBy: "other")
        put(targetBytes, at: target, mode: 0o644)
        XCTAssertEqual(symlink(target, dataPath), 0)
        let before = listing()

        XCTAssertThrowsError(try file.write(SnapshotCodec.encode(Document(), format: .binary, savedAt: fixedDate, savedBy: "x"))) { error in
            XCTAssertEqual(error as? SnapshotError, .symlink(path: dataPath, target: target))
        }
        // Through the worker too: the save fails, nothing is replaced.
        let request = SaveRequest(file: file, document: Document(), base: Document(), baseIdentity: nil, format: .binary,
                                  generation: 1, at: fixedDate, user: "tester")
        let actions = StoreWorker.perform(.save(request))
        guard case .store(.saveFinished(.failed(let error), generation: 1))? = actions.first else { return XCTFail("\(actions)") }
        XCTAssertEqual(error, .symlink(path: dataPath, target: target))

        var s = stat()
        XCTAssertEqual(lstat(dataPath, &s), 0)
        XCTAssertEqual(s.st_mode & S_IFMT, S_IFLNK, "still a symlink")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dataPath), target)
        XCTAssertEqual(fileBytes(target), targetBytes, "the target is untouched")
        XCTAssertEqual(fileMode(target), 0o644)
        XCTAssertEqual(listing().filter { !$0.hasSuffix(".lock") }, before, "no temp file or backup left")
    }

    func testDanglingSymlinkAndSymlinkedLockAreRefused() throws {
        XCTAssertEqual(symlink(dir + "/nowhere", dataPath), 0)
        XCTAssertThrowsError(try file.write([1, 2, 3])) { error in
            XCTAssertEqual(error as? SnapshotError, .symlink(path: dataPath, target: dir + "/nowhere"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/nowhere"), "the link's target was not created")
        unlink(dataPath)

        let lockTarget = dir + "/lock-target"
        put(Array("keep".utf8), at: lockTarget)
        XCTAssertEqual(symlink(lockTarget, file.lockPath), 0)
        XCTAssertThrowsError(try save(Seed.document)) { error in
            XCTAssertEqual(error as? SnapshotError, .symlink(path: file.lockPath, target: lockTarget))
        }
        XCTAssertEqual(fileBytes(lockTarget), Array("keep".utf8))
        XCTAssertNil(fileMode(dataPath), "nothing saved without the lock")
    }

    func testFilesAtTempLikePathsDoNotBreakTheSave() throws {
        try save(Seed.document)
        // Whatever another process (or an attacker) left where temp files go.
        var squatters = ["\(dataPath).tmp", "\(dataPath).tmp-\(getpid())", "\(dataPath).tmp-\(getpid())-0",
                         "\(dataPath).tmp-\(getpid())-\(UInt32.max)"]
        var rng = SnapshotTestRandom(seed: 7)
        for _ in 0..<20 { squatters.append("\(dataPath).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max, using: &rng))") }
        for s in squatters { put(Array("squatter".utf8), at: s, mode: 0o644) }
        XCTAssertEqual(symlink(dir + "/evil", "\(dataPath).tmp-\(getpid())-1"), 0)

        for i in 0..<5 {
            let doc = withRole(Seed.document, "partner.whkt", "run \(i)")
            try save(doc)
            XCTAssertEqual(try file.load().document, doc)
        }
        for s in squatters { XCTAssertEqual(fileBytes(s), Array("squatter".utf8), "\(s) untouched") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/evil"))
        let temps = listing().filter { $0.contains(".tmp") }
        XCTAssertEqual(temps.count, squatters.count + 1, "the saves left no temp file of their own")
    }

    func testWriteIntoMissingDirectoryFailsCleanly() throws {
        let missing = SnapshotFile(path: dir + "/no/such/dir/iq-tui.plist")
        XCTAssertThrowsError(try missing.write([1])) { error in
            XCTAssertEqual(error as? SnapshotError, .writeFailed(path: missing.path, errno: ENOENT))
        }
    }

    // MARK: StoreWorker load

    func testLoadCreatesMissingFileFromSeedInPrivateDirectory() throws {
        try withUmask(0o022) {
            let nested = SnapshotFile(path: dir + "/data/iq-tui/iq-tui.plist")
            let actions = StoreWorker.perform(.load(file: nested, seed: Seed.document, session: JournalSession(user: "anna"), mayWrite: true, format: .binary))
            guard actions.count == 1, case .store(.loaded(let loaded, created: true, writable: true)) = actions[0] else {
                return XCTFail("\(actions)")
            }
            XCTAssertEqual(loaded.document, Seed.document)
            XCTAssertEqual(loaded.identity, nested.identity)
            XCTAssertEqual(loaded.header.savedBy, "anna")
            XCTAssertEqual(fileMode(nested.path), 0o600)
            XCTAssertEqual(fileMode(dir + "/data"), 0o700)
            XCTAssertEqual(fileMode(dir + "/data/iq-tui"), 0o700)
            XCTAssertEqual(fileMode(nested.lockPath), 0o600)
            let reread = try nested.load()
            XCTAssertEqual(reread.document, Seed.document)
            XCTAssertEqual(reread.format, .binary)
            // The session's journal, empty and locked while it lives.
            let journal = JournalSession(user: "anna").journalPath(nested)
            defer { JournalLocks.release(journal, delete: true) }
            XCTAssertEqual(fileMode(journal), 0o600)
            XCTAssertEqual(listing(dir + "/data/iq-tui"), ["iq-tui.plist", "iq-tui.plist.anna.host.0.0.journal", "iq-tui.plist.lock"])
        }
    }

    func testReadOnlyLoadOfMissingFileWritesNothing() throws {
        let nested = SnapshotFile(path: dir + "/data/iq-tui.plist")
        let actions = StoreWorker.perform(.load(file: nested, seed: Seed.document, session: JournalSession(user: "anna"), mayWrite: false, format: .xml))
        guard actions.count == 1, case .store(.loaded(let loaded, created: false, writable: false)) = actions[0] else {
            return XCTFail("\(actions)")
        }
        XCTAssertEqual(loaded.document, Seed.document)
        XCTAssertEqual(loaded.identity, .missing)
        XCTAssertEqual(listing(), [], "no directory, no file, no lock")
    }

    func testLoadOfExistingFileReportsWritability() throws {
        try save(Seed.document)
        let actions = StoreWorker.perform(.load(file: file, seed: Document(), session: JournalSession(user: "anna"), mayWrite: true, format: .binary))
        guard actions.count == 1, case .store(.loaded(let loaded, created: false, writable: true)) = actions[0] else {
            return XCTFail("\(actions)")
        }
        XCTAssertEqual(loaded.document, Seed.document, "the file wins over the seed given")
        let readOnly = StoreWorker.perform(.load(file: file, seed: Document(), session: JournalSession(user: "anna"), mayWrite: false, format: .binary))
        guard case .store(.loaded(_, created: false, writable: false))? = readOnly.first else { return XCTFail("\(readOnly)") }
    }
}
