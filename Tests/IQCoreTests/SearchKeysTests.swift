import XCTest
@testable import IQCore
import IQRandom

/// The search keys of a table in one arena match exactly as each text's own `SearchKey`.
final class SearchKeysTests: XCTestCase {
    let texts = ["DGB Bildungswerk Köln", "Handwerkskammer Münster", "Straße 1 Düsseldorf", "", "Ärztekammer Nordrhein",
                 "koeln", "Zentrum für Ausbildung", "中文 Öl", "Café Crème", "MUENSTER"]
    let queries = ["", "köln", "koln", "koeln", "mün", "muen", "strasse", "straße", "ärzte", "arzte", "dgb köln", "zentrum ausbildung",
                   "öl", "cafe", "creme", "x", "k", "kammer", "münster"]

    func testTheArenaMatchesAsEachKey() {
        let keys = SearchKeys(texts)
        XCTAssertEqual(keys.count, texts.count)
        for query in queries {
            let q = SearchKey.Query(query)
            XCTAssertEqual(texts.indices.filter { keys.matches($0, q) }, texts.indices.filter { SearchKey(texts[$0]).matches(q) }, query)
        }
        XCTAssertTrue(keys.matches(0, SearchKey.Query("koeln")))
        XCTAssertTrue(keys.matches(1, SearchKey.Query("muen")), "spelled out")
        XCTAssertFalse(keys.matches(1, SearchKey.Query("mün ost")), "every word must be found")
    }

    /// The pass over the whole arena finds the same keys as asking key by key: words across a
    /// key's end, at its start and end, in the stripped or only the spelled-out text, in keys
    /// with umlauts beside ones without, and in empty keys.
    func testOnePassOverTheArenaFindsWhatEachKeyDoes() {
        var random = SeededRandom(seed: 17)
        let pieces = ["köln", "koeln", "mün", "ster", "ä", "ae", "straße", "b", "be", "ratung", " ", "", "x", "中", "ö", "oe", "12"]
        var texts = self.texts
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 0...4, using: &random)).map { _ in pieces[Int.random(in: pieces.indices, using: &random)] }.joined())
        }
        let keys = SearchKeys(texts)
        var queries = self.queries + ["ln", "nkoe", "rm", "lnh", "terk", "ö", "ae", "r 1", "ung", "12 köln", "中", "ss", "ß", "oe b"]
        for _ in 0..<300 {
            queries.append((0..<Int.random(in: 1...3, using: &random)).map { _ in pieces[Int.random(in: pieces.indices, using: &random)] }.joined())
        }
        for query in queries {
            let q = SearchKey.Query(query)
            XCTAssertEqual(keys.matchAll(q), texts.indices.map { keys.matches($0, q) }, query)
        }
        XCTAssertEqual(SearchKeys([String]()).matchAll(SearchKey.Query("k")), [])
        XCTAssertEqual(SearchKeys(["", ""]).matchAll(SearchKey.Query("k")), [false, false])
    }

    /// The byte search (memchr to the needle's rarest letter) finds exactly what a plain
    /// search from every position finds.
    func testTheByteSearchFindsWhatAPlainSearchFinds() {
        var random = SeededRandom(seed: 4)
        let alphabet = Array("eenbqx äz1".utf8)
        for _ in 0..<2_000 {
            let haystack = (0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet[Int.random(in: alphabet.indices, using: &random)] }
            let needle = (0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet[Int.random(in: alphabet.indices, using: &random)] }
            let plain = needle.isEmpty || (0..<max(0, haystack.count - needle.count + 1)).contains { haystack[$0...].starts(with: needle) }
            XCTAssertEqual(SearchKey.contains(haystack, needle), plain, "\(haystack) \(needle)")
        }
    }
}
