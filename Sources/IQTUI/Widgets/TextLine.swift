import IQCore

/// A line being typed — a pane's filter or place, a form field, the palette's query — scrolled
/// so the cursor stays in view. Scrolled and cut by display width, like everything on the
/// canvas: a wide glyph takes two columns of the line, not one.
struct TextLine: Widget {
    var field: TextField
    var role: StyleRole
    /// The terminal cursor sits in the line: the field has the keys.
    var showsCursor: Bool
    /// One blank of the role after the text, so the end of the input shows where nothing else
    /// marks it (a filter in a frame's edge).
    var marksEnd = false

    /// Draws on the first row of `rect`.
    func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        let (shown, column) = TextLine.scrolled(field, width: rect.width)
        canvas.put(marksEnd ? shown + " " : shown, x: rect.x, y: rect.y, maxWidth: rect.width, role: role)
        if showsCursor { canvas.cursor = Point(x: rect.x + min(column, rect.width - 1), y: rect.y) }
    }

    /// The part of a single line that fits, scrolled so the cursor stays visible. Only the
    /// characters on screen are measured: back from the cursor until the line is full, then
    /// forward until one more than fits (so the canvas still shows that the text goes on).
    static func scrolled(_ field: TextField, width: Int, measure: (Character) -> Int = TextWidth.of) -> (String, Int) {
        let (shown, column, _) = window(field, width: width, measure: measure)
        return (shown, column)
    }

    /// `scrolled`, and whether the text's start is scrolled out of view.
    static func window(_ field: TextField, width: Int, measure: (Character) -> Int = TextWidth.of) -> (String, Int, hidesStart: Bool) {
        let text = field.text
        var start = field.cursorIndex, before = 0
        while start > text.startIndex {
            let previous = text.index(before: start)
            let w = measure(text[previous])
            if before + w > width - 1 { break }
            before += w
            start = previous
        }
        var end = field.cursorIndex, shown = before
        while end < text.endIndex, shown <= width {
            shown += measure(text[end])
            end = text.index(after: end)
        }
        return (String(text[start..<end]), before, start > text.startIndex)
    }

}
