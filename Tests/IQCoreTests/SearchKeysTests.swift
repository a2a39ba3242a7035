import XCTest
@testable import IQCore

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
}
