import Foundation

/// What happens around the data file: loading, saving, others' changes, recovery, conflicts.
public enum StoreAction: Equatable, Sendable {
    /// The runtime has started: load the file (or create it from the seed dataset).
    case start(seed: Document)
    case loaded(SnapshotFile.Loaded, created: Bool, writable: Bool)
    case loadFailed(SnapshotError, backup: BackupOffer?)
    /// What the store lets this session write (a database role's rights), after `loaded`.
    case accessKnown(StoreAccess)
    case recoveryFound(RecoveryOffer)
    case acceptRecovery, declineRecovery
    /// The journal (or the draft) could not be written: recovery is weakened until a save.
    case journalFailed(SnapshotError)
    /// Ctrl-S.
    case save
    case saveFinished(SaveOutcome, generation: Int)
    case externalChange(SnapshotFile.Loaded)
    case externalChangeUnreadable(SnapshotError)
    /// The system reported a change in the data file's directory (`StoreState.fileWatched`).
    case fileMayHaveChanged
    /// The watch cannot hear others' changes now (true: a database connection is lost) or
    /// hears them again (false): `StoreState.watchLost`.
    case watchLost(Bool)
    /// The database connection was made again after it dropped: everything was read again.
    case reconnected
    case resolveConflict(ConflictChoice)
    /// Use the newest good backup of a file that cannot be read.
    case restoreBackup
    /// After a save that carried purged cases: whether every file beside the data file is rid of
    /// them (nil) or which error stopped that (they stay pending for the next save).
    case purgeFinished([PurgeTarget], failure: SnapshotError?)
}

public enum SaveOutcome: Equatable, Sendable {
    /// Written; `document` is what is on disk now (others' changes merged in).
    case saved(document: Document, identity: FileIdentity, takenFromOthers: Int, at: Date)
    /// The file changed meanwhile and a record was changed on both sides: nothing written.
    case conflicts(theirs: Document, identity: FileIdentity)
    case failed(SnapshotError)
}

/// The effects the store worker performs off the UI loop; results come back as StoreActions.
public enum StoreEffect: Equatable, Sendable {
    case load(file: SnapshotFile, seed: Document, session: JournalSession, mayWrite: Bool, format: SnapshotFormat)
    case save(SaveRequest)
    /// Appends to this session's journal (`path`).
    case appendJournal(path: String, edits: [JournaledEdit], at: Date)
    /// Deletes the offered journals of gone sessions (and their drafts) once answered.
    case settleOrphans([String])
    /// Replaces the open form's draft beside this session's journal.
    case writeDraft(journal: String, FormDraft)
    case discardDraft(journal: String)
    /// The program ends: an empty journal without a draft goes; the lock is let go.
    case endSession(journal: String)
    case checkExternalChange(file: SnapshotFile, known: FileIdentity?)
    case restoreBackup(file: SnapshotFile, backupPath: String, mayWrite: Bool)
    /// Writes a case's Art. 15 report to its private file; the case pane hears how it went.
    case writeCaseReport(CaseReportFile)
}

public struct SaveRequest: Equatable, Sendable {
    public var file: SnapshotFile
    public var document: Document
    public var base: Document
    public var baseIdentity: FileIdentity?
    public var format: SnapshotFormat
    public var generation: Int
    public var at: Date
    public var user: String
    /// This session's journal, emptied once the save is written (nil: none).
    public var journal: String?
    /// Cases deleted for good: once the file is written, its backups, journals and other
    /// copies are rid of them too.
    public var purge: [PurgeTarget] = []

    public init(file: SnapshotFile, document: Document, base: Document, baseIdentity: FileIdentity? = nil, format: SnapshotFormat,
                generation: Int, at: Date, user: String, journal: String? = nil, purge: [PurgeTarget] = []) {
        (self.file, self.document, self.base, self.baseIdentity, self.format) = (file, document, base, baseIdentity, format)
        (self.generation, self.at, self.user, self.journal, self.purge) = (generation, at, user, journal, purge)
    }
}
