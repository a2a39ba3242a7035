import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore
import IQRandom
#if canImport(Glibc)
import Glibc
#endif

// Shared helpers of the snapshot store tests: a fresh temporary directory per test, file modes,
// a seeded random generator (finding and running the `iq-torture` tool is IQTestSupport's).

/// A test case that works in its own temporary directory, removed afterwards.
class SnapshotTestCase: XCTestCase {
    /// The test's private directory.
    var dir = ""
    var dataPath: String { dir + "/iq-tui.plist" }
    var file: SnapshotFile { SnapshotFile(path: dataPath) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        dir = FileManager.default.temporaryDirectory.path + "/iq-store-test-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
    }

    override func tearDownWithError() throws {
        if !dir.isEmpty {
            makeRemovable(dir)
            try? FileManager.default.removeItem(atPath: dir)
        }
        try super.tearDownWithError()
    }

    /// Gives back write and search permission a test took away, so the directory can be removed.
    private func makeRemovable(_ path: String) {
        var s = stat()
        guard lstat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR else { return }
        chmod(path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            makeRemovable(path + "/" + name)
        }
    }

    /// Runs `body` with the given umask and restores the old one.
    func withUmask<T>(_ mask: mode_t, _ body: () throws -> T) rethrows -> T {
        let old = umask(mask)
        defer { umask(old) }
        return try body()
    }

    /// Names in the test directory, sorted.
    func listing(_ path: String? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path ?? dir)) ?? []).sorted()
    }

    /// Writes bytes to a path as a plain file (replacing what is there).
    func put(_ bytes: [UInt8], at path: String, mode: mode_t = 0o600) {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        XCTAssertGreaterThanOrEqual(fd, 0, "create \(path)")
        guard fd >= 0 else { return }
        defer { close(fd) }
        fchmod(fd, mode)
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        XCTAssertEqual(n, bytes.count)
    }

    /// Saves a document to the data file the way the program does (under the lock).
    @discardableResult
    func save(_ document: Document, format: SnapshotFormat = .binary, at date: Date = fixedDate, by user: String = "tester") throws -> FileIdentity {
        try file.withLock { () throws(SnapshotError) -> FileIdentity in
            try file.write(SnapshotCodec.encode(document, format: format, savedAt: date, savedBy: user))
        }
    }

    /// The permission bits of a path (not following a symlink); nil when there is nothing.
    func fileMode(_ path: String) -> mode_t? {
        var s = stat()
        guard lstat(path, &s) == 0 else { return nil }
        return s.st_mode & 0o7777
    }

    func fileGroup(_ path: String) -> gid_t? {
        var s = stat()
        guard lstat(path, &s) == 0 else { return nil }
        return s.st_gid
    }

    func fileBytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// The seed with every partner's role suffixed: document B of `iq-torture save-loop`.
    func seedWithRoles(suffix: String) -> Document {
        var d = Seed.document
        for var p in d.partners.items {
            p.role += suffix
            d.partners.put(p)
        }
        return d
    }

    /// A document with one partner's role changed.
    func withRole(_ document: Document, _ id: RecordID, _ role: String) -> Document {
        var d = document
        if var p = d.partners[id] {
            p.role = role
            d.partners.put(p)
        }
        return d
    }
}

/// Random delays and bytes that repeat run to run.
typealias SnapshotTestRandom = SeededRandom
