/// One cell's worth of a drawn grapheme cluster: the text handed to the terminal and its columns.
public struct Glyph: Equatable, Sendable {
    public var text: String
    public var width: Int

    public init(_ text: String, width: Int) {
        self.text = text
        self.width = width
    }
}

/// How a grapheme cluster (a Swift `Character`) is drawn so that the canvas, ncurses and the
/// terminal agree on every column.
///
/// ncurses places a cell by the wcwidth of its first scalar and carries at most CCHARW_MAX (5)
/// scalars in it, all after the first of width 0 (`setcchar` drops the rest). Terminals disagree
/// about what is wider: an emoji ZWJ sequence is one 2-column glyph in kitty or WezTerm but its
/// parts side by side in xterm, VTE, tmux and pyte; VS16 widens "❤️" in some and not in others;
/// a lone regional indicator is 1 column for glibc and 2 for Python's wcwidth. So a cluster is
/// only handed over as it is when every terminal places it the same way; otherwise the same
/// number of columns is filled with something that is unambiguous:
/// - an emoji presentation with VS16 ("❤️", "1️⃣") drops the selector and is padded with a blank;
/// - a skin tone modifier is dropped ("👍🏽" shows as "👍");
/// - a flag shows its two letters ("🇩🇪" as "DE");
/// - a ZWJ sequence, a tag sequence, and a cluster with more scalars than a cell holds show
///   U+FFFD, padded with blanks to the cluster's width;
/// - a cluster with spacing marks (Devanagari vowel signs, Thai sara am) is drawn scalar by
///   scalar, the way wcwidth places it;
/// - controls and format characters (bidi overrides, zero width space, ZWNJ) are not drawn.
public enum Grapheme {
    /// CCHARW_MAX in ncurses.h: the scalars one cell can carry.
    public static let maxScalarsPerCell = 5
    public static let replacement: Unicode.Scalar = "\u{FFFD}"
    static let emojiPresentation: Unicode.Scalar = "\u{FE0F}"
    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    /// The cells a cluster is drawn in, left to right; their widths add up to `TextWidth.of(ch)`.
    /// Empty for a cluster that takes no columns.
    public static func cells(_ ch: Character) -> [Glyph] {
        let scalars = Array(ch.unicodeScalars)
        guard let first = scalars.first else { return [] }
        if scalars.count == 1 { return single(first) }
        if isRegionalIndicator(first), scalars.count == 2, isRegionalIndicator(scalars[1]) {
            return scalars.compactMap(letter).map { Glyph(String($0), width: 1) }
        }
        if scalars.dropFirst().contains(where: isEmojiSequencePart), first.properties.isEmoji {
            return emoji(scalars)
        }
        return text(scalars)
    }

