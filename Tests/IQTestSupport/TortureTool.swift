import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Finds and runs the helper executables SwiftPM builds next to the test bundle.
public enum TortureTool {
    /// The built `iq-torture`, or nil when it cannot be found.
    public static func path(_ name: String = "iq-torture") -> String? {
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

    public static func require(_ name: String = "iq-torture") throws -> String {
        guard let p = path(name) else { throw XCTSkip("\(name) not found next to the test bundle (build the package first)") }
        return p
    }

    /// A started process whose standard output is collected.
    public final class Running {
        public let process = Process()
        public let output = Pipe()
        public var pid: Int32 { process.processIdentifier }

        public init(_ executable: String, _ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits for the end; returns the exit status and everything printed.
        public func finish() -> (status: Int32, output: String) {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    /// Runs a command to its end (python3 and the like); nil when it cannot be started.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) -> (status: Int32, output: String)? {
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
