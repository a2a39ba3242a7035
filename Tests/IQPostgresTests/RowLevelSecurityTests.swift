#if PostgreSQL
import Foundation
import IQCore
import XCTest
@testable import IQPostgres

/// The boundary between Träger, proven with raw SQL as each role: anna counsels at one site,
/// bert at every site of a Träger, carla coordinates.
final class RowLevelSecurityTests: XCTestCase {
    private var db: TestDatabase?
    private var anna = "", bert = "", carla = ""

    override func setUpWithError() throws {
        let db = try TestDatabase()
        self.db = db
        _ = try DatabaseCommands.initialise(connection: db.connection)
        // 2 cases at MOZAIK Bielefeld, 6 at two sites of the DGB-Bildungswerk, 1 at the WHKT, 1 without a site.
        let cases: [(site: RecordID?, status: CaseStatus, year: Int)] =
            Array(repeating: ("site.mozaik-bielefeld", .applied, 2025), count: 2)
            + Array(repeating: ("site.dgb-bildungswerk-aachen", .firstCounselling, 2025), count: 3)
            + Array(repeating: ("site.dgb-bildungswerk-koeln", .firstCounselling, 2025), count: 3)
            + [("site.whkt-duesseldorf", .closed, 2026), (nil, .closed, 2026)]
        try DatabaseCommands.importDocument(RecordRowsTests.document(cases: cases), connection: db.connection)
        anna = try db.login("anna", in: "iq_counsellor")
        bert = try db.login("bert", in: "iq_counsellor")
        carla = try db.login("carla", in: "iq_coordinator")
        let admin = try db.admin()
        try admin.execute("INSERT INTO iq.members (member, site_id) VALUES ($1, 'site.mozaik-bielefeld')", [.text(anna)])
        try admin.execute("INSERT INTO iq.members (member, operator_id) VALUES ($1, 'partner.dgb-bildungswerk')", [.text(bert)])
    }

    override func tearDown() { db?.drop() }

    private func sql(_ role: String, _ statement: String) throws -> QueryResult {
        try PGConnection(XCTUnwrap(db).connection(as: role)).execute(statement)
    }

    private func assertRefused(_ role: String, _ statement: String, line: UInt = #line) {
        XCTAssertThrowsError(try sql(role, statement), line: line) {
            guard case .notAllowed? = $0 as? DatabaseError else { return XCTFail("\(role): \($0)", line: line) }
        }
    }

    func testACounsellorSeesOnlyTheCasesOfTheirSitesOrTraeger() throws {
        XCTAssertEqual(try sql(anna, "SELECT count(*) FROM iq.cases").int(0, 0), 2)
        XCTAssertEqual(try sql(bert, "SELECT count(*) FROM iq.cases").int(0, 0), 6)
        XCTAssertEqual(try sql(anna, "SELECT DISTINCT site_id FROM iq.cases").text(0, 0), "site.mozaik-bielefeld")
        // Another site's case is not there to change or delete.
        XCTAssertEqual(try sql(anna, "DELETE FROM iq.cases WHERE site_id = 'site.dgb-bildungswerk-koeln' RETURNING id").count, 0)
        XCTAssertEqual(try sql(anna, "UPDATE iq.cases SET status = 'closed' WHERE site_id IS NULL RETURNING id").count, 0)
    }

    func testACounsellorWritesCasesOnlyAtTheirSites() throws {
        let insert = "INSERT INTO iq.cases (id, version, modified_by, modified_at, site_id, status, format, record) VALUES "
        XCTAssertEqual(try sql(anna, insert + "('case.new', 1, 'anna', now(), 'site.mozaik-bielefeld', 'applied', 3, '\\x00') RETURNING id").count, 1)
        assertRefused(anna, insert + "('case.other', 1, 'anna', now(), 'site.dgb-bildungswerk-koeln', 'applied', 3, '\\x00')")
        assertRefused(anna, insert + "('case.none', 1, 'anna', now(), NULL, 'applied', 3, '\\x00')")
        // Nor may a case be moved out of reach.
        assertRefused(anna, "UPDATE iq.cases SET site_id = 'site.whkt-duesseldorf'")
        XCTAssertEqual(try sql(bert, "UPDATE iq.cases SET site_id = 'site.dgb-bildungswerk-essen' RETURNING id").count, 6)
    }

    func testTheNetworkIsReadByAllAndBudgetsWrittenByCoordinatorsOnly() throws {
        let partners = Seed.document.partners.count
        for role in [anna, bert, carla] {
            XCTAssertEqual(try sql(role, "SELECT count(*) FROM iq.partners").int(0, 0), partners)
            XCTAssertEqual(try sql(role, "SELECT count(*) FROM iq.sites").int(0, 0), Seed.document.sites.count)
        }
        assertRefused(anna, "UPDATE iq.measures SET version = version + 1")
        assertRefused(anna, "DELETE FROM iq.payments")
        assertRefused(bert, "UPDATE iq.partners SET version = version + 1")
        XCTAssertEqual(try sql(carla, "UPDATE iq.measures SET version = version + 1 RETURNING id").count, Seed.document.measures.count)
    }

