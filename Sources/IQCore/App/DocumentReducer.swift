/// The records and their undo history: what the document feature owns.
public struct DocumentState: Equatable, Sendable {
    public var document: Document
    public var history = UndoHistory()
    /// True when the document has changes that are not saved yet.
    public var hasUnsavedChanges = false
    public init(document: Document) { self.document = document }
}

/// Edits to the document, with undo and redo. Stamps each written record with its new
/// revision, the time and the person, taken from the environment; asks the store to journal
/// every change so a crash loses nothing.
public enum DocumentReducer {
    public static func reduce(into state: inout DocumentState, action: DocumentAction, language: Language,
                              environment env: Environment, stamp shouldStamp: Bool = true) -> [Delegate] {
        switch action {
        case .perform(let edit, let label):
            let applied = shouldStamp ? stamp(edit, in: state.document, environment: env) : edit
            state.history.perform(applied, label: label, on: &state.document)
            return noteEdit(&state, applied)
        case .undo:
            if let label = state.history.undo(on: &state.document), let step = state.history.redoSteps.last {
                return noteEdit(&state, step.edit) + [.say(CommonText.statusUndone(label.text(language)))]
            }
            return [.say(CommonText.statusNothingToUndo, .warning)]
        case .redo:
            if let label = state.history.redo(on: &state.document), let step = state.history.undoSteps.last {
                return noteEdit(&state, step.edit) + [.say(CommonText.statusRedone(label.text(language)))]
            }
            return [.say(CommonText.statusNothingToRedo, .warning)]
        }
    }

    /// Removes a case for real, also from the undo history (which would otherwise hold a copy).
    static func purge(_ id: RecordID, _ state: inout DocumentState) -> [Delegate] {
        guard state.document.cases[id] != nil else { return [] }
        state.document.apply(.remove(.case, id))
        state.history.forget(.case, id)
        return noteEdit(&state, .remove(.case, id))
    }

    /// Marks the document changed; the store journals the records the edit touched.
    static func noteEdit(_ state: inout DocumentState, _ edit: DocumentEdit) -> [Delegate] {
        state.hasUnsavedChanges = true
        return [.noteEdit(edit)]
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

public enum DocumentAction: Equatable, Sendable {
    case perform(DocumentEdit, label: Message)
    case undo, redo
}