    /// The sum of `cells(ch)`'s widths for a cluster of more than one scalar, without building them
    /// (TextWidth.of measures every character of every line drawn).
    static func width(ofCluster scalars: Character.UnicodeScalarView) -> Int {
        var iterator = scalars.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return 0 }
        if isRegionalIndicator(first), isRegionalIndicator(second) { return 2 }
        if scalars.dropFirst().contains(where: isEmojiSequencePart), first.properties.isEmoji {
            return first.properties.isEmojiPresentation || second == emojiPresentation ? 2 : TextWidth.of(first)
        }
        // Text: each spacing scalar is a cell of its own width (a replacement keeps that width).
        var sum = 0
        for scalar in scalars where !isFormat(scalar) { sum += TextWidth.of(scalar) }
        return sum == 0 && isZeroWidthLetter(first) ? 1 : sum
    }

    /// A cluster of one scalar.
    private static func single(_ scalar: Unicode.Scalar) -> [Glyph] {
        if let l = letter(scalar) { return [Glyph(String(l), width: 1)] }
        let w = TextWidth.of(scalar)
        if w > 0 { return [Glyph(String(scalar), width: w)] }
        return isZeroWidthLetter(scalar) ? [Glyph(String(replacement), width: 1)] : []
    }

    /// An emoji sequence: 2 columns for an emoji presentation, else the base's width. A ZWJ or tag
    /// sequence shows U+FFFD; otherwise the base with its marks, without VS16 and skin tone.
    private static func emoji(_ scalars: [Unicode.Scalar]) -> [Glyph] {
        let base = scalars[0]
        let baseWidth = TextWidth.of(base)
        let width = base.properties.isEmojiPresentation || scalars[1] == emojiPresentation ? 2 : baseWidth
        if !scalars.contains(where: { $0 == zeroWidthJoiner || isTag($0) }) {
            let kept = scalars.filter { $0 != emojiPresentation && !isSkinTone($0) && !isFormat($0) }
            if baseWidth > 0, baseWidth <= width, fitsOneCell(kept) {
                return padded(Glyph(string(kept), width: baseWidth), to: width)
            }
        }
        return padded(Glyph(String(replacement), width: 1), to: width)
    }

    /// Text: each spacing scalar starts a cell and the zero-width ones after it join that cell.
    /// Format characters (ZWJ, ZWNJ, a prepended concatenation mark) are left out: terminals do
    /// not shape text, and some stop at them.
    private static func text(_ scalars: [Unicode.Scalar]) -> [Glyph] {
        var cells: [Glyph] = []
        var current: [Unicode.Scalar] = []
        var currentWidth = 0
        func flush() {
            guard !current.isEmpty else { return }
            cells += fitsOneCell(current) ? [Glyph(string(current), width: currentWidth)]
                                          : padded(Glyph(String(replacement), width: 1), to: currentWidth)
            current = []
        }
        for original in scalars where !isFormat(original) {
            let scalar = letter(original) ?? original // a regional indicator with marks on it
            let w = TextWidth.of(scalar)
            if w > 0 {
                flush()
                current = [scalar]
                currentWidth = w
            } else if !current.isEmpty {
                current.append(scalar)
            }
        }
        flush()
        if cells.isEmpty, let first = scalars.first, isZeroWidthLetter(first) {
            return [Glyph(String(replacement), width: 1)]
        }
        return cells
    }

    /// A base followed only by scalars of width 0, no more than ncurses carries in a cell.
    private static func fitsOneCell(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, scalars.count <= maxScalarsPerCell, TextWidth.of(first) > 0 else { return false }
        return scalars.dropFirst().allSatisfy { TextWidth.of($0) == 0 }
    }

    private static func padded(_ glyph: Glyph, to width: Int) -> [Glyph] {
        [glyph] + Array(repeating: Glyph(" ", width: 1), count: max(0, width - glyph.width))
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// What makes an emoji cluster more than a base with marks: VS16, ZWJ, a skin tone, the
    /// keycap mark or a tag.
    private static func isEmojiSequencePart(_ s: Unicode.Scalar) -> Bool {
        s == emojiPresentation || s == zeroWidthJoiner || isSkinTone(s) || s.value == 0x20E3 || isTag(s)
    }

    /// The five Emoji_Modifier scalars (checked by range: property lookups cost).
    private static func isSkinTone(_ s: Unicode.Scalar) -> Bool { (0x1F3FB...0x1F3FF).contains(s.value) }

    private static func isTag(_ s: Unicode.Scalar) -> Bool { (0xE0020...0xE007F).contains(s.value) }

    private static func isFormat(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .format }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }

    /// The letter a regional indicator stands for ("🇩" → "D").
    private static func letter(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        isRegionalIndicator(s) ? Unicode.Scalar(s.value - 0x1F1E6 + 0x41) : nil
    }

    /// A letter terminals give no width (a Hangul vowel or final jamo on its own): drawn as
    /// U+FFFD rather than lost.
    static func isZeroWidthLetter(_ s: Unicode.Scalar) -> Bool {
        TextWidth.of(s) == 0 && s.properties.generalCategory == .otherLetter
    }
}
