/// Focus, pane switching, list movement, detail views and zoom.
public enum NavigationReducer {
    public static func reduce(into state: inout AppState, action: NavigationAction) -> [Effect] {
        switch action {
        case .focusNext:
            state.focus = state.pane(after: state.focus, by: 1)
        case .focusPrevious:
            state.focus = state.pane(after: state.focus, by: -1)
        case .focus(let pane):
            state.focus = pane
        case .move(let move):
            let pane = state.focus
            if pane == .partners, state[pane].isDetailOpen {
                DirectoryReducer.moveRelation(&state, move)
            } else {
                state[pane].cursor.move(move, count: state.rowCount(pane))
                state[pane].detailScroll = 0
            }
        case .select(let pane, let row):
            state.focus = pane
            state[pane].cursor.select(row, count: state.rowCount(pane))
        case .scroll(let pane, let by):
            state[pane].cursor.move(.by(by), count: state.rowCount(pane))
        case .open:
            let pane = state.focus
            if pane == .partners {
                if state[pane].isDetailOpen { DirectoryReducer.follow(&state) } else { DirectoryReducer.open(&state) }
                state.clampCursors()
            } else if state.rowCount(pane) > 0 {
                state[pane].isDetailOpen = true
            }
        case .back:
            let pane = state.focus
            if state[pane].isDetailOpen {
                if pane == .partners { DirectoryReducer.closeDetail(&state) }
                state[pane].isDetailOpen = false
            } else if !state[pane].filter.isEmpty || (pane == .partners && !state.directory.filter.isEmpty) {
                state[pane].filter = TextField()
                if pane == .partners { state.directory.filter = PartnerFilter() }
                state.clampCursors()
            } else if state.isZoomed {
                state.isZoomed = false
            }
        case .scrollDetail(let by, let limit):
            // From what is shown: a request past the end (the pane grew) counts as the end.
            let end = max(0, limit)
            let shown = min(max(0, state[state.focus].detailScroll), end)
            state[state.focus].detailScroll = by >= 0 ? shown + min(by, end - shown) : shown - Int(min(UInt(shown), by.magnitude))
        case .toggleZoom:
            state.isZoomed.toggle()
        }
        return []
    }
}
