import Foundation

/// Saving: on request, after the idle time, before quitting; and what a finished save brings.
extension StoreReducer {
    /// Starts a save, or notes that one is wanted once the running one ends.
    static func save(_ state: inout State, environment env: Environment) -> [Delegate] {
        guard let file = state.store.file else { return [] }
        if state.store.readOnly != nil {
            return [.say(StoreText.statusReadOnlyNoSave, .warning)]
        }
        if case .loading = state.store.phase {
            // Ctrl-S while the file is still loading: save as soon as it is there.
            state.store.saveAgainAfterwards = true
            return []
        }
        guard state.store.phase == .ready else { return [] }
        if !state.store.conflicts.isEmpty {
            return [.ask(.conflict), .say(StoreText.statusResolveFirst, .warning)]
        }
        if state.store.isSaving {
            state.store.saveAgainAfterwards = true
            return []
        }
        let document = state.content.document
        state.store.savingGeneration = state.store.editGeneration
        state.store.savingDocument = document
        let request = SaveRequest(file: file, document: document, base: state.store.base, baseIdentity: state.store.baseIdentity,
                                  format: state.store.format, generation: state.store.editGeneration, at: env.now(), user: state.store.user,
                                  journal: state.store.journalPath,
                                  purge: state.store.purging)
        return [.run(.store(.save(request)))]
    }

    static func saveFinished(_ state: inout State, _ outcome: SaveOutcome, generation: Int, environment env: Environment) -> [Delegate] {
        let sent = state.store.savingDocument ?? state.content.document
        state.store.savingGeneration = nil
        state.store.savingDocument = nil
        var delegates: [Delegate] = []
        switch outcome {
        case .saved(let written, let identity, let taken, let at):
            state.store.lastSavedAt = at
            state.store.lastError = nil
            // What the journal could not keep is in the file now.
            state.store.journalError = nil
            state.store.baseIdentity = identity
            if state.store.editGeneration == generation {
                state.content.document = written
                state.content.hasUnsavedChanges = false
            } else {
                // Edits came in while saving: keep them on top of what was written.
                let merge = DocumentMerge.merge(base: sent, mine: state.content.document, theirs: written)
                state.content.document = merge.document
                delegates += addConflicts(&state, merge.conflicts)
            }
            state.store.base = written
            let time = GermanDate.time(at, state.language)
            delegates.append(.say(taken > 0 ? StoreText.statusSavedMerged(time, taken) : StoreText.statusSaved(time)))
            if state.store.quitAfterSave, !state.content.hasUnsavedChanges { return delegates + [.run(.quit)] }
        case .conflicts(let theirs, let identity):
            let merge = DocumentMerge.merge(base: state.store.base, mine: state.content.document, theirs: theirs)
            state.content.document = merge.document
            state.store.base = theirs
            state.store.baseIdentity = identity
            delegates += addConflicts(&state, merge.conflicts)
        case .failed(let error):
            state.store.lastError = error
            delegates.append(.report(StoreText.statusSaveFailed(error.message.text(state.language)), .error))
            if state.store.quitAfterSave {
                state.store.quitAfterSave = false
                delegates.append(.ask(.confirmQuit))
            }
            return delegates
        }
        if state.store.saveAgainAfterwards {
            state.store.saveAgainAfterwards = false
            delegates += save(&state, environment: env)
        }
        return delegates
    }

    /// On a clock tick: the autosave once the idle time is over, and the look whether someone
    /// else saved the file once it is due (`StoreState+Due`).
    static func tick(_ state: inout State, now: Date, environment env: Environment) -> [Delegate] {
        guard let file = state.store.file else { return [] }
        var delegates: [Delegate] = []
        if let due = state.store.autosaveDue(hasUnsavedChanges: state.content.hasUnsavedChanges), now >= due {
            delegates += save(&state, environment: env)
        }
        if let due = state.store.externalCheckDue, now >= due {
            state.store.lastExternalCheck = now
            delegates.append(.run(.store(.checkExternalChange(file: file, known: state.store.baseIdentity))))
        }
        return delegates
    }

    /// The system reported a change in the file's directory: look at the file on the next tick.
    static func fileMayHaveChanged(_ state: inout State) -> [Delegate] {
        state.store.lastExternalCheck = nil
        return []
    }

    /// Quitting with unsaved changes: saved first when that is possible, else asked.
    static func saveThenQuit(_ state: inout State, environment env: Environment) -> [Delegate] {
        guard state.content.hasUnsavedChanges else { return [.run(.quit)] }
        guard state.store.canWrite, state.store.conflicts.isEmpty, state.store.lastError == nil else { return [.ask(.confirmQuit)] }
        state.store.quitAfterSave = true
        let saving = save(&state, environment: env)
        let startsWork = saving.contains { if case .run = $0 { true } else { false } }
        return [.say(StoreText.statusSavingBeforeQuit)] + (!startsWork && !state.store.isSaving ? saving + [.run(.quit)] : saving)
    }

    /// The quit was called off: a save under way no longer ends the program.
    static func keepRunning(_ state: inout State) -> [Delegate] {
        state.store.quitAfterSave = false
        return []
    }

    /// A dropped connection or a kill: what can be saved is saved before the program goes.
    static func saveBeforeExit(_ state: inout State, environment env: Environment) -> [Delegate] {
        guard state.content.hasUnsavedChanges, state.store.canWrite, state.store.conflicts.isEmpty, !state.store.isSaving else { return [] }
        return save(&state, environment: env)
    }

    /// Journals the records an edit touched, as they are now, with the version each was changed
    /// from (what is on disk, or being written), so a restore can merge instead of overwrite.
    static func journal(_ edit: DocumentEdit, _ state: inout State, environment env: Environment) -> [Effect] {
        state.store.editGeneration += 1
        state.store.lastEditAt = env.now()
        guard let journal = state.store.journalPath else { return [] }
        let base = state.store.savingDocument ?? state.store.base
        let document = state.content.document
        let current = edit.flattened.compactMap { e -> JournaledEdit? in
            guard let ref = e.ref else { return nil }
            let now = document.record(ref.kind, ref.id).map(DocumentEdit.put) ?? .remove(ref.kind, ref.id)
            return JournaledEdit(now, base: base.record(ref.kind, ref.id).map(RecordBase.record) ?? .absent)
        }
        return [.store(.appendJournal(path: journal, edits: current, at: env.now()))]
    }

    /// A case deleted for good from the document: the save removes it from the file, its
    /// backups and journals. "Deleted" is said only when the store worker reports that done.
    static func purge(_ c: Case, _ state: inout State, environment env: Environment) -> [Delegate] {
        var delegates: [Delegate]
        if state.store.file != nil, state.store.readOnly == nil {
            state.store.purging.append(PurgeTarget(c))
            delegates = [.say(StoreText.statusPurging(c.number))]
        } else {
            delegates = [.say(CaseText.statusPurged(c.number))]
        }
        return delegates + save(&state, environment: env)
    }
}
