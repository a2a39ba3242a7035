#if PostgreSQL
import Foundation
import IQCore
import XCTest
@testable import IQPostgres

/// `db init`, `db migrate`, `db import`, `db export` against a real server (IQ_TEST_PG).
final class SchemaTests: XCTestCase {
    private var db: TestDatabase?

    override func setUpWithError() throws { db = try TestDatabase() }
    override func tearDown() { db?.drop() }

    func testInitCreatesTheSchemaOnceAndMigrateFindsItCurrent() throws {
        let db = try XCTUnwrap(db)
        XCTAssertThrowsError(try DatabaseCommands.migrate(connection: db.connection)) { XCTAssertEqual($0 as? DatabaseError, .schemaMissing) }
        XCTAssertEqual(try DatabaseCommands.initialise(connection: db.connection), DatabaseText.initialised(SchemaMigrations.current))
        XCTAssertThrowsError(try DatabaseCommands.initialise(connection: db.connection)) {
            XCTAssertEqual($0 as? DatabaseError, .schemaExists(version: SchemaMigrations.current))
        }
        XCTAssertEqual(try DatabaseCommands.migrate(connection: db.connection), DatabaseText.upToDate(SchemaMigrations.current))
        let versions = try db.admin().execute("SELECT version, applied_by FROM iq.schema_version")
        XCTAssertEqual(versions.count, SchemaMigrations.current)
        XCTAssertEqual(versions.text(0, 1), "postgres")
    }

    func testASchemaNewerThanTheProgramIsLeftAlone() throws {
        let db = try XCTUnwrap(db)
        _ = try DatabaseCommands.initialise(connection: db.connection)
        try db.admin().execute("INSERT INTO iq.schema_version (version, summary) VALUES (99, 'from the future')")
        let newer = DatabaseError.schemaNewer(found: 99, known: SchemaMigrations.current)
        XCTAssertThrowsError(try DatabaseCommands.migrate(connection: db.connection)) { XCTAssertEqual($0 as? DatabaseError, newer) }
        XCTAssertThrowsError(try DatabaseCommands.exportDocument(connection: db.connection, savedBy: "t")) { XCTAssertEqual($0 as? DatabaseError, newer) }
    }

    func testExportGivesBackWhatImportTookAndASecondImportIsRefused() throws {
        let db = try XCTUnwrap(db)
        let document = RecordRowsTests.document(cases: [(site: "site.whkt-duesseldorf", status: .applied, year: 2025), (site: nil, status: .closed, year: 2026)])
        XCTAssertThrowsError(try DatabaseCommands.importDocument(document, connection: db.connection)) { XCTAssertEqual($0 as? DatabaseError, .schemaMissing) }
        _ = try DatabaseCommands.initialise(connection: db.connection)
        try DatabaseCommands.importDocument(document, connection: db.connection)
        XCTAssertEqual(try DatabaseCommands.exportDocument(connection: db.connection, savedBy: "t").document, RecordRowsTests.sortedByID(document))
        let total = document.partners.count + document.sites.count + document.measures.count + document.cases.count + document.payments.count
        XCTAssertThrowsError(try DatabaseCommands.importDocument(document, connection: db.connection)) {
            XCTAssertEqual($0 as? DatabaseError, .notEmpty(records: total))
        }
        let row = try db.admin().execute("SELECT site_id, status, year, version, modified_by FROM iq.cases WHERE id = 'case.0'")
        XCTAssertEqual((0..<5).map { row.text(0, $0) }, ["site.whkt-duesseldorf", "applied", "2025", "3", "anna"])
    }

    func testRecordsAreReadInByteOrderOfTheirIdsThroughAnIndexNotASort() throws {
        let db = try XCTUnwrap(db)
        _ = try DatabaseCommands.initialise(connection: db.connection)
        let c = try db.admin()
        for table in RecordTableName.allCases {
            let index = try c.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = 'iq' AND indexname = $1", [.text("\(table.rawValue)_id_bytes")])
            XCTAssertTrue(index.text(0, 0)?.contains("(id COLLATE \"C\")") ?? false, table.rawValue)
            // Even where a sort would be cheaper (an empty table), the plan can take the index.
            try c.execute("SET enable_sort = off")
            let plan = try c.execute("EXPLAIN " + table.selectSQL)
            XCTAssertFalse((0..<plan.count).contains { plan.text($0, 0)?.contains("Sort") ?? true }, table.rawValue)
        }
    }
}

/// The connection string is checked by libpq before any connection is tried: no server needed.
final class ConnectionStringTests: XCTestCase {
    func testAPasswordInTheConnectionStringIsRefusedBeforeConnecting() {
        for given in ["host=/nowhere password=geheim", "postgresql://anna:geheim@localhost/iq", "host=/nowhere sslpassword=geheim"] {
            XCTAssertThrowsError(try DatabaseCommands.initialise(connection: given)) { XCTAssertEqual($0 as? DatabaseError, .passwordGiven) }
        }
        XCTAssertThrowsError(try DatabaseCommands.initialise(connection: "nonsense")) {
            guard case .badConnectionString? = $0 as? DatabaseError else { return XCTFail("\($0)") }
        }
    }
}
#endif
