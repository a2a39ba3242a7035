import Foundation

/// Loading, saving, recovery, others' changes and conflicts. File work itself happens in
/// StoreWorker, off the UI loop; this reducer only decides and records.
public enum StoreReducer {
    public static func reduce(into state: inout AppState, action: StoreAction, environment env: Environment) -> [Effect] {
        switch action {
        case .start(let seed):
            guard let file = state.store.file else {
                state.document = seed
                return []
            }
            state.store.phase = .loading(since: env.now())
            return [.store(.load(file: file, seed: seed, session: state.store.session,
                                 mayWrite: state.store.readOnly == nil, format: state.store.format))]

        case .loaded(let loaded, let created, let writable):
            // Edits made while the file was loading (a large file, a slow share) went into the
            // empty document shown meanwhile: keep them on top of the file, not under it.
            var madeWhileLoading: [DocumentEdit] = []
            if case .loading = state.store.phase, state.hasUnsavedChanges {
                let merge = DocumentMerge.merge(base: state.store.base, mine: state.document, theirs: loaded.document)
                madeWhileLoading = changes(from: state.store.base, to: state.document)
                state.document = merge.document
                addConflicts(&state, merge.conflicts)
            } else {
                state.document = loaded.document
                state.history = UndoHistory()
                state.hasUnsavedChanges = false
            }
            state.store.phase = .ready
            state.store.base = loaded.document
            state.store.baseIdentity = loaded.identity
            if !state.store.formatForced, !created { state.store.format = loaded.format }
            if !writable, state.store.readOnly == nil {
                state.store.readOnly = .notWritable
                state.show(Message(.statusOpenedReadOnly, loaded.identity == .missing ? "" : state.store.file?.path ?? ""), .warning, environment: env)
            } else if created {
                state.show(Message(.statusCreated, state.store.file?.path ?? ""), environment: env)
            }
            // Now that the file is there, the edits made meanwhile go into the recovery journal.
            var effects: [Effect] = []
            if !madeWhileLoading.isEmpty {
                state.hasUnsavedChanges = true
                effects = journal(.batch(madeWhileLoading), in: &state.store, document: state.document, environment: env)
            }
            if state.store.saveAgainAfterwards {
                state.store.saveAgainAfterwards = false
                effects += save(&state, environment: env)
            }
            return effects

        case .loadFailed(let error, let backup):
            state.store.phase = .failed(error, backup: backup)
            return []

        case .recoveryFound(var offer):
            if let draft = offer.draft, let restored = draft.restore(in: state, user: state.options.counsellor ?? env.userName) {
                offer.draftForm = restored.form
                offer.draftFields = restored.changed
            }
            state.store.recovery = offer
            return nextRecoveryQuestion(&state)

        case .acceptRecovery:
            guard var offer = state.store.recovery else { return [] }
            var effects: [Effect] = []
            if !offer.edits.isEmpty {
                effects = JournalRecovery.restore(offer, into: &state, environment: env)
                offer.edits = []
            } else if let form = offer.draftForm {
                state.form = form
                FormSubmission.validate(&state)
                // The draft is this session's now: written beside its own journal before the gone
                // session's is deleted.
                state.store.draftChangedAt = offer.draft?.at ?? env.now()
                effects = DraftJournal.flush(&state)
                offer.draftForm = nil
                state.show(Message(.statusDraftRestored, form.title), environment: env)
            }
            state.store.recovery = offer
            return effects + nextRecoveryQuestion(&state)

        case .declineRecovery:
            guard var offer = state.store.recovery else { return [] }
            if !offer.edits.isEmpty { offer.edits = [] } else { offer.draftForm = nil }
            state.store.recovery = offer
            return nextRecoveryQuestion(&state)

        case .journalFailed(let error):
            state.store.journalError = error
            state.status = StatusMessage(Message(.statusJournalFailed, error.message.text(state.language)), severity: .warning)
            return []

        case .save:
            return save(&state, environment: env)

        case .saveFinished(let outcome, let generation):
            return saveFinished(&state, outcome, generation: generation, environment: env)

        case .externalChange(let theirs):
            guard state.store.phase == .ready, !state.store.isSaving else { return [] }
            let merge = DocumentMerge.merge(base: state.store.base, mine: state.document, theirs: theirs.document)
            state.document = merge.document
            state.store.base = theirs.document
            state.store.baseIdentity = theirs.identity
            addConflicts(&state, merge.conflicts)
            if merge.takenFromTheirs > 0 {
                state.show(Message(.statusTakenFromOthers, NumberFormat.integer(merge.takenFromTheirs, state.language), theirs.header.savedBy), environment: env)
            }
            return []

        case .externalChangeUnreadable(let error):
            // Someone left a file this program cannot read: keep working, warn, and let the
            // next save stop rather than overwrite it.
            state.show(error.message, .error, environment: env)
            return []

        case .resolveConflict(let choice):
            guard !state.store.conflicts.isEmpty else { return [] }
            let conflict = state.store.conflicts.removeFirst()
            let edit = conflict.resolution(choice, newID: env.newID())
            var effects = AppReducer.route([.perform(edit, label: Message(.labelConflict), stamp: choice == .both)], &state, env)
            if state.store.conflicts.isEmpty {
                // A draft still to be asked about (the restored edits brought the conflicts).
                state.overlay = state.store.recovery == nil ? nil : .recovery
                state.show(Message(.statusConflictsResolved), environment: env)
                if state.store.quitAfterSave { effects += save(&state, environment: env) }
            }
            return effects

        case .restoreBackup:
            guard case .failed(_, let backup?) = state.store.phase, let file = state.store.file else { return [] }
            state.store.phase = .loading(since: env.now())
            return [.store(.restoreBackup(file: file, backupPath: backup.path, mayWrite: state.store.readOnly == nil))]

        case .purgeFinished(let targets, let failure):
            let numbers = targets.map(\.number).joined(separator: ", ")
            if let failure {
                state.show(Message(.statusPurgeIncomplete, numbers, failure.message.text(state.language)), .error, environment: env)
            } else {
                let done = Set(targets.map(\.id))
                state.store.purging.removeAll { done.contains($0.id) }
                state.show(Message(.statusPurged, numbers), environment: env)
            }
            return []
        }
    }

