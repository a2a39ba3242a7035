/// Whether the terminal shows its cursor after a frame: always in a text being typed; at the
/// focus (selected row, form field, dialog answer) only for a screen reader, else the
/// hidden-cursor look stays.
public enum CursorVisibility {
    public static func shows(_ canvas: Canvas, screenReader: Bool) -> Bool {
        canvas.cursor != nil || (screenReader && canvas.focus != nil)
    }
}
