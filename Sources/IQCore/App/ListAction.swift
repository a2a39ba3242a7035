/// What every pane's list does: moving, opening, going back, filtering. Navigation and the
/// filter send these to the focused pane's feature, which applies them to its own list.
public enum ListAction: Equatable, Sendable {
    case move(ListCursor.Move)
    case select(row: Int)
    case scroll(by: Int)
    case open
    case back
    /// PgUp/PgDn in an open entry taller than its pane, never past `limit` (the last first
    /// line the screen can show).
    case scrollDetail(by: Int, limit: Int)
    case filter(FilterAction)
    /// The document changed: the feature keeps its selection valid.
    case rowsMayHaveChanged
}

extension Scoped {
    /// Applies the list behaviour every pane shares to the feature's own list; `rows` counts the
    /// rows the feature's state gives.
    mutating func reduceList(_ action: ListAction, _ list: WritableKeyPath<Own, PaneState>, rows: (Own) -> Int) -> [Delegate] {
        var pane = own[keyPath: list]
        var probe = own
        let delegates = pane.reduce(action) { current in
            probe[keyPath: list] = current
            return rows(probe)
        }
        own[keyPath: list] = pane
        return delegates
    }
}

extension PaneState {
    /// The list behaviour every pane shares; `rows` counts the rows for the list as it is at
    /// that moment (asked only when needed: a filter changes them).
    mutating func reduce(_ action: ListAction, rows: (PaneState) -> Int) -> [Delegate] {
        switch action {
        case .move(let move):
            let count = rows(self)
            cursor.move(move, count: count)
            detailScroll = 0
        case .select(let row):
            let count = rows(self)
            cursor.select(row, count: count)
        case .scroll(let by):
            let count = rows(self)
            cursor.move(.by(by), count: count)
        case .open:
            if rows(self) > 0 { isDetailOpen = true }
        case .back:
            if isDetailOpen {
                isDetailOpen = false
            } else if !filter.isEmpty {
                filter = PaneState.emptyFilter
                let count = rows(self)
                clamp(count: count)
            } else {
                return [.leaveZoom]
            }
        case .scrollDetail(let by, let limit):
            // From what is shown: a request past the end (the pane grew) counts as the end.
            let end = max(0, limit)
            let shown = min(max(0, detailScroll), end)
            detailScroll = by >= 0 ? shown + min(by, end - shown) : shown - Int(min(UInt(shown), by.magnitude))
        case .filter(let action):
            let delegates = apply(action)
            let count = rows(self)
            clamp(count: count)
            return delegates
        case .rowsMayHaveChanged:
            let count = rows(self)
            clamp(count: count)
        }
        return []
    }

    /// `/` filters the list as you type; Enter keeps the filter, Esc drops it. Typed or pasted
    /// text cut at the filter's limit is said in the status bar.
    mutating func apply(_ action: FilterAction) -> [Delegate] {
        switch action {
        case .begin:
            isFiltering = true
            isDetailOpen = false
        case .edit(let edit):
            let before = filter.text
            // The filter stops at its limit as a form field does, and says so the same way.
            let fits = filter.apply(edit)
            if filter.text != before { cursor = ListCursor() }
            return fits ? [] : [.say(FormText.formFieldLimit(FieldLimit.search), .warning)]
        case .accept:
            isFiltering = false
        case .cancel:
            isFiltering = false
            filter = PaneState.emptyFilter
        }
        return []
    }

    /// Keeps the selection inside the rows; an empty list has no entry open.
    mutating func clamp(count: Int) {
        cursor.clamp(count: count)
        if count == 0 { isDetailOpen = false }
    }
}

public enum FilterAction: Equatable, Sendable {
    case begin
    case edit(TextField.Edit)
    /// Enter: keep the filter and go back to the list.
    case accept
    /// Esc: drop the filter.
    case cancel
}
