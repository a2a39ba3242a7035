import Foundation

/// What the program knows about its data file: where it is, whether it may write, the common
/// base for merging others' changes, and the state of saving, recovery and conflicts.
public struct StoreState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        /// No file at all (tests, workshop mode): nothing is ever read or written.
        case detached
        case loading(since: Date)
        case ready
        /// The file could not be read; it is never overwritten. A good backup may be offered.
        case failed(SnapshotError, backup: BackupOffer?)
    }

    public enum ReadOnlyReason: Equatable, Sendable {
        case requested      // --read-only
        case notWritable    // the file or its directory may not be written
    }

    public var file: SnapshotFile?
    /// Where the data comes from when it is not `file` (a PostgreSQL database, shown without a
    /// password); `file` then only names this session's journal and drafts.
    public var source: String?
    public var user: String
    /// Names this session's journal and draft (user, host, pid, start).
    public var session: JournalSession
    public var format: SnapshotFormat = .binary
    /// `--format` given: use it even when the file was written in the other format.
    public var formatForced = false
    public var readOnly: ReadOnlyReason?
    /// What the store's own rules let this session write (everything, on a data file).
    public var access = StoreAccess.everything
    public var phase: Phase = .detached
    /// The document as last loaded or saved: the common base of a three-way merge.
    public var base = Document()
    public var baseIdentity: FileIdentity?
    /// Counts document edits, so a finished save knows whether edits came in meanwhile.
    public var editGeneration = 0
    public var lastEditAt: Date?
    /// The edit generation and document of the save running now (nil when none runs).
    public var savingGeneration: Int?
    public var savingDocument: Document?
    public var saveAgainAfterwards = false
    public var quitAfterSave = false
    public var lastSavedAt: Date?
    public var lastError: SnapshotError?
    /// Seconds without edits before saving on its own; nil turns autosave off.
    public var autosaveAfter: TimeInterval? = 5
    /// When the file was last looked at for others' saves; nil: not since the system reported a
    /// change in its directory (or never).
    public var lastExternalCheck: Date?
    /// The runtime learns of changes in the file's directory from the system (inotify): the
    /// file is then looked at when told, not every `StoreState.externalCheckInterval`.
    public var fileWatched = false
    /// The watch cannot hear changes now (a database connection is lost, so no notification
    /// comes): looked at every `StoreState.lostWatchInterval` until it hears again.
    public var watchLost = false
    public var conflicts: [MergeConflict] = []
    public var recovery: RecoveryOffer?
    /// Why the journal (or draft) could not be written; shown until a save succeeds.
    public var journalError: SnapshotError?
    /// When the open form last changed and its draft is not written yet.
    public var draftChangedAt: Date?
    /// A draft of the open form is on disk (to delete when the form closes).
    public var draftWritten = false
    /// Cases deleted for good whose copies beside the file (backups, journals) are not yet
    /// known to be clean: every save carries them until one reports them gone.
    public var purging: [PurgeTarget] = []

    public init(file: SnapshotFile?, user: String, session: JournalSession? = nil) {
        self.file = file
        self.user = user
        self.session = session ?? JournalSession(user: user)
    }

    /// This session's journal, when edits are journaled at all.
    public var journalPath: String? {
        guard let file, readOnly == nil, phase == .ready else { return nil }
        return session.journalPath(file)
    }

    public var isSaving: Bool { savingGeneration != nil }
    public var canWrite: Bool { file != nil && readOnly == nil && phase == .ready }
}

/// A good backup offered for a file that cannot be read.
public struct BackupOffer: Equatable, Sendable {
    public var path: String
    public var savedAt: Date

    package init(path: String, savedAt: Date) {
        self.path = path
        self.savedAt = savedAt
    }
}

/// Unsaved edits and an open form's draft, found in the journals of this user's sessions that
/// are gone. The edits are asked about first, then the draft.
public struct RecoveryOffer: Equatable, Sendable {
    public var edits: [DocumentEdit]
    /// The base each touched record was edited against (the newest entry's), for the merge.
    public var bases: [RecordRef: RecordBase]
    public var entries: Int
    public var firstAt: Date
    public var lastAt: Date
    public var records: Int
    /// The journals offered (held locked by this session until answered).
    public var journals: [String]
    public var draft: FormDraft?
    /// The draft as a form, and how many fields it filled in (made by the reducer).
    public var draftForm: FormState?
    public var draftFields = 0

    public init(edits: [DocumentEdit], bases: [RecordRef: RecordBase] = [:], entries: Int, firstAt: Date? = nil, lastAt: Date,
                records: Int, journals: [String] = [], draft: FormDraft? = nil) {
        self.edits = edits
        self.bases = bases
        self.entries = entries
        self.firstAt = firstAt ?? lastAt
        self.lastAt = lastAt
        self.records = records
        self.journals = journals
        self.draft = draft
    }
}

/// A record by kind and id.
public struct RecordRef: Hashable, Sendable {
    public var kind: RecordKind
    public var id: RecordID
    public init(_ kind: RecordKind, _ id: RecordID) {
        self.kind = kind
        self.id = id
    }
}
