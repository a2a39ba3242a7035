import Foundation

/// Search keys that ignore case and diacritics the way German speakers type: "koln" and
/// "koeln" both find Köln, "muenster" finds Münster, "strasse" finds Straße. Kept as UTF-8
/// bytes so matching thousands of records per keystroke is a plain byte search.
public struct SearchKey: Equatable, Sendable {
    /// Diacritics stripped: "köln" → "koln".
    public let stripped: [UInt8]
    /// Umlauts spelled out: "köln" → "koeln".
    public let expanded: [UInt8]

    public init(_ text: String) {
        let lower = text.lowercased()
        stripped = Array(SearchKey.strip(lower).utf8)
        let expandedText = SearchKey.strip(SearchKey.expandUmlauts(lower))
        expanded = expandedText.utf8.elementsEqual(stripped) ? stripped : Array(expandedText.utf8)
    }

    /// A query folded once per keystroke, then matched against many keys.
    public struct Query: Equatable, Sendable {
        public let bytes: [UInt8]
        public init(_ query: String) { bytes = Array(SearchKey.strip(query.lowercased()).utf8) }
        public var isEmpty: Bool { bytes.isEmpty }
    }

    public func matches(_ query: Query) -> Bool {
        query.isEmpty || SearchKey.contains(stripped, query.bytes) || (expanded != stripped && SearchKey.contains(expanded, query.bytes))
    }

    public func matches(_ query: String) -> Bool { matches(Query(query)) }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        if n == 0 { return true }
        if n > h { return false }
        return haystack.withUnsafeBufferPointer { hp in
            needle.withUnsafeBufferPointer { np in
                let first = np[0]
                var i = 0
                while i <= h - n {
                    if hp[i] == first {
                        var j = 1
                        while j < n, hp[i + j] == np[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
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
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return s.replacingOccurrences(of: "ß", with: "ss")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// A key for sorting the way a German reader expects (Ärztekammer next to Arbeit…).
    public static func sortKey(_ text: String) -> [UInt8] {
        Array(strip(text.lowercased()).utf8)
    }
}
