/// A bar filled to a fraction on one row, in eighth blocks (ASCII: `#` on `-`): the inside of a
/// gauge, a table's meter, a chart's bar. Filled cells take `filled`; the empty rest (the track)
/// takes `track`, drawn `·` (ASCII `-`) so it reads without colour (`░` is the charts' not-to-scale mark), or is left as it is when
/// there is none (a chart's bars stand on nothing).
struct FillBar: Widget {
    var fraction: Double
    var filled: StyleRole
    var track: StyleRole?

    /// The empty part of a bar with a track: a middle dot, visible on a monochrome screen.
    static let trackGlyph = "\u{00B7}"

    /// Eighth blocks by how many eighths of a cell they fill: index 1 is ▏ … 7 is ▉, 8 is █.
    static let eighths = ["", "\u{258F}", "\u{258E}", "\u{258D}", "\u{258C}", "\u{258B}", "\u{258A}", "\u{2589}", "\u{2588}"]

    /// The glyphs of a bar `cells` long: full blocks, at most one partial eighth block, then
    /// spaces (ASCII: `#` then `-`, rounded to whole cells). A value above zero never shows as
    /// empty and one below 100 % never as full, so the bar does not overstate either end.
    static func glyphs(fraction: Double, cells: Int, ascii: Bool) -> [String] {
        guard cells > 0 else { return [] }
        let f = fraction.isNaN ? 0 : fraction
        let steps = ascii ? 1 : 8
        let total = cells * steps
        var filled: Int
        if f >= 1 {
            filled = total
        } else if f <= 0 {
            filled = 0
        } else {
            filled = Int((f * Double(total)).rounded())
            filled = min(max(filled, 1), total - 1)
        }
        var out: [String] = []
        out.reserveCapacity(cells)
        if ascii {
            out += Array(repeating: "#", count: filled)
            out += Array(repeating: "-", count: cells - filled)
        } else {
            out += Array(repeating: eighths[8], count: filled / 8)
            if filled % 8 > 0 { out.append(eighths[filled % 8]) }
            out += Array(repeating: " ", count: cells - out.count)
        }
        return out
    }

    /// Draws on the first row of `rect`, as wide as it is.
    func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        for (i, glyph) in FillBar.glyphs(fraction: fraction, cells: rect.width, ascii: canvas.ascii).enumerated() {
            let isTrack = glyph == " " || glyph == "-"
            guard let role = isTrack ? track : filled else { continue }
            // One known one-column glyph: set directly, not measured and cut as text.
            canvas.fill(Rect(x: rect.x + i, y: rect.y, width: 1, height: 1), role: role, glyph: isTrack && !canvas.ascii ? FillBar.trackGlyph : glyph)
        }
    }
}
