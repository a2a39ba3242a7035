/// Which pane has the focus and whether it fills the screen.
public struct NavigationState: Equatable, Sendable {
    public var focus: Pane = .partners
    /// The focused pane fills the screen (tmux's zoom).
    public var isZoomed = false
    public init() {}
}

/// Focus, pane switching and zoom; moving in a list and opening an entry go to the pane's feature.
public enum NavigationReducer {
    public static func reduce(into state: inout Scoped<NavigationState>, action: NavigationAction) -> [Delegate] {
        switch action {
        case .focusNext:
            state.focus = pane(after: state.focus, by: 1, in: state.visiblePanes)
        case .focusPrevious:
            state.focus = pane(after: state.focus, by: -1, in: state.visiblePanes)
        case .focus(let pane):
            state.focus = pane
        case .move(let move):
            return [.list(state.focus, .move(move))]
        case .select(let pane, let row):
            state.focus = pane
            return [.list(pane, .select(row: row))]
        case .scroll(let pane, let by):
            return [.list(pane, .scroll(by: by))]
        case .open:
            return [.list(state.focus, .open)]
        case .back:
            return [.list(state.focus, .back)]
        case .scrollDetail(let by, let limit):
            return [.list(state.focus, .scrollDetail(by: by, limit: limit))]
        case .toggleZoom:
            state.isZoomed.toggle()
        }
        return []
    }

    /// Esc with nothing left to leave in the focused list.
    static func leaveZoom(_ state: inout Scoped<NavigationState>) -> [Delegate] {
        state.isZoomed = false
        return []
    }

    /// The pane `step` places after `pane` among the visible ones (Tab, Shift-Tab), wrapping round.
    static func pane(after pane: Pane, by step: Int, in panes: [Pane]) -> Pane {
        guard let i = panes.firstIndex(of: pane) else { return panes.first ?? .partners }
        return panes[((i + step) % panes.count + panes.count) % panes.count]
    }
}

public enum NavigationAction: Equatable, Sendable {
    case focusNext, focusPrevious
    case focus(Pane)
    case move(ListCursor.Move)
    /// A click on a row: focuses the pane and selects the row.
    case select(Pane, row: Int)
    /// The mouse wheel over a pane (rows; a page-wise key sends `.move(.by(rows))` likewise).
    case scroll(Pane, by: Int)
    case open
    case back
    case toggleZoom
    /// PgUp/PgDn in an open entry taller than its pane. `limit` is the last first line the
    /// screen can show (measured by the frame the key was pressed on), so the position never
    /// runs past it.
    case scrollDetail(by: Int, limit: Int)
}
