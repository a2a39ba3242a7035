#if PostgreSQL
import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// The program's store on a real server (IQ_TEST_PG): notifications, inserts, purge, a dropped
/// connection. Two sessions' merges and conflicts are the shared scenarios' (ServerScenarioTests).
final class DatabaseSessionTests: XCTestCase {
    private var db: TestDatabase?

    override func setUpWithError() throws {
        let db = try TestDatabase()
        self.db = db
        _ = try DatabaseCommands.initialise(connection: db.connection)
        try DatabaseCommands.importDocument(Seed.document, connection: db.connection)
    }

    override func tearDown() { db?.drop() }

    func loaded(_ store: DatabaseStore) throws -> Document {
        guard case .store(.loaded(let loaded, false, true))? = store.load(user: "t", mayWrite: true).first else {
            throw XCTSkip("not loaded")
        }
        return loaded.document
    }

    func request(base: Document, mine: Document) -> SaveRequest {
        SaveRequest(file: SnapshotFile(path: "/tmp/postgres-x"), document: mine, base: base, baseIdentity: nil, format: .binary,
                    generation: 1, at: Date(), user: "t")
    }

    func edited(_ d: Document, _ id: RecordID, phone: String) -> Document {
        var d = d
        guard var p = d.partners[id] else { return d }
        p.phone = phone
        p.meta.revision += 1
        d.apply(.put(.partner(p)))
        return d
    }

    /// A commit notifies the ids of its rows, and only other sessions hear them.
    func testACommitNotifiesItsRowIdsToOtherSessions() throws {
        let db = try XCTUnwrap(db)
        let listener = try PGRecordBackend(db.connection)
        let writer = try PGRecordBackend(db.connection)
        let base = try listener.loadAll()
        let id = base.partners.items[0].id
        XCTAssertTrue(try writer.apply(RowChanges(base: base, mine: edited(base, id, phone: "x"))))
        var heard = OthersChanges.nothing
        for _ in 0..<200 where heard == .nothing {
            heard = try listener.othersChanged()
            usleep(10_000)
        }
        XCTAssertEqual(heard, .rows([.partners: [id.rawValue]]))
        XCTAssertEqual(try writer.othersChanged(), .nothing)
        XCTAssertEqual(try listener.loadRows([.partners: [id.rawValue, "partner.none"]]).partners.items.map(\.id), [id])
    }

    func testANewCaseIsInsertedAndAPurgeIsARealDelete() throws {
        let db = try XCTUnwrap(db)
        let anna = try DatabaseStore.connect(db.connection)
        let base = try loaded(anna)
        var mine = base
        mine.apply(.put(.case(Case(id: "case.1", meta: RecordMeta(revision: 1, modifiedAt: Date(), modifiedBy: "t"), number: "NRW-2026-000001"))))
        guard case .saved(let written, _, _, _) = anna.save(request(base: base, mine: mine)) else { return XCTFail("not inserted") }
        XCTAssertEqual(try db.admin().execute("SELECT count(*) FROM iq.cases").int(0, 0), 1)
        var purged = written
        purged.apply(.remove(.case, "case.1"))
        guard case .saved = anna.save(request(base: written, mine: purged)) else { return XCTFail("not deleted") }
        XCTAssertEqual(try db.admin().execute("SELECT count(*) FROM iq.cases").int(0, 0), 0)
    }

    func testADroppedConnectionFailsTheSaveAndTheNextSaveReconnects() throws {
        let db = try XCTUnwrap(db)
        let anna = try DatabaseStore.connect(db.connection)
        let base = try loaded(anna)
        try db.admin().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                               [.text(db.name)])
        let mine = edited(base, base.partners.items[0].id, phone: "kept")
        guard case .failed(.database(_, let message)) = anna.save(request(base: base, mine: mine)) else { return XCTFail("no failure") }
        XCTAssertTrue(message.text(.en).hasPrefix("No connection to the database"), message.text(.en))
        guard case .saved = anna.save(request(base: base, mine: mine)) else { return XCTFail("not saved after reconnecting") }
        XCTAssertEqual(try loaded(anna).partners[base.partners.items[0].id]?.phone, "kept")
    }

    /// Another session's transaction holds the row (its client stopped mid-save): the save
    /// gives up after the lock wait with a message instead of waiting without end, and goes
    /// through once the row is free.
    func testASaveWaitingForAnotherSessionsLockGivesUpAndSaysSo() throws {
        let db = try XCTUnwrap(db)
        let anna = try DatabaseStore.connect(db.connection)
        let base = try loaded(anna)
        let id = base.partners.items[0].id
        let hung = try db.admin()
        try hung.execute("BEGIN")
        try hung.execute("SELECT id FROM iq.partners WHERE id = $1 FOR UPDATE", [.text(id.rawValue)])
        let mine = edited(base, id, phone: "waited")
        guard case .failed(.database(_, let message)) = anna.save(request(base: base, mine: mine)) else { return XCTFail("no failure") }
        XCTAssertEqual(message, DatabaseText.recordsBusy)
        try hung.execute("ROLLBACK")
        guard case .saved = anna.save(request(base: base, mine: mine)) else { return XCTFail("not saved once the row is free") }
        XCTAssertEqual(try loaded(anna).partners[id]?.phone, "waited")
    }
}
#endif
