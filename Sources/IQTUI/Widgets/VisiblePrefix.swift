/// What of a text a line can show, found without measuring the rest: a 1 MB role in a list
/// cell or a 10,000-character name in a title costs as much as a short one.
enum VisiblePrefix {
    /// The start of `text` that `columns` columns can show, and one character more when the
    /// text goes on, so the canvas still marks the cut. No character is wider than its UTF-8
    /// bytes, so a text of at most `columns` bytes is returned whole without measuring.
    static func of(_ text: String, columns: Int) -> String {
        guard text.utf8.count > columns else { return text }
        var used = 0
        var i = text.startIndex
        while i < text.endIndex, used <= columns {
            used += TextWidth.of(text[i])
            i = text.index(after: i)
        }
        return String(text[..<i])
    }
}
