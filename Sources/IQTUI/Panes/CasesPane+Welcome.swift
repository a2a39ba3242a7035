import IQCore
import Synchronization

/// The empty case pane's first-start text: what the program is, and the keys to begin with,
/// taken from the key map. Building the key map's tables to find three keys was an eighth of a
/// start, so the lines are remembered per context: the status hints' memo key, which holds
/// everything those tables read, with the case pane focused.
extension CasesPane {
    static func welcome(_ state: AppState) -> [String] {
        // A database role that reads no case (the coordination): no invitation to make one.
        if state.store.access.readOnlyKinds.contains(.case) { return [state.t(CaseText.welcome), state.t(CaseText.noCasesForRole)] }
        guard var key = StatusHints.MemoKey(state) else { return welcomeLines(state) }
        key.focus = .cases
        key.detailOpen = state[.cases].isDetailOpen
        if let known = welcomeMemo.withLock({ $0[key] }) { return known }
        let lines = welcomeLines(state)
        welcomeMemo.withLock { $0[key] = lines }
        return lines
    }

    /// Locked: tests render screens in parallel.
    private static let welcomeMemo = Mutex<[StatusHints.MemoKey: [String]]>([:])

    static func welcomeLines(_ state: AppState) -> [String] {
        var inCases = state
        inCases.focus = .cases
        let bindings = KeyMap.groups(for: inCases).flatMap(\.bindings)
        func key(_ action: Action, _ fallback: String) -> String {
            bindings.first { $0.action == action }?.keys.first.map { KeyName.of($0, state.language) } ?? fallback
        }
        return [state.t(CaseText.welcome),
                CaseText.startHere(pane: key(.navigation(.focus(.cases)), "3"), new: key(.cases(.newCase), "n"),
                                   help: key(.help(.toggle), "?")).text(state.language)]
    }
}
