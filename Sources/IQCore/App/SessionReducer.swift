/// Quitting (with a question when work is unsaved), redraws, the clock and signals.
public enum SessionReducer {
    public static func reduce(into state: inout AppState, action: SessionAction, environment env: Environment) -> [Effect] {
        switch action {
        case .requestQuit:
            if state.hasUnsavedChanges {
                state.overlay = .confirmQuit
                return []
            }
            return [.quit]
        case .confirmQuit:
            return [.quit]
        case .cancelQuit:
            if state.overlay == .confirmQuit { state.overlay = nil }
            return []
        case .redraw:
            return [.redrawAll]
        case .tick(let now):
            if let expiry = state.status?.expiresAt, now >= expiry { state.status = nil }
            return []
        case .terminate:
            return [.quit]
        }
    }
}
