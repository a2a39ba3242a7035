/// What ncurses is handed for one canvas cell: the characters of each `cchar_t`, left to right.
///
/// `setcchar` keeps a spacing character and up to CCHARW_MAX-1 (4) characters of width 0 after
/// it and silently drops the rest, and ncurses places the cell by the wcwidth of the first. The
/// canvas (see `Grapheme`) only holds glyphs that pass this, by its own width table; this is the
/// last check, against the C library the program runs with: a glyph whose first character has
/// another width there (an emoji newer than the C library, a control character put into a cell
/// directly), or that would be cut, becomes U+FFFD padded with blanks to the cell's width — so
/// nothing reaches the terminal that would move it out of step with the canvas, and no control
/// character reaches it at all.
enum CellOutput {
    static func cchars(for cell: Cell, wcwidth: (Unicode.Scalar) -> Int) -> [[Unicode.Scalar]] {
        guard cell.width > 0 else { return [] } // the right half of a wide glyph
        let scalars = cell.code.scalars
        if scalars.count == 1, scalars[0].value >= 0x20, scalars[0].value < 0x7F, cell.width == 1 { return [scalars] }
        let blank: [Unicode.Scalar] = [" "]
        if scalars.isEmpty { return Array(repeating: blank, count: cell.width) }
        if scalars.count <= Grapheme.maxScalarsPerCell, wcwidth(scalars[0]) == cell.width,
           scalars.dropFirst().allSatisfy({ wcwidth($0) == 0 }) {
            return [scalars]
        }
        let replacement: Unicode.Scalar = wcwidth(Grapheme.replacement) == 1 ? Grapheme.replacement : "?"
        return [[replacement]] + Array(repeating: blank, count: cell.width - 1)
    }
}
