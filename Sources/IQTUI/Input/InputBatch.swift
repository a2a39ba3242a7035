import IQCore

/// Keys that arrive together (a paste is thousands of them) are taken in one go: consecutive
/// characters typed into the same text become one insert, reduced and drawn once instead of
/// once per character. Any other key first lets the held insert through and is then mapped
/// again, so it sees the state the insert made.
public struct InputBatch {
    /// Where held text goes: a form field or a list's filter (the inserts that may be merged).
    enum Target: Equatable {
        case form, filter

        func action(_ text: String) -> Action {
            switch self {
            case .form: .form(.edit(.insert(text)))
            case .filter: .filter(.edit(.insert(text)))
            }
        }

        /// The target and text of an insert that may be merged; nil for any other action.
        static func insert(_ action: Action) -> (target: Target, text: String)? {
            switch action {
            case .form(.edit(.insert(let text))): (.form, text)
            case .filter(.edit(.insert(let text))): (.filter, text)
            default: nil
            }
        }
    }

    /// The text held for one insert (appended in place: a paste costs its length, not its
    /// square), and whether a plain character is known to map to it.
    private var held: (target: Target, text: String)?
    private var charactersInsert = false
    /// Keys taken before the screen is drawn again, at most.
    public static let maxKeys = 4_096

    public init() {}

    /// The insert held back so far, if any.
    public var pending: Action? { held.map { $0.target.action($0.text) } }

    /// Takes one key: `map` gives its action in the current state, `dispatch` reduces one.
    public mutating func take(_ key: Key, map: (Key) -> Action?, dispatch: (Action) -> Void) {
        // While text is held nothing is reduced, so the state is the one the first character
        // was mapped in: another plain character maps the same way, without asking the key map.
        if charactersInsert, case .char(let ch) = key, held != nil {
            held?.text.append(ch)
            return
        }
        var action = map(key)
        if let held, let next = action.flatMap(Target.insert), next.target == held.target {
            self.held?.text += next.text
            if case .char(let ch) = key, next.text == String(ch) { charactersInsert = true }
            return
        }
        if held != nil {
            flush(dispatch)
            action = map(key)
        }
        guard let action else { return }
        if let insert = Target.insert(action) {
            held = insert
            if case .char(let ch) = key, insert.text == String(ch) { charactersInsert = true }
        } else {
            dispatch(action)
        }
    }

    /// Lets the held insert through, at the end of a run of keys.
    public mutating func flush(_ dispatch: (Action) -> Void) {
        guard let action = pending else { return }
        held = nil
        charactersInsert = false
        dispatch(action)
    }
}
