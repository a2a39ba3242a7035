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

    /// How long a save waits (5 s) for a row another session's transaction holds. Saves take well
    /// under a second; one that hangs (a client stopped or cut off mid-save keeps its locks until
    /// the server notices) would otherwise stall this program's store work without end.
    static let lockWait = "SET LOCAL lock_timeout = '5s'"

    /// The changed rows of a save in one transaction, each only at the version it was edited
    /// against; `.versionClash` (all rolled back) when another session was first, `.recordsBusy`
    /// when another session's transaction holds a row longer than `lockWait`.
    static func apply(_ changes: RowChanges, _ c: PGConnection) throws(DatabaseError) {
        try c.transaction { () throws(DatabaseError) in
            try c.execute(lockWait)
            for table in RecordTableName.allCases {
                for delete in changes.deletes[table] ?? [] {
                    let done = try row(table, delete.id) { () throws(DatabaseError) in
                        try c.execute(table.deleteSQL, [.text(delete.id), .text(String(delete.expected))])
                    }
                    if done.affected != 1 { throw .versionClash }
                }
                for put in changes.puts[table] ?? [] {
                    guard let expected = put.expected else {
                        // Someone else created a record of the same id first.
                        do throws(DatabaseError) {
                            try row(table, put.row.id) { () throws(DatabaseError) in try c.execute(table.insertSQL, put.row.params) }
                        } catch {
                            if case .statementFailed("23505", _) = error { throw .versionClash }
                            throw error
                        }
                        continue
                    }
                    let done = try row(table, put.row.id) { () throws(DatabaseError) in
                        try c.execute(table.updateSQL, put.row.params + [.text(String(expected))])
                    }
                    if done.affected != 1 { throw .versionClash }
                }
            }
        }
    }

    /// One row's statement; a refusal by rights or policy names the row, so the person learns
    /// which change to take back.
    @discardableResult
    private static func row(_ table: RecordTableName, _ id: String,
                            _ statement: () throws(DatabaseError) -> QueryResult) throws(DatabaseError) -> QueryResult {
        do {
            return try statement()
        } catch .notAllowed {
            throw .refused(table: table, id: id)
        }
    }

    /// The tables the connected role may not read.
    static func unreadable(_ c: PGConnection) throws(DatabaseError) -> Set<RecordTableName> {
        let sql = "SELECT " + RecordTableName.allCases.map { "has_table_privilege('iq.\($0.rawValue)', 'SELECT')" }.joined(separator: ", ")
        let rights = try c.execute(sql)
        return Set(RecordTableName.allCases.enumerated().filter { rights.text(0, $0.offset) != "t" }.map(\.element))
    }

    /// What the connected role may write. The schema's owner (and a role that bypasses row
    /// security) writes every case; a counsellor the cases of the sites `iq.may_work_on` opens.
    static func access(_ c: PGConnection) throws(DatabaseError) -> StoreAccess {
        let rights = try c.execute("""
            SELECT has_table_privilege('iq.partners', 'UPDATE'), has_table_privilege('iq.sites', 'UPDATE'),
                   has_table_privilege('iq.measures', 'UPDATE'), has_table_privilege('iq.cases', 'UPDATE'),
                   has_table_privilege('iq.payments', 'UPDATE'),
                   (SELECT rolsuper OR rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = current_user)
                   OR pg_has_role(current_user, (SELECT relowner FROM pg_catalog.pg_class WHERE oid = 'iq.cases'::regclass), 'USAGE')
            """)
        var access = StoreAccess()
        for (column, kind) in [RecordKind.partner, .site, .measure, .case, .payment].enumerated() where rights.text(0, column) != "t" {
            access.readOnlyKinds.insert(kind)
        }
        if rights.text(0, 5) != "t" {
            let sites = try c.execute("SELECT id FROM iq.sites WHERE iq.may_work_on(id)")
            access.caseSites = Set((0..<sites.count).compactMap { sites.text($0, 0).map { RecordID($0) } })
        }
        return access
    }

    /// Every record this role may read, from one consistent snapshot of the database. A table
    /// the role may not read at all (a coordinator's cases) is left out, not an error.
    static func exportDocument(_ c: PGConnection, savedBy: String) throws(DatabaseError) -> (document: Document, withheld: [RecordTableName]) {
        try c.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(DatabaseError) -> (document: Document, withheld: [RecordTableName]) in
            try SchemaStore.requireCurrent(c)
            var stored: [RecordTableName: [StoredRecord]] = [:]
            let unreadable = try unreadable(c)
            for table in RecordTableName.allCases where !unreadable.contains(table) {
                let result = try c.execute(table.selectSQL, results: .binary)
                var rows: [StoredRecord] = []
                rows.reserveCapacity(result.count)
                for i in 0..<result.count { rows.append(try result.storedRecord(i, of: table)) }
                stored[table] = rows
            }
            return (try RecordRows.document(from: stored, savedBy: savedBy), RecordTableName.allCases.filter(unreadable.contains))
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
