import XCTest
@testable import IQCore
@testable import IQTUI

final class ColorMappingTests: XCTestCase {
    typealias RGB = Theme.RGB

    func map(_ c: Theme.Color, _ depth: ColorDepth, foreground: Bool = true) -> (Int, Set<Theme.Attribute>) {
        let m = ColorMapping.map(c, depth: depth, foreground: foreground)
        return (m.number, m.attributes)
    }

    func testDepthFromTheColourCount() {
        XCTAssertEqual(ColorDepth.detect(hasColors: false, colors: 256), .none)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: -1), .none)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 2), .none)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 8), .eight)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 15), .eight)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 16), .sixteen)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 88), .indexed88)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 256), .indexed256)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 32767), .indexed256)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 1 << 24), .direct)
    }

    func testPalette() {
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 1), RGB(205, 0, 0))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 16), RGB(0, 0, 0))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 21), RGB(0, 0, 255))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 196), RGB(255, 0, 0))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 208), RGB(255, 135, 0))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 231), RGB(255, 255, 255))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 232), RGB(8, 8, 8))
        XCTAssertEqual(ColorMapping.rgb(ofIndex: 255), RGB(238, 238, 238))
        XCTAssertEqual(ColorMapping.rgb(ofIndex88: 79), RGB(255, 255, 255))
        XCTAssertEqual(ColorMapping.rgb(ofIndex88: 80), RGB(46, 46, 46))
        // Every cube and grey colour finds itself.
        for n in 16..<256 { XCTAssertEqual(ColorMapping.rgb(ofIndex: ColorMapping.nearest256(ColorMapping.rgb(ofIndex: n))), ColorMapping.rgb(ofIndex: n)) }
        for n in 16..<88 { XCTAssertEqual(ColorMapping.rgb(ofIndex88: ColorMapping.nearest88(ColorMapping.rgb(ofIndex88: n))), ColorMapping.rgb(ofIndex88: n)) }
    }

    func testDefaultStaysDefaultEverywhere() {
        for depth in [ColorDepth.none, .eight, .sixteen, .indexed88, .indexed256, .direct] {
            XCTAssertEqual(map(.terminalDefault, depth).0, -1)
            XCTAssertEqual(map(.terminalDefault, depth).1, [])
        }
    }

    func testTwoHundredFiftySixColours() {
        XCTAssertEqual(map(.indexed(3), .indexed256).0, 3)
        XCTAssertEqual(map(.indexed(11), .indexed256).0, 11)
        XCTAssertEqual(map(.indexed(172), .indexed256).0, 172)
        XCTAssertEqual(map(.rgb(RGB(255, 135, 0)), .indexed256).0, 208, "an exact cube colour")
        XCTAssertEqual(map(.rgb(RGB(0, 0, 0xD7)), .indexed256).0, 20)
        XCTAssertEqual(map(.rgb(RGB(0x80, 0x80, 0x80)), .indexed256).0, 244, "grey goes to the grey ramp")
        XCTAssertEqual(map(.rgb(RGB(250, 2, 3)), .indexed256).0, 196)
        XCTAssertEqual(map(.rgb(RGB(0, 0, 0)), .indexed256).0, 16, "never 0–15, which terminals redefine")
        XCTAssertEqual(map(.rgb(RGB(0x30, 0x30, 0x30)), .indexed256).0, 236)
    }

    func testEightyEightColours() {
        XCTAssertEqual(map(.indexed(9), .indexed88).0, 9)
        XCTAssertEqual(map(.indexed(196), .indexed88).0, 16 + 48, "pure red of the 4-level cube")
        XCTAssertEqual(map(.rgb(RGB(0x2E, 0x2E, 0x2E)), .indexed88).0, 80)
    }

    func testSixteenColours() {
        XCTAssertEqual(map(.indexed(12), .sixteen).0, 12)
        XCTAssertEqual(map(.indexed(208), .sixteen).0, 3, "orange is nearest to yellow")
        XCTAssertEqual(map(.indexed(244), .sixteen).0, 8, "mid grey is bright black")
        XCTAssertEqual(map(.indexed(250), .sixteen).0, 7, "light grey is white")
        XCTAssertEqual(map(.indexed(17), .sixteen).0, 0, "navy is nearest to black")
        XCTAssertEqual(map(.indexed(196), .sixteen).0, 9)
        XCTAssertEqual(map(.rgb(RGB(0, 0, 0xD7)), .sixteen).0, 4)
        XCTAssertEqual(map(.rgb(RGB(0xFF, 0xFF, 0xFF)), .sixteen).0, 15)
        XCTAssertEqual(map(.indexed(172), .sixteen).0, 3, "the light theme's orange gauge is yellow on 16 colours")
        XCTAssertEqual(map(.indexed(12), .sixteen).1, [])
    }

    func testEightColoursBrightBecomesBold() {
        XCTAssertEqual(map(.indexed(1), .eight).0, 1)
        XCTAssertEqual(map(.indexed(1), .eight).1, [])
        XCTAssertTrue(map(.indexed(9), .eight) == (1, [.bold]), "bright red: red in bold")
        XCTAssertTrue(map(.indexed(12), .eight) == (4, [.bold]))
        XCTAssertTrue(map(.indexed(15), .eight) == (7, [.bold]))
        XCTAssertTrue(map(.indexed(8), .eight) == (-1, [.dim]), "bright black: the terminal's colour, dimmed")
        // A background cannot be brightened by bold: the base colour alone.
        XCTAssertTrue(map(.indexed(11), .eight, foreground: false) == (3, []))
        XCTAssertTrue(map(.indexed(8), .eight, foreground: false) == (0, []))
        // 256-index and #rrggbb: nearest of 16, then the same rule.
        XCTAssertTrue(map(.indexed(196), .eight) == (1, [.bold]))
        XCTAssertTrue(map(.indexed(208), .eight) == (3, []))
        XCTAssertTrue(map(.rgb(RGB(0x5F, 0x5F, 0xFF)), .eight) == (4, [.bold]))
        XCTAssertTrue(map(.rgb(RGB(0x80, 0x80, 0x80)), .eight) == (-1, [.dim]))
        XCTAssertTrue(map(.rgb(RGB(0, 0xCD, 0)), .eight, foreground: false) == (2, []))
    }

    func testDirectColour() {
        XCTAssertEqual(map(.indexed(2), .direct).0, 2, "the eight base colours stay the terminal's own")
        XCTAssertEqual(map(.indexed(9), .direct).0, 0xFF0000)
        XCTAssertEqual(map(.indexed(208), .direct).0, 0xFF8700)
        XCTAssertEqual(map(.rgb(RGB(0x12, 0x34, 0x56)), .direct).0, 0x123456)
        XCTAssertEqual(map(.rgb(RGB(0, 0, 0)), .direct).0, 8, "black as RGB must not become colour 0–7")
        XCTAssertEqual(map(.indexed(16), .direct).0, 8)
    }

    func testNoColoursNoNumbers() {
        XCTAssertTrue(map(.indexed(9), .none) == (-1, []))
        XCTAssertTrue(map(.rgb(RGB(1, 2, 3)), .none) == (-1, []))
    }

    func testResolvedThemePerDepth() throws {
        let theme = Theme.builtInDefault
        let full = ColorMapping.resolve(theme, depth: .indexed256)
        XCTAssertEqual(full[.selection], TerminalStyle(foreground: 0, background: 6, attributes: [.bold]))
        XCTAssertEqual(full[.chartBar], TerminalStyle(foreground: 12))
        XCTAssertEqual(full[.normal], TerminalStyle())
        XCTAssertEqual(full.count, StyleRole.allCases.count)
        let eight = ColorMapping.resolve(theme, depth: .eight)
        XCTAssertEqual(eight[.chartBar], TerminalStyle(foreground: 4, attributes: [.bold]))
        XCTAssertEqual(eight[.border], TerminalStyle(attributes: [.dim]))
        XCTAssertEqual(eight[.selection], TerminalStyle(foreground: 0, background: 6, attributes: [.bold]))
        // High contrast on 8 colours: bright white on black is white in bold on black.
        let contrast = ColorMapping.resolve(try XCTUnwrap(Theme.builtIn("high-contrast")), depth: .eight)
        XCTAssertEqual(contrast[.normal], TerminalStyle(foreground: 7, background: 0, attributes: [.bold]))
        XCTAssertEqual(contrast[.selection], TerminalStyle(foreground: 0, background: 3, attributes: [.bold]))
    }

    func testWithoutColoursAColourThemeIsDrawnAsMonochrome() {
        for name in LaunchOptions.themeNames {
            let resolved = ColorMapping.resolve(Theme.builtIn(name) ?? .builtInDefault, depth: .none)
            for role in StyleRole.allCases {
                let style = resolved[role]
                XCTAssertEqual(style?.usesColor, false, "\(name) \(role)")
                XCTAssertEqual(style?.attributes, Theme.monochrome.style(role).attributes, "\(name) \(role)")
            }
            XCTAssertEqual(resolved[.selection]?.attributes.contains(.reverse), true, "selection stays visible")
        }
    }

    func testMonochromeNeverNamesAColourOnAnyTerminal() {
        for depth in [ColorDepth.none, .eight, .sixteen, .indexed88, .indexed256, .direct] {
            let resolved = ColorMapping.resolve(.monochrome, depth: depth)
            XCTAssertFalse(resolved.values.contains { $0.usesColor }, "\(depth)")
            XCTAssertEqual(resolved[.selection]?.attributes, [.bold, .reverse])
        }
    }

    func testColoursThatMergeKeepTheTextReadable() throws {
        // Black on bright black: both black on 8 colours.
        let theme = try Theme.parse("selection = black on bright-black\nheader = bright-yellow on yellow", name: "t").get()
        let eight = ColorMapping.resolve(theme, depth: .eight)
        XCTAssertEqual(eight[.selection], TerminalStyle(foreground: 7, background: 0))
        XCTAssertEqual(eight[.header], TerminalStyle(foreground: 0, background: 3, attributes: [.bold]))
        XCTAssertEqual(ColorMapping.resolve(theme, depth: .sixteen)[.selection], TerminalStyle(foreground: 0, background: 8))
    }

    // MARK: NO_COLOR

    func testNoColorMeansNoColourPairs() {
        let theme = ThemeSelection.load(nil, environment: ["NO_COLOR": "1", "TERM": "xterm-256color"]).theme
        for depth in [ColorDepth.eight, .indexed256, .direct] {
            XCTAssertFalse(ColorMapping.resolve(theme, depth: depth).values.contains { $0.usesColor })
        }
        XCTAssertTrue(ThemeSelection.noColor(["NO_COLOR": "1"]))
        XCTAssertTrue(ThemeSelection.noColor(["NO_COLOR": "false"]))
        XCTAssertFalse(ThemeSelection.noColor(["NO_COLOR": ""]))
        XCTAssertFalse(ThemeSelection.noColor([:]))
    }

    // MARK: automatic ASCII

    func testAsciiFollowsTheLocale() {
        func auto(_ env: [String: String]) -> Bool { AsciiDecision.auto(environment: env.merging(["TERM": "xterm-256color"]) { a, _ in a }) }
        XCTAssertFalse(auto(["LANG": "de_DE.UTF-8"]))
        XCTAssertFalse(auto(["LANG": "C.utf8"]))
        XCTAssertFalse(auto(["LC_CTYPE": "UTF-8"]), "macOS sets LC_CTYPE=UTF-8")
        XCTAssertTrue(auto([:]), "no locale at all is POSIX")
        XCTAssertTrue(auto(["LANG": "C"]))
        XCTAssertTrue(auto(["LANG": "POSIX"]))
        XCTAssertTrue(auto(["LANG": "de_DE"]), "de_DE without a codeset is Latin-1")
        XCTAssertTrue(auto(["LANG": "de_DE.ISO-8859-15@euro"]))
        // LC_ALL, then LC_CTYPE, then LANG; an empty one does not count.
        XCTAssertTrue(auto(["LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"]))
        XCTAssertFalse(auto(["LC_ALL": "", "LC_CTYPE": "en_US.UTF-8", "LANG": "C"]))
        XCTAssertTrue(auto(["LC_CTYPE": "C", "LANG": "de_DE.UTF-8"]))
        XCTAssertFalse(auto(["LC_ALL": "C.UTF-8", "LC_CTYPE": "C"]))
    }

    func testAsciiFollowsTheTerminal() {
        func auto(_ term: String) -> Bool { AsciiDecision.auto(environment: ["LANG": "de_DE.UTF-8", "TERM": term]) }
        for term in ["linux", "linux-16color", "vt100", "vt220", "VT320", "vt52", "dumb", "ansi", "ansi.sys", "pcansi", "cons25", "sun-color"] {
            XCTAssertTrue(auto(term), term)
        }
        for term in ["xterm", "xterm-256color", "xterm-direct", "screen-256color", "tmux-256color", "vte-256color", "rxvt-unicode-256color", "alacritty", "kitty", "foot", "xterm-mono"] {
            XCTAssertFalse(auto(term), term)
        }
        XCTAssertFalse(AsciiDecision.auto(environment: ["LANG": "C.UTF-8"]), "TERM unset says nothing")
    }

    func testSwitchesWinOverTheAutomaticDecision() {
        let console = ["LANG": "C", "TERM": "linux"]
        let modern = ["LANG": "de_DE.UTF-8", "TERM": "xterm-256color"]
        XCTAssertTrue(AsciiDecision.resolve(ascii: false, unicode: false, environment: console))
        XCTAssertFalse(AsciiDecision.resolve(ascii: false, unicode: true, environment: console))
        XCTAssertFalse(AsciiDecision.resolve(ascii: false, unicode: false, environment: modern))
        XCTAssertTrue(AsciiDecision.resolve(ascii: true, unicode: false, environment: modern))
    }
}
