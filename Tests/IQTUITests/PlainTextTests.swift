import XCTest
@testable import IQTUI

/// Plain text takes a shorter way onto the canvas (`PlainText`), and cells hold their glyphs as
/// plain bits (`GlyphCode`): both must give exactly what the general way gives.
final class PlainTextTests: XCTestCase {
    /// Latin text and symbols, text that stops being plain (a combining mark, CJK, an emoji, a
    /// selector, a wide or NFC-changed symbol), controls, the soft hyphen, line separators and
    /// the characters ASCII mode replaces.
    static let samples = [
        "", "a", "Köln", "Düsseldorf-Süd · Bildungsträger", "Straße 12, 50667 Köln", "ŁÓDŹ Ærøskøbing ǅ",
        "e\u{301}tude", "Köln\u{308}", "Köln 漢字", "Tür 😀 zu", "a\u{AD}b", "tab\there", "cr\r\nlf", "\u{7F}\u{85}x",
        "→ weiter", "× 3 · 4 – 5", "abc…", "≥ 1.500 € / 2.000 €  75,0 %", "▶ Köln ↔ Bonn ─┼─ ░▒█", "↩\u{FE0F} zurück",
        "a\u{2028}b", "\u{2126}hm \u{212B}", "⌚ Uhr ◽", "∄x ⃝", "ʼn\u{20D7}", "ü\u{200D}x", "\u{200B}zero", String(repeating: "Aachen ", count: 40), String(repeating: "ä", count: 300) + "漢",
    ]

    func testPutGivesTheCellsOfTheGeneralWay() {
        for ascii in [false, true] {
            for text in Self.samples {
                for x in [-2, 0, 3] {
                    for limit in [1, 2, 3, 4, 7, 12, 40, 200] {
                        var fast = Canvas(width: 30, height: 1, ascii: ascii)
                        var general = fast
                        // A wide glyph under the text: cutting it must be repaired alike.
                        fast.put("漢漢漢", x: 5, y: 0)
                        general.put("漢漢漢", x: 5, y: 0)
                        let room = min(limit, fast.width - x)
                        let a = fast.put(text, x: x, y: 0, maxWidth: limit, role: .accent)
                        let b = room > 0 ? general.putClusters(text, x: x, y: 0, limit: room, role: .accent) : 0
                        XCTAssertEqual(a, b, "\(text) at \(x), \(limit) columns, ascii \(ascii)")
                        XCTAssertEqual(fast, general, "\(text) at \(x), \(limit) columns, ascii \(ascii)")
                    }
                }
            }
        }
    }

    func testWidthAndCutAgreeWithTheGeneralWay() {
        for text in Self.samples {
            XCTAssertEqual(TextWidth.of(text), TextWidth.ofClusters(text), text)
            for width in [1, 2, 3, 4, 5, 9, 30, 400] {
                for ellipsis in ["…", "..."] {
                    XCTAssertEqual(TextWidth.truncate(text, to: width, ellipsis: ellipsis),
                                   TextWidth.truncateClusters(text, to: width, ellipsis: ellipsis), "\(text) in \(width)")
                }
            }
        }
    }

    func testACellGivesBackItsGlyph() {
        let glyphs = ["", " ", "a", "ä", "漢", "😀", "q\u{323}\u{301}", "\u{0}", "\u{10FFFF}", "e\u{301}\u{302}\u{303}\u{304}\u{305}"]
        for glyph in glyphs {
            XCTAssertEqual(Array(Cell(glyph).glyph.unicodeScalars), Array(glyph.unicodeScalars), glyph)
        }
        XCTAssertEqual(Array(Cell("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}").glyph.unicodeScalars).count, 6,
                       "more than six scalars keep the first six")
        XCTAssertEqual(Cell("ä", role: .accent), Cell("ä", role: .accent))
        XCTAssertNotEqual(Cell("ä"), Cell("a"))
        XCTAssertNotEqual(Cell("ä"), Cell("ä", role: .dim))
        XCTAssertNotEqual(Cell("漢", width: 2), Cell("漢", width: 1))
        var cell = Cell("e")
        cell.glyph += "\u{301}"
        XCTAssertEqual(cell.glyph, "e\u{301}")
    }
}
