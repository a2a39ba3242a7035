import Foundation

/// The whole state of the program. Only the reducer changes it.
public struct AppState: Equatable, Sendable {
    public var language: Language
    public var options: Options
    /// `--workshop`: only the network and the map, built in; nothing read from or written to disk.
    public var isWorkshop = false

    /// The records, their undo history and whether they are saved.
    public var documentState: DocumentState
    /// The data file, saving and merging.
    public var store: StoreState

    /// Which pane has the focus and whether it fills the screen.
    public var navigation = NavigationState()
    public var directory = DirectoryState()
    public var locations = LocationsState()
    public var cases = CasesState()
    public var budgets = BudgetsState()
    /// The form being filled in, shown over everything else.
    public var form: FormState?
    /// The command palette (`:`), over the panes; dialogs and the help go over it.
    public var palette: PaletteState?
    public var overlay: Overlay? {
        // A question asked anew never inherits a choice or typed digits from an earlier one.
        didSet { if overlay != oldValue { dialog = DialogState() } }
    }
    /// The open dialog's selected button and typed code (Dialogs/DialogModel.swift).
    public var dialog = DialogState()
    public var help = HelpState()
    /// The status bar and the clock.
    public var session = SessionState()

    /// Today, from the last tick (the clock comes in through actions, never read by a view).
    public var today: Day { Day(lastTick ?? store.lastSavedAt ?? Date(timeIntervalSince1970: 0)) }

    public init(document: Document, language: Language = .de, options: Options = Options(), store: StoreState = StoreState(file: nil, user: "")) {
        self.documentState = DocumentState(document: document)
        self.store = store
        self.language = language
        self.options = options
    }

    public struct Options: Equatable, Sendable {
        public var ascii: Bool
        public var mouse: Bool
        /// The counsellor a new case starts with (the configuration's `counsellor`); nil: the
        /// login name.
        public var counsellor: String?
        /// The login name is known (USER, LOGNAME or the user database). When it is not, and no
        /// `counsellor` is configured, nobody is assumed: new cases start without a counsellor
        /// and the agenda says how to name one.
        public var userKnown: Bool
        public init(ascii: Bool = false, mouse: Bool = true, counsellor: String? = nil, userKnown: Bool = true) {
            self.ascii = ascii
            self.mouse = mouse
            self.counsellor = counsellor
            self.userKnown = userKnown
        }

        /// Who a new case starts with: the configured counsellor, else the login name if known.
        public func defaultCounsellor(user: String) -> String { counsellor ?? (userKnown ? user : "") }
    }

    public enum Overlay: Equatable, Sendable {
        case help
        case confirmQuit
        /// Unsaved edits of an earlier session were found: restore them?
        case recovery
        /// A record was changed here and by someone else: whose version?
        case conflict
        /// Delete this partner? (undoable)
        case confirmDelete(RecordID)
        /// Delete this case for good? (asks for the case number's last digits)
        case confirmPurge(RecordID)
        /// Remove this measure or payment? (undoable)
        case confirmRemove(RecordKind, RecordID)

        /// The record a deletion question is about.
        var removal: (kind: RecordKind, id: RecordID)? {
            switch self {
            case .confirmDelete(let id): (.partner, id)
            case .confirmPurge(let id): (.case, id)
            case .confirmRemove(let kind, let id): (kind, id)
            default: nil
            }
        }
    }

    /// A pane's list, kept by the pane's feature.
    public subscript(pane: Pane) -> PaneState {
        get {
            switch pane {
            case .partners: directory.list
            case .locations: locations.list
            case .cases: cases.list
            case .budgets: budgets.list
            }
        }
        set {
            switch pane {
            case .partners: directory.list = newValue
            case .locations: locations.list = newValue
            case .cases: cases.list = newValue
            case .budgets: budgets.list = newValue
            }
        }
    }

    public var document: Document {
        get { documentState.document }
        // In place: a copy of a large table per edit would cost a keystroke its budget.
        _modify { yield &documentState.document }
        set { documentState.document = newValue }
    }

    public var history: UndoHistory {
        get { documentState.history }
        set { documentState.history = newValue }
    }

    /// True when the document has changes that are not saved yet.
    public var hasUnsavedChanges: Bool {
        get { documentState.hasUnsavedChanges }
        set { documentState.hasUnsavedChanges = newValue }
    }

    public var status: StatusMessage? {
        get { session.status }
        set { session.status = newValue }
    }

    /// The time of the last clock tick: lets a view show how long something has been running.
    public var lastTick: Date? {
        get { session.lastTick }
        set { session.lastTick = newValue }
    }

    public var focus: Pane {
        get { navigation.focus }
        set { navigation.focus = newValue }
    }

    /// The focused pane fills the screen (tmux's zoom).
    public var isZoomed: Bool {
        get { navigation.isZoomed }
        set { navigation.isZoomed = newValue }
    }

    /// First line of the help overlay shown, when it is taller than the terminal.
    public var helpScroll: Int {
        get { help.scroll }
        set { help.scroll = newValue }
    }

    /// A text in the session's language.
    func t(_ key: Message) -> String { key.text(language) }

    /// Which key map applies: decided by what is open, never by a separate flag.
    public var inputMode: InputMode {
        if case .failed = store.phase { return .damagedFile }
        if overlay == .help { return .help }
        if let form { return form.askDiscard ? .formDiscard : .form }
        switch overlay {
        case .confirmDelete, .confirmPurge, .confirmRemove: return .confirmDelete
        case .confirmQuit: return .confirm
        case .recovery: return .recovery
        case .conflict: return .conflict
        case .help: return .help
        case nil:
            if palette != nil { return .palette }
            if focus == .locations, locations.placeEntry != nil { return .placeEntry }
            return self[focus].isFiltering ? .textEntry : .navigation
        }
    }
}

public enum InputMode: Equatable, Sendable {
    case navigation, textEntry, help, confirm, recovery, conflict
    /// The data file cannot be read: only restoring a backup or quitting.
    case damagedFile
    case form, formDiscard, confirmDelete
    /// Typing the place where a client lives, with completions.
    case placeEntry
    /// The command palette: typing searches the commands.
    case palette
}

/// What one pane remembers: its selection, its filter and whether a detail view is open.
public struct PaneState: Equatable, Sendable {
    public var cursor = ListCursor()
    public var filter = PaneState.emptyFilter
    public var isFiltering = false
    public var isDetailOpen = false {
        didSet { if isDetailOpen != oldValue { detailScroll = 0 } }
    }
    /// The first line of the open entry asked for, when it is taller than the pane (PgUp/PgDn).
    /// A request: the view shows at most its last page, however far this runs past it.
    public var detailScroll = 0
    public init() {}

    /// A filter with nothing typed; it takes at most `FieldLimit.search` characters.
    public static let emptyFilter = TextField(limit: FieldLimit.search)
}

public struct StatusMessage: Equatable, Sendable {
    public enum Severity: Equatable, Sendable { case info, warning, error }
    public var message: Message
    public var severity: Severity
    public var expiresAt: Date?
    public init(_ message: Message, severity: Severity = .info, expiresAt: Date? = nil) {
        self.message = message
        self.severity = severity
        self.expiresAt = expiresAt
    }
}
