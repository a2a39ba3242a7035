import Foundation

/// Everything that can happen to the program: keys and mouse after the key map, effects' results,
/// the clock and signals. Grouped by the feature whose reducer handles them.
public enum Action: Equatable, Sendable {
    case navigation(NavigationAction)
    case filter(FilterAction)
    case help(HelpAction)
    case document(DocumentAction)
    case session(SessionAction)
    /// Boxed, as every large payload: actions are copied and compared on every key, and were
    /// the size of their largest case (a loaded file, an open form: up to 10 KB).
    indirect case store(StoreAction)
    case directory(DirectoryAction)
    case form(FormAction)
    case locations(LocationsAction)
    case cases(CaseAction)
    case budgets(BudgetAction)
    case palette(PaletteAction)
    /// Answering the open dialog by its buttons.
    case dialog(DialogAction)
}

/// Work the runtime performs for the reducer; results come back as actions.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L, after garbage on the screen).
    case redrawAll
    /// File work, done off the UI loop.
    indirect case store(StoreEffect)
}

/// What the reducer may ask of the outside world, so tests control time and ids.
public struct Environment: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> RecordID
    /// The name recorded as modified-by.
    public var userName: String

    public init(now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> RecordID, userName: String) {
        self.now = now
        self.newID = newID
        self.userName = userName
    }

    public static func live(userName: String) -> Environment {
        Environment(now: { Date() }, newID: { RecordID(UUID().uuidString.lowercased()) }, userName: userName)
    }
}
