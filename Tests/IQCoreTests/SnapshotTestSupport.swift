import Foundation
import XCTest
@testable import IQCore
#if canImport(Glibc)
import Glibc
#endif

// Shared helpers of the snapshot store tests: a fresh temporary directory per test, file modes,
// a seeded random generator, and finding and running the `iq-torture` tool.

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

/// Finds and runs the helper executables SwiftPM builds next to the test bundle.
enum TortureTool {
    /// The built `iq-torture`, or nil when it cannot be found.
    static func path(_ name: String = "iq-torture") -> String? {
        var dirs: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            dirs.append(bundle.bundleURL)
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
            if let exe = bundle.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        }
        if let first = CommandLine.arguments.first {
            let exe = URL(fileURLWithPath: first).deletingLastPathComponent()
            dirs.append(exe)
            dirs.append(exe.deletingLastPathComponent())
        }
        for d in dirs {
            let candidate = d.appendingPathComponent(name).path
            var s = stat()
            if stat(candidate, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func require(_ name: String = "iq-torture") throws -> String {
        guard let p = path(name) else { throw XCTSkip("\(name) not found next to the test bundle (build the package first)") }
        return p
    }

    /// A started process whose standard output is collected.
    final class Running {
        let process = Process()
        let output = Pipe()
        var pid: Int32 { process.processIdentifier }

        init(_ executable: String, _ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits for the end; returns the exit status and everything printed.
        func finish() -> (status: Int32, output: String) {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    /// Runs a command to its end (python3 and the like); nil when it cannot be started.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
