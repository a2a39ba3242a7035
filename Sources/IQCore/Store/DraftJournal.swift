import Foundation

/// Keeps the open form's draft beside the session's journal: written a second after the last
/// change (the clock comes in as ticks), at once on SIGHUP/SIGTERM, and deleted when the form
/// is submitted or cancelled.
enum DraftJournal {
    /// Seconds a form rests before its draft is written.
    static let debounce: TimeInterval = 1

    /// After every action: a changed form is due to be written, a closed one loses its draft.
    static func noteForm(before: FormState?, action: Action, _ state: inout AppState, environment env: Environment) -> [Effect] {
        guard before != nil || state.form != nil, let journal = state.store.journalPath else { return [] }
        if let before, state.form?.purpose != before.purpose {
            state.store.draftChangedAt = nil
            guard state.store.draftWritten else { return [] }
            state.store.draftWritten = false
            return [.store(.discardDraft(journal: journal))]
        }
        // Only the form's own actions change what is typed; comparing values is then cheap
        // next to the edit itself.
        if case .form = action, let form = state.form, FormDraft.isKept(form.purpose),
           before?.values != form.values {
            state.store.draftChangedAt = env.now()
        }
        return []
    }

    static func tick(_ state: inout AppState, now: Date) -> [Effect] {
        guard let changed = state.store.draftChangedAt, now.timeIntervalSince(changed) >= debounce else { return [] }
        return flush(&state)
    }

    /// Writes the draft now if it changed since it was last written.
    static func flush(_ state: inout AppState) -> [Effect] {
        guard let changed = state.store.draftChangedAt, let journal = state.store.journalPath,
              let form = state.form, let draft = FormDraft(form, at: changed) else { return [] }
        state.store.draftChangedAt = nil
        state.store.draftWritten = true
        return [.store(.writeDraft(journal: journal, draft))]
    }
}
