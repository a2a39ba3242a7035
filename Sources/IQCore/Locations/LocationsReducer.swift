public enum LocationsReducer {
    public static func reduce(into state: inout AppState, action: LocationsAction, environment env: Environment) -> [Effect] {
        switch action {
        case .beginPlace:
            state.locations.placeEntry = TextField(state.locations.origin?.name ?? "")
            state.locations.completion = 0
        case .editPlace(let edit):
            state.locations.placeEntry?.apply(edit)
            state.locations.completion = 0
        case .moveCompletion(let step):
            let count = state.locations.completions.count
            guard count > 0 else { break }
            state.locations.completion = (state.locations.completion + step + count) % count
        case .acceptPlace:
            guard let typed = state.locations.placeEntry?.text else { break }
            let completions = state.locations.completions
            // A suggestion the person moved to wins; else the exact name typed; else the first.
            let highlighted = completions.indices.contains(state.locations.completion) ? completions[state.locations.completion] : nil
            let chosen = state.locations.completion > 0 ? highlighted : (Gazetteer.find(typed) ?? highlighted)
            guard let place = chosen else {
                let hints = Gazetteer.suggestions(for: typed, limit: 3).map(\.name).joined(separator: ", ")
                state.show(Message(.placeUnknown, typed, hints), .warning, environment: env)
                break
            }
            state.locations.origin = place
            state.locations.placeEntry = nil
            state[.locations].cursor = ListCursor()
            state[.locations].isDetailOpen = false
        case .cancelPlace:
            state.locations.placeEntry = nil
        case .clearPlace:
            state.locations.origin = nil
            state[.locations].cursor = ListCursor()
        case .cycleService:
            let all = SiteService.allCases
            if let current = state.locations.service, let i = all.firstIndex(of: current) {
                state.locations.service = i + 1 < all.count ? all[i + 1] : nil
            } else {
                state.locations.service = all.first
            }
            state[.locations].cursor = ListCursor()
        case .openOperator:
            let rows = SiteList.rows(state)
            let i = state[.locations].cursor.selected
            guard rows.indices.contains(i), let op = rows[i].site.operatorID, state.document.partners[op] != nil else { break }
            DirectoryReducer.showPartner(&state, op)
        case .selectSite(let id):
            state.focus = .locations
            if let row = SiteList.rows(state).firstIndex(where: { $0.site.id == id }) {
                state[.locations].cursor.select(row, count: state.rowCount(.locations))
            }
        }
        state.clampCursors()
        return []
    }
}
