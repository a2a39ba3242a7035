/// A frame with a title in its top edge, filled inside: every pane, dialog and overlay.
struct Block: Widget {
    /// Drawn with a space either side, cut with "…" at the frame's corner.
    var title: String
    var border: StyleRole
    var titleRole: StyleRole
    /// The role the inside is cleared with.
    var fill: StyleRole
    /// Columns between the corner and the title: 1 for a pane, 2 for a box over the screen.
    var titleInset: Int
    /// The focused pane: a double frame, so focus is not shown by colour alone.
    var isFocused = false
    /// A box over the screen: the attention (the terminal cursor) moves into it, to its first
    /// line, unless what is drawn in it then names a better place (a field, an answer).
    var takesAttention = false

    /// A pane's frame: the title next to the corner.
    static func pane(title: String, focused: Bool) -> Block {
        Block(title: title, border: focused ? .borderFocused : .border, titleRole: focused ? .titleFocused : .title,
              fill: .normal, titleInset: 1, isFocused: focused)
    }

    /// A box over the screen (dialog, form, help, palette): " Title " two columns in.
    static func overlay(title: String) -> Block {
        Block(title: title, border: .overlayBorder, titleRole: .overlayTitle, fill: .overlay, titleInset: 2, takesAttention: true)
    }

    /// The inside of the frame.
    static func inner(_ rect: Rect) -> Rect { rect.inset(by: 1) }

    func draw(in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: fill)
        canvas.box(rect, glyphs: isFocused ? canvas.focusedBoxGlyphs : canvas.boxGlyphs, role: border)
        if takesAttention { canvas.takeAttention(Point(x: rect.x + 2, y: rect.y + 1)) }
        let room = rect.width - 2 * titleInset
        // Only what can show is copied: a form's title may be a 10,000-character name.
        let shown = TextWidth.visiblePrefix(title, columns: room)
        canvas.put(" \(shown) ", x: rect.x + titleInset, y: rect.y, maxWidth: room, role: titleRole)
    }
}
