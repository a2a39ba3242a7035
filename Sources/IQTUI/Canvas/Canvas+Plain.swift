extension Canvas {
    /// `put` for text whose first `count` scalars are one-column characters (`PlainText`):
    /// the same cells, cut with the same ellipsis, placed scalar by scalar.
    mutating func putPlain(_ text: String, count: Int, x: Int, y: Int, limit: Int, role: StyleRole) -> Int {
        let ellipsis = self.ellipsis.unicodeScalars
        // Cut: the start that fits beside the ellipsis, or as much of the ellipsis as fits.
        let kept = count > limit ? max(0, limit - ellipsis.count) : count
        var col = x
        for scalar in text.unicodeScalars.prefix(kept) {
            set(col, y, Cell(code: GlyphCode(scalar: scalar.value), role: role))
            col += 1
        }
        guard count > limit else { return col - x }
        for scalar in ellipsis.prefix(limit - kept) {
            set(col, y, Cell(code: GlyphCode(scalar: scalar.value), role: role))
            col += 1
        }
        return col - x
    }
}
