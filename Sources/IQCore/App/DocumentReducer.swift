/// Edits to the document, with undo and redo. Stamps each written record with its new
/// revision, the time and the person, taken from the environment.
public enum DocumentReducer {
    public static func reduce(into state: inout AppState, action: DocumentAction, environment env: Environment) -> [Effect] {
        switch action {
        case .perform(let edit, let label):
            let stamped = stamp(edit, in: state.document, environment: env)
            state.history.perform(stamped, label: label, on: &state.document)
            state.hasUnsavedChanges = true
        case .undo:
            if let label = state.history.undo(on: &state.document) {
                state.hasUnsavedChanges = true
                state.show(Message(.statusUndone, label.text(state.language)), environment: env)
            } else {
                state.show(Message(.statusNothingToUndo), .warning, environment: env)
            }
        case .redo:
            if let label = state.history.redo(on: &state.document) {
                state.hasUnsavedChanges = true
                state.show(Message(.statusRedone, label.text(state.language)), environment: env)
            } else {
                state.show(Message(.statusNothingToRedo), .warning, environment: env)
            }
        }
        state.clampCursors()
        return []
    }

    static func stamp(_ edit: DocumentEdit, in document: Document, environment env: Environment) -> DocumentEdit {
        switch edit {
        case .put(let record):
            let revision = (document.record(record.kind, record.id)?.meta.revision ?? 0) + 1
            let meta = RecordMeta(revision: revision, modifiedAt: env.now(), modifiedBy: env.userName)
            return .put(record.with(meta: meta))
        case .remove:
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
        }
    }

    func with(meta: RecordMeta) -> AnyRecord {
        switch self {
        case .partner(var r): r.meta = meta; return .partner(r)
        case .site(var r): r.meta = meta; return .site(r)
        case .measure(var r): r.meta = meta; return .measure(r)
        }
    }
}
