/// `/` filters the focused list as you type; Enter keeps the filter, Esc drops it.
public enum FilterReducer {
    public static func reduce(into state: inout AppState, action: FilterAction) -> [Effect] {
        let pane = state.focus
        switch action {
        case .begin:
            state[pane].isFiltering = true
            state[pane].isDetailOpen = false
        case .edit(let edit):
            let before = state[pane].filter.text
            state[pane].filter.apply(edit)
            if state[pane].filter.text != before {
                state[pane].cursor = ListCursor()
            }
        case .accept:
            state[pane].isFiltering = false
        case .cancel:
            state[pane].isFiltering = false
            state[pane].filter = TextField()
        }
        state.clampCursors()
        return []
    }
}
