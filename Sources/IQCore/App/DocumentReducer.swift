/// Edits to the document, with undo and redo. Stamps each written record with its new
/// revision, the time and the person, taken from the environment; journals every change so a
/// crash loses nothing.
public enum DocumentReducer {
    public static func reduce(into state: inout AppState, action: DocumentAction, environment env: Environment, stamp shouldStamp: Bool = true) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .perform(let edit, let label):
            let applied = shouldStamp ? stamp(edit, in: state.document, environment: env) : edit
            state.history.perform(applied, label: label, on: &state.document)
            effects = noteEdit(&state, applied, environment: env)
        case .undo:
            if let label = state.history.undo(on: &state.document), let step = state.history.redoSteps.last {
                effects = noteEdit(&state, step.edit, environment: env)
                state.show(Message(.statusUndone, label.text(state.language)), environment: env)
            } else {
                state.show(Message(.statusNothingToUndo), .warning, environment: env)
            }
        case .redo:
            if let label = state.history.redo(on: &state.document), let step = state.history.undoSteps.last {
                effects = noteEdit(&state, step.edit, environment: env)
                state.show(Message(.statusRedone, label.text(state.language)), environment: env)
            } else {
                state.show(Message(.statusNothingToRedo), .warning, environment: env)
            }
        }
        state.clampCursors()
        return effects
    }

    /// Marks the document changed and journals the records the edit touched, as they are now.
    static func noteEdit(_ state: inout AppState, _ edit: DocumentEdit, environment env: Environment) -> [Effect] {
        state.hasUnsavedChanges = true
        state.store.editGeneration += 1
        state.store.lastEditAt = env.now()
        guard let journal = state.store.journalPath else { return [] }
        // Each record as it is now, with the version it was changed from (what is on disk, or
        // being written), so a restore can merge instead of overwrite.
        let base = state.store.savingDocument ?? state.store.base
        let current = edit.flattened.compactMap { e -> JournaledEdit? in
            guard let ref = e.ref else { return nil }
            let now = state.document.record(ref.kind, ref.id).map(DocumentEdit.put) ?? .remove(ref.kind, ref.id)
            return JournaledEdit(now, base: base.record(ref.kind, ref.id).map(RecordBase.record) ?? .absent)
        }
        return [.store(.appendJournal(path: journal, edits: current, at: env.now()))]
    }

    static func stamp(_ edit: DocumentEdit, in document: Document, environment env: Environment) -> DocumentEdit {
        switch edit {
        case .put(let record):
            let revision = (document.record(record.kind, record.id)?.meta.revision ?? 0) + 1
            let meta = RecordMeta(revision: revision, modifiedAt: env.now(), modifiedBy: env.userName)
            return .put(record.with(meta: meta))
        case .remove, .insert:
            return edit
        case .batch(let edits):
            return .batch(edits.map { stamp($0, in: document, environment: env) })
        }
    }
}

extension AnyRecord {
    public var meta: RecordMeta {
        switch self {
        case .partner(let r): r.meta
        case .site(let r): r.meta
        case .measure(let r): r.meta
        case .case(let r): r.meta
        case .payment(let r): r.meta
        }
    }

    func with(meta: RecordMeta) -> AnyRecord {
        switch self {
        case .partner(var r): r.meta = meta; return .partner(r)
        case .site(var r): r.meta = meta; return .site(r)
        case .measure(var r): r.meta = meta; return .measure(r)
        case .case(var r): r.meta = meta; return .case(r)
        case .payment(var r): r.meta = meta; return .payment(r)
        }
    }
}
