import IQCore

/// Keys that arrive together (a paste is thousands of them) are taken in one go: consecutive
/// characters typed into the same text become one insert, reduced and drawn once instead of
/// once per character. Any other key first lets the held insert through and is then mapped
/// again, so it sees the state the insert made.
public struct InputBatch {
    public private(set) var pending: Action?
    /// Keys taken before the screen is drawn again, at most.
    public static let maxKeys = 4_096

    public init() {}

    /// Takes one key: `map` gives its action in the current state, `dispatch` reduces one.
    public mutating func take(_ key: Key, map: (Key) -> Action?, dispatch: (Action) -> Void) {
        var action = map(key)
        if let held = pending, let next = action, let merged = InputBatch.merge(held, next) {
            pending = merged
            return
        }
        if pending != nil {
            flush(dispatch)
            action = map(key)
        }
        guard let action else { return }
        if InputBatch.merge(action, action) != nil { pending = action } else { dispatch(action) }
    }

    /// Lets the held insert through, at the end of a run of keys.
    public mutating func flush(_ dispatch: (Action) -> Void) {
        guard let held = pending else { return }
        pending = nil
        dispatch(held)
    }

    /// Two inserts into the same text in a row, as one insert; nil for anything else.
    static func merge(_ a: Action, _ b: Action) -> Action? {
        switch (a, b) {
        case (.form(.edit(.insert(let x))), .form(.edit(.insert(let y)))): .form(.edit(.insert(x + y)))
        case (.filter(.edit(.insert(let x))), .filter(.edit(.insert(let y)))): .filter(.edit(.insert(x + y)))
        default: nil
        }
    }
}