    /// Asks about what is left of the offer (the edits, then the draft); when nothing is, the
    /// offered journals are deleted. Conflicts from restored edits are decided first.
    static func nextRecoveryQuestion(_ state: inout AppState) -> [Effect] {
        guard let offer = state.store.recovery else { return [] }
        if !offer.edits.isEmpty || offer.draftForm != nil {
            if state.store.conflicts.isEmpty { state.overlay = .recovery }
            return []
        }
        state.store.recovery = nil
        if state.overlay == .recovery { state.overlay = nil }
        return offer.journals.isEmpty ? [] : [.store(.settleOrphans(offer.journals))]
    }

    /// Puts and removals that turn `old` into `new`, record by record.
    static func changes(from old: Document, to new: Document) -> [DocumentEdit] {
        func table<R: Record>(_ a: RecordTable<R>, _ b: RecordTable<R>, _ kind: RecordKind, _ wrap: (R) -> AnyRecord) -> [DocumentEdit] {
            b.items.filter { a[$0.id] != $0 }.map { .put(wrap($0)) } + a.items.filter { b[$0.id] == nil }.map { .remove(kind, $0.id) }
        }
        return table(old.partners, new.partners, .partner, AnyRecord.partner) + table(old.sites, new.sites, .site, AnyRecord.site)
            + table(old.measures, new.measures, .measure, AnyRecord.measure) + table(old.cases, new.cases, .case, AnyRecord.case)
            + table(old.payments, new.payments, .payment, AnyRecord.payment)
    }

    static func addConflicts(_ state: inout AppState, _ conflicts: [MergeConflict]) {
        guard !conflicts.isEmpty else { return }
        state.store.conflicts += conflicts
        state.overlay = .conflict
    }

    /// Journals the records an edit touched, as they are now, with the version each was changed
    /// from (what is on disk, or being written), so a restore can merge instead of overwrite.
    static func journal(_ edit: DocumentEdit, in store: inout StoreState, document: Document, environment env: Environment) -> [Effect] {
        store.editGeneration += 1
        store.lastEditAt = env.now()
        guard let journal = store.journalPath else { return [] }
        let base = store.savingDocument ?? store.base
        let current = RecoveryJournal.flatten(edit).compactMap { e -> JournaledEdit? in
            guard let ref = e.ref else { return nil }
            let now = document.record(ref.kind, ref.id).map(DocumentEdit.put) ?? .remove(ref.kind, ref.id)
            return JournaledEdit(now, base: base.record(ref.kind, ref.id).map(RecordBase.record) ?? .absent)
        }
        return [.store(.appendJournal(path: journal, edits: current, at: env.now()))]
    }

    /// A case deleted for good from the document: the save removes it from the file, its
    /// backups and journals. "Deleted" is said only when the store worker reports that done.
    static func purge(_ c: Case, _ state: inout AppState, environment env: Environment) -> [Effect] {
        if state.store.file != nil, state.store.readOnly == nil {
            state.store.purging.append(PurgeTarget(c))
            state.show(Message(.statusPurging, c.number), environment: env)
        } else {
            state.show(Message(.statusPurged, c.number), environment: env)
        }
        return save(&state, environment: env)
    }

