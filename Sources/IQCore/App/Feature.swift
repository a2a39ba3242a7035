/// What every feature may read but never change: the document and the session around it.
/// A copy per action is cheap, since the document's tables are copy-on-write.
public struct Shared: Sendable {
    public let document: Document
    public let language: Language
    public let today: Day
    /// The panes that exist (workshop mode has two).
    public let visiblePanes: [Pane]
    /// The question or overlay open now: a confirmation names the record it is about.
    public let overlay: AppState.Overlay?
}

/// A feature's state as its reducer sees it: what the feature owns, writable, beside the shared
/// data, read-only. Members of both read as members of the scope (`state.list`, `state.document`).
@dynamicMemberLookup
public struct Scoped<Own: Sendable>: Sendable {
    public var own: Own
    public let shared: Shared

    public init(_ own: Own, _ shared: Shared) {
        self.own = own
        self.shared = shared
    }

    public subscript<T>(dynamicMember path: WritableKeyPath<Own, T>) -> T {
        get { own[keyPath: path] }
        set { own[keyPath: path] = newValue }
    }

    public subscript<T>(dynamicMember path: KeyPath<Own, T>) -> T { own[keyPath: path] }

    public subscript<T>(dynamicMember path: KeyPath<Shared, T>) -> T { shared[keyPath: path] }
}
