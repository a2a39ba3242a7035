import Foundation
import IQCore

/// The program's store work on a database (`--store`): loading, saving only the changed records
/// with row versions, and others' commits, with the same outcomes the data file gives, so the
/// store reducer, the merge and the conflict dialog stay the file's. Used only from the
/// runtime's store queue, one effect at a time (hence unchecked Sendable).
public final class DatabaseStore: @unchecked Sendable {
    /// Who the merge names for others' changes: rows do not say which session committed.
    static let othersName = "PostgreSQL"
    /// Clashes in a row before the save gives up and shows the merge as conflicts.
    static let attempts = 3

    let backend: RecordBackend
    /// The database as shown (no password).
    public let source: String
    /// Counts loads and saves: stands in for the file's identity in the state.
    private var generation: Int64 = 0
    /// The records as this session last knew the database: what others' rows are merged into.
    private var known: Document?
    /// The screen did not take in what the last look brought (it arrives while a save runs and
    /// is dropped, as the file's would be): the next look reads everything again.
    private var resync = false
    /// More changed rows than this in one look: everything is read again.
    static let rowsAtOnce = 200
    /// A failed look for others' commits was said once; said again only after one worked.
    private var reportedDown = false
    /// What the run loop sleeps on for others' commits (`watched`).
    public let wake = DatabaseWake()
    /// Whether the screen was last told that others' commits can be heard.
    var hearing = true

    public init(backend: RecordBackend, source: String) {
        self.backend = backend
        self.source = source
    }

    public func load(user: String, mayWrite: Bool) -> [Action] {
        do throws(DatabaseError) {
            let loaded = try loaded(savedBy: user)
            let access = try backend.access()
            loaded.document.prewarmLists()
            return [.store(.loaded(loaded, created: false, writable: mayWrite)), .store(.accessKnown(access))]
        } catch {
            return [.store(.loadFailed(failure(error), backup: nil))]
        }
    }

    /// Sends what changed since `base`. On a clash the rows are read again and merged record by
    /// record: without conflicts the merge is sent (others' records taken in), with conflicts
    /// nothing is written and the person decides, as with the file.
    public func save(_ request: SaveRequest) -> SaveOutcome {
        if request.base != known { resync = true }
        var base = request.base
        var mine = request.document
        var taken = 0
        do throws(DatabaseError) {
            for _ in 0..<Self.attempts {
                let changes = RowChanges(base: base, mine: mine)
                let written = try changes.isEmpty ? true : backend.apply(changes)
                if written {
                    reportedDown = false
                    known = changes.written
                    return .saved(document: changes.written, identity: nextIdentity(), takenFromOthers: taken, at: request.at)
                }
                let theirs = try backend.loadAll()
                let merge = DocumentMerge.merge(base: base, mine: mine, theirs: theirs)
                known = theirs
                if !merge.conflicts.isEmpty { return .conflicts(theirs: theirs, identity: nextIdentity()) }
                taken += merge.takenFromTheirs
                base = theirs
                mine = merge.document
            }
            // Others keep committing the same records: let the person see the merge.
            let theirs = try backend.loadAll()
            known = theirs
            return .conflicts(theirs: theirs, identity: nextIdentity())
        } catch .refused(let table, let id) {
            return .failed(.database(source: source, message: DatabaseText.refused(Self.shown(table, id, in: mine))))
        } catch {
            return .failed(failure(error))
        }
    }

    /// The refused record as the person knows it: a case by its number, the others by name.
    private static func shown(_ table: RecordTableName, _ id: String, in document: Document) -> Message {
        let id = RecordID(id)
        if table == .cases, let c = document.cases[id] { return DatabaseText.refusedRecord(caseNumber: c.number) }
        let name: String? = switch table {
        case .partners: document.partners[id]?.name
        case .sites: document.sites[id]?.name
        case .measures: document.measures[id]?.name
        case .cases, .payments: nil
        }
        return DatabaseText.refusedRecord(name ?? id.rawValue)
    }

    /// Others' commits for the screen, the lists' orders built here as after a file's reload.
    private static func externalChange(_ loaded: SnapshotFile.Loaded) -> [Action] {
        loaded.document.prewarmLists()
        return [.store(.externalChange(loaded))]
    }

    /// Others' commits since the last look, as the file's live reload brings them.
    public func check() -> [Action] {
        do throws(DatabaseError) {
            var changes = try backend.othersChanged()
            reportedDown = false
            if resync {
                resync = false
                changes = .unknown
            }
            switch changes {
            case .nothing:
                return []
            case .rows(let ids) where known != nil && ids.values.map(\.count).reduce(0, +) <= Self.rowsAtOnce:
                let found = try backend.loadRows(ids)
                var theirs = known ?? Document()
                for (table, set) in ids {
                    for id in set.map({ RecordID($0) }) {
                        theirs.apply(found.record(table.kind, id).map(DocumentEdit.put) ?? .remove(table.kind, id))
                    }
                }
                known = theirs
                return Self.externalChange(loaded(theirs, savedBy: Self.othersName))
            case .rows, .unknown:
                // A full read (after a reconnection, too) also asks again what the role may write.
                let loaded = try loaded(savedBy: Self.othersName)
                return Self.externalChange(loaded) + [.store(.accessKnown(try backend.access()))]
            }
        } catch {
            if reportedDown { return [] }
            reportedDown = true
            return [.store(.externalChangeUnreadable(failure(error)))]
        }
    }

    private func loaded(savedBy: String) throws(DatabaseError) -> SnapshotFile.Loaded {
        let document = try backend.loadAll()
        known = document
        return loaded(document, savedBy: savedBy)
    }

    private func loaded(_ document: Document, savedBy: String) -> SnapshotFile.Loaded {
        SnapshotFile.Loaded(document: document,
                                   header: SnapshotCodec.Header(formatVersion: SnapshotCodec.formatVersion, savedAt: Date(), savedBy: savedBy),
                                   identity: nextIdentity(), format: .binary)
    }

    private func nextIdentity() -> FileIdentity {
        generation += 1
        return FileIdentity(device: 0, inode: 0, size: 0, modifiedSeconds: generation, modifiedNanoseconds: 0)
    }

    /// A lost connection says that edits are kept and when it is tried again.
    func failure(_ error: DatabaseError) -> SnapshotError {
        if case .connectionFailed(let detail) = error {
            return .database(source: source, message: StoreText.statusDatabaseUnreachable(detail))
        }
        return .database(source: source, message: error.message)
    }
}
