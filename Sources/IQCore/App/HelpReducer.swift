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
        case .scroll(let by, let end):
            // From what is shown (a request past the end counts as the end), so PgUp after End
            // moves at once; `end` comes from the key map, which measures the overlay.
            let shown = min(max(0, state.scroll), max(0, end))
            state.scroll = by > 0 ? (shown > end - by ? end : shown + by) : max(0, shown + by)
            return []
        }
    }
}

public enum HelpAction: Equatable, Sendable {
    case toggle, close
    /// Scrolls the help when the terminal is too low to show it whole; `end` is the last first
    /// line that still fills the overlay (unknown: `.max`, the view then clamps).
    case scroll(Int, end: Int = .max)
}
