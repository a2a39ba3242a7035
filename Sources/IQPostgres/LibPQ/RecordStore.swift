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
                for row in rows[table] ?? [] {
                    let extra = row.extra.map { $0.map(PGConnection.Param.text) ?? .null }
                    try c.execute(table.insertSQL, [.text(row.id), .text(String(row.version)), .text(row.modifiedBy),
                                                    .text(String(row.modifiedAt.timeIntervalSince1970))]
                                  + extra + [.text(String(row.format)), .bytes(row.record)])
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
                let result = try c.execute(table.selectSQL)
                var rows: [StoredRecord] = []
                rows.reserveCapacity(result.count)
                for i in 0..<result.count {
                    guard let format = result.int(i, 0), let record = result.bytes(i, 1), let id = result.text(i, 2) else {
                        throw .badRecord(.notAPropertyList(path: "iq.\(table.rawValue)"))
                    }
                    rows.append(StoredRecord(id: id, site: result.text(i, 3), format: format, record: record))
                }
                stored[table] = rows
            }
            return try RecordRows.document(from: stored, savedBy: savedBy)
        }
    }
}
#endif
