/// Routing what features ask of each other: the only place that knows which feature does what.
extension AppReducer {
    static func route(_ delegates: [Delegate], _ state: inout AppState, _ env: Environment) -> [Effect] {
        var effects: [Effect] = []
        var refusal: Message?
        for delegate in delegates {
            if case .perform(let edit, _, _) = delegate, let refused = state.store.access.refusal(edit, in: state.document) {
                refusal = refused
                continue
            }
            // What speaks of a refused edit ("deleted", a reveal of it) goes with it; the rest
            // (closing a dialog, the next question, effects) still happens.
            if refusal != nil, delegate.speaksOfAnEdit { continue }
            effects += route(delegate, &state, env)
        }
        if let refusal { effects += route(.say(refusal, .error), &state, env) }
        return effects
    }

    static func route(_ delegate: Delegate, _ state: inout AppState, _ env: Environment) -> [Effect] {
        switch delegate {
        case .run(let effect):
            return [effect]
        case .perform(let edit, let label, let stamp):
            let language = state.language
            return scope(&state, \.documentState, env) {
                DocumentReducer.reduce(into: &$0, action: .perform(edit, label: label), language: language, environment: env, stamp: stamp)
            }
        case .noteEdit(let edit):
            return scope(&state, \.storeScope, env) { StoreReducer.journal(edit, &$0, environment: env).map(Delegate.run) }
        case .save:
            return scope(&state, \.storeScope, env) { StoreReducer.save(&$0, environment: env) }
        case .saveThenQuit:
            return scope(&state, \.storeScope, env) { StoreReducer.saveThenQuit(&$0, environment: env) }
        case .keepRunning:
            return scope(&state, \.storeScope, env) { StoreReducer.keepRunning(&$0) }
        case .saveBeforeExit:
            return scope(&state, \.storeScope, env) { StoreReducer.saveBeforeExit(&$0, environment: env) }
        case .tick(let now):
            let effects = scope(&state, \.storeScope, env) { StoreReducer.tick(&$0, now: now, environment: env) }
            return effects + DraftJournal.tick(&state.store, form: state.form, now: now)
        case .flushDraft:
            return DraftJournal.flush(&state.store, form: state.form)
        case .restoreDraft(let form):
            state.form = form
            noteOpened(&state)
            let context = state.formContext
            state.form?.validate(context)
            return DraftJournal.flush(&state.store, form: state.form)
        case .openForm(let purpose, let measure):
            if let refusal = state.store.access.refusal(opening: purpose, in: state.document) { return route(.say(refusal, .error), &state, env) }
            state.form = form(purpose, measure: measure, state, env)
            noteOpened(&state)
        case .closeForm:
            state.form = nil
            // The form's complaint goes with it; it no longer names anything on screen.
            if state.status?.message == FormText.formHasErrors { state.status = nil }
        case .ask(let overlay):
            // A deletion the store would refuse is said before the question, not after it.
            if let removal = overlay.removal, let refusal = state.store.access.refusal(.remove(removal.kind, removal.id), in: state.document) {
                return route(.say(refusal, .error), &state, env)
            }
            state.overlay = overlay
        case .closeOverlay:
            state.overlay = nil
        case .say(let message, let severity):
            state.status = StatusMessage(message, severity: severity, expiresAt: env.now().addingTimeInterval(5))
        case .report(let message, let severity):
            state.status = StatusMessage(message, severity: severity)
        case .dismiss(let overlay):
            if state.overlay == overlay { state.overlay = nil }
        case .focus(let pane):
            return route(&state, .navigation(.focus(pane)), env)
        case .leaveZoom:
            return scope(&state, \.navigationScope, env) { NavigationReducer.leaveZoom(&$0) }
        case .showPartner(let id):
            return route(&state, .navigation(.focus(.partners)), env) + route(&state, .directory(.show(id)), env)
        case .reveal(let record):
            switch record {
            case .partner(let p): return route(&state, .directory(.reveal(p.id)), env)
            case .case(let c): return route(&state, .cases(.reveal(c.id)), env)
            case .measure, .payment: return route(&state, .budgets(.reveal(record)), env)
            case .site: return []
            }
        case .list(let pane, let action):
            switch pane {
            case .partners: return route(&state, .directory(.list(action)), env)
            case .locations: return route(&state, .locations(.list(action)), env)
            case .cases: return route(&state, .cases(.list(action)), env)
            case .budgets: return route(&state, .budgets(.list(action)), env)
            }
        case .command(let command, let pane):
            var effects: [Effect] = []
            if let pane, pane != state.focus {
                effects += reduce(into: &state, action: .navigation(.focus(pane)), environment: env)
                // The pane may be refused (workshop mode): then nothing is run somewhere else.
                guard state.focus == pane else { return effects }
            }
            return effects + reduce(into: &state, action: command, environment: env)
        case .purge(let id):
            // Gone from the document and the undo history now, from the file by the save that
            // follows (which also rewrites the backups and journals that hold it).
            guard let c = state.document.cases[id] else { return [] }
            let effects = scope(&state, \.documentState, env) { DocumentReducer.purge(id, &$0) }
            return effects + scope(&state, \.storeScope, env) { StoreReducer.purge(c, &$0, environment: env) }
        case .writeCaseReport(let id):
            // Beside the data file: without one (workshop mode) the report has no place.
            guard let c = state.document.cases[id] else { return [] }
            guard let file = state.store.file else { return route(.say(CaseText.reportNoDataFile, .error), &state, env) }
            // Read-only writes nothing into the data directory; the command line still can print it.
            guard state.store.readOnly == nil else { return route(.say(CaseText.reportReadOnly(c.number), .error), &state, env) }
            return [.store(.writeCaseReport(CaseReportFile.make(c, state.document, file: file, language: state.language, now: env.now(),
                                                                      retention: state.cases.retention)))]
        }
        return []
    }
}

extension AppReducer {
    /// The record the open form edits, as it is now: a change to it from elsewhere before the
    /// form is saved is then a conflict (`changedMeanwhile`).
    static func noteOpened(_ state: inout AppState) {
        let opened = state.form?.purpose.record.flatMap { state.document.record($0.kind, $0.id) }
        state.form?.opened = opened
    }
}

private extension Delegate {
    var speaksOfAnEdit: Bool {
        switch self {
        case .say, .report, .reveal: true
        default: false
        }
    }
}
