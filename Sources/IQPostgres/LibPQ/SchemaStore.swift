#if PostgreSQL
import IQCore

/// The schema's version in a database, and the migrations that bring it up.
enum SchemaStore {
    /// Held until the transaction ends: two `db init`/`db migrate` at once take turns.
    private static let lockKey = "8617320418"

    /// nil: no iq-tui schema in this database.
    static func version(_ c: PGConnection) throws(DatabaseError) -> Int? {
        let exists = try c.execute("SELECT to_regclass('iq.schema_version') IS NOT NULL")
        guard exists.text(0, 0) == "t" else { return nil }
        return try c.execute("SELECT coalesce(max(version), 0) FROM iq.schema_version").int(0, 0) ?? 0
    }

    /// `db init`: the whole schema into a database that has none. Returns the version.
    static func initialise(_ c: PGConnection) throws(DatabaseError) -> Int {
        try c.transaction { () throws(DatabaseError) -> Int in
            try c.execute("SELECT pg_advisory_xact_lock($1::bigint)", [.text(lockKey)])
            if let found = try version(c) { throw .schemaExists(version: found) }
            try apply(c, after: 0)
            return SchemaMigrations.current
        }
    }

    /// `db migrate`: the missing migrations, in one transaction. Returns (from, to).
    static func migrate(_ c: PGConnection) throws(DatabaseError) -> (Int, Int) {
        try c.transaction { () throws(DatabaseError) -> (Int, Int) in
            try c.execute("SELECT pg_advisory_xact_lock($1::bigint)", [.text(lockKey)])
            guard let found = try version(c) else { throw .schemaMissing }
            if found > SchemaMigrations.current { throw .schemaNewer(found: found, known: SchemaMigrations.current) }
            try apply(c, after: found)
            return (found, SchemaMigrations.current)
        }
    }

    /// What the record commands need: the schema this program knows, neither older nor newer.
    static func requireCurrent(_ c: PGConnection) throws(DatabaseError) {
        guard let found = try version(c) else { throw .schemaMissing }
        if found > SchemaMigrations.current { throw .schemaNewer(found: found, known: SchemaMigrations.current) }
        if found < SchemaMigrations.current { throw .schemaOutdated(found: found, known: SchemaMigrations.current) }
    }

    private static func apply(_ c: PGConnection, after version: Int) throws(DatabaseError) {
        for migration in SchemaMigrations.all where migration.version > version {
            for statement in migration.statements { try c.execute(statement) }
            try c.execute("INSERT INTO iq.schema_version (version, summary) VALUES ($1::integer, $2)",
                          [.text(String(migration.version)), .text(migration.summary)])
        }
    }
}
#endif
