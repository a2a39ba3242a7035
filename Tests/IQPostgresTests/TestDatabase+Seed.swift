#if PostgreSQL
import IQCore
@testable import IQPostgres

extension TestDatabase {
    /// A fresh database with the schema and the built-in network in it, as after `db init` and
    /// `db import`.
    static func seeded() throws -> TestDatabase {
        let db = try TestDatabase()
        _ = try DatabaseCommands.initialise(connection: db.connection)
        try DatabaseCommands.importDocument(Seed.document, connection: db.connection)
        return db
    }
}
#endif
