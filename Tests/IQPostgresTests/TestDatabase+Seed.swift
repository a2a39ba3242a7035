#if PostgreSQL
import IQCore
@testable import IQPostgres
import XCTest

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

/// Tests that each get a fresh seeded database (`db`), dropped after the test.
class SeededDatabaseTestCase: XCTestCase {
    var db: TestDatabase?

    override func setUpWithError() throws { db = try TestDatabase.seeded() }

    override func tearDown() { db?.drop() }
}
#endif
