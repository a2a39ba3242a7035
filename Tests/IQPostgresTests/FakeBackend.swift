import Foundation
@testable import IQCore
@testable import IQPostgres

/// An in-memory database server: rows by id with their versions. Several backends (sessions)
/// may share one; each hears the others' commits, as LISTEN/NOTIFY would tell them.
final class FakeServer {
    var stored: Document
    fileprivate var sessions: [FakeBackend] = []

    init(_ document: Document) { stored = document }
}

/// One session's connection to a FakeServer, with the same refusals the SQL gives.
final class FakeBackend: RecordBackend {
    let server: FakeServer
    var down = false
    /// What the next look finds: others' commits since the last one (a test may set it).
    var notified = OthersChanges.nothing
    private(set) var transactions: [RowChanges] = []
    private(set) var rowLoads = 0

    /// A session on a server of its own holding `document`.
    convenience init(_ document: Document) { self.init(on: FakeServer(document)) }

    init(on server: FakeServer) {
        self.server = server
        server.sessions.append(self)
    }

    var stored: Document {
        get { server.stored }
        set { server.stored = newValue }
    }

    func loadAll() throws(DatabaseError) -> Document {
        if down { throw .connectionFailed("server closed the connection") }
        return stored
    }

    func apply(_ changes: RowChanges) throws(DatabaseError) -> Bool {
        if down { throw .connectionFailed("server closed the connection") }
        var next = stored
        var touched: [RecordTableName: Set<String>] = [:]
        for (table, puts) in changes.puts {
            for put in puts {
                let id = RecordID(put.row.id)
                guard stored.record(table.kind, id)?.meta.revision == put.expected, let record = changes.written.record(table.kind, id) else { return false }
                next.apply(.put(record))
                touched[table, default: []].insert(put.row.id)
            }
        }
        for (table, deletes) in changes.deletes {
            for delete in deletes {
                let id = RecordID(delete.id)
                guard stored.record(table.kind, id)?.meta.revision == delete.expected else { return false }
                next.apply(.remove(table.kind, id))
                touched[table, default: []].insert(delete.id)
            }
        }
        stored = next
        transactions.append(changes)
        for other in server.sessions where other !== self { other.hear(touched) }
        return true
    }

    /// Another session committed these rows.
    private func hear(_ rows: [RecordTableName: Set<String>]) {
        switch notified {
        case .nothing: notified = .rows(rows)
        case .rows(let earlier): notified = .rows(earlier.merging(rows) { $0.union($1) })
        case .unknown: break
        }
    }

    func othersChanged() throws(DatabaseError) -> OthersChanges {
        if down { throw .connectionFailed("server closed the connection") }
        defer { notified = .nothing }
        return notified
    }

    func loadRows(_ ids: [RecordTableName: Set<String>]) throws(DatabaseError) -> Document {
        rowLoads += 1
        var found = Document()
        for (table, set) in ids {
            for id in set { if let r = stored.record(table.kind, RecordID(id)) { found.apply(.put(r)) } }
        }
        return found
    }
}
