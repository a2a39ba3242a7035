import Foundation

/// What the store feature changes: the data file's state, and the document it loads, merges
/// others' changes into and marks saved.
public struct StoreFeatureState: Equatable, Sendable {
    public var store: StoreState
    public var content: DocumentState
}

/// Loading, saving, recovery, others' changes and conflicts. File work itself happens in
/// StoreWorker, off the UI loop; this reducer only decides and records.
public enum StoreReducer {
    public typealias State = Scoped<StoreFeatureState>

    public static func reduce(into state: inout State, action: StoreAction, environment env: Environment) -> [Delegate] {
        switch action {
        case .start(let seed):
            guard let file = state.store.file else {
                state.content.document = seed
                return []
            }
            state.store.phase = .loading(since: env.now())
            return [.run(.store(.load(file: file, seed: seed, session: state.store.session,
                                      mayWrite: state.store.readOnly == nil, format: state.store.format)))]

        case .loaded(let loaded, let created, let writable):
            return self.loaded(&state, loaded, created: created, writable: writable, environment: env)

        case .loadFailed(let error, let backup):
            state.store.phase = .failed(error, backup: backup)
            return []

        case .accessKnown(let access):
            state.store.access = access
            return []

        case .recoveryFound(let offer):
            // The app has rebuilt the offered draft's form (AppReducer+Forms).
            state.store.recovery = offer
            return nextRecoveryQuestion(&state)

        case .acceptRecovery:
            guard var offer = state.store.recovery else { return [] }
            var delegates: [Delegate] = []
            if !offer.edits.isEmpty {
                delegates = restore(offer, &state)
                offer.edits = []
            } else if let form = offer.draftForm {
                // The draft is this session's now: written beside its own journal before the gone
                // session's is deleted.
                state.store.draftChangedAt = offer.draft?.at ?? env.now()
                delegates = [.restoreDraft(form), .say(StoreText.statusDraftRestored(form.title))]
                offer.draftForm = nil
            }
            state.store.recovery = offer
            return delegates + nextRecoveryQuestion(&state)

        case .declineRecovery:
            guard var offer = state.store.recovery else { return [] }
            if !offer.edits.isEmpty {
                offer.edits = []
                // A draft of a record that only the declined edits made has nothing to edit.
                if let record = offer.draftForm?.purpose.record, state.content.document.record(record.kind, record.id) == nil {
                    offer.draftForm = nil
                }
            } else {
                offer.draftForm = nil
            }
            state.store.recovery = offer
            return nextRecoveryQuestion(&state)

        case .journalFailed(let error):
            state.store.journalError = error
            return [.report(StoreText.statusJournalFailed(error.message.text(state.language)), .warning)]

        case .save:
            return save(&state, environment: env)

        case .saveFinished(let outcome, let generation):
            return saveFinished(&state, outcome, generation: generation, environment: env)

        case .externalChange(let theirs):
            guard state.store.phase == .ready, !state.store.isSaving else { return [] }
            let merge = DocumentMerge.merge(base: state.store.base, mine: state.content.document, theirs: theirs.document)
            state.content.document = merge.document
            state.store.base = theirs.document
            state.store.baseIdentity = theirs.identity
            var delegates = addConflicts(&state, merge.conflicts)
            if merge.takenFromTheirs > 0 {
                delegates.append(.say(StoreText.statusTakenFromOthers(merge.takenFromTheirs, theirs.header.savedBy)))
            }
            return delegates

        case .externalChangeUnreadable(let error):
            // Someone left a file this program cannot read: keep working, warn, and let the
            // next save stop rather than overwrite it.
            return [.say(error.message, .error)]

        case .fileMayHaveChanged:
            return fileMayHaveChanged(&state)

        case .watchLost(let lost):
            state.store.watchLost = lost
            return []

        case .reconnected:
            // A save that failed only for the lost connection is no reason to rest any longer.
            if case .database(_, let message)? = state.store.lastError, message.name == StoreText.statusDatabaseUnreachable("").name {
                state.store.lastError = nil
            }
            return [.say(StoreText.statusDatabaseBack)]

        case .resolveConflict(let choice):
            guard !state.store.conflicts.isEmpty else { return [] }
            let conflict = state.store.conflicts.removeFirst()
            let edit = conflict.resolution(choice, newID: env.newID())
            var delegates: [Delegate] = [.perform(edit, label: StoreText.labelConflict, stamp: choice == .both)]
            if state.store.conflicts.isEmpty {
                // A draft still to be asked about (the restored edits brought the conflicts).
                delegates.append(state.store.recovery == nil ? .closeOverlay : .ask(.recovery))
                delegates.append(.say(StoreText.statusConflictsResolved))
                if state.store.quitAfterSave { delegates.append(.save) }
            }
            return delegates

        case .restoreBackup:
            guard case .failed(_, let backup?) = state.store.phase, let file = state.store.file else { return [] }
            state.store.phase = .loading(since: env.now())
            return [.run(.store(.restoreBackup(file: file, backupPath: backup.path, mayWrite: state.store.readOnly == nil)))]

        case .purgeFinished(let targets, let failure):
            let numbers = targets.map(\.number).joined(separator: ", ")
            if let failure {
                return [.say(StoreText.statusPurgeIncomplete(numbers, failure.message.text(state.language)), .error)]
            }
            let done = Set(targets.map(\.id))
            state.store.purging.removeAll { done.contains($0.id) }
            return [.say(CaseText.statusPurged(numbers))]
        }
    }

