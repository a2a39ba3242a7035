/// One cell the terminal has to write: a glyph cell (never the right half of a wide glyph,
/// which the terminal fills itself when it writes the glyph).
public struct CellUpdate: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension Canvas {
    /// What turns a screen showing `previous` into this canvas, row by row, left to right: each
    /// glyph cell that differs in glyph, width or role, and each wide glyph whose right half
    /// differs (a narrow glyph there before must be overwritten). Everything when there is no
    /// previous frame or its size differs. A pure function, so the terminal only replays it and
    /// the tests can check it without one.
    public func diff(from previous: Canvas?) -> [CellUpdate] {
        let full = previous.map { $0.width != width || $0.height != height } ?? true
        var updates: [CellUpdate] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                if full || previous?[x, y] != cell || (cell.width == 2 && previous?[x + 1, y] != self[x + 1, y]) {
                    updates.append(CellUpdate(x: x, y: y, cell: cell))
                }
                x += max(1, cell.width)
            }
        }
        return updates
    }
}
