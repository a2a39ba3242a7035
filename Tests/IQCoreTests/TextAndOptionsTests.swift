import Foundation
import XCTest
@testable import IQCore

final class TextAndOptionsTests: XCTestCase {

    // MARK: Interface texts

    /// Both languages, every text and its arguments are checked by the compiler (each feature's
    /// text type builds a `Message(de:en:)`); what it cannot see is an empty text, an empty
    /// plural form or a placeholder left over from the old templates.
    func testNoTextIsEmptyOrKeepsATemplatePlaceholder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/IQCore/Text/Features").standardized
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 10)
        let empty = try NSRegularExpression(pattern: #"(de|en): ""[,)]|\? "" :|: ""\)"#)
        let placeholder = try NSRegularExpression(pattern: #"\{[0-9][}|]"#)
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(source.startIndex..., in: source)
            XCTAssertNil(empty.firstMatch(in: source, range: range), file.lastPathComponent)
            XCTAssertNil(placeholder.firstMatch(in: source, range: range), file.lastPathComponent)
        }
    }

    func testGermanIsTheDefaultAndEnglishDiffers() {
        XCTAssertEqual(CommonText.paneTitleLocations.text(.de), "Standorte")
        XCTAssertNotEqual(CommonText.paneTitleLocations.text(.en), "Standorte")
        XCTAssertEqual(AppState(document: Document()).language, .de)
    }

    func testPlaceholdersAreReplacedByTheArguments() {
        XCTAssertEqual(CommonText.noMatches("Köln").text(.de), "Keine Treffer für „Köln“.")
        XCTAssertEqual(CommonText.noMatches("Köln").text(.en), "No matches for “Köln”.")
        XCTAssertEqual(CommonText.countFiltered(3, 120).text(.de), "3/120")
        XCTAssertEqual(CommonText.statusUndone("Name").text(.en), "Undone: Name")
        XCTAssertEqual(CommandLineText.cliUnknownOption("--frobnicate").text(.en), "iq-tui: unknown option '--frobnicate'.")
    }

    // MARK: Numbers and money

    func testIntegersGroupThousands() {
        XCTAssertEqual(NumberFormat.integer(0, .de), "0")
        XCTAssertEqual(NumberFormat.integer(999, .de), "999")
        XCTAssertEqual(NumberFormat.integer(1000, .de), "1.000")
        XCTAssertEqual(NumberFormat.integer(1000, .en), "1,000")
        XCTAssertEqual(NumberFormat.integer(1_234_567, .de), "1.234.567")
        XCTAssertEqual(NumberFormat.integer(1_234_567, .en), "1,234,567")
        XCTAssertEqual(NumberFormat.integer(-1000, .de), "-1.000")
        XCTAssertEqual(NumberFormat.integer(-999, .en), "-999")
        XCTAssertEqual(NumberFormat.integer(Int64.min, .de), "-9.223.372.036.854.775.808")
        XCTAssertEqual(NumberFormat.integer(Int64.max, .en), "9,223,372,036,854,775,807")
    }

    func testMoneyInWholeEuros() {
        XCTAssertEqual(NumberFormat.money(.euros(1_500_000), .de), "1.500.000 €")
        XCTAssertEqual(NumberFormat.money(.euros(1_500_000), .en), "€1,500,000")
        XCTAssertEqual(NumberFormat.money(.euros(12_500), .de), "12.500 €")
        XCTAssertEqual(NumberFormat.money(.euros(12_500), .en), "€12,500")
    }

    func testMoneyZero() {
        XCTAssertEqual(NumberFormat.money(.euros(0), .de), "0 €")
        XCTAssertEqual(NumberFormat.money(.euros(0), .en), "€0")
    }

    func testMoneyNegative() {
        XCTAssertEqual(NumberFormat.money(.euros(-1_500_000), .de), "-1.500.000 €")
        XCTAssertEqual(NumberFormat.money(Money(cents: -360_050), .de), "-3.600,50 €")
    }

    func testMoneyWithCents() {
        XCTAssertEqual(NumberFormat.money(Money(cents: 360_050), .de), "3.600,50 €")
        XCTAssertEqual(NumberFormat.money(Money(cents: 360_050), .en), "€3,600.50")
        XCTAssertEqual(NumberFormat.money(Money(cents: 360_005), .de), "3.600,05 €")
        XCTAssertEqual(NumberFormat.money(Money(cents: 5), .en), "€0.05")
        XCTAssertEqual(NumberFormat.money(Money(cents: 99), .de), "0,99 €")
    }

    func testMoneyNeverUsesFloatingPoint() {
        XCTAssertEqual(Money.euros(3).cents, 300)
        XCTAssertLessThan(Money(cents: 1), Money(cents: 2))
    }

    // MARK: Language

    func testLanguageFlagWinsOverEverything() {
        let env = ["IQ_LANG": "de", "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"]
        XCTAssertEqual(Language.resolve(flag: "en", environment: env), .en)
        XCTAssertEqual(Language.resolve(flag: "EN", environment: env), .en)
        XCTAssertEqual(Language.resolve(flag: "de", environment: ["IQ_LANG": "en", "LANG": "en_US.UTF-8"]), .de)
    }

    func testUnknownLanguageFlagResolvesToNothing() {
        XCTAssertNil(Language.resolve(flag: "fr", environment: [:]))
    }

    func testIQLangWinsOverTheLocale() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["IQ_LANG": "en", "LC_ALL": "de_DE.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["IQ_LANG": "de", "LANG": "en_US.UTF-8"]), .de)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["IQ_LANG": "EN"]), .en)
    }

    func testInvalidIQLangFallsBackToTheLocale() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["IQ_LANG": "fr", "LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["IQ_LANG": "fr"]), .de)
    }

    func testLocaleVariablesInPosixOrder() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LC_MESSAGES": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LC_ALL": "en_GB", "LC_MESSAGES": "de_DE", "LANG": "de_DE"]), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"]), .de)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LC_MESSAGES": "de_AT", "LANG": "en_US"]), .de)
    }

    func testEmptyLocaleVariablesAreSkipped() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]), .en)
    }

    func testDefaultIsGerman() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: [:]), .de)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "C"]), .de)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "fr_FR.UTF-8"]), .de)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]), .de)
    }

    // MARK: Command line

    private func parse(_ arguments: [String], _ environment: [String: String] = [:]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: environment)
    }

    private func options(_ arguments: [String], _ environment: [String: String] = [:],
                         file: StaticString = #filePath, line: UInt = #line) throws -> LaunchOptions {
        switch parse(arguments, environment) {
        case .success(let o): return o
        case .failure(let e):
            XCTFail("\(arguments) failed with \(e)", file: file, line: line)
            throw e
        }
    }

    func testNoArgumentsGiveTheDefaults() throws {
        let o = try options([])
        XCTAssertNil(o.dataFile)
        XCTAssertEqual(o.language, .de)
        XCTAssertTrue(o.mouse)
        XCTAssertFalse(o.ascii)
        XCTAssertFalse(o.showHelp)
        XCTAssertFalse(o.showVersion)
        XCTAssertEqual(o, LaunchOptions())
    }

    func testAllFlags() throws {
        let o = try options(["--data", "netz.json", "--lang", "en", "--no-mouse", "--ascii", "--help", "--version"])
        XCTAssertEqual(o.dataFile, "netz.json")
        XCTAssertEqual(o.language, .en)
        XCTAssertFalse(o.mouse)
        XCTAssertTrue(o.ascii)
        XCTAssertTrue(o.showHelp)
        XCTAssertTrue(o.showVersion)
    }

    func testShortHelpAndVersion() throws {
        XCTAssertTrue(try options(["-h"]).showHelp)
        XCTAssertTrue(try options(["-V"]).showVersion)
    }

    func testInlineValues() throws {
        XCTAssertEqual(try options(["--lang=en"]).language, .en)
        XCTAssertEqual(try options(["--lang=EN"]).language, .en)
        XCTAssertEqual(try options(["--data=/tmp/iq daten.json"]).dataFile, "/tmp/iq daten.json")
        XCTAssertEqual(try options(["--data=a=b.json"]).dataFile, "a=b.json", "only the first = separates")
    }

    func testSeparateValues() throws {
        XCTAssertEqual(try options(["--data", "FILE"]).dataFile, "FILE")
        XCTAssertEqual(try options(["--lang", "de"], ["LANG": "en_US.UTF-8"]).language, .de)
    }

    func testLanguageComesFromTheEnvironmentWithoutAFlag() throws {
        XCTAssertEqual(try options([], ["LANG": "en_US.UTF-8"]).language, .en)
        XCTAssertEqual(try options([], ["IQ_LANG": "en"]).language, .en)
        XCTAssertEqual(try options(["--lang=de"], ["IQ_LANG": "en"]).language, .de)
    }

    func testMissingValues() {
        XCTAssertEqual(parse(["--data"]), .failure(.missingValue("--data")))
        XCTAssertEqual(parse(["--lang"]), .failure(.missingValue("--lang")))
        XCTAssertEqual(parse(["--ascii", "--data"]), .failure(.missingValue("--data")))
        XCTAssertEqual(parse(["--data="]), .failure(.missingValue("--data")))
    }

    func testUnknownOption() {
        XCTAssertEqual(parse(["--frobnicate"]), .failure(.unknownOption("--frobnicate")))
        XCTAssertEqual(parse(["-x"]), .failure(.unknownOption("-x")))
        XCTAssertEqual(parse(["--ascii", "--frobnicate=1"]), .failure(.unknownOption("--frobnicate=1")))
    }

    func testStrayArgumentIsAnUnknownCommand() {
        XCTAssertEqual(parse(["netz.json"]), .failure(.unknownCommand("netz.json")))
        XCTAssertEqual(parse(["--data", "a.json", "b.json"]), .failure(.unknownCommand("b.json")))
        XCTAssertEqual(parse(["check", "a", "b"]), .failure(.unexpectedArgument("b")))
    }

    func testSubcommands() {
        XCTAssertEqual(try parse(["check"]).get().command, .check(file: nil))
        XCTAssertEqual(try parse(["check", "f.plist"]).get().command, .check(file: "f.plist"))
        XCTAssertEqual(try parse(["export", "partners", "--format", "vcard"]).get().command, .exportPartners(format: .vcard))
        XCTAssertEqual(try parse(["export", "partners"]).get().command, .exportPartners(format: .csv))
        XCTAssertEqual(parse(["export", "partners", "--format", "pdf"]), .failure(.badExportFormat("pdf")))
        XCTAssertEqual(parse(["export", "foo"]), .failure(.unknownCommand("export foo")))
        XCTAssertEqual(try parse(["import", "partners", "x.csv", "--skip-invalid"]).get().command, .importPartners(file: "x.csv", skipInvalid: true))
        XCTAssertEqual(parse(["import", "partners"]), .failure(.missingArgument("import partners")))
        XCTAssertEqual(try parse(["--format", "xml"]).get().format, .xml)
        XCTAssertEqual(parse(["--format", "csv"]), .failure(.badFormat("csv")), "csv is an export format, not a data file format")
        XCTAssertEqual(try parse(["--autosave", "0"]).get().autosave, nil)
        XCTAssertEqual(parse(["--autosave", "-3"]), .failure(.badAutosave("-3")))
        XCTAssertTrue(try parse(["--read-only"]).get().readOnly)
    }

    func testBadLanguage() {
        XCTAssertEqual(parse(["--lang", "fr"]), .failure(.badLanguage("fr")))
        XCTAssertEqual(parse(["--lang=klingon"]), .failure(.badLanguage("klingon")))
    }

    func testParseErrorsHaveMessagesInBothLanguages() {
        let errors: [(LaunchOptions.ParseError, String)] = [
            (.unknownOption("--frobnicate"), "--frobnicate"), (.missingValue("--data"), "--data"),
            (.badLanguage("klingon"), "klingon"), (.unexpectedArgument("netz.json"), "netz.json"),
        ]
        for (error, argument) in errors {
            for language in Language.allCases {
                let text = error.message.text(language)
                XCTAssertTrue(text.contains(argument), "\(error) in \(language): \(text)")
                XCTAssertFalse(text.contains("{0}"), "\(error) in \(language)")
            }
        }
        XCTAssertEqual(LaunchOptions.ParseError.badLanguage("fr").message, CommandLineText.cliBadLanguage("fr"))
    }

    // MARK: ListCursor

    func testCursorOnAnEmptyListStaysAtZero() {
        for move in [ListCursor.Move.up, .down, .home, .end, .by(5), .by(-5)] {
            var c = ListCursor()
            c.move(move, count: 0)
            XCTAssertEqual(c, ListCursor(), "\(move)")
        }
        var c = ListCursor(selected: 7)
        c.clamp(count: 0)
        XCTAssertEqual(c, ListCursor())
    }

    func testCursorMovedByMoreThanTheListStopsAtItsEnds() {
        var c = ListCursor()
        c.move(.end, count: 3)
        XCTAssertEqual(c, ListCursor(selected: 2))
        c.move(.by(10), count: 3)
        XCTAssertEqual(c, ListCursor(selected: 2))
        c.move(.by(-10), count: 3)
        XCTAssertEqual(c, ListCursor(selected: 0))
    }

    func testCursorClampRepairsAnyInvalidPosition() {
        var c = ListCursor(selected: -3)
        c.clamp(count: 10)
        XCTAssertEqual(c, ListCursor(selected: 0))
        c = ListCursor(selected: 50)
        c.clamp(count: 10)
        XCTAssertEqual(c, ListCursor(selected: 9))
        c = ListCursor(selected: 5)
        c.clamp(count: 10)
        XCTAssertEqual(c, ListCursor(selected: 5))
    }

    func testCursorSelectClamps() {
        var c = ListCursor()
        c.select(20, count: 10)
        XCTAssertEqual(c, ListCursor(selected: 9))
        c.select(-1, count: 10)
        XCTAssertEqual(c, ListCursor(selected: 0))
    }

    func testCursorInvariantHoldsForManyLists() {
        let moves: [ListCursor.Move] = [.end, .up, .by(-3), .down, .by(3), .home, .by(4), .by(-9), .by(13), .end, .by(-6)]
        for count in 0...12 {
            var c = ListCursor()
            for move in moves {
                c.move(move, count: count)
                if count == 0 {
                    XCTAssertEqual(c, ListCursor())
                } else {
                    XCTAssertTrue((0..<count).contains(c.selected), "count \(count) \(move)")
                }
            }
        }
    }
}
