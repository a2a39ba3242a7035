/// The app reducer in workshop mode.
extension AppReducer {
    /// Workshop mode (`--workshop`) around the features' reducers: refuses what does not exist
    /// here, quits without a question, and guarantees that the document never changes and no
    /// file work leaves it, whatever a feature asks for.
    static func workshop(_ state: inout AppState, _ action: Action, _ env: Environment) -> [Effect] {
        if let refusal = WorkshopMode.refusal(action) {
            return route(.say(refusal, .warning), &state, env)
        }
        if case .session(.requestQuit) = action { return [.quit] }
        let document = state.document
        let history = state.history
        let effects = route(&state, action, env)
        if state.document != document || state.hasUnsavedChanges {
            state.document = document
            state.history = history
            state.hasUnsavedChanges = false
            state.form = nil
            _ = route(.say(WorkshopText.workshopNoEdits, .warning), &state, env)
        }
        if !WorkshopMode.panes.contains(state.focus) { state.focus = .partners }
        return effects.filter { effect in
            if case .store = effect { return false }
            return true
        }
    }
}
