/// Where a pane puts the attention and how its selected row shows in the text itself: screen
/// readers and braille displays follow the terminal cursor, and a monochrome or vt100 screen
/// must show the selection without colour.
extension PaneView {
    /// The selected row of a list: a mark in the frame's left edge (the row keeps all its
    /// columns) and, in the focused pane, the attention at the row's start.
    static func markSelection(_ selected: Int, offset: Int, count: Int, list: Rect, frame: Rect, focused: Bool, on canvas: inout Canvas) {
        let line = selected - offset
        guard selected < count, line >= 0, line < list.height - 1 else { return }
        let y = list.y + 1 + line
        if list.x == frame.x + 1 {
            canvas.put(canvas.selectionMark, x: frame.x, y: y, maxWidth: 1, role: focused ? .selection : .selectionUnfocused)
        }
        if focused { canvas.focus = Point(x: list.x, y: y) }
    }
}
