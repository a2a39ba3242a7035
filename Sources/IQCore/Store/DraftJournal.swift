import Foundation

/// Keeps the open form's draft beside the session's journal: written a second after the last
/// change (the clock comes in as ticks), at once on SIGHUP/SIGTERM, and deleted when the form
/// is submitted or cancelled.
enum DraftJournal {
    /// Seconds a form rests before its draft is written.
    static let debounce: TimeInterval = 1

    /// After every action: a changed form is due to be written, a closed one loses its draft.
    static func noteForm(before: FormState?, after form: FormState?, action: Action, _ store: inout StoreState,
                         environment env: Environment) -> [Effect] {
        guard before != nil || form != nil, let journal = store.journalPath else { return [] }
        if let before, form?.purpose != before.purpose {
            store.draftChangedAt = nil
            guard store.draftWritten else { return [] }
            store.draftWritten = false
            return [.store(.discardDraft(journal: journal))]
        }
        // Only the form's own actions change what is typed; comparing values is then cheap
        // next to the edit itself.
        if case .form = action, let form, FormDraft.isKept(form.purpose),
           before?.values != form.values {
            store.draftChangedAt = env.now()
        }
        return []
    }

    static func tick(_ store: inout StoreState, form: FormState?, now: Date) -> [Effect] {
        guard let due = store.draftDue, now >= due else { return [] }
        let effects = flush(&store, form: form)
        // Written, or nothing that could be: either way not due again (the clock sleeps on it).
        store.draftChangedAt = nil
        return effects
    }

    /// Writes the draft now if it changed since it was last written.
    static func flush(_ store: inout StoreState, form: FormState?) -> [Effect] {
        guard let changed = store.draftChangedAt, let journal = store.journalPath,
              let form, let draft = FormDraft(form, at: changed) else { return [] }
        store.draftChangedAt = nil
        store.draftWritten = true
        return [.store(.writeDraft(journal: journal, draft))]
    }
}