    /// Starts a save, or notes that one is wanted once the running one ends.
    static func save(_ state: inout AppState, environment env: Environment) -> [Effect] {
        guard let file = state.store.file else { return [] }
        if state.store.readOnly != nil {
            state.show(Message(.statusReadOnlyNoSave), .warning, environment: env)
            return []
        }
        if case .loading = state.store.phase {
            // Ctrl-S while the file is still loading: save as soon as it is there.
            state.store.saveAgainAfterwards = true
            return []
        }
        guard state.store.phase == .ready else { return [] }
        if !state.store.conflicts.isEmpty {
            state.overlay = .conflict
            state.show(Message(.statusResolveFirst), .warning, environment: env)
            return []
        }
        if state.store.isSaving {
            state.store.saveAgainAfterwards = true
            return []
        }
        state.store.savingGeneration = state.store.editGeneration
        state.store.savingDocument = state.document
        let request = SaveRequest(file: file, document: state.document, base: state.store.base, baseIdentity: state.store.baseIdentity,
                                  format: state.store.format, generation: state.store.editGeneration, at: env.now(), user: state.store.user,
                                  journal: state.store.journalPath,
                                  purge: state.store.purging)
        return [.store(.save(request))]
    }

    static func saveFinished(_ state: inout AppState, _ outcome: SaveOutcome, generation: Int, environment env: Environment) -> [Effect] {
        let sent = state.store.savingDocument ?? state.document
        state.store.savingGeneration = nil
        state.store.savingDocument = nil
        var effects: [Effect] = []
        switch outcome {
        case .saved(let written, let identity, let taken, let at):
            state.store.lastSavedAt = at
            state.store.lastError = nil
            // What the journal could not keep is in the file now.
            state.store.journalError = nil
            state.store.baseIdentity = identity
            if state.store.editGeneration == generation {
                state.document = written
                state.hasUnsavedChanges = false
            } else {
                // Edits came in while saving: keep them on top of what was written.
                let merge = DocumentMerge.merge(base: sent, mine: state.document, theirs: written)
                state.document = merge.document
                addConflicts(&state, merge.conflicts)
            }
            state.store.base = written
            let time = GermanDate.time(at, state.language)
            state.show(taken > 0 ? Message(.statusSavedMerged, time, NumberFormat.integer(taken, state.language)) : Message(.statusSaved, time), environment: env)
            if state.store.quitAfterSave, !state.hasUnsavedChanges { return [.quit] }
        case .conflicts(let theirs, let identity):
            let merge = DocumentMerge.merge(base: state.store.base, mine: state.document, theirs: theirs)
            state.document = merge.document
            state.store.base = theirs
            state.store.baseIdentity = identity
            addConflicts(&state, merge.conflicts)
        case .failed(let error):
            state.store.lastError = error
            state.status = StatusMessage(Message(.statusSaveFailed, error.message.text(state.language)), severity: .error)
            if state.store.quitAfterSave {
                state.store.quitAfterSave = false
                state.overlay = .confirmQuit
            }
            return []
        }
        if state.store.saveAgainAfterwards {
            state.store.saveAgainAfterwards = false
            effects += save(&state, environment: env)
        }
        return effects
    }

    /// Called on every clock tick: autosave after the idle time, and every 2 s a look whether
    /// someone else saved the file.
    static func tick(_ state: inout AppState, now: Date, environment env: Environment) -> [Effect] {
        guard state.store.phase == .ready, let file = state.store.file else { return [] }
        var effects: [Effect] = []
        if state.hasUnsavedChanges, state.store.readOnly == nil, !state.store.isSaving, state.store.conflicts.isEmpty,
           state.store.lastError == nil, let idle = state.store.autosaveAfter, let last = state.store.lastEditAt,
           now.timeIntervalSince(last) >= idle {
            effects += save(&state, environment: env)
        }
        if !state.store.isSaving, now.timeIntervalSince(state.store.lastExternalCheck ?? .distantPast) >= 2 {
            state.store.lastExternalCheck = now
            effects.append(.store(.checkExternalChange(file: file, known: state.store.baseIdentity)))
        }
        return effects + DraftJournal.tick(&state, now: now)
    }
}

extension AppState {
    /// Shows a message in the status bar for a few seconds.
    mutating func show(_ message: Message, _ severity: StatusMessage.Severity = .info, environment env: Environment) {
        status = StatusMessage(message, severity: severity, expiresAt: env.now().addingTimeInterval(5))
    }
}
