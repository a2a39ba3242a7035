import Foundation

/// A frame drawn in memory: views draw into it, tests compare it, the terminal writes the cells
/// that differ from the previous frame.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Plain ASCII only: "..." instead of "…", +-| frames.
    public let ascii: Bool
    /// Where the terminal shows its cursor (a text field being edited), or nil to hide it.
    public var cursor: Point?
    /// Where the attention is when no text is typed: the selected row of the focused list, the
    /// focused form field, a dialog's answer. Screen readers and braille displays follow the
    /// terminal cursor, so it is moved here (shown only with --screen-reader). Whatever is
    /// drawn last over the screen (a form, a dialog) sets it last.
    public var focus: Point?
    /// The last first line a scrolled view (an open entry, the statistics) can show: kept in
    /// the view state, so PgUp/PgDn carry how far the text reaches.
    public var scrollEnd: Int?

    public init(width: Int, height: Int, ascii: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.ascii = ascii
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Where the terminal's cursor goes after the frame: the text insertion point, else the focus.
    public var attention: Point? { cursor ?? focus }

    /// A box drawn over the screen takes the attention: a cursor or focus under it is gone.
    public mutating func takeAttention(_ point: Point?) {
        cursor = nil
        focus = point
    }

    public var ellipsis: String { ascii ? "..." : "…" }
    public var boxGlyphs: BoxGlyphs { ascii ? .ascii : .unicode }
    public var focusedBoxGlyphs: BoxGlyphs { ascii ? .asciiDouble : .double }
    /// Marks the selected row (in the frame's left edge) and the focused form field, so the
    /// selection shows in the text itself, not only in its colour or reverse video.
    public var selectionMark: String { ascii ? ">" : "▶" }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell, repairing any wide glyph it cuts in half.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0 { cells[i - 1] = Cell(" ", role: cells[i - 1].role) }
        if old.width == 2, x + 1 < width, cell.width != 2 { cells[i + 1] = Cell(" ", role: old.role) }
        cells[i] = cell
    }

    /// Writes text at (x, y) by display width, cut with "…" at `maxWidth` (default: the canvas
    /// edge). Returns the number of columns written. Only the part that can show is normalised
    /// and measured, so a caller may hand over a 1 MB field as it is.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        if let n = PlainText.oneColumnCount(text, limit: limit, asciiOnly: ascii) { return putPlain(text, count: n, x: x, y: y, limit: limit, role: role) }
        return putClusters(text, x: x, y: y, limit: limit, role: role)
    }

    /// `put` for any text, cluster by cluster (`limit`: the columns it may take, at least 1).
    mutating func putClusters(_ text: String, x: Int, y: Int, limit: Int, role: StyleRole) -> Int {
        var visible = TextWidth.visiblePrefix(text, columns: limit)
        var isASCII = visible.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        // On a vt100 the symbols get their one-column ASCII stand-ins (texts say "←/→" too).
        if ascii, !isASCII {
            visible = AsciiGlyphs.fallback(visible)
            isASCII = visible.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        let normalised = isASCII ? visible : Normalisation.nfc(visible)
        let fitted = TextWidth.truncate(normalised, to: limit, ellipsis: ellipsis)
        var col = x
        var lastGlyphIndex: Int?
        func place(_ glyph: String, _ w: Int) {
            set(col, y, Cell(glyph, width: w, role: role))
            lastGlyphIndex = col >= 0 ? y * width + col : nil
            // A wide glyph cut by the left edge leaves a blank, not a continuation without its glyph.
            if w == 2 { set(col + 1, y, col >= 0 ? Cell("", width: 0, role: role) : Cell(" ", role: role)) }
            col += w
        }
        for ch in fitted {
            // What the terminal is handed for a cluster: see Grapheme.cells. A character of one
            // scalar of its own width (ASCII, an umlaut, CJK) needs no more.
            let scalars = ch.unicodeScalars
            if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
               !Grapheme.isRegionalIndicator(only) {
                let w = TextWidth.of(only)
                if w > 0 {
                    if col + w > x + limit { break }
                    place(String(ch), w)
                    continue
                }
            }
            let glyphs = Grapheme.cells(ch)
            if glyphs.isEmpty {
                // A lone combining mark joins the glyph before it, if that cell can carry it;
                // a control or format character is never drawn.
                if let i = lastGlyphIndex, ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }),
                   cells[i].glyph.unicodeScalars.count + ch.unicodeScalars.count <= Grapheme.maxScalarsPerCell {
                    cells[i].glyph += String(ch)
                }
                continue
            }
            let w = glyphs.reduce(0) { $0 + $1.width }
            if col + w > x + limit { break }
            for glyph in glyphs { place(glyph.text, glyph.width) }
        }
        return col - x
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: StyleRole = .normal, glyph: String = " ") {
        // A rectangle partly or wholly outside the canvas is clipped (an empty range, not a trap).
        let ys = max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY))
        let xs = max(0, rect.x)..<max(max(0, rect.x), min(width, rect.maxX))
        let cell = Cell(glyph, role: role)
        for y in ys {
            for x in xs {
                set(x, y, cell)
            }
        }
    }

    /// Gives every cell of a rectangle a role, keeping its glyph (a selection bar).
    public mutating func paint(_ rect: Rect, role: StyleRole) {
        let ys = max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY))
        let xs = max(0, rect.x)..<max(max(0, rect.x), min(width, rect.maxX))
        for y in ys {
            for x in xs {
                cells[y * width + x].role = role
            }
        }
    }

    public mutating func horizontalLine(x: Int, y: Int, width w: Int, glyph: String, role: StyleRole) {
        let cell = Cell(glyph, role: role)
        for i in 0..<max(0, w) { set(x + i, y, cell) }
    }

    public mutating func verticalLine(x: Int, y: Int, height h: Int, glyph: String, role: StyleRole) {
        let cell = Cell(glyph, role: role)
        for i in 0..<max(0, h) { set(x, y + i, cell) }
    }

    /// Draws a frame around the rectangle's edge.
    public mutating func box(_ rect: Rect, glyphs: BoxGlyphs, role: StyleRole) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(x: rect.x + 1, y: rect.y, width: rect.width - 2, glyph: glyphs.horizontal, role: role)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, glyph: glyphs.horizontal, role: role)
        verticalLine(x: rect.x, y: rect.y + 1, height: rect.height - 2, glyph: glyphs.vertical, role: role)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, height: rect.height - 2, glyph: glyphs.vertical, role: role)
        set(rect.x, rect.y, Cell(glyphs.topLeft, role: role))
        set(rect.maxX - 1, rect.y, Cell(glyphs.topRight, role: role))
        set(rect.x, rect.maxY - 1, Cell(glyphs.bottomLeft, role: role))
        set(rect.maxX - 1, rect.maxY - 1, Cell(glyphs.bottomRight, role: role))
    }

    /// One row as text (continuation cells skipped), for tests and the terminal-less output.
    public func row(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].glyph }
        return s
    }

    /// The whole canvas as text, one line per row, trailing blanks trimmed: a golden screen.
    public func text() -> String {
        (0..<height).map { y in
            var line = row(y)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

public struct Point: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// Frame characters: Unicode box drawing, or plain ASCII for terminals that cannot show it.
public struct BoxGlyphs: Equatable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String

    public static let unicode = BoxGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    public static let heavy = BoxGlyphs(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    public static let ascii = BoxGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
    /// The focused pane's frame: marked by its lines, not by colour alone (vt100, monochrome).
    public static let double = BoxGlyphs(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
    public static let asciiDouble = BoxGlyphs(horizontal: "=", vertical: "|", topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#")
}
