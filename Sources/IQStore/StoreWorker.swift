import Foundation
import IQCore

/// Performs the store's effects. Runs on the runtime's background queue, one effect at a time
/// in order, so a save and the journal never race; returns the actions to send back.
public enum StoreWorker {
    public static func perform(_ effect: StoreEffect) -> [Action] {
        switch effect {
        case .load(let file, let seed, let session, let mayWrite, let format):
            return load(file, seed: seed, session: session, mayWrite: mayWrite, format: format)
        case .save(let request):
            return save(request)
        case .appendJournal(let path, let edits, let at):
            // A journal that cannot be written only weakens recovery; saving still works, and
            // the person is told at once.
            do { try RecoveryJournal(path: path).append(edits, at: at) } catch { return [.store(.journalFailed(error))] }
            return []
        case .writeDraft(let journal, let draft):
            do { try DraftFile(journal: journal).write(draft) } catch { return [.store(.journalFailed(error))] }
            return []
        case .discardDraft(let journal):
            DraftFile(journal: journal).discard()
            return []
        case .settleOrphans(let journals):
            for journal in journals {
                DraftFile(journal: journal).discard()
                JournalLocks.release(journal, delete: true)
            }
            return []
        case .endSession(let journal):
            var s = stat()
            let empty = stat(journal, &s) == 0 && s.st_size == 0 && access(DraftFile(journal: journal).path, F_OK) != 0
            JournalLocks.release(journal, delete: empty)
            return []
        case .checkExternalChange(let file, let known):
            guard let now = file.identity, now != known else { return [] }
            do {
                let loaded = try file.load()
                loaded.document.prewarmLists()
                return [.store(.externalChange(loaded))]
            } catch {
                return [.store(.externalChangeUnreadable(error))]
            }
        case .restoreBackup(let file, let backupPath, let mayWrite):
            return restore(file, from: backupPath, mayWrite: mayWrite)
        case .writeCaseReport(let report):
            do { try CaseReportWriter.write(report) } catch { return [.cases(.reportFailed(error))] }
            return [.cases(.reportWritten(path: report.path))]
        }
    }

    static func load(_ file: SnapshotFile, seed: Document, session: JournalSession, mayWrite: Bool, format: SnapshotFormat) -> [Action] {
        let user = session.user
        // Every save would fail: say so now, with what to do, not after the first edits.
        if mayWrite, file.isSymlink { return [.store(.loadFailed(file.symlinkError(), backup: nil))] }
        if !file.exists {
            guard mayWrite else {
                // Read-only and no file: show the built-in data, write nothing.
                let loaded = SnapshotFile.Loaded(document: seed, header: SnapshotCodec.Header(formatVersion: SnapshotCodec.formatVersion, savedAt: Date(), savedBy: user),
                                                 identity: FileIdentity.missing, format: format)
                return [.store(.loaded(loaded, created: false, writable: false))]
            }
            do {
                try DataLocation.ensureDirectory(file.directory)
                let now = Date()
                let identity = try file.withLock { () throws(SnapshotError) -> FileIdentity in
                    try file.write(SnapshotCodec.encode(seed, format: format, savedAt: now, savedBy: user))
                }
                let header = SnapshotCodec.Header(formatVersion: SnapshotCodec.formatVersion, savedAt: now, savedBy: user)
                    _ = JournalLocks.hold(session.journalPath(file))
                return [.store(.loaded(SnapshotFile.Loaded(document: seed, header: header, identity: identity, format: format), created: true, writable: true))]
            } catch {
                return [.store(.loadFailed(error, backup: nil))]
            }
        }
        if mayWrite { file.removeAbandonedTempFiles() }
        do {
            let loaded = try file.load()
            loaded.document.prewarmLists()
            let writable = mayWrite && file.isWritable
            let actions: [Action] = [.store(.loaded(loaded, created: false, writable: writable))]
            // Only a session that may write keeps a journal, and only it may take over others'.
            return writable ? actions + openJournal(file, session: session) : actions
        } catch {
            let backup = file.newestGoodBackup().map { BackupOffer(path: $0.path, savedAt: $0.loaded.header.savedAt) }
            return [.store(.loadFailed(error, backup: backup))]
        }
    }

