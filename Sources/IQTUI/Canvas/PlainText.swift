/// Plain text: ASCII, the Latin letters with their diacritics (precomposed, below U+0300), and
/// the one-column punctuation and symbols of U+2000–U+2BFF (dashes, quotes, "…", "€", "≥",
/// arrows, shapes): nearly all text the program draws. Each such scalar is a grapheme cluster of
/// its own (only CR LF join, and both take no column) unless a mark or selector follows it, is
/// NFC as it is, and takes the columns `TextWidth` gives it. So plain text is measured, cut and
/// placed scalar by scalar, without the grapheme breaking, normalisation and property lookups
/// that other text needs (they were most of a frame's cost).
enum PlainText {
    /// The first scalar that is not Latin text.
    static let end: UInt32 = 0x300
    /// The symbols' block: from the dashes to the end of the arrows and shapes.
    static let symbols: Range<UInt32> = 0x2000..<0x2C00

    /// Columns of one scalar below `end`: 0 for a control or the soft hyphen, else 1.
    static func width(_ v: UInt32) -> Int {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xAD ? 0 : 1
    }

    /// The symbols that are one-column characters of their own, by `TextWidth` and NFC: worked
    /// out once from the general rules, so the two ways cannot disagree.
    private static let oneColumnSymbols: [Bool] = symbols.map { v in
        guard let scalar = Unicode.Scalar(v) else { return false }
        return TextWidth.of(scalar) == 1 && Normalisation.isStable(scalar) && v != 0x2028 && v != 0x2029
    }

    /// The width of `text` when it is all plain text; nil otherwise.
    static func width(_ text: String) -> Int? {
        var w = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < end {
                w += width(v)
            } else if isOneColumn(v, asciiOnly: false) {
                w += 1
            } else {
                return nil
            }
        }
        return w
    }

    /// A scalar that takes one column and is a character of its own (unless a mark follows);
    /// only printable ASCII when `asciiOnly` (a canvas in ASCII mode gives other symbols their
    /// stand-ins first).
    static func isOneColumn(_ v: UInt32, asciiOnly: Bool) -> Bool {
        if v < end { return (!asciiOnly || v < 0x80) && width(v) == 1 }
        return !asciiOnly && symbols.contains(v) && oneColumnSymbols[Int(v - symbols.lowerBound)]
    }

    /// How many scalars `text` has, counting at most `limit + 1`, when all those are one-column
    /// characters: `limit` or fewer means the whole text fits in `limit` columns; `limit + 1`
    /// means it is wider and its first `limit` scalars are such characters. nil for other text
    /// (a mark or selector, which would join the scalar before it, sends it the general way).
    static func oneColumnCount(_ text: String, limit: Int, asciiOnly: Bool) -> Int? {
        var n = 0
        for scalar in text.unicodeScalars {
            guard isOneColumn(scalar.value, asciiOnly: asciiOnly) else { return nil }
            n += 1
            if n > limit { break }
        }
        return n
    }

    /// The string of each scalar below `end`, made once: a cell's glyph read as text shares it.
    static let glyphs: [String] = (0..<end).map { v in Unicode.Scalar(v).map { String(Character($0)) } ?? " " }
}
