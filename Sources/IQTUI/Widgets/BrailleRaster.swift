/// A grid of dots, 2 wide and 4 tall per terminal cell, kept as one byte of Braille dot bits
/// per cell in a single flat buffer (no allocation per dot or per line).
///
/// Bits follow Unicode's Braille numbering: column 0 rows 0…3 = 0x01, 0x02, 0x04, 0x40;
/// column 1 rows 0…3 = 0x08, 0x10, 0x20, 0x80. A cell's glyph is U+2800 + its bits.
struct BrailleRaster {
    let columns: Int
    let rows: Int
    private(set) var bits: [UInt8]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    /// The bit of dot (column 0…1, row 0…3) inside a cell.
    @inline(__always)
    static func bit(_ dx: Int, _ dy: Int) -> UInt8 {
        dy == 3 ? (dx == 0 ? 0x40 : 0x80) : UInt8(1) << UInt8(dy + 3 * dx)
    }

    @inline(__always)
    mutating func setDot(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        bits[(y >> 2) * columns + (x >> 1)] |= Self.bit(x & 1, y & 3)
    }

    func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
        return bits[(y >> 2) * columns + (x >> 1)] & Self.bit(x & 1, y & 3) != 0
    }

    /// The dot bits of cell (column, row).
    func pattern(column: Int, row: Int) -> UInt8 {
        guard column >= 0, row >= 0, column < columns, row < rows else { return 0 }
        return bits[row * columns + column]
    }

    /// A straight line of dots (Bresenham), both ends included; dots off the grid are dropped.
    mutating func line(x0: Int, y0: Int, x1: Int, y1: Int) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            setDot(x: x, y: y)
            if x == x1 && y == y1 { return }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// A line between fractional dot coordinates, first clipped to the grid (Liang–Barsky), so a
    /// segment far outside costs nothing.
    mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) {
        guard dotWidth > 0, dotHeight > 0, a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        let maxX = Double(dotWidth) - 1e-6, maxY = Double(dotHeight) - 1e-6
        let ddx = b.x - a.x, ddy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        guard Self.clip(-ddx, a.x, &t0, &t1), Self.clip(ddx, maxX - a.x, &t0, &t1),
              Self.clip(-ddy, a.y, &t0, &t1), Self.clip(ddy, maxY - a.y, &t0, &t1) else { return }
        let cx0 = min(max(a.x + t0 * ddx, 0), maxX), cy0 = min(max(a.y + t0 * ddy, 0), maxY)
        let cx1 = min(max(a.x + t1 * ddx, 0), maxX), cy1 = min(max(a.y + t1 * ddy, 0), maxY)
        line(x0: Int(cx0), y0: Int(cy0), x1: Int(cx1), y1: Int(cy1))
    }

    /// One Liang–Barsky edge test; false when the segment lies wholly outside that edge.
    @inline(__always)
    private static func clip(_ p: Double, _ q: Double, _ t0: inout Double, _ t1: inout Double) -> Bool {
        if p == 0 { return q >= 0 }
        let r = q / p
        if p < 0 {
            if r > t1 { return false }
            if r > t0 { t0 = r }
        } else {
            if r < t0 { return false }
            if r < t1 { t1 = r }
        }
        return true
    }

    // MARK: Glyphs

    /// U+2800 + bits, for all 256 patterns.
    static let brailleGlyphs: [String] = (0..<256).map { String(Character(Unicode.Scalar(0x2800 + UInt32($0))!)) }

    /// A plain-ASCII stand-in for every pattern, read from where the dots lie: a column of dots
    /// is `|`, a row `-` (or `_` at the bottom), dots falling to the right `\`, rising `/`,
    /// stray dots `.` or `'`.
    static let asciiGlyphs: [String] = (0..<256).map { asciiGlyph(UInt8($0)) }

    static func asciiGlyph(_ pattern: UInt8) -> String {
        guard pattern != 0 else { return " " }
        var left: [Int] = [], right: [Int] = []
        for dy in 0..<4 {
            if pattern & bit(0, dy) != 0 { left.append(dy) }
            if pattern & bit(1, dy) != 0 { right.append(dy) }
        }
        let all = left + right
        let top = all.min()!, bottom = all.max()!
        let span = bottom - top + 1
        if left.isEmpty || right.isEmpty {
            // One column: a steep line, or a stray dot or two where a line clips the corner.
            if span >= 3 { return "|" }
            if span == 2 && all.count == 2 { return top == 1 ? "|" : (top == 0 ? "'" : ".") }
            return top >= 2 ? "." : "'"
        }
        if span == 1 { return top == 3 ? "_" : "-" }
        let leftMean = Double(left.reduce(0, +)) / Double(left.count)
        let rightMean = Double(right.reduce(0, +)) / Double(right.count)
        let fall = rightMean - leftMean
        if fall >= 1 { return "\\" }
        if fall <= -1 { return "/" }
        if span >= 3 { return "|" }
        return bottom == 3 ? "_" : "-"
    }

    /// The glyph of cell (column, row), or nil for an empty cell.
    @inline(__always)
    func glyph(column: Int, row: Int, ascii: Bool) -> String? {
        let p = bits[row * columns + column]
        guard p != 0 else { return nil }
        return ascii ? Self.asciiGlyphs[Int(p)] : Self.brailleGlyphs[Int(p)]
    }
}