    static func loaded(_ state: inout State, _ loaded: SnapshotFile.Loaded, created: Bool, writable: Bool,
                       environment env: Environment) -> [Delegate] {
        // Edits made while the file was loading (a large file, a slow share) went into the
        // empty document shown meanwhile: keep them on top of the file, not under it.
        var madeWhileLoading: [DocumentEdit] = []
        var delegates: [Delegate] = []
        if case .loading = state.store.phase, state.content.hasUnsavedChanges {
            let merge = DocumentMerge.merge(base: state.store.base, mine: state.content.document, theirs: loaded.document)
            madeWhileLoading = changes(from: state.store.base, to: state.content.document)
            state.content.document = merge.document
            delegates += addConflicts(&state, merge.conflicts)
        } else {
            state.content = DocumentState(document: loaded.document)
        }
        state.store.phase = .ready
        state.store.base = loaded.document
        state.store.baseIdentity = loaded.identity
        if !state.store.formatForced, !created { state.store.format = loaded.format }
        if !writable, state.store.readOnly == nil {
            state.store.readOnly = .notWritable
            let shown = state.store.source ?? (loaded.identity == .missing ? "" : state.store.file?.path ?? "")
            delegates.append(.say(StoreText.statusOpenedReadOnly(shown), .warning))
        } else if created {
            delegates.append(.say(StoreText.statusCreated(state.store.file?.path ?? "")))
        } else if let source = state.store.source {
            delegates.append(.say(StoreText.statusDatabaseLoaded(source)))
        }
        // Now that the file is there, the edits made meanwhile go into the recovery journal.
        if !madeWhileLoading.isEmpty {
            state.content.hasUnsavedChanges = true
            delegates += journal(.batch(madeWhileLoading), &state, environment: env).map(Delegate.run)
        }
        if state.store.saveAgainAfterwards {
            state.store.saveAgainAfterwards = false
            delegates += save(&state, environment: env)
        }
        return delegates
    }

    /// Asks about what is left of the offer (the edits, then the draft); when nothing is, the
    /// offered journals are deleted. Conflicts from restored edits are decided first.
    static func nextRecoveryQuestion(_ state: inout State) -> [Delegate] {
        guard let offer = state.store.recovery else { return [] }
        if !offer.edits.isEmpty || offer.draftForm != nil {
            return state.store.conflicts.isEmpty ? [.ask(.recovery)] : []
        }
        state.store.recovery = nil
        return [.dismiss(.recovery)] + (offer.journals.isEmpty ? [] : [.run(.store(.settleOrphans(offer.journals)))])
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

    static func addConflicts(_ state: inout State, _ conflicts: [MergeConflict]) -> [Delegate] {
        guard !conflicts.isEmpty else { return [] }
        state.store.conflicts += conflicts
        return [.ask(.conflict)]
    }
}
