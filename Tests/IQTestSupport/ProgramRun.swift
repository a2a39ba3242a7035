import Foundation
import XCTest

/// Runs the built `iq-tui` the way a person's shell would, with a private HOME and
/// XDG_DATA_HOME, for the command tests. Skips when the program is not built.
public enum ProgramRun {
    public struct Result {
        public var status: Int32
        public var out: String
        public var err: String
    }

    /// The built `iq-tui` next to the test bundle.
    public static func binary() throws -> String {
        var dirs: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
            if let exe = bundle.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        }
        if let first = CommandLine.arguments.first { dirs.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        guard let found = dirs.map({ $0.appendingPathComponent("iq-tui").path }).first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("iq-tui not found next to the test bundle (build the package first)")
        }
        return found
    }

    public static func run(_ arguments: [String], home: String, language: String = "de", user: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: home)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["XDG_DATA_HOME"] = home + "/xdg"
        // The developer's own configuration file never reaches a test.
        environment["XDG_CONFIG_HOME"] = home + "/config"
        environment["IQ_LANG"] = language
        if let user { environment["USER"] = user }
        process.environment = environment
        // Standard error goes to a file, so reading standard output to its end can never block.
        let errPath = home + "/stderr-\(UInt32.random(in: 0...UInt32.max))"
        XCTAssertTrue(FileManager.default.createFile(atPath: errPath, contents: nil))
        let errHandle = try XCTUnwrap(FileHandle(forWritingAtPath: errPath))
        defer { try? errHandle.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        try? FileManager.default.removeItem(atPath: errPath)
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
}
