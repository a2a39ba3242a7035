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
        var s: [UInt8] = [], e: [UInt8] = []
        if let umlaut = LatinFolding.fold(text, into: &s, expanded: &e) {
            self.init(stripped: s, expanded: umlaut ? e : s)
        } else {
            self.init(unicode: text)
        }
    }

    private init(stripped: [UInt8], expanded: [UInt8]) {
        self.stripped = stripped
        self.expanded = expanded
    }

    /// The key through Unicode's lower-casing (what `LatinFolding` gives for Latin text).
    init(unicode text: String) {
        let lower = text.lowercased()
        stripped = Array(SearchKey.strip(lower).utf8)
        expanded = SearchKey.hasUmlaut(lower) ? Array(SearchKey.strip(SearchKey.expandUmlauts(lower)).utf8) : stripped
    }

    /// A query folded once per keystroke, then matched against many keys. Several words must
    /// each be found, in any order: "dgb köln" finds "DGB Bildungswerk Köln".
    public struct Query: Equatable, Sendable {
        /// Each word folded; a word typed with an umlaut is kept spelled out ("mün" → "muen"),
        /// so it finds Münster but not Dortmund.
        public let words: [(bytes: [UInt8], spelledOut: Bool)]
        public init(_ query: String) {
            words = query.lowercased().split(separator: " ").map { word in
                let w = String(word)
                return SearchKey.hasUmlaut(w)
                    ? (Array(SearchKey.strip(SearchKey.expandUmlauts(w)).utf8), true)
                    : (Array(SearchKey.strip(w).utf8), false)
            }
        }
        public var isEmpty: Bool { words.isEmpty }

        public static func == (a: Query, b: Query) -> Bool {
            a.words.count == b.words.count && zip(a.words, b.words).allSatisfy { $0.bytes == $1.bytes && $0.spelledOut == $1.spelledOut }
        }
    }

    public func matches(_ query: Query) -> Bool {
        for word in query.words {
            if word.spelledOut {
                guard SearchKey.contains(expanded, word.bytes) else { return false }
            } else {
                guard SearchKey.contains(stripped, word.bytes) || (expanded != stripped && SearchKey.contains(expanded, word.bytes)) else { return false }
            }
        }
        return true
    }

    public func matches(_ query: String) -> Bool { matches(Query(query)) }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hp in needle.withUnsafeBufferPointer { np in contains(hp, np) } }
    }

    static func contains(_ hp: UnsafeBufferPointer<UInt8>, _ np: UnsafeBufferPointer<UInt8>) -> Bool {
        if np.isEmpty { return true }
        return find(np, pivot: rarestByte(np), in: hp, from: 0) != nil
    }

    /// Where `needle` (not empty) next occurs in `haystack` from `start` on: memchr runs to its
    /// letter at `pivot` (its rarest), and the whole word is compared around it.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, pivot: Int, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let h = haystack.baseAddress, let n = needle.baseAddress else { return nil }
        let count = needle.count, length = haystack.count
        var start = start
        while start + count <= length {
            guard let p = memchr(h + start + pivot, Int32(n[pivot]), length - start - pivot) else { return nil }
            let at = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - h - pivot
            if at + count <= length, memcmp(h + at, n, count) == 0 { return at }
            start = at + 1
        }
        return nil
    }

    /// Where in `needle` the letter least common in German text is: searching for it stops
    /// less often than for the first letter (a word starting with "e" would stop everywhere).
    static func rarestByte(_ needle: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0, bestRank = Int.max
        for (i, byte) in needle.enumerated() {
            let rank = commonness[Int(byte)]
            if rank < bestRank { best = i; bestRank = rank }
        }
        return best
    }

    /// Per byte, how common it is in folded German text (higher: more common); others 0.
    private static let commonness: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        let order = Array(" enisratdhulcgmobwfkzpvjyxq".utf8)
        for (i, byte) in order.enumerated() { table[Int(byte)] = order.count - i }
        return table
    }()

    /// ä, ö or ü in NFC (UTF-8 C3 A4, C3 B6, C3 BC); text is normalised to NFC when it comes in.
    static func hasUmlaut(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if previous == 0xC3, b == 0xA4 || b == 0xB6 || b == 0xBC { return true }
            previous = b
        }
        return false
    }

    /// ä, ö, ü (NFC) spelled out, byte by byte: a load builds 100,000 keys with it.
    static func expandUmlauts(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        var previous: UInt8 = 0
        for b in s.utf8 {
            if previous == 0xC3, b == 0xA4 || b == 0xB6 || b == 0xBC {
                out[out.count - 1] = b == 0xA4 ? UInt8(ascii: "a") : b == 0xB6 ? UInt8(ascii: "o") : UInt8(ascii: "u")
                out.append(UInt8(ascii: "e"))
                previous = 0
                continue
            }
            out.append(b)
            previous = b
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Latin letters with diacritics (U+00C0–U+024F) to their plain lowercase letters, so
    /// folding needs no Foundation call for the text this program meets; other scripts fall
    /// back to Foundation's folding.
    static let latinFold: [UInt32: String] = [
        0x00C0: "a", 0x00C1: "a", 0x00C2: "a", 0x00C3: "a", 0x00C4: "a", 0x00C5: "a",
        0x00C6: "ae", 0x00C7: "c", 0x00C8: "e", 0x00C9: "e", 0x00CA: "e", 0x00CB: "e",
        0x00CC: "i", 0x00CD: "i", 0x00CE: "i", 0x00CF: "i", 0x00D0: "d", 0x00D1: "n",
        0x00D2: "o", 0x00D3: "o", 0x00D4: "o", 0x00D5: "o", 0x00D6: "o", 0x00D8: "o",
        0x00D9: "u", 0x00DA: "u", 0x00DB: "u", 0x00DC: "u", 0x00DD: "y", 0x00DE: "th",
        0x00DF: "ss", 0x00E0: "a", 0x00E1: "a", 0x00E2: "a", 0x00E3: "a", 0x00E4: "a",
        0x00E5: "a", 0x00E6: "ae", 0x00E7: "c", 0x00E8: "e", 0x00E9: "e", 0x00EA: "e",
        0x00EB: "e", 0x00EC: "i", 0x00ED: "i", 0x00EE: "i", 0x00EF: "i", 0x00F0: "d",
        0x00F1: "n", 0x00F2: "o", 0x00F3: "o", 0x00F4: "o", 0x00F5: "o", 0x00F6: "o",
        0x00F8: "o", 0x00F9: "u", 0x00FA: "u", 0x00FB: "u", 0x00FC: "u", 0x00FD: "y",
        0x00FE: "th", 0x00FF: "y", 0x0100: "a", 0x0101: "a", 0x0102: "a", 0x0103: "a",
        0x0104: "a", 0x0105: "a", 0x0106: "c", 0x0107: "c", 0x0108: "c", 0x0109: "c",
        0x010A: "c", 0x010B: "c", 0x010C: "c", 0x010D: "c", 0x010E: "d", 0x010F: "d",
        0x0110: "d", 0x0111: "d", 0x0112: "e", 0x0113: "e", 0x0114: "e", 0x0115: "e",
        0x0116: "e", 0x0117: "e", 0x0118: "e", 0x0119: "e", 0x011A: "e", 0x011B: "e",
        0x011C: "g", 0x011D: "g", 0x011E: "g", 0x011F: "g", 0x0120: "g", 0x0121: "g",
        0x0122: "g", 0x0123: "g", 0x0124: "h", 0x0125: "h", 0x0128: "i", 0x0129: "i",
        0x012A: "i", 0x012B: "i", 0x012C: "i", 0x012D: "i", 0x012E: "i", 0x012F: "i",
        0x0134: "j", 0x0135: "j", 0x0136: "k", 0x0137: "k", 0x0139: "l", 0x013A: "l",
        0x013B: "l", 0x013C: "l", 0x013D: "l", 0x013E: "l", 0x0141: "l", 0x0142: "l",
        0x0143: "n", 0x0144: "n", 0x0145: "n", 0x0146: "n", 0x0147: "n", 0x0148: "n",
        0x014C: "o", 0x014D: "o", 0x014E: "o", 0x014F: "o", 0x0150: "o", 0x0151: "o",
        0x0152: "oe", 0x0153: "oe", 0x0154: "r", 0x0155: "r", 0x0156: "r", 0x0157: "r",
        0x0158: "r", 0x0159: "r", 0x015A: "s", 0x015B: "s", 0x015C: "s", 0x015D: "s",
        0x015E: "s", 0x015F: "s", 0x0160: "s", 0x0161: "s", 0x0162: "t", 0x0163: "t",
        0x0164: "t", 0x0165: "t", 0x0168: "u", 0x0169: "u", 0x016A: "u", 0x016B: "u",
        0x016C: "u", 0x016D: "u", 0x016E: "u", 0x016F: "u", 0x0170: "u", 0x0171: "u",
        0x0172: "u", 0x0173: "u", 0x0174: "w", 0x0175: "w", 0x0176: "y", 0x0177: "y",
        0x0178: "y", 0x0179: "z", 0x017A: "z", 0x017B: "z", 0x017C: "z", 0x017D: "z",
        0x017E: "z", 0x01A0: "o", 0x01A1: "o", 0x01AF: "u", 0x01B0: "u", 0x01CD: "a",
        0x01CE: "a", 0x01CF: "i", 0x01D0: "i", 0x01D1: "o", 0x01D2: "o", 0x01D3: "u",
        0x01D4: "u", 0x01D5: "u", 0x01D6: "u", 0x01D7: "u", 0x01D8: "u", 0x01D9: "u",
        0x01DA: "u", 0x01DB: "u", 0x01DC: "u", 0x01DE: "a", 0x01DF: "a", 0x01E0: "a",
        0x01E1: "a", 0x01E6: "g", 0x01E7: "g", 0x01E8: "k", 0x01E9: "k", 0x01EA: "o",
        0x01EB: "o", 0x01EC: "o", 0x01ED: "o", 0x01F0: "j", 0x01F4: "g", 0x01F5: "g",
        0x01F8: "n", 0x01F9: "n", 0x01FA: "a", 0x01FB: "a", 0x0200: "a", 0x0201: "a",
        0x0202: "a", 0x0203: "a", 0x0204: "e", 0x0205: "e", 0x0206: "e", 0x0207: "e",
        0x0208: "i", 0x0209: "i", 0x020A: "i", 0x020B: "i", 0x020C: "o", 0x020D: "o",
        0x020E: "o", 0x020F: "o", 0x0210: "r", 0x0211: "r", 0x0212: "r", 0x0213: "r",
        0x0214: "u", 0x0215: "u", 0x0216: "u", 0x0217: "u", 0x0218: "s", 0x0219: "s",
        0x021A: "t", 0x021B: "t", 0x021E: "h", 0x021F: "h", 0x0226: "a", 0x0227: "a",
        0x0228: "e", 0x0229: "e", 0x022A: "o", 0x022B: "o", 0x022C: "o", 0x022D: "o",
        0x022E: "o", 0x022F: "o", 0x0230: "o", 0x0231: "o", 0x0232: "y", 0x0233: "y",
    ]

    static func strip(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.unicodeScalars.append(scalar)
            } else if let plain = latinFold[v] {
                out += plain
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue // a combining accent of decomposed text
            } else if v < 0x250 {
                out.unicodeScalars.append(scalar)
            } else {
                out += String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            }
        }
        return out
    }

    /// A key for sorting the way a German reader expects (Ärztekammer next to Arbeit…).
    public static func sortKey(_ text: String) -> [UInt8] {
        var s: [UInt8] = [], e: [UInt8] = []
        return LatinFolding.fold(text, into: &s, expanded: &e) != nil ? s : Array(strip(text.lowercased()).utf8)
    }
}
