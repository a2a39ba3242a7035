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
    public static func reduce(into state: inout AppState, action: PaletteAction, environment env: Environment) -> [Effect] {
        switch action {
        case .open:
            state.palette = PaletteState()
        case .close:
            state.palette = nil
        case .edit(let edit):
            guard var palette = state.palette else { return [] }
            let before = palette.query.text
            palette.query.apply(edit)
            if palette.query.text != before { palette.selection = 0 }
            state.palette = palette
        case .select(let index):
            state.palette?.selection = max(0, index)
        case .run(let command, let pane):
            state.palette = nil
            // A palette inside a palette would only reopen it.
            if case .palette = command { return [] }
            var effects: [Effect] = []
            if let pane, pane != state.focus {
                effects += AppReducer.reduce(into: &state, action: .navigation(.focus(pane)), environment: env)
                // The pane may be refused (workshop mode): then nothing is run somewhere else.
                guard state.focus == pane else { return effects }
            }
            effects += AppReducer.reduce(into: &state, action: command, environment: env)
            return effects
        }
        return []
    }
}
