import XCTest
@testable import IQTUI

/// Grapheme clusters get the columns terminals give them and are drawn as something ncurses
/// and every terminal place the same way (issue 13, §3).
final class GraphemeTests: XCTestCase {
    private let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"

    func testEachKindOfClusterTakesTheColumnsTerminalsGiveIt() {
        XCTAssertEqual(TextWidth.of(Character(family)), 2, "a ZWJ sequence is one emoji")
        XCTAssertEqual(TextWidth.of("🇩🇪" as Character), 2, "a flag")
        XCTAssertEqual(TextWidth.of("🇩" as Character), 1, "a lone regional indicator is a narrow letter, as wcwidth says")
        XCTAssertEqual(TextWidth.of("❤\u{FE0F}" as Character), 2, "VS16 asks for emoji presentation")
        XCTAssertEqual(TextWidth.of("❤" as Character), 1, "without VS16 the heart is text")
        XCTAssertEqual(TextWidth.of("1\u{FE0F}\u{20E3}" as Character), 2, "a keycap")
        XCTAssertEqual(TextWidth.of("a\u{FE0F}" as Character), 1, "VS16 on a letter with no emoji form changes nothing")
        XCTAssertEqual(TextWidth.of("👍🏽" as Character), 2, "a skin tone")
        XCTAssertEqual(TextWidth.of("e\u{301}" as Character), 1, "a combining mark")
        XCTAssertEqual(TextWidth.of("\u{1100}\u{1161}\u{11A8}" as Character), 2, "Hangul jamo: one syllable")
        XCTAssertEqual(TextWidth.of("\u{1161}" as Character), 1, "a lone Hangul vowel is drawn as U+FFFD")
        XCTAssertEqual(TextWidth.of("中" as Character), 2)
        XCTAssertEqual(TextWidth.of("\u{4DC0}" as Character), 2, "a Yijing hexagram is wide for wcwidth")
        XCTAssertEqual(TextWidth.of("क\u{93E}" as Character), 2, "a spacing vowel sign takes its own column")
        XCTAssertEqual(TextWidth.of("\u{200B}" as Character), 0, "zero width space")
        XCTAssertEqual(TextWidth.of("\u{202E}" as Character), 0, "bidi override")
        XCTAssertEqual(TextWidth.of("\u{1B}" as Character), 0)
        XCTAssertEqual(TextWidth.of("\u{9B}" as Character), 0, "C1 control")
        XCTAssertEqual(TextWidth.of("\u{2028}" as Character), 0, "a line separator is a line break, never drawn")
        XCTAssertEqual(TextWidth.of("Familie \(family) 🇩🇪 ❤\u{FE0F} e\u{301}"), 8 + 2 + 1 + 2 + 1 + 2 + 1 + 1)
    }

    func testScalarWidthsAreTheCLibrarysWcwidth() {
        let scalars: [Unicode.Scalar] = [
            "a", "ä", "中", "한", "😀", "👨", "👍", "\u{1F3FD}", "❤", "\u{FE0F}", "\u{200D}", "\u{20E3}", "\u{301}",
            "\u{1F1E9}", "\u{1F1EA}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{D7B0}", "\u{4DC0}", "\u{3000}",
            "\u{FF21}", "\u{200B}", "\u{FEFF}", "\u{93E}", "\u{E33}", "\u{2B50}", "\u{231A}", "\u{1F3F3}",
            "\u{FFFD}", "\u{16FF0}", "\u{18D00}", "\u{1AFF0}",
        ]
        for s in scalars {
            XCTAssertEqual(TextWidth.of(s), libcWidth(s), String(s.value, radix: 16))
        }
    }

    func testClustersThatFitACellAreDrawnWhole() {
        XCTAssertEqual(Grapheme.cells("q\u{323}\u{301}"), [Glyph("q\u{323}\u{301}", width: 1)])
        XCTAssertEqual(Grapheme.cells("中"), [Glyph("中", width: 2)])
        XCTAssertEqual(Grapheme.cells("\u{1100}\u{1176}"), [Glyph("\u{1100}\u{1176}", width: 2)], "old Hangul jamo")
        XCTAssertEqual(Grapheme.cells("⌚\u{FE0F}"), [Glyph("⌚", width: 2)], "wide anyway: only the selector goes")
    }

