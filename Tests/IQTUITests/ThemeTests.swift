import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

final class ThemeTests: XCTestCase {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../themes").standardized

    /// The shipped file, parsed as a theme file given with --theme is, is exactly the theme
    /// compiled into the program as values, and it has every role (scripts/embed-themes.py
    /// writes the values).
    func assertShippedFile(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.themesFolder.appendingPathComponent("\(name).theme")
        let text = try String(contentsOf: url, encoding: .utf8)
        let theme = try Theme.parse(text, name: name).get()
        for role in StyleRole.allCases {
            XCTAssertNotNil(theme.styles[role], "\(name) lacks \(role)", file: file, line: line)
        }
        let builtIn = try XCTUnwrap(Theme.builtIn(name), "no built-in theme \(name)", file: file, line: line)
        XCTAssertEqual(builtIn, theme, "themes/\(name).theme differs from the compiled theme: run scripts/embed-themes.py", file: file, line: line)
        // The selection must stand out from plain text in every theme.
        XCTAssertNotEqual(theme.style(.selection), theme.style(.normal), "\(name): invisible selection", file: file, line: line)
        XCTAssertTrue(text.hasPrefix("# iq-tui theme: \(name)"), "\(name) has no documented header", file: file, line: line)
    }

    func testBuiltInDefaultIsTheShippedFile() throws {
        try assertShippedFile("default")
        XCTAssertEqual(Theme.builtInDefault.style(.selection), Theme.Style(foreground: .indexed(0), background: .indexed(6), attributes: [.bold]))
    }

    func testBuiltInLightIsTheShippedFile() throws {
        try assertShippedFile("light")
        let light = try XCTUnwrap(Theme.builtIn("light"))
        XCTAssertEqual(light.style(.link).foreground, .rgb(Theme.RGB(0, 0, 0xD7)), "the light theme shows #rrggbb")
        for role in StyleRole.allCases where light.style(role).background == .terminalDefault {
            let fg = light.style(role).foreground
            XCTAssertFalse(fg == .indexed(3) || fg == .indexed(7) || fg == .indexed(11) || fg == .indexed(15),
                           "\(role): yellow or white text fades on the light background")
        }
    }

    func testBuiltInHighContrastIsTheShippedFile() throws {
        try assertShippedFile("high-contrast")
        let theme = try XCTUnwrap(Theme.builtIn("high-contrast"))
        for role in StyleRole.allCases {
            XCTAssertNotEqual(theme.style(role).background, .terminalDefault, "\(role) needs its own background")
            XCTAssertFalse(theme.style(role).attributes.contains(.dim), "\(role): nothing is dim in high contrast")
        }
    }

    func testBuiltInMonochromeIsTheShippedFile() throws {
        try assertShippedFile("monochrome")
        let mono = Theme.monochrome
        XCTAssertEqual(mono.name, "monochrome")
        XCTAssertFalse(mono.usesColor, "monochrome names no colour at all")
        XCTAssertTrue(mono.style(.selection).attributes.contains(.reverse))
        XCTAssertTrue(mono.style(.selectionUnfocused).attributes.contains(.reverse))
        XCTAssertTrue(mono.style(.statusError).attributes.contains(.reverse))
        XCTAssertTrue(mono.style(.titleFocused).attributes.contains(.reverse), "the focused pane shows without colour")
        XCTAssertNotEqual(mono.style(.selection), mono.style(.selectionUnfocused))
        for role in [StyleRole.gaugeNormal, .gaugeWarning, .gaugeOver, .chartBar] {
            XCTAssertFalse(mono.style(role).attributes.contains(.reverse), "\(role): a reversed block looks empty")
        }
        XCTAssertNotEqual(mono.style(.gaugeNormal), mono.style(.gaugeOver))
    }

