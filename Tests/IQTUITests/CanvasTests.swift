import XCTest
@testable import IQTUI

final class CanvasTests: XCTestCase {
    func testPlacesTextByDisplayWidth() {
        var c = Canvas(width: 12, height: 1)
        let written = c.put("漢ä😀ß", x: 0, y: 0)
        XCTAssertEqual(written, 6)
        XCTAssertEqual(c[0, 0].glyph, "漢")
        XCTAssertTrue(c[1, 0].isContinuation)
        XCTAssertEqual(c[2, 0].glyph, "ä")
        XCTAssertEqual(c[3, 0].glyph, "😀")
        XCTAssertTrue(c[4, 0].isContinuation)
        XCTAssertEqual(c[5, 0].glyph, "ß")
        XCTAssertEqual(c.row(0), "漢ä😀ß      ")
    }

    func testCombiningMarksJoinTheirBase() {
        var c = Canvas(width: 5, height: 1)
        c.put("Ko\u{308}ln", x: 0, y: 0)
        XCTAssertEqual(c[1, 0].glyph, "ö", "NFD text is normalised to NFC")
        XCTAssertEqual(c.row(0), "Köln ")
        var d = Canvas(width: 4, height: 1)
        d.put("q\u{323}x", x: 0, y: 0) // q + dot below has no precomposed form
        XCTAssertEqual(d[0, 0].glyph, "q\u{323}")
        XCTAssertEqual(d[1, 0].glyph, "x")
    }

    func testCutsAtTheEdgeWithEllipsis() {
        var c = Canvas(width: 6, height: 1)
        c.put("Düsseldorf", x: 0, y: 0)
        XCTAssertEqual(c.row(0), "Düsse…")
        var d = Canvas(width: 6, height: 1)
        d.put("Düsseldorf", x: 1, y: 0, maxWidth: 4)
        XCTAssertEqual(d.row(0), " Düs… ")
        var a = Canvas(width: 6, height: 1, ascii: true)
        a.put("Düsseldorf", x: 0, y: 0)
        XCTAssertEqual(a.row(0), "Düs...")
    }

    func testWideGlyphNeverSplitAtTheEdge() {
        var c = Canvas(width: 3, height: 1)
        c.put("a漢字", x: 0, y: 0)
        XCTAssertEqual(c.row(0), "a… ", "no half glyph: 漢 would not fit beside the ellipsis")
        XCTAssertEqual(c[2, 0].glyph, " ")
    }

    func testOverwritingHalfAWideGlyphRepairsIt() {
        var c = Canvas(width: 4, height: 1)
        c.put("漢字", x: 0, y: 0)
        c.put("x", x: 1, y: 0)
        XCTAssertEqual(c.row(0), " x字")
        c.put("y", x: 2, y: 0)
        XCTAssertEqual(c.row(0), " xy ")
    }

    func testOutOfBoundsIsIgnored() {
        var c = Canvas(width: 3, height: 2)
        XCTAssertEqual(c.put("abc", x: 5, y: 0), 0)
        XCTAssertEqual(c.put("abc", x: 0, y: 7), 0)
        c.put("abcdef", x: -2, y: 1)
        XCTAssertEqual(c.row(1), "cd…")
    }

    func testBoxesUnicodeAndASCII() {
        var c = Canvas(width: 4, height: 3)
        c.box(c.bounds, glyphs: .unicode, role: .border)
        XCTAssertEqual(c.text(), "┌──┐\n│  │\n└──┘")
        var a = Canvas(width: 4, height: 3, ascii: true)
        a.box(a.bounds, glyphs: a.boxGlyphs, role: .border)
        XCTAssertEqual(a.text(), "+--+\n|  |\n+--+")
        XCTAssertEqual(c[0, 0].role, .border)
    }

    func testPaintKeepsGlyphs() {
        var c = Canvas(width: 3, height: 1)
        c.put("abc", x: 0, y: 0)
        c.paint(Rect(x: 1, y: 0, width: 2, height: 1), role: .selection)
        XCTAssertEqual(c.row(0), "abc")
        XCTAssertEqual(c[0, 0].role, .normal)
        XCTAssertEqual(c[2, 0].role, .selection)
    }

    // MARK: Grapheme clusters (issue 13, §3)

    private static let clusters = "Familie 👨\u{200D}👩\u{200D}👧\u{200D}👦 🇩🇪 ❤\u{FE0F} e\u{301} 1\u{FE0F}\u{20E3} 👍🏽 "
        + "\u{1100}\u{1161}\u{11A8} 中 a\u{200B}b \u{1161} क\u{93E}|"

    func testEveryCellFollowingAClusterIsWhereTheTerminalHasIt() {
        var c = Canvas(width: 60, height: 1)
        let written = c.put(Self.clusters, x: 0, y: 0)
        XCTAssertEqual(written, TextWidth.of(Self.clusters))
        XCTAssertEqual(c.row(0), "Familie \u{FFFD}  DE ❤  é 1\u{20E3}  👍 각 中 ab \u{FFFD} क\u{93E}|" + String(repeating: " ", count: 60 - written))
        XCTAssertEqual(columnsOutOfStep(c, row: 0), [], "a terminal placing each character by wcwidth agrees on every column")
        XCTAssertEqual(cellsNcursesWouldReplace(c), [], "ncurses is handed every cell as it is")
        XCTAssertEqual(c[written - 1, 0].glyph, "|")
    }

    func testAClusterIsCutWholeAtTheEdge() {
        var c = Canvas(width: 6, height: 1)
        c.put("ab🇩🇪❤\u{FE0F}", x: 0, y: 0)
        XCTAssertEqual(c.row(0), "abDE❤ ", "exactly six columns: both fit")
        var d = Canvas(width: 5, height: 1)
        d.put("ab🇩🇪❤\u{FE0F}x", x: 0, y: 0)
        XCTAssertEqual(d.row(0), "abDE…", "never half a flag or half a padded emoji")
        XCTAssertEqual(columnsOutOfStep(d, row: 0), [])
    }

    func testOverwritingAPaddedClusterLeavesNoStaleCell() {
        var c = Canvas(width: 6, height: 1)
        c.put("👨\u{200D}👩\u{200D}👧\u{200D}👦🇩🇪ab", x: 0, y: 0)
        c.put("xyz", x: 1, y: 0)
        XCTAssertEqual(c.row(0), "\u{FFFD}xyzab")
        XCTAssertEqual(columnsOutOfStep(c, row: 0), [])
    }

    func testControlCharactersNeverReachACell() {
        var c = Canvas(width: 30, height: 1)
        c.put("a\u{1B}[2Jb\u{9B}31mc\u{7}d\u{202E}e\u{0}f\u{1B}]52;c;eA==\u{7}g\r\nh\u{2028}i", x: 0, y: 0)
        XCTAssertEqual(c.text(), "a[2Jb31mcdef]52;c;eA==ghi")
        XCTAssertEqual(controlScalars(c), [])
    }
}
