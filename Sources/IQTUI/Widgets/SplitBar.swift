/// A table meter of two parts on one track: what is spent (`█`, ASCII `#`), what is bound but not
/// yet spent (`▒`, ASCII `=`), and the free rest (`·`, ASCII `-`), so the three read apart without
/// colour. Whole cells only: a shade beside an eighth block would not read as either.
struct SplitBar: Widget {
    /// How full the whole meter is (bound, which includes what is spent).
    var fraction: Double
    /// The part of it already spent; nil for a plain one-part meter.
    var inner: Double?

    static let spentGlyph = "\u{2588}", boundGlyph = "\u{2592}"

    /// Cells for a fraction: above zero never shows as empty, below 100 % never as full.
    static func cells(_ fraction: Double, of cells: Int) -> Int {
        guard !fraction.isNaN, fraction > 0 else { return 0 }
        guard fraction < 1 else { return cells }
        return min(max(Int((fraction * Double(cells)).rounded()), 1), cells - 1)
    }

    /// The glyphs of a bar `width` cells long.
    static func glyphs(fraction: Double, inner: Double, width: Int, ascii: Bool) -> [String] {
        guard width > 0 else { return [] }
        let bound = cells(fraction, of: width)
        // Spent beyond what is bound (payments without enrolments) still shows as spent.
        let spent = cells(inner, of: width)
        let (s, b, f) = ascii ? ("#", "=", "-") : (spentGlyph, boundGlyph, FillBar.trackGlyph)
        let spentCells = min(spent, width), boundCells = max(0, max(bound, spent) - spentCells)
        return Array(repeating: s, count: spentCells) + Array(repeating: b, count: min(boundCells, width - spentCells))
            + Array(repeating: f, count: width - spentCells - min(boundCells, width - spentCells))
    }

    func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        let level = Gauge.level(max(fraction, inner ?? 0))
        guard let inner else {
            return FillBar(fraction: fraction, filled: level.role, track: .dim).draw(in: rect, on: &canvas)
        }
        for (i, glyph) in SplitBar.glyphs(fraction: fraction, inner: inner, width: rect.width, ascii: canvas.ascii).enumerated() {
            let isTrack = glyph == FillBar.trackGlyph || glyph == "-"
            canvas.fill(Rect(x: rect.x + i, y: rect.y, width: 1, height: 1), role: isTrack ? .dim : level.role, glyph: glyph)
        }
    }
}
