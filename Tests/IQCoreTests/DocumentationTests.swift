import Foundation
import XCTest
@testable import IQCore

/// The help, the manual page, the README and the bash completion name every option and command
/// the parser knows; the completion works in a real bash.
final class DocumentationTests: XCTestCase {
    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func read(_ relativePath: String) throws -> String {
        let url = repository.appendingPathComponent(relativePath)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw XCTSkip("\(relativePath) is not beside the sources")
        }
        return text
    }

    private var allOptions: [String] { LaunchOptions.valueOptions + LaunchOptions.switches }
    private var longOptions: [String] { allOptions.filter { $0.hasPrefix("--") } }

    /// A text contains `option` as a whole word ("--data" does not count for "--data-dir").
    private func mentions(_ text: String, _ option: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: option) {
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let endsWord = after.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true
            let startsWord = before.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true
            if endsWord, startsWord { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    func testTheParserAcceptsExactlyTheListedOptions() {
        for option in allOptions {
            let arguments = LaunchOptions.valueOptions.contains(option) ? [option, "x"] : [option]
            if case .failure(.unknownOption) = LaunchOptions.parse(arguments, environment: [:]) {
                XCTFail("\(option) is listed but the parser does not know it")
            }
        }
        for unknown in ["--frobnicate", "--mouse", "--no-theme", "-x", "--datafile"] {
            XCTAssertEqual(LaunchOptions.parse([unknown], environment: [:]), .failure(.unknownOption(unknown)))
        }
        XCTAssertEqual(Set(allOptions).count, allOptions.count)
    }

    func testTheHelpNamesEveryOptionAndCommandInBothLanguages() {
        for language in Language.allCases {
            let help = CommandLineText.cliUsage.text(language)
            for option in allOptions {
                XCTAssertTrue(mentions(help, option), "--help (\(language)) lacks \(option)")
            }
            for command in LaunchOptions.commands {
                XCTAssertTrue(help.contains("iq-tui \(command)"), "--help (\(language)) lacks the command \(command)")
            }
            for key in Config.keys {
                XCTAssertTrue(mentions(help, key), "--help (\(language)) lacks the configuration key \(key)")
            }
        }
    }

    func testTheManualPageNamesEveryOptionCommandAndSection() throws {
        let roff = try read("iq-tui.1")
        // Roff writes a hyphen that must stay one as "\-".
        let text = roff.replacingOccurrences(of: "\\-", with: "-")
        for option in allOptions {
            XCTAssertTrue(mentions(text, option), "iq-tui.1 lacks \(option)")
        }
        for command in LaunchOptions.commands {
            XCTAssertTrue(text.contains(".B \(command)") || text.contains(".BI \"\(command) ") || text.contains(".BR \(command) "),
                          "iq-tui.1 lacks the command \(command)")
        }
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "FILES", "ENVIRONMENT",
                        "EXIT STATUS", "EXAMPLES"] {
            XCTAssertTrue(text.contains(".SH \(section)\n"), "iq-tui.1 lacks the section \(section)")
        }
        for word in ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "IQ_LANG", "LANG", "LC_ALL", "NO_COLOR", "TERM",
                     "backup-1", ".journal", ".lock", "iq-tui/config"] + Config.keys {
            XCTAssertTrue(text.contains(word), "iq-tui.1 lacks \(word)")
        }
        XCTAssertTrue(text.contains("iq-tui \(LaunchOptions.version)"), "the manual page carries the program's version")
    }

    func testTheReadmeNamesEveryLongOption() throws {
        let readme = try read("README.md")
        for option in longOptions {
            XCTAssertTrue(mentions(readme, option), "README.md lacks \(option)")
        }
    }

    func testTheCompletionKnowsEveryOptionAndCommand() throws {
        let script = try read("completions/iq-tui.bash")
        for option in longOptions {
            XCTAssertTrue(mentions(script, option), "the completion lacks \(option)")
        }
        for word in ["check", "export", "import", "nearest", "authority", "stats", "partners", "locations", "case", "cases"] {
            XCTAssertTrue(mentions(script, word), "the completion lacks \(word)")
        }
        for theme in LaunchOptions.themeNames {
            XCTAssertTrue(mentions(script, theme), "the completion lacks the theme \(theme)")
        }
        for service in SiteService.allCases {
            XCTAssertTrue(mentions(script, service.rawValue), "the completion lacks the service \(service.rawValue)")
        }
        for format in LaunchOptions.ExportFormat.allCases.map(\.rawValue) + LaunchOptions.LocationFormat.allCases.map(\.rawValue)
            + LaunchOptions.StatsFormat.allCases.map(\.rawValue) + SnapshotFormat.allCases.map(\.rawValue) {
            XCTAssertTrue(mentions(script, format), "the completion lacks the format \(format)")
        }
    }

    /// Tests/Shell/completion-test.sh sources the completion in bash and checks what it offers.
    func testTheCompletionCompletesInBash() throws {
        let test = repository.appendingPathComponent("Tests/Shell/completion-test.sh").path
        guard FileManager.default.fileExists(atPath: test), FileManager.default.isExecutableFile(atPath: "/bin/bash") else {
            throw XCTSkip("bash or the completion test is not here")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile", test]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("0 failed"), text)
    }

    /// The README's counts are the program's: whitespace (line breaks) inside a phrase is ignored.
    func testTheReadmeFiguresAreTheProgramsCounts() throws {
        let readme = try read("README.md").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let figures = [
            (ReferenceOccupations.all.count, "common reference occupations"),
            (Seed.partners.count, "organisations with their relations"),
            (Seed.sites.count, "counselling and qualification sites"),
            (Gazetteer.all.count, "NRW municipalities"),
        ]
        for (count, phrase) in figures {
            XCTAssertTrue(readme.contains("\(count) \(phrase)"), "README.md should say \"\(count) \(phrase)\"")
        }
    }

    /// The README's code map ("How the code is organised") names every folder of the code, the
    /// benchmarks, the tests, the scripts, the docs, the completion and CI: a top-level folder and
    /// its children by their path ("Benchmarks/iq-bench/"), deeper ones as the map indents them,
    /// by their path below the module ("Cases/", "Locations/Generated/").
    func testTheCodeMapNamesEveryFolder() throws {
        let readme = try read("README.md")
        guard let heading = readme.range(of: "## How the code is organised"),
              let open = readme.range(of: "```\n", range: heading.upperBound..<readme.endIndex),
              let close = readme.range(of: "```\n", range: open.upperBound..<readme.endIndex) else {
            return XCTFail("README.md has no code map under \"How the code is organised\"")
        }
        let map = readme[open.upperBound..<close.lowerBound]
        let files = FileManager.default
        var folders: [String] = []
        for root in ["Sources", "Benchmarks", "Tests", "scripts", "docs", "completions", ".ci"] {
            guard files.fileExists(atPath: repository.appendingPathComponent(root).path) else { continue }
            folders.append(root)
            let walker = files.enumerator(atPath: repository.appendingPathComponent(root).path)
            while let relative = walker?.nextObject() as? String {
                var isFolder: ObjCBool = false
                if files.fileExists(atPath: repository.appendingPathComponent("\(root)/\(relative)").path, isDirectory: &isFolder),
                   isFolder.boolValue {
                    folders.append("\(root)/\(relative)")
                }
            }
        }
        XCTAssertTrue(folders.contains("Sources/IQCore/Store"), "the walk found the sources")
        for folder in folders {
            let parts = folder.split(separator: "/")
            let name = parts.dropFirst(parts.count <= 2 ? 0 : 2).joined(separator: "/") + "/"
            XCTAssertTrue(map.contains(name), "the code map in README.md lacks \(folder) (as \"\(name)\")")
        }
    }
}
