import XCTest
@testable import IQCore

/// The byte-wise folding of Latin text (a load folds 100,000 case texts with it) gives the keys
/// the Unicode way gives, for every scalar it covers and for mixed text.
final class LatinFoldingTests: XCTestCase {
    func testEveryScalarBelowU0250FoldsAsUnicodeFoldsIt() {
        for v in UInt32(1)..<0x250 {
            guard let scalar = UnicodeScalar(v) else { continue }
            let text = "Ab" + String(scalar) + "z"
            XCTAssertEqual(SearchKey(text), SearchKey(unicode: text), String(format: "U+%04X", v))
            XCTAssertEqual(SearchKey.sortKey(text), Array(SearchKey.strip(text.lowercased()).utf8), String(format: "U+%04X", v))
        }
    }

    func testMixedTextAndTheIndexGiveTheSameKeysAndMatches() {
        let texts = ["Köln", "MÜNSTER Straße", "Œuvre Łódź İstanbul", "Ärztin/Arzt (Ausland)", "e\u{301}cole", "日本 Tokyo", "", "NRW-2026-000001"]
        let keys = SearchKeys(texts)
        for (i, text) in texts.enumerated() {
            XCTAssertEqual(SearchKey(text), SearchKey(unicode: text), text)
            for query in ["koln", "koeln", "muen", "strasse", "oeuvre", "lodz", "arzt", "ecole", "tokyo", "2026"] {
                XCTAssertEqual(keys.matches(i, SearchKey.Query(query)), SearchKey(unicode: text).matches(query), "\(text) / \(query)")
            }
        }
    }
}
