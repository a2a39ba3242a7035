/// What the help remembers: how far it is scrolled.
public struct HelpState: Equatable, Sendable {
    /// First line of the help overlay shown, when it is taller than the terminal.
    public var scroll = 0
    public init() {}
}

/// The help overlay: `?` or F1 toggles it, Esc closes it.
public enum HelpReducer {
    public static func reduce(into state: inout Scoped<HelpState>, action: HelpAction) -> [Delegate] {
        switch action {
        case .toggle:
            state.scroll = 0
            return [state.overlay == .help ? .closeOverlay : .ask(.help)]
        case .close:
            return [.dismiss(.help)]
        case .scroll(let by):
            // The view clamps the upper end: only it knows how many lines fit.
            state.scroll = max(0, state.scroll + by)
            return []
        }
    }
}

public enum HelpAction: Equatable, Sendable {
    case toggle, close
    /// Scrolls the help when the terminal is too low to show it whole.
    case scroll(Int)
}
