#if PostgreSQL
import Foundation
@testable import IQCore
import IQTestSupport
import XCTest
@testable import IQPostgres

/// The database on the server IQ_TEST_PG names, as the shared scenarios' store.
final class ServerDatabase: DatabaseUnderTest {
    let db: TestDatabase

    init(_ document: Document) throws {
        db = try TestDatabase()
        _ = try DatabaseCommands.initialise(connection: db.connection)
        try DatabaseCommands.importDocument(document, connection: db.connection)
    }

    func backend() throws -> RecordBackend { try PGRecordBackend(db.connection) }
}

/// The shared merge and conflict scenarios on a real server: two connections, notifications,
/// row versions and the transaction's rollback.
final class ServerScenarioTests: XCTestCase {
    private var databases: [ServerDatabase] = []

    lazy var scenarios = StoreScenarios { [unowned self] document in
        let database = try ServerDatabase(document)
        databases.append(database)
        return database
    }

    override func tearDown() { databases.forEach { $0.db.drop() } }

    func testEveryScenario() throws { try scenarios.runAll() }
}
#endif