    func testClustersTerminalsDisagreeAboutAreDrawnUnambiguously() {
        XCTAssertEqual(Grapheme.cells(Character(family)), [Glyph("\u{FFFD}", width: 1), Glyph(" ", width: 1)])
        XCTAssertEqual(Grapheme.cells("🏳\u{FE0F}\u{200D}🌈"), [Glyph("\u{FFFD}", width: 1), Glyph(" ", width: 1)])
        XCTAssertEqual(Grapheme.cells("🇩🇪"), [Glyph("D", width: 1), Glyph("E", width: 1)])
        XCTAssertEqual(Grapheme.cells("🇩"), [Glyph("D", width: 1)])
        XCTAssertEqual(Grapheme.cells("🇩🇪\u{301}"), [Glyph("D", width: 1), Glyph("E\u{301}", width: 1)])
        XCTAssertEqual(Grapheme.cells("❤\u{FE0F}"), [Glyph("❤", width: 1), Glyph(" ", width: 1)])
        XCTAssertEqual(Grapheme.cells("1\u{FE0F}\u{20E3}"), [Glyph("1\u{20E3}", width: 1), Glyph(" ", width: 1)])
        XCTAssertEqual(Grapheme.cells("👍🏽"), [Glyph("👍", width: 2)])
        XCTAssertEqual(Grapheme.cells("क\u{93E}"), [Glyph("क", width: 1), Glyph("\u{93E}", width: 1)])
        XCTAssertEqual(Grapheme.cells("\u{1161}"), [Glyph("\u{FFFD}", width: 1)])
        XCTAssertEqual(Grapheme.cells("e\u{301}\u{302}\u{303}\u{304}\u{305}"), [Glyph("\u{FFFD}", width: 1)],
                       "more marks than a cell carries")
        XCTAssertEqual(Grapheme.cells("\u{200B}"), [])
        XCTAssertEqual(Grapheme.cells("\u{1B}"), [])
        for ch in [Character(family), "🇩🇪", "🇩🇪\u{301}", "❤\u{FE0F}", "1\u{FE0F}\u{20E3}", "👍🏽", "क\u{93E}", "\u{1161}"] {
            XCTAssertEqual(Grapheme.cells(ch).reduce(0) { $0 + $1.width }, TextWidth.of(ch), "\(ch): cells fill its width")
        }
    }

    // MARK: What ncurses is handed

    func testACellThatFitsIsHandedToNcursesWhole() {
        XCTAssertEqual(CellOutput.cchars(for: Cell("a"), wcwidth: libcWidth), [["a"]])
        XCTAssertEqual(CellOutput.cchars(for: Cell("q\u{323}\u{301}"), wcwidth: libcWidth), [["q", "\u{323}", "\u{301}"]])
        XCTAssertEqual(CellOutput.cchars(for: Cell("中", width: 2), wcwidth: libcWidth), [["中"]])
        XCTAssertEqual(CellOutput.cchars(for: Cell("1\u{20E3}"), wcwidth: libcWidth), [["1", "\u{20E3}"]])
        XCTAssertEqual(CellOutput.cchars(for: Cell("", width: 0), wcwidth: libcWidth), [], "the right half of a wide glyph")
    }

    func testACellNcursesWouldCutOrPlaceElsewhereIsReplacedInTheSameWidth() {
        let fffd: Unicode.Scalar = "\u{FFFD}"
        XCTAssertEqual(CellOutput.cchars(for: Cell(family, width: 2), wcwidth: libcWidth), [[fffd], [" "]],
                       "setcchar would keep 👨 and the joiner only")
        XCTAssertEqual(CellOutput.cchars(for: Cell("🇩🇪", width: 2), wcwidth: libcWidth), [[fffd], [" "]],
                       "ncurses would place 🇩 in one column")
        XCTAssertEqual(CellOutput.cchars(for: Cell("❤\u{FE0F}", width: 2), wcwidth: libcWidth), [[fffd], [" "]])
        XCTAssertEqual(CellOutput.cchars(for: Cell("e\u{301}\u{302}\u{303}\u{304}\u{305}"), wcwidth: libcWidth), [[fffd]],
                       "more than CCHARW_MAX characters")
        XCTAssertEqual(CellOutput.cchars(for: Cell("\u{1FAE8}", width: 2), wcwidth: libcWidth), [[fffd], [" "]],
                       "an emoji newer than the C library")
        XCTAssertEqual(CellOutput.cchars(for: Cell("\u{1B}"), wcwidth: libcWidth), [[fffd]], "never a control character")
        XCTAssertEqual(CellOutput.cchars(for: Cell("\u{9B}"), wcwidth: libcWidth), [[fffd]])
        XCTAssertEqual(CellOutput.cchars(for: Cell("a\u{7}"), wcwidth: libcWidth), [[fffd]])
    }
}
