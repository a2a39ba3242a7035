#if PostgreSQL
import Foundation
import IQCore

/// The rows of `--store`'s database through one libpq connection that listens for others'
/// commits. A dropped connection is made again at the next load, save or look.
final class PGRecordBackend: RecordBackend {
    private let connectionString: String
    private var connection: PGConnection?
    /// Set when the connection was made again: commits meanwhile could not be heard.
    private var mayHaveMissed = false

    init(_ connectionString: String) throws(DatabaseError) {
        self.connectionString = connectionString
        _ = try connected()
    }

    private func connected() throws(DatabaseError) -> PGConnection {
        if let connection, connection.isConnected { return connection }
        mayHaveMissed = connection != nil
        connection = nil
        let c = try PGConnection(connectionString)
        try SchemaStore.requireCurrent(c)
        try c.execute("LISTEN iq_changes")
        connection = c
        return c
    }

    func loadAll() throws(DatabaseError) -> Document {
        let c = try connected()
        // What was notified before this snapshot is in it.
        _ = try c.othersNotified()
        mayHaveMissed = false
        return try RecordStore.exportDocument(c, savedBy: "")
    }

    func apply(_ changes: RowChanges) throws(DatabaseError) -> Bool {
        do {
            try RecordStore.apply(changes, try connected())
            return true
        } catch .versionClash {
            return false
        }
    }

    func othersChanged() throws(DatabaseError) -> Bool {
        let c = try connected()
        return try c.othersNotified() || mayHaveMissed
    }
}
#endif
