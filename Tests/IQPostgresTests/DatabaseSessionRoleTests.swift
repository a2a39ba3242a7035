#if PostgreSQL
import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// The program's store as a counsellor: it loads what the policies let the role read, saves
/// its cases, and a change the policies refuse is said and writes nothing.
final class DatabaseSessionRoleTests: XCTestCase {
    private var db: TestDatabase?
    private var anna = ""

    override func setUpWithError() throws {
        let db = try TestDatabase()
        self.db = db
        _ = try DatabaseCommands.initialise(connection: db.connection)
        let cases: [(site: RecordID?, status: CaseStatus, year: Int)] =
            Array(repeating: ("site.mozaik-bielefeld", .applied, 2025), count: 2) + [("site.whkt-duesseldorf", .closed, 2026)]
        try DatabaseCommands.importDocument(RecordRowsTests.document(cases: cases), connection: db.connection)
        anna = try db.login("anna", in: "iq_counsellor")
        try db.admin().execute("INSERT INTO iq.members (member, site_id) VALUES ($1, 'site.mozaik-bielefeld')", [.text(anna)])
    }

    override func tearDown() { db?.drop() }

    func request(base: Document, mine: Document) -> SaveRequest {
        SaveRequest(file: SnapshotFile(path: "/tmp/postgres-x"), document: mine, base: base, baseIdentity: nil, format: .binary,
                    generation: 1, at: Date(), user: "anna")
    }

    /// `document` with `record` changed and its revision counted up, as a form's save does.
    func changed<R: Record>(_ document: Document, _ record: R, as wrap: (R) -> AnyRecord,
                            _ change: (inout R) -> Void) -> (document: Document, record: R) {
        var record = record
        change(&record)
        record.meta.revision += 1
        var document = document
        document.apply(.put(wrap(record)))
        return (document, record)
    }

    func testACounsellorSeesAndSavesHerCasesAndIsToldWhatSheMayNotChange() throws {
        let db = try XCTUnwrap(db)
        let store = try DatabaseStore.connect(db.connection(as: anna))
        let actions = store.load(user: "anna", mayWrite: true)
        guard case .store(.loaded(let loaded, false, true))? = actions.first else { return XCTFail("not loaded") }
        let base = loaded.document
        // Known up front, so the program refuses these edits before a form opens.
        XCTAssertEqual(actions.last, .store(.accessKnown(StoreAccess(readOnlyKinds: [.partner, .site, .measure, .payment],
                                                                     caseSites: ["site.mozaik-bielefeld"]))))
        XCTAssertEqual(base.cases.count, 2, "only the cases of her site")
        XCTAssertEqual(base.partners.count, Seed.document.partners.count, "the network is readable by all")

        let mine = changed(base, base.cases.items[0], as: AnyRecord.case) { $0.status = .firstCounselling }.document
        guard case .saved(let written, _, _, _) = store.save(request(base: base, mine: mine)) else { return XCTFail("her case not saved") }

        let (refused, partner) = changed(written, base.partners.items[0], as: AnyRecord.partner) { $0.phone = "0521 1" }
        guard case .failed(.database(_, let message)) = store.save(request(base: written, mine: refused)) else { return XCTFail("not refused") }
        XCTAssertEqual(message, DatabaseText.refused(DatabaseText.refusedRecord(partner.name)), "names the change to take back")
        let stored = try db.admin().execute("SELECT version FROM iq.partners WHERE id = $1", [.text(partner.id.rawValue)])
        XCTAssertEqual(stored.int(0, 0), base.partners.items[0].meta.revision, "nothing of the refused save written")

        // A case moved to a site not hers: refused by the policy, named by its number.
        let (away, moved) = changed(written, written.cases.items[0], as: AnyRecord.case) { $0.siteID = "site.whkt-duesseldorf" }
        guard case .failed(.database(_, let caseMessage)) = store.save(request(base: written, mine: away)) else { return XCTFail("not refused") }
        XCTAssertEqual(caseMessage, DatabaseText.refused(DatabaseText.refusedRecord(caseNumber: moved.number)))
    }

    func testTheSchemaOwnerMayWriteEverythingAndACoordinatorNoCase() throws {
        let db = try XCTUnwrap(db)
        let owner = try DatabaseStore.connect(db.connection)
        XCTAssertEqual(owner.load(user: "owner", mayWrite: true).last, .store(.accessKnown(.everything)))
        let carla = try db.login("carla", in: "iq_coordinator")
        let coordinator = try DatabaseStore.connect(db.connection(as: carla))
        let actions = coordinator.load(user: "carla", mayWrite: true)
        guard case .store(.loaded(let loaded, _, _))? = actions.first, case .store(.accessKnown(let access))? = actions.last else {
            return XCTFail("a coordinator's session does not load: \(actions)")
        }
        XCTAssertEqual(access.readOnlyKinds, [.case])
        XCTAssertEqual(loaded.document.cases.count, 0, "no case for the coordination")
        XCTAssertEqual(loaded.document.partners.count, Seed.document.partners.count)

        // A counsellor's commit is heard (only ids go out) and reads nothing the role may not.
        let annas = try DatabaseStore.connect(db.connection(as: anna))
        guard case .store(.loaded(let hers, _, _))? = annas.load(user: "anna", mayWrite: true).first else { return XCTFail("not loaded") }
        let mine = changed(hers.document, hers.document.cases.items[0], as: AnyRecord.case) { $0.status = .closed }.document
        guard case .saved = annas.save(request(base: hers.document, mine: mine)) else { return XCTFail("not saved") }
        // Seconds, not a fixed count of short tries: a busy machine may deliver the notice late.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            for action in coordinator.check() {
                if case .store(.externalChangeUnreadable(let error)) = action { return XCTFail("\(error)") }
                if case .store(.externalChange(let theirs)) = action { return XCTAssertEqual(theirs.document.cases.count, 0) }
            }
            usleep(10_000)
        }
        XCTFail("the commit was not heard")
    }
}
#endif
