/// One terminal cell. A wide glyph occupies its cell and a continuation cell (width 0) to its right.
///
/// Plain data, no String inside: a frame is 12,000 cells at 200×60, made, filled, compared and
/// dropped every frame, and a String in each cell cost a reference count at every step. The
/// glyph's scalars are packed (see `GlyphCode`); `glyph` gives them back as a String.
public struct Cell: Equatable, Sendable {
    var code: GlyphCode
    private var columns: Int8
    public var role: StyleRole

    public init(_ glyph: String = " ", width: Int = 1, role: StyleRole = .normal) {
        self.init(code: GlyphCode(glyph), width: width, role: role)
    }

    init(code: GlyphCode, width: Int = 1, role: StyleRole = .normal) {
        self.code = code
        columns = Int8(clamping: width)
        self.role = role
    }

    public static let blank = Cell()

    public var glyph: String {
        get { code.string }
        set { code = GlyphCode(newValue) }
    }

    public var width: Int {
        get { Int(columns) }
        set { columns = Int8(clamping: newValue) }
    }

    public var isContinuation: Bool { columns == 0 }
}

/// A cell's glyph as plain bits: up to six scalars, 21 bits each (value + 1, so 0 marks an
/// empty slot), three in each word. A glyph of more scalars keeps its first six: no cell the
/// canvas draws has more than `Grapheme.maxScalarsPerCell` (5), and the terminal shows U+FFFD
/// for anything longer (CellOutput) either way.
struct GlyphCode: Equatable, Sendable {
    private var low: UInt64
    private var high: UInt64

    private static let slots = 6
    private static let bits: UInt64 = 21
    private static let mask: UInt64 = (1 << bits) - 1

    /// One scalar: the common case, made without looking at a String.
    init(scalar value: UInt32) {
        low = UInt64(value) + 1
        high = 0
    }

    init(_ text: String) {
        low = 0
        high = 0
        var i: UInt64 = 0
        for scalar in text.unicodeScalars {
            guard i < UInt64(Self.slots) else { break }
            let v = (UInt64(scalar.value) + 1) << ((i % 3) * Self.bits)
            if i < 3 { low |= v } else { high |= v }
            i += 1
        }
    }

    var scalars: [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for i in 0..<UInt64(Self.slots) {
            let word = i < 3 ? low : high
            let v = (word >> ((i % 3) * Self.bits)) & Self.mask
            guard v != 0, let scalar = Unicode.Scalar(UInt32(v - 1)) else { break }
            out.append(scalar)
        }
        return out
    }

    var string: String {
        // The common case, a single Latin scalar, from the table (no String made).
        if high == 0, low < UInt64(PlainText.end) + 1, low > 0 { return PlainText.glyphs[Int(low - 1)] }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
}
