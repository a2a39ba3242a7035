/// The locations pane: its site list, the service filter and the client's place with its
/// completions. Showing a site's operator is asked of the app.
public enum LocationsReducer {
    public typealias State = Scoped<LocationsState>

    public static func reduce(into state: inout State, action: LocationsAction, environment env: Environment) -> [Delegate] {
        var delegates: [Delegate] = []
        switch action {
        case .beginPlace:
            state.placeEntry = TextField(state.origin?.name ?? "")
            state.completion = 0
        case .editPlace(let edit):
            state.placeEntry?.apply(edit)
            state.completion = 0
        case .moveCompletion(let step):
            let count = state.completions.count
            guard count > 0 else { break }
            state.completion = (state.completion + step + count) % count
        case .acceptPlace:
            guard let typed = state.placeEntry?.text else { break }
            let completions = state.completions
            // A suggestion the person moved to wins; else the exact name typed; else the first.
            let highlighted = completions.indices.contains(state.completion) ? completions[state.completion] : nil
            let chosen = state.completion > 0 ? highlighted : (Gazetteer.find(typed) ?? highlighted)
            guard let place = chosen else {
                let hints = Gazetteer.suggestions(for: typed, limit: 3).map(\.name).joined(separator: ", ")
                delegates = [.say(LocationText.placeUnknown(typed, hints), .warning)]
                break
            }
            state.origin = place
            state.placeEntry = nil
            state.list.cursor = ListCursor()
            state.list.isDetailOpen = false
        case .cancelPlace:
            state.placeEntry = nil
        case .clearPlace:
            state.origin = nil
            state.list.cursor = ListCursor()
        case .cycleService:
            let all = SiteService.allCases
            if let current = state.service, let i = all.firstIndex(of: current) {
                state.service = i + 1 < all.count ? all[i + 1] : nil
            } else {
                state.service = all.first
            }
            state.list.cursor = ListCursor()
        case .openOperator:
            let rows = SiteList.rows(state.document, state.own)
            let i = state.list.cursor.selected
            guard rows.indices.contains(i), let op = rows[i].site.operatorID, state.document.partners[op] != nil else { break }
            return [.showPartner(op)]
        case .selectSite(let id):
            delegates = [.focus(.locations)]
            let rows = SiteList.rows(state.document, state.own)
            if let row = rows.firstIndex(where: { $0.site.id == id }) {
                state.list.cursor.select(row, count: rows.count)
            }
        case .list(let action):
            return list(&state, action)
        }
        _ = list(&state, .rowsMayHaveChanged)
        return delegates
    }

    static func list(_ state: inout State, _ action: ListAction) -> [Delegate] {
        let document = state.document
        if action == .back, !state.list.isDetailOpen, state.service != nil {
            // Esc drops the search and the service filter together, as in every pane.
            state.list.filter = PaneState.emptyFilter
            state.service = nil
            state.list.cursor.clamp(count: SiteList.rows(document, state.own).count)
            return []
        }
        return state.reduceList(action, \.list) { SiteList.rows(document, $0).count }
    }
}

public enum LocationsAction: Equatable, Sendable {
    /// `o`: type the place where the client lives.
    case beginPlace
    case editPlace(TextField.Edit)
    /// ↑/↓ through the completions.
    case moveCompletion(Int)
    /// Enter: take the chosen completion (or the exact name typed).
    case acceptPlace
    case cancelPlace
    /// `x`: back to the list by city.
    case clearPlace
    /// `v`: only sites offering the next service (then all again).
    case cycleService
    /// Enter on a site: its operator in the partner directory.
    case openOperator
    /// A click on a map marker.
    case selectSite(RecordID)
    /// The site list's moving, opening, going back and filtering.
    case list(ListAction)
}
