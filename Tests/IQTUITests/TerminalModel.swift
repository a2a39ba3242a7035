@preconcurrency import CNcurses
@testable import IQTUI

/// The C library's wcwidth in C.UTF-8 (what ncurses, and terminals that place text by wcwidth —
/// xterm, VTE, tmux, pyte — use), whatever the test process's locale.
func libcWidth(_ scalar: Unicode.Scalar) -> Int {
    Int(iq_wcwidth_utf8(wchar_t(bitPattern: scalar.value)))
}

/// The canvas columns of a row where a terminal that is sent every glyph's characters and
/// advances by their wcwidth would be somewhere else: empty when canvas and terminal agree.
func columnsOutOfStep(_ canvas: Canvas, row y: Int) -> [Int] {
    var terminalColumn = 0
    var wrong: [Int] = []
    for x in 0..<canvas.width where !canvas[x, y].isContinuation {
        if terminalColumn != x { wrong.append(x) }
        terminalColumn += canvas[x, y].glyph.unicodeScalars.reduce(0) { $0 + max(0, libcWidth($1)) }
    }
    return wrong
}

/// The cells of a canvas that ncurses could not be handed as they are (CellOutput replaces them).
func cellsNcursesWouldReplace(_ canvas: Canvas) -> [String] {
    var found: [String] = []
    for y in 0..<canvas.height {
        for x in 0..<canvas.width where !canvas[x, y].isContinuation {
            let cell = canvas[x, y]
            if CellOutput.cchars(for: cell, wcwidth: libcWidth) != [Array(cell.glyph.unicodeScalars)] {
                found.append("\(x),\(y): \(cell.glyph.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
    return found
}

/// Every scalar in the canvas's cells that is a control, line separator or bidi override character.
func controlScalars(_ canvas: Canvas) -> [UInt32] {
    canvas.cells.flatMap { $0.glyph.unicodeScalars }.map(\.value).filter {
        $0 < 0x20 || (0x7F...0x9F).contains($0) || (0x2028...0x202E).contains($0) || (0x2066...0x2069).contains($0)
    }
}
