/// The help overlay: `?` or F1 toggles it, Esc closes it.
public enum HelpReducer {
    public static func reduce(into state: inout AppState, action: HelpAction) -> [Effect] {
        switch action {
        case .toggle:
            state.overlay = state.overlay == .help ? nil : .help
            state.helpScroll = 0
        case .close:
            if state.overlay == .help { state.overlay = nil }
        case .scroll(let by):
            // The view clamps the upper end: only it knows how many lines fit.
            state.helpScroll = max(0, state.helpScroll + by)
        }
        return []
    }
}
