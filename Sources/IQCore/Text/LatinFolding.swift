/// Folding without Unicode machinery for the text a load meets by the hundred thousand: ASCII and
/// the Latin letters `SearchKey.latinFold` knows (German, French, Polish, Turkish … names and
/// places). Per scalar below U+0250 the folded bytes, stripped and spelled out, exactly as
/// `SearchKey` folds them through `lowercased()`; text with any other scalar takes that way.
enum LatinFolding {
    /// Up to two bytes stripped, then up to two spelled out (0 = none); 0 for scalars not covered.
    static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x250)
        func pack(_ stripped: String, _ expanded: String) -> UInt32 {
            let s = Array(stripped.utf8), e = Array(expanded.utf8)
            return UInt32(s[0]) | UInt32(s.count > 1 ? s[1] : 0) << 8 | UInt32(e[0]) << 16 | UInt32(e.count > 1 ? e[1] : 0) << 24
        }
        for v in 0x01..<0x80 {
            let lower = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
            let c = String(UnicodeScalar(UInt8(lower)))
            t[v] = pack(c, c)
        }
        for (v, plain) in SearchKey.latinFold { t[Int(v)] = pack(plain, plain) }
        for (upper, lower, out) in [(0xC4, 0xE4, "a"), (0xD6, 0xF6, "o"), (0xDC, 0xFC, "u")] {
            t[upper] = pack(out, out + "e")
            t[lower] = pack(out, out + "e")
        }
        return t
    }()

    /// The stripped key into `stripped` and the spelled-out one into `expanded`; whether the text
    /// had an umlaut (the two differ). Nil, with nothing appended, for text this does not cover.
    static func fold(_ text: String, into stripped: inout [UInt8], expanded: inout [UInt8]) -> Bool? {
        var text = text
        let (start, expandedStart) = (stripped.count, expanded.count)
        var umlaut = false
        let done = text.withUTF8 { b -> Bool in
            var i = 0
            while i < b.count {
                var v = Int(b[i])
                if v >= 0x80 {
                    guard v >= 0xC2, v <= 0xC9, i + 1 < b.count else { return false }
                    v = (v & 0x1F) << 6 | Int(b[i + 1] & 0x3F)
                    i += 1
                }
                i += 1
                guard v < 0x250 else { return false }
                let f = table[v]
                guard f != 0 else { return false }
                stripped.append(UInt8(truncatingIfNeeded: f))
                if f >> 8 & 0xFF != 0 { stripped.append(UInt8(truncatingIfNeeded: f >> 8)) }
                expanded.append(UInt8(truncatingIfNeeded: f >> 16))
                if f >> 24 != 0 { expanded.append(UInt8(truncatingIfNeeded: f >> 24)) }
                umlaut = umlaut || v == 0xC4 || v == 0xE4 || v == 0xD6 || v == 0xF6 || v == 0xDC || v == 0xFC
            }
            return true
        }
        guard done else {
            stripped.removeSubrange(start...)
            expanded.removeSubrange(expandedStart...)
            return nil
        }
        return umlaut
    }
}
