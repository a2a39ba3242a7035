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

    /// Every command that lacks a word says which one, with an example, in one line: nothing
    /// "below" that never comes. The built program prints it, then the pointer to --help.
    func testEveryMissingArgumentSaysWhatIsMissing() throws {
        let lines: [[String]: (de: String, en: String)] = [
            ["export"]: ("partners, locations, cases oder case NUMMER", "partners, locations, cases or case NUMBER"),
            ["export", "case"]: ("die Fallnummer, z. B. iq-tui export case NRW-", "the case number, e.g. iq-tui export case NRW-"),
            ["import"]: ("die Datei, z. B. iq-tui import partners", "the file, e.g. iq-tui import partners"),
            ["import", "partners"]: ("die Datei, z. B. iq-tui import partners datei.csv", "the file, e.g. iq-tui import partners file.csv"),
            ["import", "cases"]: ("die Datei, z. B. iq-tui import cases datei.csv", "the file, e.g. iq-tui import cases file.csv"),
            ["nearest"]: ("einen Ort oder eine PLZ, z. B. iq-tui nearest", "a place or postcode, e.g. iq-tui nearest"),
            ["authority"]: ("den Referenzberuf, z. B. iq-tui authority", "the reference occupation, e.g. iq-tui authority"),
        ]
        for (arguments, expected) in lines {
            guard case .failure(let error) = LaunchOptions.parse(arguments, environment: [:]), case .missingArgument = error else {
                XCTFail("\(arguments) is not a missing argument"); continue
            }
            for (language, words) in [(Language.de, expected.de), (.en, expected.en)] {
                let text = LaunchOptions.usageError(error, language)
                let parts = text.split(separator: "\n")
                XCTAssertEqual(parts.count, 2, text)
                XCTAssertTrue(parts[0].contains(words), "\(arguments) \(language): \(text)")
                XCTAssertFalse(text.contains("unten") || text.contains("below"), text)
                XCTAssertEqual(String(parts[1]), CommandLineText.cliSeeHelp.text(language))
            }
        }
        let run = try ProgramRun.run(["export", "case", "--lang", "en"], home: home, language: "de")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.err, "iq-tui: 'export case' needs the case number, e.g. iq-tui export case NRW-2026-000042.\n"
                       + "Usage and options: iq-tui --help\n")
    }
}
