#if PostgreSQL
import Foundation
import IQCore
import IQTestSupport
import XCTest
@testable import IQPostgres

/// Two `iq-tui --store` programs on one database, each on its own pseudo-terminal (the
/// repository's pty driver): a partner renamed and saved in one shows in the other, woken by the
/// notification (while connected, nothing else makes it look).
final class DatabaseTwoProgramsTests: XCTestCase {
    static let driver = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".ci/pty-driver.py").path

    func driver(home: String, steps: [String], program: String, store: String) -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", Self.driver, "--size", "100x30", "--timeout", "30"]
        for key in ["HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"] { arguments += ["--env", "\(key)=\(home)"] }
        arguments += ["--env", "IQ_LANG=de"]
        for step in steps { arguments += ["--step", step] }
        process.arguments = arguments + ["--", program, "--store", store]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        return (process, out)
    }

    func testARenameSavedInOneProgramShowsInTheOther() throws {
        let db = try TestDatabase.seeded()
        defer { db.drop() }
        let program = try ProgramRun.binary()
        let base = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                               appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true).path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let ready = base + "/watcher-ready"
        for name in ["watcher", "editor"] { try FileManager.default.createDirectory(atPath: base + "/" + name, withIntermediateDirectories: true) }

        let (watcher, watcherOut) = driver(home: base + "/watcher", steps: [
            "wait Agenturen für Arbeit", "save-raw \(ready)", "wait Agenturen Zebrawerk", "keys q", "exit 0",
        ], program: program, store: db.connection)
        try watcher.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: ready), watcher.isRunning, Date() < deadline { usleep(20_000) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: ready), "the watcher did not show the partners")

        let (editor, editorOut) = driver(home: base + "/editor", steps: [
            "wait Agenturen für Arbeit", "keys e", "settle", "keys Agenturen Zebrawerk", "keys <C-s>", "settle", "keys <C-s>",
            "wait Gespeichert", "keys q", "exit 0",
        ], program: program, store: db.connection)
        try editor.run()
        let editorText = String(decoding: editorOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        editor.waitUntilExit()
        XCTAssertEqual(editor.terminationStatus, 0, editorText)
        let watcherText = String(decoding: watcherOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        watcher.waitUntilExit()
        XCTAssertEqual(watcher.terminationStatus, 0, "the rename did not reach the other program:\n" + watcherText)
    }
}
#endif
