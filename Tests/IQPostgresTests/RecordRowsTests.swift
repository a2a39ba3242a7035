import Foundation
import IQCore
import XCTest
@testable import IQPostgres

/// The parts that need no server: rows out of a document and back, the migrations' shape.
final class RecordRowsTests: XCTestCase {
    static func document(cases: [(site: RecordID?, status: CaseStatus, year: Int)]) -> Document {
        var document = Seed.document
        let meta = RecordMeta(revision: 3, modifiedAt: Date(timeIntervalSince1970: 1_760_000_000.25), modifiedBy: "anna")
        for (n, spec) in cases.enumerated() {
            var c = Case(id: RecordID("case.\(n)"), meta: meta, number: "NRW-\(spec.year)-\(String(format: "%06d", n + 1))",
                         person: CasePerson(), status: spec.status)
            c.person.firstName = "Vorname\(n)"
            c.person.lastName = "Nachname"
            c.siteID = spec.site
            c.firstCounsellingDate = Day(year: spec.year, month: 3, day: 1)
            _ = document.cases.put(c)
        }
        return document
    }

    /// A database keeps no order: export lists each table's records by id.
    static func sortedByID(_ d: Document) -> Document {
        Document(partners: d.partners.items.sorted { $0.id < $1.id }, sites: d.sites.items.sorted { $0.id < $1.id },
                 measures: d.measures.items.sorted { $0.id < $1.id }, cases: d.cases.items.sorted { $0.id < $1.id },
                 payments: d.payments.items.sorted { $0.id < $1.id })
    }

    func testADocumentGoesToRowsAndBackUnchanged() throws {
        let document = Self.document(cases: [(site: "site.whkt-duesseldorf", status: .applied, year: 2025), (site: nil, status: .closed, year: 2026)])
        let rows = RecordRows.rows(of: document)
        XCTAssertEqual(rows[.partners]?.count, document.partners.count)
        XCTAssertEqual(rows[.sites]?.count, document.sites.count)
        XCTAssertEqual(rows[.measures]?.count, document.measures.count)
        let stored = rows.mapValues { $0.map { StoredRecord(id: $0.id, site: $0.extra.first ?? nil, format: $0.format, record: $0.record) } }
        XCTAssertEqual(try RecordRows.document(from: stored, savedBy: "test"), document)
    }

    func testTheColumnsThePoliciesNeedAreCopiedOutOfTheRecord() throws {
        let document = Self.document(cases: [(site: "site.whkt-duesseldorf", status: .applied, year: 2025)])
        let row = try XCTUnwrap(RecordRows.rows(of: document)[.cases]?.first)
        XCTAssertEqual(row.id, "case.0")
        XCTAssertEqual(row.version, 3)
        XCTAssertEqual(row.modifiedBy, "anna")
        XCTAssertEqual(row.extra, ["site.whkt-duesseldorf", "applied", "2025"])
        let site = try XCTUnwrap(RecordRows.rows(of: document)[.sites]?.first { $0.id == "site.whkt-duesseldorf" })
        XCTAssertEqual(site.extra, [document.sites["site.whkt-duesseldorf"]?.operatorID?.rawValue])
        XCTAssertEqual(RecordTableName.cases.insertSQL,
                       "INSERT INTO iq.cases (id, version, modified_by, modified_at, site_id, status, year, format, record) VALUES "
                       + "($1, $2::integer, $3, to_timestamp($4::double precision), $5, $6, $7::integer, $8::integer, $9)")
    }

    func testRecordsOfANewerFormatOrDamagedAreRefused() {
        XCTAssertThrowsError(try RecordRows.document(from: [.partners: [StoredRecord(id: "p", format: SnapshotCodec.formatVersion + 1, record: [])]], savedBy: "")) {
            XCTAssertEqual($0 as? DatabaseError, .recordFormatNewer(found: SnapshotCodec.formatVersion + 1, known: SnapshotCodec.formatVersion))
        }
        XCTAssertThrowsError(try RecordRows.document(from: [.partners: [StoredRecord(id: "p", format: 1, record: [1, 2, 3])]], savedBy: "")) {
            XCTAssertEqual($0 as? DatabaseError, .badRecord(.notAPropertyList(path: "iq.partners")))
        }
    }

    func testTheMigrationsAreNumberedWithoutGapsAndSendOneStatementEach() {
        XCTAssertEqual(SchemaMigrations.all.map(\.version), Array(1...SchemaMigrations.current))
        for migration in SchemaMigrations.all {
            for statement in migration.statements {
                // PQexecParams takes one statement: a ';' may only stand inside a $$ body.
                let outside = statement.components(separatedBy: "$$").enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                XCTAssertFalse(outside.joined().contains(";"), statement)
            }
        }
    }

    func testARowWhoseRecordNamesAnotherIdOrSiteIsRefused() throws {
        let document = Self.document(cases: [(site: "site.whkt-duesseldorf", status: .applied, year: 2025)])
        var stored = RecordRows.rows(of: document).mapValues { $0.map { StoredRecord(id: $0.id, site: $0.extra.first ?? nil, format: $0.format, record: $0.record) } }
        let honest = try XCTUnwrap(stored[.cases]?.first)
        // A copy under another row id, as a counsellor could insert with raw SQL.
        stored[.cases] = [honest, StoredRecord(id: "case.copy", site: honest.site, format: honest.format, record: honest.record)]
        XCTAssertThrowsError(try RecordRows.document(from: stored, savedBy: "")) {
            XCTAssertEqual($0 as? DatabaseError, .rowMismatch(table: "cases", id: "case.copy"))
        }
        // The policy saw one site, the record names another.
        stored[.cases] = [StoredRecord(id: honest.id, site: "site.mozaik-bielefeld", format: honest.format, record: honest.record)]
        XCTAssertThrowsError(try RecordRows.document(from: stored, savedBy: "")) {
            XCTAssertEqual($0 as? DatabaseError, .rowMismatch(table: "cases", id: honest.id))
        }
        XCTAssertTrue(DatabaseError.rowMismatch(table: "cases", id: "case.copy").message.text(.de).contains("case.copy"))
    }

    func testWithoutTheTraitEveryCommandSaysHowToGetIt() throws {
        #if !PostgreSQL
        XCTAssertThrowsError(try DatabaseCommands.initialise(connection: "")) { XCTAssertEqual($0 as? DatabaseError, .notBuiltIn) }
        XCTAssertThrowsError(try DatabaseCommands.migrate(connection: "")) { XCTAssertEqual($0 as? DatabaseError, .notBuiltIn) }
        XCTAssertTrue(DatabaseError.notBuiltIn.message.text(.en).contains("--traits PostgreSQL"))
        #else
        throw XCTSkip("built with the PostgreSQL trait")
        #endif
    }
}
