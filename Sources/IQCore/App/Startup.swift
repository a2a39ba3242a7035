/// What the interactive program starts with, built from the command line without touching the
/// disk: the first state and the actions the runtime dispatches before the first key. Only those
/// actions may start the store (load the data file); in workshop mode there are none.
public struct Startup: Equatable, Sendable {
    public var state: AppState
    /// Dispatched by the runtime before the first key.
    public var actions: [Action]

    /// Whether the data file will be opened: the store's start is among the first actions.
    public var startsStore: Bool {
        actions.contains { action in
            if case .store(.start) = action { return true }
            return false
        }
    }

    /// The start for `options` (a `.run` command). `dataFile` is where the data file is (found by
    /// the program: DataLocation, in IQStore; unused in workshop mode); `user` is recorded as the
    /// author of saves; `session` names the recovery journal (this process: user, host, pid and
    /// start time); `userKnown` is false when no login name could be found (`user` is then only
    /// the program's name as the author of saves, never taken for the counsellor).
    public static func make(options: LaunchOptions, dataFile: String, user: String, session: JournalSession? = nil,
                            userKnown: Bool = true) -> Startup {
        let display = AppState.Options(ascii: options.ascii, mouse: options.mouse, counsellor: options.counsellor, userKnown: userKnown)
        if options.workshop {
            // No data file, no journal, no lock: the built-in network without cases, and a store
            // without a file, so nothing can be read or written.
            var state = AppState(document: WorkshopMode.document, language: options.language, options: display,
                                 store: StoreState(file: nil, user: user))
            state.isWorkshop = true
            state.store.autosaveAfter = nil
            return Startup(state: state, actions: [])
        }
        var store = StoreState(file: SnapshotFile(path: dataFile), user: user,
                               session: session)
        store.readOnly = options.readOnly ? .requested : nil
        store.format = options.format ?? .binary
        store.formatForced = options.format != nil
        store.autosaveAfter = options.autosave
        var state = AppState(document: Document(), language: options.language, options: display, store: store)
        state.cases.retention = options.retention
        state.cases.me = display.defaultCounsellor(user: user)
        return Startup(state: state, actions: [.store(.start(seed: Seed.document))])
    }
}
