/// The one place where state changes: each action goes to the reducer of its feature.
public enum AppReducer {
    public static func reduce(into state: inout AppState, action: Action, environment env: Environment) -> [Effect] {
        if state.isWorkshop { return WorkshopMode.reduce(into: &state, action: action, environment: env, route: route) }
        let formBefore = state.form
        let effects = route(&state, action, env)
        return effects + DraftJournal.noteForm(before: formBefore, action: action, &state, environment: env)
    }

    /// Hands the action to its feature's reducer.
    static func route(_ state: inout AppState, _ action: Action, _ env: Environment) -> [Effect] {
        switch action {
        case .navigation(let a): return NavigationReducer.reduce(into: &state, action: a)
        case .filter(let a): return FilterReducer.reduce(into: &state, action: a)
        case .help(let a): return HelpReducer.reduce(into: &state, action: a)
        case .document(let a): return DocumentReducer.reduce(into: &state, action: a, environment: env)
        case .session(let a): return SessionReducer.reduce(into: &state, action: a, environment: env)
        case .store(let a): return StoreReducer.reduce(into: &state, action: a, environment: env)
        case .directory(let a): return DirectoryReducer.reduce(into: &state, action: a, environment: env)
        case .form(let a): return reduceForm(a, &state, env)
        case .locations(let a): return LocationsReducer.reduce(into: &state, action: a, environment: env)
        case .cases(let a): return CaseReducer.reduce(into: &state, action: a, environment: env)
        case .budgets(let a): return BudgetsReducer.reduce(into: &state, action: a, environment: env)
        case .palette(let a): return PaletteReducer.reduce(into: &state, action: a, environment: env)
        }
    }
}

extension AppState {
    /// A form or a question about a record that someone else deleted meanwhile (their save came
    /// in): closed, with a word why. Submitting would bring the record back — after a purge, a
    /// person's data that was deleted for good.
    mutating func closeWhatLostItsRecord() {
        var closed: String?
        if let record = form?.purpose.record, document.record(record.kind, record.id) == nil {
            closed = form?.title
            form = nil
        }
        let asked: (kind: RecordKind, id: RecordID, title: TextKey)? = switch overlay {
        case .confirmDelete(let id)?: (.partner, id, .confirmDeleteTitle)
        case .confirmPurge(let id)?: (.case, id, .confirmPurgeTitle)
        case .confirmRemove(let kind, let id)?: (kind, id, .confirmRemoveTitle)
        default: nil
        }
        if let asked, document.record(asked.kind, asked.id) == nil {
            closed = L10n.string(asked.title, language)
            overlay = nil
        }
        guard let closed else { return }
        status = StatusMessage(Message(.statusDeletedMeanwhile, closed), severity: .warning, expiresAt: lastTick.map { $0.addingTimeInterval(5) })
    }

    /// Shows a message in the status bar for a few seconds.
    mutating func show(_ message: Message, _ severity: StatusMessage.Severity = .info, environment env: Environment) {
        status = StatusMessage(message, severity: severity, expiresAt: env.now().addingTimeInterval(5))
    }

    /// Keeps every pane's selection valid after the data or a filter changed.
    mutating func clampCursors() {
        closeWhatLostItsRecord()
        for pane in Pane.allCases {
            let count = rowCount(pane)
            self[pane].cursor.clamp(count: count)
            if count == 0, pane != .partners { self[pane].isDetailOpen = false }
        }
        // The partner shown in the detail view may have been deleted (here or by someone else).
        if self[.partners].isDetailOpen {
            if directory.path.contains(where: { document.partners[$0] == nil }) {
                // Each partner on the path keeps the relation chosen in it; a deleted one leaves
                // with its own, and when the shown one is gone the one before shows (as Backspace).
                let steps = directory.path.indices.map { k in
                    (id: directory.path[k], cursor: k == directory.path.count - 1 ? directory.relationCursor
                        : directory.pathCursors.indices.contains(k) ? directory.pathCursors[k] : 0)
                }.filter { document.partners[$0.id] != nil }
                directory.path = steps.map(\.id)
                directory.pathCursors = steps.dropLast().map(\.cursor)
                directory.relationCursor = steps.last?.cursor ?? 0
            }
            if let shown = directory.path.last {
                let links = PartnerNetwork.links(of: shown, in: document).count
                directory.relationCursor = max(0, min(directory.relationCursor, links - 1))
            } else {
                DirectoryReducer.closeDetail(&self)
            }
        }
    }
}
