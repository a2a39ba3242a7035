/// The one place where state changes: each action goes to the reducer of its feature.
public enum AppReducer {
    public static func reduce(into state: inout AppState, action: Action, environment env: Environment) -> [Effect] {
        if state.isWorkshop { return WorkshopMode.reduce(into: &state, action: action, environment: env, route: route) }
        return route(&state, action, env)
    }

    /// Hands the action to its feature's reducer.
    static func route(_ state: inout AppState, _ action: Action, _ env: Environment) -> [Effect] {
        switch action {
        case .navigation(let a): return NavigationReducer.reduce(into: &state, action: a)
        case .filter(let a): return FilterReducer.reduce(into: &state, action: a)
        case .help(let a): return HelpReducer.reduce(into: &state, action: a)
        case .document(let a): return DocumentReducer.reduce(into: &state, action: a, environment: env)
        case .session(let a): return SessionReducer.reduce(into: &state, action: a, environment: env)
        case .store(let a): return StoreReducer.reduce(into: &state, action: a, environment: env)
        case .directory(let a): return DirectoryReducer.reduce(into: &state, action: a, environment: env)
        case .form(let a): return FormReducer.reduce(into: &state, action: a, environment: env)
        case .locations(let a): return LocationsReducer.reduce(into: &state, action: a, environment: env)
        case .cases(let a): return CaseReducer.reduce(into: &state, action: a, environment: env)
        case .budgets(let a): return BudgetsReducer.reduce(into: &state, action: a, environment: env)
        case .palette(let a): return PaletteReducer.reduce(into: &state, action: a, environment: env)
        }
    }
}

extension AppState {
    /// Shows a message in the status bar for a few seconds.
    mutating func show(_ message: Message, _ severity: StatusMessage.Severity = .info, environment env: Environment) {
        status = StatusMessage(message, severity: severity, expiresAt: env.now().addingTimeInterval(5))
    }

    /// Keeps every pane's selection valid after the data, a filter or the page size changed.
    mutating func clampCursors() {
        for pane in Pane.allCases {
            let count = rowCount(pane)
            self[pane].cursor.clamp(count: count, page: listPage)
            if count == 0, pane != .partners { self[pane].isDetailOpen = false }
        }
        // The partner shown in the detail view may have been deleted (here or by someone else).
        if self[.partners].isDetailOpen {
            directory.path.removeAll { document.partners[$0] == nil }
            if let shown = directory.path.last {
                let links = PartnerNetwork.links(of: shown, in: document).count
                directory.relationCursor = max(0, min(directory.relationCursor, links - 1))
            } else {
                DirectoryReducer.closeDetail(&self)
            }
        }
    }
}
