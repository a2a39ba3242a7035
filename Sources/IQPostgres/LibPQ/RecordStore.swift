#if PostgreSQL
import IQCore

/// A whole document into an empty database, and out again (`db import`, `db export`).
enum RecordStore {
    /// All rows in one transaction; refused (nothing written) when any table holds records.
    static func importDocument(_ document: Document, _ c: PGConnection) throws(DatabaseError) {
        try c.transaction { () throws(DatabaseError) in
            try SchemaStore.requireCurrent(c)
            // Two imports at once: the second waits, then finds the tables full.
            try c.execute("LOCK TABLE " + RecordTableName.allCases.map { "iq.\($0.rawValue)" }.joined(separator: ", ") + " IN EXCLUSIVE MODE")
            var present = 0
            for table in RecordTableName.allCases { present += try c.execute(table.countSQL).int(0, 0) ?? 0 }
            if present > 0 { throw .notEmpty(records: present) }
            let rows = RecordRows.rows(of: document)
            for table in RecordTableName.allCases {
                for row in rows[table] ?? [] { try c.execute(table.insertSQL, row.params) }
            }
        }
    }

    /// The changed rows of a save in one transaction, each only at the version it was edited
    /// against; `.versionClash` (all rolled back) when another session was first.
    static func apply(_ changes: RowChanges, _ c: PGConnection) throws(DatabaseError) {
        try c.transaction { () throws(DatabaseError) in
            for table in RecordTableName.allCases {
                for delete in changes.deletes[table] ?? [] {
                    let done = try c.execute(table.deleteSQL, [.text(delete.id), .text(String(delete.expected))])
                    if done.affected != 1 { throw .versionClash }
                }
                for put in changes.puts[table] ?? [] {
                    guard let expected = put.expected else {
                        // Someone else created a record of the same id first.
                        do throws(DatabaseError) { try c.execute(table.insertSQL, put.row.params) } catch {
                            if case .statementFailed("23505", _) = error { throw .versionClash }
                            throw error
                        }
                        continue
                    }
                    let done = try c.execute(table.updateSQL, put.row.params + [.text(String(expected))])
                    if done.affected != 1 { throw .versionClash }
                }
            }
        }
    }

    /// Every record this role may read, from one consistent snapshot of the database.
    static func exportDocument(_ c: PGConnection, savedBy: String) throws(DatabaseError) -> Document {
        try c.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(DatabaseError) -> Document in
            try SchemaStore.requireCurrent(c)
            var stored: [RecordTableName: [StoredRecord]] = [:]
            for table in RecordTableName.allCases {
                let result = try c.execute(table.selectSQL, results: .binary)
                var rows: [StoredRecord] = []
                rows.reserveCapacity(result.count)
                for i in 0..<result.count { rows.append(try result.storedRecord(i, of: table)) }
                stored[table] = rows
            }
            return try RecordRows.document(from: stored, savedBy: savedBy)
        }
    }
}
extension QueryResult {
    /// Row `i` of `RecordTableName.selectSQL` or `selectOneSQL`, asked for in binary format.
    func storedRecord(_ i: Int, of table: RecordTableName) throws(DatabaseError) -> StoredRecord {
        guard let format = int(i, 0), let record = bytes(i, 1), let id = text(i, 2) else {
            throw .badRecord(.notAPropertyList(path: "iq.\(table.rawValue)"))
        }
        return StoredRecord(id: id, site: text(i, 3), format: format, record: record)
    }
}

extension RecordRow {
    /// The row's values in `RecordTableName.columns` order.
    var params: [PGConnection.Param] {
        [.text(id), .text(String(version)), .text(modifiedBy), .text(String(modifiedAt.timeIntervalSince1970))]
            + extra.map { $0.map(PGConnection.Param.text) ?? .null } + [.text(String(format)), .bytes(record)]
    }
}
#endif
