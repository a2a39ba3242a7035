/// Display width of text in terminal columns, the way terminals place it: East Asian wide and
/// fullwidth characters and emoji take 2 columns, combining marks and format characters 0,
/// everything else 1. Counting Characters is not enough ("漢" is one Character, two columns).
/// The scalar widths follow the C library's wcwidth (which ncurses uses to place cells), so that
/// the canvas, ncurses and the terminal agree on every column.
public enum TextWidth {
    public static func of(_ s: String) -> Int {
        PlainText.width(s) ?? ofClusters(s)
    }

    /// `of` for any text, cluster by cluster.
    static func ofClusters(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch) }
        return w
    }

    /// The columns a grapheme cluster takes, the way terminals that place text by wcwidth do:
    /// the width of its base scalar; 2 for a flag (two regional indicators) and for an emoji
    /// presentation (a base with Emoji_Presentation, or an emoji followed by VS16: "❤️", "1️⃣");
    /// 0 for controls and format characters (zero width space, bidi marks). `Grapheme.cells`
    /// says what is drawn in these columns; this is the sum of its widths.
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if ch.isASCII { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex {
            let w = of(first)
            // A lone Hangul vowel or final jamo has no width of its own: it is drawn as U+FFFD.
            return w == 0 && Grapheme.isZeroWidthLetter(first) ? 1 : w
        }
        return Grapheme.width(ofCluster: scalars)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        // Latin letters with diacritics, dashes, quotes, "…" and "€": the Unicode property lookups
        // below are a good part of a frame's cost, and these are most of the non-ASCII text here.
        if v < 0x300 || (0x2010...0x2027).contains(v) || (0x20A0...0x20C0).contains(v) { return v == 0xAD ? 0 : 1 }
        // Hangul medial vowels and final consonants: they join the syllable before them (wcwidth 0).
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        // A line or paragraph separator is a line break, never drawn (wcwidth says -1).
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        // A lone regional indicator is a letter in a box: one column, as wcwidth says.
        if Grapheme.isRegionalIndicator(scalar) { return 1 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, grouped;
    /// checked against glibc 2.36's wcwidth for every scalar it knows (only format characters,
    /// which are never drawn, and U+1171E differ).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B2FF,
        0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Cuts text to at most `width` columns, ending in "…" when something was cut. Measures only
    /// as far as the first character that does not fit: a 1 MB text costs what a line of it does.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        // No character is wider than its UTF-8 bytes: a text of at most `width` bytes fits.
        if s.utf8.count <= width { return s }
        let budget = width - of(ellipsis)
        if let n = PlainText.oneColumnCount(s, limit: width, asciiOnly: false) {
            guard n > width else { return s }
            return budget >= 0 ? String(s.unicodeScalars.prefix(budget)) + ellipsis : String(ellipsis.prefix(width))
        }
        return truncateClusters(s, to: width, ellipsis: ellipsis)
    }

    /// `truncate` for any text, cluster by cluster.
    static func truncateClusters(_ s: String, to width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let budget = width - of(ellipsis)
        var used = 0
        // The end of the longest start that fits beside the ellipsis.
        var cut = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            used += of(s[i])
            if used > width { return budget >= 0 ? String(s[..<cut]) + ellipsis : String(ellipsis.prefix(width)) }
            i = s.index(after: i)
            if used <= budget { cut = i }
        }
        return s
    }

    /// The start of `text` that `columns` columns can show, and one character more when the text
    /// goes on, so a cut is still seen as one. Found without measuring the rest; no character is
    /// wider than its UTF-8 bytes, so a text of at most `columns` bytes is returned whole unmeasured.
    static func visiblePrefix(_ text: String, columns: Int) -> String {
        guard text.utf8.count > columns else { return text }
        var used = 0
        var i = text.startIndex
        while i < text.endIndex, used <= columns {
            used += of(text[i])
            i = text.index(after: i)
        }
        return String(text[..<i])
    }

    /// Pads with spaces (or cuts) to exactly `width` columns.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(s, to: width)
        let gap = String(repeating: " ", count: max(0, width - of(t)))
        return alignRight ? gap + t : t + gap
    }
}
