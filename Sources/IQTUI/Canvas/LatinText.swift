/// Text below U+0300 (ASCII and the Latin letters with their diacritics, precomposed): nearly
/// all text the program draws. Each such scalar is a grapheme cluster of its own (only CR LF
/// join, and both take no column), is NFC as it is, and takes one column unless it is a control
/// or the soft hyphen. So it is measured, cut and placed scalar by scalar, without the grapheme
/// breaking, normalisation and property lookups that other text needs (a frame's main cost).
enum LatinText {
    /// The first scalar that is not Latin text.
    static let end: UInt32 = 0x300

    /// Columns of one scalar below `end`: 0 for a control or the soft hyphen, else 1.
    static func width(_ v: UInt32) -> Int {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xAD ? 0 : 1
    }

    /// The width of `text` when it is all Latin text; nil otherwise.
    static func width(_ text: String) -> Int? {
        var w = 0
        for scalar in text.unicodeScalars {
            guard scalar.value < end else { return nil }
            w += width(scalar.value)
        }
        return w
    }

    /// A scalar that takes one column and is a character of its own; only printable ASCII when
    /// `asciiOnly` (a canvas in ASCII mode gives other symbols their stand-ins first).
    static func isOneColumn(_ v: UInt32, asciiOnly: Bool) -> Bool {
        v < (asciiOnly ? 0x80 : end) && width(v) == 1
    }

    /// How many scalars `text` has, counting at most `limit + 1`, when all those are one-column
    /// characters: `limit` or fewer means the whole text fits in `limit` columns; `limit + 1`
    /// means it is wider and its first `limit` scalars are such characters. nil for other text.
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