    func testCoordinatorsCountCasesThroughTheFunctionWithSmallCountsWithheld() throws {
        assertRefused(carla, "SELECT count(*) FROM iq.cases")
        assertRefused(anna, "SELECT * FROM iq.case_counts()")
        let counts = try sql(carla, "SELECT year, status, cases, below_threshold FROM iq.case_counts() ORDER BY year, status")
        let rows = (0..<counts.count).map { i in (0..<4).map { counts.text(i, $0) ?? "NULL" }.joined(separator: " ") }
        XCTAssertEqual(rows, ["2025 applied NULL t", "2025 firstCounselling 6 f", "2026 closed NULL t"])
    }

    /// A withheld count must not leak through the query around it: no plan that shows the case
    /// rows, no function of the caller's that sees them.
    func testAWithheldCountCannotBeReadBesideTheFunction() throws {
        let c = try PGConnection(XCTUnwrap(db).connection(as: carla))
        let plan = try c.execute("EXPLAIN (ANALYZE) SELECT * FROM iq.case_counts() WHERE year = 2025 AND status = 'applied'")
        let lines = (0..<plan.count).compactMap { plan.text($0, 0) }
        XCTAssertFalse(lines.contains { $0.contains("cases") }, lines.joined(separator: "\n"))
        try c.execute("CREATE TEMP TABLE seen (n integer)")
        try c.execute("""
            CREATE FUNCTION pg_temp.leak(y integer, s text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001
            AS $$ BEGIN INSERT INTO pg_temp.seen VALUES (1); RETURN true; END $$
            """)
        let rows = try c.execute("SELECT count(*) FROM iq.case_counts() WHERE pg_temp.leak(year, status)").int(0, 0)
        // The function saw the three count rows, never the ten cases.
        XCTAssertEqual(try c.execute("SELECT count(*) FROM pg_temp.seen").int(0, 0), rows)
        XCTAssertEqual(rows, 3)
    }

    func testWhoWroteARowIsTheServersWord() throws {
        let insert = "INSERT INTO iq.cases (id, version, modified_by, modified_at, site_id, status, format, record) VALUES "
        _ = try sql(anna, insert + "('case.new', 1, 'carla', '2001-01-01', 'site.mozaik-bielefeld', 'applied', 3, '\\x00')")
        _ = try sql(anna, "UPDATE iq.cases SET modified_by = 'bert' WHERE id = 'case.new'")
        let row = try db.map { try $0.admin().execute("SELECT modified_by, modified_at > now() - interval '1 hour' FROM iq.cases WHERE id = 'case.new'") }
        XCTAssertEqual(row?.text(0, 0), anna)
        XCTAssertEqual(row?.text(0, 1), "t")
    }

    func testACopiedRowStopsTheExportWithItsIdInsteadOfPassingAsACase() throws {
        let db = try XCTUnwrap(db)
        _ = try sql(anna, "INSERT INTO iq.cases SELECT 'case.copy', version, modified_by, modified_at, site_id, status, year, format, record "
                    + "FROM iq.cases WHERE site_id = 'site.mozaik-bielefeld' LIMIT 1")
        XCTAssertThrowsError(try DatabaseCommands.exportDocument(connection: db.connection, savedBy: "owner")) {
            XCTAssertEqual($0 as? DatabaseError, .rowMismatch(table: "cases", id: "case.copy"))
        }
    }

    func testACounsellorsExportHoldsOnlyTheirCasesACoordinatorsNone() throws {
        let db = try XCTUnwrap(db)
        let export = try DatabaseCommands.exportDocument(connection: db.connection(as: anna), savedBy: anna)
        let document = export.document
        XCTAssertEqual(export.withheld, [])
        XCTAssertTrue(export.ownCasesOnly, "said: not a whole backup")
        XCTAssertEqual(document.cases.items.map(\.siteID), ["site.mozaik-bielefeld", "site.mozaik-bielefeld"])
        XCTAssertEqual(document.partners.count, Seed.document.partners.count)
        // A coordinator's export holds the network and the budgets, and says it has no case.
        let coordinators = try DatabaseCommands.exportDocument(connection: db.connection(as: carla), savedBy: carla)
        XCTAssertEqual(coordinators.withheld, [.cases])
        XCTAssertFalse(coordinators.ownCasesOnly)
        XCTAssertFalse(try DatabaseCommands.exportDocument(connection: db.connection, savedBy: "owner").ownCasesOnly, "the owner's is whole")
        XCTAssertEqual(coordinators.document.cases.count, 0)
        XCTAssertEqual(coordinators.document.partners.count, Seed.document.partners.count)
    }
}
#endif
