import XCTest
@testable import IQTUI

final class TextWidthTests: XCTestCase {
    func testWidths() {
        XCTAssertEqual(TextWidth.of("ä"), 1)
        XCTAssertEqual(TextWidth.of("ß"), 1)
        XCTAssertEqual(TextWidth.of("漢"), 2)
        XCTAssertEqual(TextWidth.of("😀"), 2)
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1, "e + combining acute is one column")
        XCTAssertEqual(TextWidth.of("\u{301}" as Unicode.Scalar), 0)
        XCTAssertEqual(TextWidth.of("Köln 漢字 😀"), 4 + 1 + 4 + 1 + 2)
        XCTAssertEqual(TextWidth.of("❤️"), 2, "emoji presentation selector makes it wide")
        XCTAssertEqual(TextWidth.of("한"), 2)
        XCTAssertEqual(TextWidth.of("Ｆ"), 2, "fullwidth Latin")
    }

    func testTruncateByDisplayWidth() {
        XCTAssertEqual(TextWidth.truncate("Düsseldorf", to: 20), "Düsseldorf")
        XCTAssertEqual(TextWidth.truncate("Düsseldorf", to: 5), "Düss…")
        XCTAssertEqual(TextWidth.truncate("漢字漢字", to: 5), "漢字…")
        XCTAssertEqual(TextWidth.truncate("漢字漢字", to: 4), "漢…", "a wide glyph that does not fit is left out whole")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(TextWidth.truncate("abcdef", to: 4, ellipsis: "..."), "a...")
        XCTAssertEqual(TextWidth.truncate("abcdef", to: 2, ellipsis: "..."), "..")
        XCTAssertEqual(TextWidth.truncate(String(repeating: "漢", count: 1_000_000), to: 5), "漢漢…")
        XCTAssertEqual(TextWidth.truncate("ab\u{200B}cd", to: 4), "ab\u{200B}cd", "zero-width characters take no room")
        XCTAssertEqual(TextWidth.visiblePrefix(String(repeating: "ab", count: 500_000), columns: 3), "abab",
                       "what shows and one character more")
    }

    func testPad() {
        XCTAssertEqual(TextWidth.pad("ä", to: 3), "ä  ")
        XCTAssertEqual(TextWidth.pad("漢", to: 3, alignRight: true), " 漢")
    }
}
