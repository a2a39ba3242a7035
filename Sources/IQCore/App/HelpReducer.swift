/// The help overlay: `?` or F1 toggles it, Esc closes it.
public enum HelpReducer {
    public static func reduce(into state: inout AppState, action: HelpAction) -> [Effect] {
        switch action {
        case .toggle: state.overlay = state.overlay == .help ? nil : .help
        case .close: if state.overlay == .help { state.overlay = nil }
        }
        return []
    }
}
