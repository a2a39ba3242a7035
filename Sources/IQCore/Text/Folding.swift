import Foundation

/// Search keys that ignore case and diacritics the way German speakers type: "koln" and
/// "koeln" both find Köln, "muenster" finds Münster, "strasse" finds Straße.
public struct SearchKey: Equatable, Sendable {
    /// Diacritics stripped: "köln" → "koln".
    public let stripped: String
    /// Umlauts spelled out: "köln" → "koeln".
    public let expanded: String

    public init(_ text: String) {
        let lower = text.lowercased()
        stripped = SearchKey.strip(lower)
        expanded = SearchKey.strip(SearchKey.expandUmlauts(lower))
    }

    public func matches(_ query: String) -> Bool {
        let q = SearchKey.strip(query.lowercased())
        if q.isEmpty { return true }
        return stripped.contains(q) || expanded.contains(q)
    }

    static func expandUmlauts(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.precomposedStringWithCanonicalMapping {
            switch ch {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            default: out.append(ch)
            }
        }
        return out
    }

    static func strip(_ s: String) -> String {
        s.replacingOccurrences(of: "ß", with: "ss")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
