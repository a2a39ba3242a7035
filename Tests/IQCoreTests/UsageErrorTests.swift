import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// A usage error prints the error and one line pointing to `--help`, in the language the
/// command line asked for, wherever `--lang` stands.
final class UsageErrorTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-usage-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    func testLanguageIsFoundBeforeAndAfterTheFaultyOption() {
        let env = ["IQ_LANG": "de"]
        XCTAssertEqual(LaunchOptions.errorLanguage(["--lang", "en", "--bogus"], environment: env), .en)
        XCTAssertEqual(LaunchOptions.errorLanguage(["--bogus", "--lang=en"], environment: env), .en)
        XCTAssertEqual(LaunchOptions.errorLanguage(["--autosave", "x", "--lang", "EN"], environment: env), .en)
        XCTAssertEqual(LaunchOptions.errorLanguage(["--bogus"], environment: env), .de)
        XCTAssertEqual(LaunchOptions.errorLanguage(["--bogus"], environment: ["IQ_LANG": "en"]), .en)
        // A bad language is itself the error: it is reported in the environment's language.
        XCTAssertEqual(LaunchOptions.errorLanguage(["--lang", "fr"], environment: env), .de)
        XCTAssertEqual(LaunchOptions.errorLanguage(["--lang"], environment: env), .de)
    }

    func testUsageErrorIsTwoLinesNotTheHelp() throws {
        let german = try ProgramRun.run(["--bogus"], home: home, language: "de")
        XCTAssertEqual(german.status, 2)
        XCTAssertEqual(german.err, "iq-tui: unbekannte Option „--bogus“.\nAufruf und Optionen: iq-tui --help\n")
        XCTAssertEqual(german.out, "")
        let after = try ProgramRun.run(["--bogus", "--lang", "en"], home: home, language: "de")
        XCTAssertEqual(after.status, 2)
        XCTAssertEqual(after.err, "iq-tui: unknown option '--bogus'.\nUsage and options: iq-tui --help\n")
        let before = try ProgramRun.run(["--lang=en", "stats", "--year", "19"], home: home, language: "de")
        XCTAssertEqual(before.status, 2)
        XCTAssertTrue(before.err.hasSuffix("\nUsage and options: iq-tui --help\n"), before.err)
        XCTAssertEqual(before.err.split(separator: "\n").count, 2, before.err)
        XCTAssertFalse(before.err.contains("Options:"), before.err)
    }
}
