#if PostgreSQL
import Foundation
import IQCore

/// The rows of `--store`'s database through one libpq connection that listens for others'
/// commits. A dropped connection is made again at the next load, save or look.
final class PGRecordBackend: ListeningBackend {
    private let connectionString: String
    private var connection: PGConnection?
    /// Set when the connection was made again: commits meanwhile could not be heard.
    private var mayHaveMissed = false
    /// Others' notifications read already (while waiting for a statement's result, or by
    /// `readiness`) and not yet given out by `othersChanged`.
    private var heard: [String] = []
    private(set) var reconnections = 0

    init(_ connectionString: String) throws(DatabaseError) {
        self.connectionString = connectionString
        _ = try connected()
    }

    /// When the last attempt to connect failed, and why. A look does not try again sooner than
    /// `retryPause` after it: an attempt may take the whole connect timeout, and the journal's
    /// writes wait behind it on the store's worker, so looks must not queue up attempts.
    private var lastFailure: (at: ContinuousClock.Instant, error: DatabaseError)?
    static let retryPause = Duration.seconds(4)

    private func connected(look: Bool = false) throws(DatabaseError) -> PGConnection {
        if let connection, connection.isConnected { return connection }
        if look, let failure = lastFailure, ContinuousClock.now - failure.at < Self.retryPause { throw failure.error }
        // Kept through failed attempts: the first one to get through reads everything.
        if connection != nil { mayHaveMissed = true }
        connection = nil
        heard = []
        do {
            let c = try PGConnection(connectionString)
            try SchemaStore.requireCurrent(c)
            try c.execute("LISTEN iq_changes")
            if mayHaveMissed { reconnections += 1 }
            connection = c
            lastFailure = nil
            return c
        } catch {
            lastFailure = (ContinuousClock.now, error)
            throw error
        }
    }

    func loadAll() throws(DatabaseError) -> Document {
        let c = try connected()
        // What was notified before this snapshot is in it.
        _ = try c.othersNotifications()
        heard = []
        mayHaveMissed = false
        return try RecordStore.exportDocument(c, savedBy: "").document
    }

    func apply(_ changes: RowChanges) throws(DatabaseError) -> Bool {
        do {
            try RecordStore.apply(changes, try connected())
            return true
        } catch .versionClash {
            return false
        }
    }

    func access() throws(DatabaseError) -> StoreAccess {
        try RecordStore.access(try connected())
    }

    func othersChanged() throws(DatabaseError) -> OthersChanges {
        let c = try connected(look: true)
        let payloads = heard + (try c.othersNotifications())
        heard = []
        if mayHaveMissed { return .unknown }
        if payloads.isEmpty { return .nothing }
        var ids: [RecordTableName: Set<String>] = [:]
        for payload in payloads {
            // "table id" from the trigger (migration 2); anything else: read everything.
            guard let space = payload.firstIndex(of: " "), let table = RecordTableName(rawValue: String(payload[..<space])) else { return .unknown }
            ids[table, default: []].insert(String(payload[payload.index(after: space)...]))
        }
        return .rows(ids)
    }

    func readiness() -> ListenReadiness {
        guard let c = connection, c.isConnected, let more = try? c.othersNotifications() else { return .lost }
        heard += more
        if mayHaveMissed || !heard.isEmpty { return .lookNow }
        let socket = c.socket
        return socket >= 0 ? .sleep(on: socket) : .lost
    }

    func loadRows(_ ids: [RecordTableName: Set<String>]) throws(DatabaseError) -> Document {
        let c = try connected()
        return try c.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(DatabaseError) -> Document in
            var stored: [RecordTableName: [StoredRecord]] = [:]
            // A coordinator hears of cases too, and may not read them: nothing to merge.
            let unreadable = try RecordStore.unreadable(c)
            for (table, set) in ids where !unreadable.contains(table) {
                for id in set.sorted() {
                    let result = try c.execute(table.selectOneSQL, [.text(id)], results: .binary)
                    guard result.count == 1 else { continue }
                    stored[table, default: []].append(try result.storedRecord(0, of: table))
                }
            }
            return try RecordRows.document(from: stored, savedBy: "")
        }
    }
}
#endif
