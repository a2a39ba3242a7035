/// The command palette (`:`): a query line over the list of every command. The commands come
/// from the key map's binding tables (IQTUI), so the reducer never sees the list: the key map
/// turns Enter into `.run` with the chosen command's own action, and the reducer closes the
/// palette, focuses the command's pane and performs it.
public struct PaletteState: Equatable, Sendable {
    public var query = TextField()
    /// The highlighted command, an index into the commands that match the query. The key map
    /// and the view keep it below their count (only they know the commands).
    public var selection = 0
    public init() {}
}

public enum PaletteAction: Equatable, Sendable {
    /// `:` in a list or an open entry.
    case open
    /// Esc.
    case close
    /// Typing in the query; a changed query highlights the best match again.
    case edit(TextField.Edit)
    /// ↑ ↓: highlights the match at this index.
    case select(Int)
    /// Enter: closes the palette, focuses `focus` (nil: a command of every pane, run where the
    /// user is) and performs the action as if its key had been pressed there.
    indirect case run(Action, focus: Pane?)
}

public enum PaletteReducer {
    public static func reduce(into palette: inout PaletteState?, action: PaletteAction) -> [Delegate] {
        switch action {
        case .open:
            palette = PaletteState()
        case .close:
            palette = nil
        case .edit(let edit):
            guard var open = palette else { return [] }
            let before = open.query.text
            open.query.apply(edit)
            if open.query.text != before { open.selection = 0 }
            palette = open
        case .select(let index):
            palette?.selection = max(0, index)
        case .run(let command, let pane):
            palette = nil
            // A palette inside a palette would only reopen it.
            if case .palette = command { return [] }
            return [.command(command, focus: pane)]
        }
        return []
    }
}
