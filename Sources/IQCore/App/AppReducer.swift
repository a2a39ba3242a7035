import Foundation

/// The one place where state changes: each action goes to its feature's reducer, scoped to the
/// feature's own state, and what the feature asks of others (its delegates) is routed here.
public enum AppReducer {
    public static func reduce(into state: inout AppState, action: Action, environment env: Environment) -> [Effect] {
        if state.isWorkshop { return workshop(&state, action, env) }
        let formBefore = state.form
        // Only while "field full" is shown: not worth two texts built on every key.
        let typedBefore = state.status?.message.name == fieldFullName ? typingField(state) : nil
        let effects = route(&state, action, env)
        dropFieldFull(typedBefore: typedBefore, &state)
        return effects + DraftJournal.noteForm(before: formBefore, after: state.form, action: action, &state.store, environment: env)
    }

    /// Hands the action to its feature's reducer.
    static func route(_ state: inout AppState, _ action: Action, _ env: Environment) -> [Effect] {
        switch action {
        case .navigation(let a):
            return scope(&state, \.navigationScope, env) { NavigationReducer.reduce(into: &$0, action: a) }
        case .filter(let a):
            return route(.list(state.focus, .filter(a)), &state, env)
        case .help(let a):
            return scope(&state, \.helpScope, env) { HelpReducer.reduce(into: &$0, action: a) }
        case .document(let a):
            let language = state.language
            return scope(&state, \.documentState, env) { DocumentReducer.reduce(into: &$0, action: a, language: language, environment: env) }
        case .session(let a):
            return scope(&state, \.sessionScope, env) { SessionReducer.reduce(into: &$0, action: a) }
        case .store(.recoveryFound(let offer)):
            let offer = withDraftForm(offer, state, env)
            return scope(&state, \.storeScope, env) { StoreReducer.reduce(into: &$0, action: .recoveryFound(offer), environment: env) }
        case .store(let a):
            return scope(&state, \.storeScope, env) { StoreReducer.reduce(into: &$0, action: a, environment: env) }
        case .form(let a):
            return reduceForm(a, &state, env)
        case .directory(let a):
            return scope(&state, \.directoryScope, env) { DirectoryReducer.reduce(into: &$0, action: a, environment: env) }
        case .locations(let a):
            return scope(&state, \.locationsScope, env) { LocationsReducer.reduce(into: &$0, action: a, environment: env) }
        case .cases(let a):
            return scope(&state, \.casesScope, env) { CaseReducer.reduce(into: &$0, action: a, environment: env) }
        case .budgets(let a):
            return scope(&state, \.budgetsScope, env) { BudgetsReducer.reduce(into: &$0, action: a, environment: env) }
        case .palette(let a):
            return scope(&state, \.palette, env) { PaletteReducer.reduce(into: &$0, action: a) }
        case .dialog(let a):
            return reduceDialog(a, &state, env)
        }
    }

    /// The scope combinator: runs a feature's reducer on its part of the state (`path`), then
    /// routes what it asked for. A changed document is then told to every list, once.
    static func scope<Child>(_ state: inout AppState, _ path: WritableKeyPath<AppState, Child>, _ env: Environment,
                             _ reduce: (inout Child) -> [Delegate]) -> [Effect] {
        let before = state.document.stamp
        let delegates = reduce(&state[keyPath: path])
        let changed = state.document.stamp != before
        var effects = route(delegates, &state, env)
        if changed { effects += documentChanged(&state, env) }
        return effects
    }

    /// After the document changed: what lost its record closes, and every list keeps its
    /// selection valid.
    static func documentChanged(_ state: inout AppState, _ env: Environment) -> [Effect] {
        closeWhatLostItsRecord(&state, now: env.now())
        return rowsMayHaveChanged(&state, env)
    }

    /// Each pane's feature checks its own selection against its rows.
    static func rowsMayHaveChanged(_ state: inout AppState, _ env: Environment) -> [Effect] {
        Pane.allCases.flatMap { route(.list($0, .rowsMayHaveChanged), &state, env) }
    }

    /// A form or a question about a record that someone else deleted meanwhile (their save came
    /// in): closed, with a word why. Submitting would bring the record back — after a purge, a
    /// person's data that was deleted for good.
    static func closeWhatLostItsRecord(_ state: inout AppState, now: Date) {
        var closed: String?
        if let record = state.form?.purpose.record, state.document.record(record.kind, record.id) == nil {
            closed = state.form?.title
            state.form = nil
        }
        let title: Message? = switch state.overlay {
        case .confirmDelete?: FormText.confirmDeleteTitle
        case .confirmPurge?: CaseText.confirmPurgeTitle
        case .confirmRemove?: BudgetText.confirmRemoveTitle
        default: nil
        }
        if let asked = state.overlay?.removal, let title, state.document.record(asked.kind, asked.id) == nil {
            closed = title.text(state.language)
            state.overlay = nil
        }
        guard let closed else { return }
        state.status = StatusMessage(StoreText.statusDeletedMeanwhile(closed), severity: .warning,
                                     expiresAt: now.addingTimeInterval(5))
    }
}

private extension Document {
    /// Changes with every change to any table: telling whether an action changed the document
    /// costs five comparisons, not a walk through the records.
    var stamp: (UInt64, UInt64, UInt64, UInt64, UInt64) { (partners.version, sites.version, measures.version, cases.version, payments.version) }
}