    func testEveryNameTheCommandLineAcceptsIsBuiltIn() throws {
        XCTAssertEqual(Theme.builtInNames, ["default", "light", "high-contrast", "monochrome"])
        for name in LaunchOptions.themeNames {
            XCTAssertEqual(Theme.builtIn(name)?.name, name)
        }
        XCTAssertNil(Theme.builtIn("solarized"))
        // Every shipped file is a built-in theme and the other way round.
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
            .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }.sorted()
        XCTAssertEqual(files, LaunchOptions.themeNames.sorted())
    }

    func testParseErrorsNameTheLine() {
        let bad = "# comment\nnormal = default\nselection = black on nowhere\n"
        guard case .failure(let e) = Theme.parse(bad, name: "bad") else { return XCTFail("accepted a bad colour") }
        XCTAssertEqual(e, Theme.ParseError(line: 3, kind: .unknownColor("nowhere")))
        XCTAssertTrue(e.message.contains("nowhere"))
        let cases: [(String, Int, Theme.ParseError.Kind)] = [
            ("bogus = red", 1, .unknownRole("bogus")),
            ("\n\nnormal = red, blinking", 3, .unknownAttribute("blinking")),
            ("normal red", 1, .expectedAssignment),
            ("= red", 1, .expectedAssignment),
            ("normal =", 1, .missingColor),
            ("normal = red on", 1, .expectedBackground),
            ("normal = red blue", 1, .expectedBackground),
            ("normal = #12345", 1, .unknownColor("#12345")),
            ("normal = #gg0000", 1, .unknownColor("#gg0000")),
            ("normal = 256", 1, .unknownColor("256")),
            ("normal = -1", 1, .unknownColor("-1")),
            ("normal = bright-orange", 1, .unknownColor("bright-orange")),
            ("# ok\r\nnormal = red\r\nlink = blue,", 3, .unknownAttribute("")),
        ]
        for (text, line, kind) in cases {
            guard case .failure(let error) = Theme.parse(text, name: "x") else { XCTFail("accepted \(text.debugDescription)"); continue }
            XCTAssertEqual(error, Theme.ParseError(line: line, kind: kind), text.debugDescription)
        }
    }

    func testParseErrorsInBothLanguages() {
        let error = Theme.ParseError(line: 4, kind: .unknownColor("lila"))
        XCTAssertEqual(error.problem.text(.de), "unbekannte Farbe „lila“")
        XCTAssertEqual(error.problem.text(.en), "unknown colour 'lila'")
        let kinds: [Theme.ParseError.Kind] = [.expectedAssignment, .unknownRole("r"), .missingColor, .unknownColor("c"),
                                              .expectedBackground, .unknownAttribute("a")]
        for kind in kinds {
            for language in Language.allCases {
                XCTAssertFalse(Theme.ParseError(line: 1, kind: kind).problem.text(language).isEmpty)
            }
        }
    }

    func testColoursAndAttributes() throws {
        let theme = try Theme.parse("header = bright-yellow on 17, bold, underline", name: "t").get()
        XCTAssertEqual(theme.style(.header), Theme.Style(foreground: .indexed(11), background: .indexed(17), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(.key), theme.style(.normal), "an unlisted role falls back to normal")
    }

    func testHexColoursAndAttributeOnlyLines() throws {
        let theme = try Theme.parse("""
            normal = #FFaa00 on #000000
            selection = reverse, bold
            dim = dim
            link = default, underline
            """, name: "t").get()
        XCTAssertEqual(theme.style(.normal), Theme.Style(foreground: .rgb(Theme.RGB(255, 170, 0)), background: .rgb(Theme.RGB(0, 0, 0))))
        XCTAssertEqual(theme.style(.selection), Theme.Style(attributes: [.reverse, .bold]))
        XCTAssertEqual(theme.style(.dim), Theme.Style(attributes: [.dim]))
        XCTAssertEqual(theme.style(.link), Theme.Style(attributes: [.underline]))
        XCTAssertTrue(theme.usesColor)
        XCTAssertFalse(try Theme.parse("selection = reverse", name: "m").get().usesColor)
        XCTAssertEqual(Theme.RGB(0x12, 0x34, 0x56).packed, 0x123456)
    }

    // MARK: choosing a theme

    func testNoChoiceIsTheDefaultOrMonochromeUnderNoColor() {
        XCTAssertEqual(ThemeSelection.load(nil, environment: [:]).theme.name, "default")
        XCTAssertEqual(ThemeSelection.load(nil, environment: ["NO_COLOR": "1"]).theme.name, "monochrome")
        XCTAssertEqual(ThemeSelection.load(nil, environment: ["NO_COLOR": "0"]).theme.name, "monochrome", "any value counts")
        XCTAssertEqual(ThemeSelection.load(nil, environment: ["NO_COLOR": ""]).theme.name, "default", "an empty NO_COLOR does not")
        XCTAssertNil(ThemeSelection.load(nil, environment: ["NO_COLOR": "1"]).problem)
    }

    func testAnExplicitThemeWinsOverNoColor() throws {
        let env = ["NO_COLOR": "1"]
        XCTAssertEqual(ThemeSelection.load(.named("light"), environment: env).theme, Theme.builtIn("light"))
        XCTAssertEqual(ThemeSelection.load(.named("default"), environment: env).theme, Theme.builtInDefault)
        let file = ThemeSelection.load(.file("/x/blue.theme"), environment: env, readFile: { _ in .success("normal = blue") })
        XCTAssertEqual(file.theme, Theme(name: "blue", styles: [.normal: Theme.Style(foreground: .indexed(4))]))
        XCTAssertNil(file.problem)
    }

    func testABrokenThemeFileNamesFileAndLineAndFallsBack() {
        let broken = "# mine\nnormal = default\nselection = black on nowhere\n"
        let outcome = ThemeSelection.load(.file("/home/a/mine.theme"), environment: [:], readFile: { _ in .success(broken) })
        XCTAssertEqual(outcome.theme, Theme.builtInDefault)
        XCTAssertEqual(outcome.problem, .badLine(path: "/home/a/mine.theme", error: Theme.ParseError(line: 3, kind: .unknownColor("nowhere")), fallback: "default"))
        XCTAssertEqual(outcome.problem?.text(.de),
                       "iq-tui: Theme-Datei /home/a/mine.theme, Zeile 3: unbekannte Farbe „nowhere“; stattdessen gilt das Theme „default“.")
        XCTAssertEqual(outcome.problem?.text(.en),
                       "iq-tui: theme file /home/a/mine.theme, line 3: unknown colour 'nowhere'; using the theme 'default' instead.")
        // Under NO_COLOR the fallback is what applies without a choice: monochrome.
        let noColor = ThemeSelection.load(.file("b.theme"), environment: ["NO_COLOR": "yes"], readFile: { _ in .success("x = y") })
        XCTAssertEqual(noColor.theme, Theme.monochrome)
        XCTAssertEqual(noColor.problem, .badLine(path: "b.theme", error: Theme.ParseError(line: 1, kind: .unknownRole("x")), fallback: "monochrome"))
    }

    func testAnUnreadableThemeFileFallsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iq-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("none.theme").path
        let outcome = ThemeSelection.load(.file(missing), environment: [:])
        XCTAssertEqual(outcome.theme, Theme.builtInDefault)
        guard case .unreadable(let path, let reason, "default")? = outcome.problem else { return XCTFail("\(String(describing: outcome.problem))") }
        XCTAssertEqual(path, missing)
        XCTAssertEqual(reason, String(cString: strerror(ENOENT)))
        XCTAssertTrue(outcome.problem?.text(.de).contains(missing) == true)
        // A directory, and a file that is not UTF-8.
        guard case .failure(let dir) = ThemeSelection.readThemeFile(folder.path) else { return XCTFail("read a directory") }
        XCTAssertEqual(dir.reason, String(cString: strerror(EISDIR)))
        let latin1 = folder.appendingPathComponent("latin1.theme")
        try Data([0x23, 0x20, 0xE4, 0x0A]).write(to: latin1)
        guard case .failure = ThemeSelection.readThemeFile(latin1.path) else { return XCTFail("read Latin-1") }
        // A good file on disk is used.
        let good = folder.appendingPathComponent("good.theme")
        try "normal = #102030\n".write(to: good, atomically: false, encoding: .utf8)
        let loaded = ThemeSelection.load(.file(good.path), environment: ["NO_COLOR": "1"])
        XCTAssertNil(loaded.problem)
        XCTAssertEqual(loaded.theme.name, "good")
        XCTAssertEqual(loaded.theme.style(.normal).foreground, .rgb(Theme.RGB(0x10, 0x20, 0x30)))
        // The shipped files load as files too.
        for name in LaunchOptions.themeNames {
            let shipped = ThemeSelection.load(.file(Self.themesFolder.appendingPathComponent("\(name).theme").path), environment: [:])
            XCTAssertNil(shipped.problem, name)
            XCTAssertEqual(shipped.theme, Theme.builtIn(name))
        }
    }

    // MARK: the command line

    func testThemeOption() {
        func theme(_ args: [String]) -> LaunchOptions.ThemeChoice?? {
            guard case .success(let o) = LaunchOptions.parse(args, environment: [:]) else { return nil }
            return .some(o.theme)
        }
        XCTAssertEqual(theme([]), .some(nil))
        XCTAssertEqual(theme(["--theme", "light"]), .named("light"))
        XCTAssertEqual(theme(["--theme=High-Contrast"]), .named("high-contrast"))
        XCTAssertEqual(theme(["--theme", "monochrome"]), .named("monochrome"))
        XCTAssertEqual(theme(["--theme", "./mine"]), .file("./mine"))
        XCTAssertEqual(theme(["--theme", "mine.theme"]), .file("mine.theme"))
        XCTAssertEqual(theme(["--theme", "/etc/iq/dark.THEME"]), .file("/etc/iq/dark.THEME"))
        XCTAssertEqual(LaunchOptions.parse(["--theme", "solarized"], environment: [:]), .failure(.badTheme("solarized")))
        XCTAssertEqual(LaunchOptions.parse(["--theme"], environment: [:]), .failure(.missingValue("--theme")))
        XCTAssertEqual(LaunchOptions.parse(["--theme", "--ascii"], environment: [:]), .failure(.missingValue("--theme")))
        let message = LaunchOptions.ParseError.badTheme("solarized").message
        XCTAssertEqual(message.text(.de), "iq-tui: Theme „solarized“ gibt es nicht; möglich sind default, light, high-contrast, monochrome oder der Pfad einer .theme-Datei.")
        XCTAssertTrue(message.text(.en).contains("default, light, high-contrast, monochrome"))
        for language in Language.allCases {
            XCTAssertTrue(CommandLineText.cliUsage.text(language).contains("--theme"))
            XCTAssertTrue(CommandLineText.cliUsage.text(language).contains("--unicode"))
        }
    }

    func testAsciiAndUnicodeOptions() throws {
        let plain = try LaunchOptions.parse([], environment: [:]).get()
        XCTAssertFalse(plain.ascii)
        XCTAssertFalse(plain.unicode)
        let ascii = try LaunchOptions.parse(["--ascii"], environment: [:]).get()
        XCTAssertTrue(ascii.ascii)
        let unicode = try LaunchOptions.parse(["--unicode"], environment: [:]).get()
        XCTAssertTrue(unicode.unicode)
        XCTAssertFalse(unicode.ascii)
        // The last of the two wins.
        XCTAssertEqual(try LaunchOptions.parse(["--ascii", "--unicode"], environment: [:]).get().ascii, false)
        XCTAssertEqual(try LaunchOptions.parse(["--unicode", "--ascii"], environment: [:]).get().ascii, true)
    }
}
