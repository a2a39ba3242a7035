import IQCore

/// Mouse events by position: a click focuses the pane under it and selects the row (a click on
/// the row already selected opens it); the wheel scrolls the list under the pointer.
public enum MouseMap {
    public static let wheelStep = 3

    /// `view`: the last frame's, whose list offsets say which row is under the pointer.
    public static func action(for event: MouseEvent, in state: AppState, layout: ScreenLayout, view: ViewState) -> Action? {
        switch state.inputMode {
        case .confirm, .recovery, .conflict, .damagedFile, .formDiscard, .confirmDelete: return nil
        case .form, .placeEntry, .palette: return nil
        case .help: return event.kind == .press ? .help(.close) : nil
        case .navigation, .textEntry: break
        }
        guard let pane = Pane.allCases.first(where: { layout.panes[$0]?.contains(x: event.x, y: event.y) == true }) else { return nil }
        switch event.kind {
        case .wheelUp: return .navigation(.scroll(pane, by: -wheelStep))
        case .wheelDown: return .navigation(.scroll(pane, by: wheelStep))
        case .press:
            if pane == .locations, let hit = mapHit(event, state, layout) { return hit }
            let paneState = state[pane]
            guard !paneState.isDetailOpen, let rows = layout.listRows(of: pane), rows.contains(x: event.x, y: event.y) else {
                return .navigation(.focus(pane))
            }
            let row = view.offset(of: pane) + (event.y - rows.y)
            guard row < state.rowCount(pane) else { return .navigation(.focus(pane)) }
            if pane == state.focus, row == paneState.cursor.selected, state.inputMode == .navigation {
                return .navigation(.open)
            }
            return .navigation(.select(pane, row: row))
        }
    }

    /// A click on the map of the locations pane selects the site whose marker is there.
    static func mapHit(_ event: MouseEvent, _ state: AppState, _ layout: ScreenLayout) -> Action? {
        guard !state[.locations].isDetailOpen, state.locations.placeEntry == nil,
              let content = layout.content(of: .locations), let mapRect = LocationsPane.split(content).map,
              mapRect.contains(x: event.x, y: event.y) else { return nil }
        // Draw the map once more off screen to learn where its markers are.
        var scratch = Canvas(width: layout.size.width, height: layout.size.height, ascii: state.options.ascii)
        let hits = LocationsPane.fitted(LocationsPane.map(state, rows: SiteList.rows(state)), to: mapRect, in: content).draw(in: mapRect, on: &scratch)
        guard let id = hits.marker(at: event.x, y: event.y), !id.isEmpty else { return .navigation(.focus(.locations)) }
        return .locations(.selectSite(RecordID(id)))
    }
}
