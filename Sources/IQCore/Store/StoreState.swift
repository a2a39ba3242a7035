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
    public var user: String
    public var format: SnapshotFormat = .binary
    /// `--format` given: use it even when the file was written in the other format.
    public var formatForced = false
    public var readOnly: ReadOnlyReason?
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
    public var lastExternalCheck: Date?
    public var conflicts: [MergeConflict] = []
    public var recovery: RecoveryOffer?
    /// Cases deleted for good whose copies beside the file (backups, journals) are not yet
    /// known to be clean: every save carries them until one reports them gone.
    public var purging: [PurgeTarget] = []

    public init(file: SnapshotFile?, user: String) {
        self.file = file
        self.user = user
    }

    public var isSaving: Bool { savingGeneration != nil }
    public var canWrite: Bool { file != nil && readOnly == nil && phase == .ready }
}

/// A good backup offered for a file that cannot be read.
public struct BackupOffer: Equatable, Sendable {
    public var path: String
    public var savedAt: Date
}

/// Unsaved edits found in the recovery journal at start.
public struct RecoveryOffer: Equatable, Sendable {
    public var edits: [DocumentEdit]
    public var entries: Int
    public var lastAt: Date
    public var records: Int
}
