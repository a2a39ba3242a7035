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
        // The last frame's cells, when it can be compared with (same size).
        let before = previous.flatMap { $0.width == width && $0.height == height ? $0.cells : nil }
        var updates: [CellUpdate] = []
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width {
                let i = row + x
                let cell = cells[i]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                if let before {
                    // A wide glyph is written again when its right half changed too.
                    if before[i] != cell || (cell.width == 2 && x + 1 < width && before[i + 1] != cells[i + 1]) {
                        updates.append(CellUpdate(x: x, y: y, cell: cell))
                    }
                } else {
                    updates.append(CellUpdate(x: x, y: y, cell: cell))
                }
                x += max(1, cell.width)
            }
        }
        return updates
    }
}
