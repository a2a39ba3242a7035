import Foundation

/// Everything that can happen to the program: keys and mouse after the key map, effects' results,
/// the clock and signals. Grouped by the feature whose reducer handles them.
public enum Action: Equatable, Sendable {
    case navigation(NavigationAction)
    case filter(FilterAction)
    case help(HelpAction)
    case document(DocumentAction)
    case session(SessionAction)
    case store(StoreAction)
    case directory(DirectoryAction)
    case form(FormAction)
    case locations(LocationsAction)
    case cases(CaseAction)
    case budgets(BudgetAction)
    case palette(PaletteAction)
}

public enum NavigationAction: Equatable, Sendable {
    case focusNext, focusPrevious
    case focus(Pane)
    case move(ListCursor.Move)
    /// A click on a row: focuses the pane and selects the row.
    case select(Pane, row: Int)
    /// The mouse wheel over a pane (rows; a page-wise key sends `.move(.by(rows))` likewise).
    case scroll(Pane, by: Int)
    case open
    case back
    case toggleZoom
    /// PgUp/PgDn in an open entry taller than its pane. `limit` is the last first line the
    /// screen can show (measured by the frame the key was pressed on), so the position never
    /// runs past it.
    case scrollDetail(by: Int, limit: Int)
}

public enum FilterAction: Equatable, Sendable {
    case begin
    case edit(TextField.Edit)
    /// Enter: keep the filter and go back to the list.
    case accept
    /// Esc: drop the filter.
    case cancel
}

public enum HelpAction: Equatable, Sendable {
    case toggle, close
    /// Scrolls the help when the terminal is too low to show it whole.
    case scroll(Int)
}

public enum DocumentAction: Equatable, Sendable {
    case perform(DocumentEdit, label: Message)
    case undo, redo
}

public enum SessionAction: Equatable, Sendable {
    case requestQuit, confirmQuit, cancelQuit
    case redraw
    case tick(Date)
    case terminate(TerminationSignal)
}

public enum TerminationSignal: String, Equatable, Sendable {
    case hangup = "SIGHUP", terminate = "SIGTERM", interrupt = "SIGINT"
}

/// Work the runtime performs for the reducer; results come back as actions.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L, after garbage on the screen).
    case redrawAll
    /// File work, done off the UI loop.
    case store(StoreEffect)
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
