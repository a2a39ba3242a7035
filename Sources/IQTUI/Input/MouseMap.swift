import IQCore

/// Mouse events by position: a click focuses the pane under it and selects the row (a click on
/// the row already selected opens it); the wheel scrolls the list under the pointer.
public enum MouseMap {
    public static let wheelStep = 3

    public static func action(for event: MouseEvent, in state: AppState, layout: ScreenLayout) -> Action? {
        switch state.inputMode {
        case .confirm, .recovery, .conflict, .damagedFile, .formDiscard, .confirmDelete: return nil
        case .form, .placeEntry: return nil
        case .help: return event.kind == .press ? .help(.close) : nil
        case .navigation, .textEntry: break
        }
        guard let pane = Pane.allCases.first(where: { layout.panes[$0]?.contains(x: event.x, y: event.y) == true }) else { return nil }
        switch event.kind {
        case .wheelUp: return .navigation(.scroll(pane, by: -wheelStep))
        case .wheelDown: return .navigation(.scroll(pane, by: wheelStep))
        case .press:
            let paneState = state[pane]
            guard !paneState.isDetailOpen, let rows = layout.listRows(of: pane), rows.contains(x: event.x, y: event.y) else {
                return .navigation(.focus(pane))
            }
            let row = paneState.cursor.offset + (event.y - rows.y)
            guard row < state.rowCount(pane) else { return .navigation(.focus(pane)) }
            if pane == state.focus, row == paneState.cursor.selected, state.inputMode == .navigation {
                return .navigation(.open)
            }
            return .navigation(.select(pane, row: row))
        }
    }
}