    /// Holds this session's journal beside `file` and offers what gone sessions left there (or
    /// beside a name the store had `formerly`). Also for a database store, whose journals stay
    /// local files.
    public static func openJournal(_ file: SnapshotFile, session: JournalSession, formerly: [SnapshotFile] = []) -> [Action] {
        var actions: [Action] = []
        let own = session.journalPath(file)
        if !JournalLocks.hold(own) { actions.append(.store(.journalFailed(.writeFailed(path: own, errno: errno)))) }
        if let offer = JournalRecovery.offer(file, user: session.user, except: own, formerly: formerly) {
            actions.append(.store(.recoveryFound(offer)))
        }
        return actions
    }

    /// Read, merge and write under the lock. Others' changes to other records are taken in; a
    /// record changed on both sides stops the save and goes to the person as a conflict.
    static func save(_ request: SaveRequest) -> [Action] {
        var purgeFailure: SnapshotError?
        let outcome = write(request, purgeFailure: &purgeFailure)
        return finished(request, outcome, purgeFailure: purgeFailure)
    }

    /// What a save leads to, for the file and the database alike: its outcome, and for a saved
    /// one that carried purged cases, whether their copies beside it are gone.
    public static func finished(_ request: SaveRequest, _ outcome: SaveOutcome, purgeFailure: SnapshotError?) -> [Action] {
        var actions: [Action] = [.store(.saveFinished(outcome, generation: request.generation))]
        if case .saved = outcome, !request.purge.isEmpty {
            actions.append(.store(.purgeFinished(request.purge, failure: purgeFailure)))
        }
        return actions
    }

    /// Once a save reached the store: everything journaled up to it is there now, so the journal
    /// is emptied, and the purged cases go from every file beside it. Returns what stopped the
    /// purge (the cases stay pending for the next save).
    public static func settleSaved(_ request: SaveRequest) -> SnapshotError? {
        if let journal = request.journal { RecoveryJournal(path: journal).discard() }
        do throws(SnapshotError) { try request.file.purgeCopies(request.purge) } catch { return error }
        return nil
    }

    static func write(_ request: SaveRequest, purgeFailure: inout SnapshotError?) -> SaveOutcome {
        let file = request.file
        do {
            return try file.withLock { () throws(SnapshotError) -> SaveOutcome in
                var toWrite = request.document
                var taken = 0
                if let current = file.identity, current != request.baseIdentity {
                    let theirs = try file.load()
                    let merge = DocumentMerge.merge(base: request.base, mine: request.document, theirs: theirs.document)
                    if !merge.conflicts.isEmpty { return .conflicts(theirs: theirs.document, identity: theirs.identity) }
                    toWrite = merge.document
                    taken = merge.takenFromTheirs
                }
                let bytes = SnapshotCodec.encode(toWrite, format: request.format, savedAt: request.at, savedBy: request.user)
                let identity = try file.write(bytes)
                // XML keeps dates to whole seconds: hand back what is really on disk, or the
                // next merge would take the rounding for someone else's change.
                if request.format == .xml, let (written, _) = try? SnapshotCodec.decode(bytes, path: file.path) { toWrite = written }
                // Still under the lock, so no other save rotates the backups meanwhile.
                purgeFailure = settleSaved(request)
                return .saved(document: toWrite, identity: identity, takenFromOthers: taken, at: request.at)
            }
        } catch {
            return .failed(error)
        }
    }

    /// Keeps the damaged file aside (never destroyed), then puts the backup in its place.
    static func restore(_ file: SnapshotFile, from backupPath: String, mayWrite: Bool) -> [Action] {
        do {
            let backup = try SnapshotFile(path: backupPath).load()
            guard mayWrite else { return [.store(.loaded(backup, created: false, writable: false))] }
            return try file.withLock { () throws(SnapshotError) -> [Action] in
                if let (damaged, _) = try? file.read() {
                    let stamp = Int(Date().timeIntervalSince1970)
                    try SnapshotFile(path: "\(file.path).damaged-\(stamp)").writePlain(damaged)
                }
                let bytes = SnapshotCodec.encode(backup.document, format: backup.format, savedAt: backup.header.savedAt, savedBy: backup.header.savedBy)
                let identity = try file.write(bytes, keepBackup: false)
                var restored = backup
                restored.identity = identity
                return [.store(.loaded(restored, created: false, writable: true))]
            }
        } catch {
            return [.store(.loadFailed(error, backup: nil))]
        }
    }
}
