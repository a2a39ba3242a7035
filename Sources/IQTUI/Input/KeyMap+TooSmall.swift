import IQCore

/// While "Terminal zu klein" shows, keys are dropped, not acted on unseen (as htop does): only
/// q / F10 quit where nothing is open (quitting saves first), and Ctrl-L redraws.
extension KeyMap {
    static func tooSmallAction(for key: Key, in state: AppState) -> Action? {
        if key == .ctrl("l") { return .session(.redraw) }
        guard quitsWhenTooSmall(state), key == .char("q") || key == .function(10) else { return nil }
        return .session(.requestQuit)
    }

    /// Whether q quits on the too-small screen: not while a form, a question or a typed line
    /// is open, whose keys would go elsewhere.
    public static func quitsWhenTooSmall(_ state: AppState) -> Bool { state.inputMode == .navigation }
}
