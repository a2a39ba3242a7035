import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// The store's work on a database through its seam, with a stand-in for the server: only
/// changed records go, with the versions that decide; a lost connection; others' commits.
/// What two sessions' saves lead to (merge, conflicts) is the shared scenarios'
/// (StandInScenarioTests, ServerScenarioTests).
final class DatabaseStoreTests: XCTestCase {
    let at = Date(timeIntervalSince1970: 1_800_000_000)

    static func edited(_ p: Partner, phone: String, by user: String) -> Partner {
        var p = p
        p.phone = phone
        p.meta = RecordMeta(revision: p.meta.revision + 1, modifiedAt: Date(timeIntervalSince1970: 1_800_000_000), modifiedBy: user)
        return p
    }

    func request(base: Document, mine: Document) -> SaveRequest {
        SaveRequest(file: SnapshotFile(path: "/tmp/postgres-x"), document: mine, base: base, baseIdentity: nil, format: .binary,
                    generation: 1, at: at, user: "anna")
    }

    var first: Partner { Seed.document.partners.items[0] }
    var second: Partner { Seed.document.partners.items[1] }

    func with(_ d: Document, _ p: Partner) -> Document {
        var d = d
        d.apply(.put(.partner(p)))
        return d
    }

    func testOnlyTheChangedRecordsAreSentWithTheVersionTheyWereEditedAgainst() {
        let base = Seed.document
        var mine = with(base, Self.edited(first, phone: "0211 1", by: "anna"))
        mine.apply(.remove(.partner, second.id))
        let changes = RowChanges(base: base, mine: mine)
        XCTAssertEqual(changes.count, 2)
        XCTAssertEqual(changes.puts[.partners]?.map(\.row.id), [first.id.rawValue])
        XCTAssertEqual(changes.puts[.partners]?.first?.expected, first.meta.revision)
        XCTAssertEqual(changes.puts[.partners]?.first?.row.version, first.meta.revision + 1)
        XCTAssertEqual(changes.deletes[.partners], [RowChanges.Delete(id: second.id.rawValue, expected: second.meta.revision)])
        XCTAssertTrue(RowChanges(base: base, mine: base).isEmpty)
    }

    func testChangesAreFoundWhereverTheRecordsStand() throws {
        let base = Seed.document
        // One removed and one added: the same count, every record after it one place on.
        var mine = base
        mine.apply(.remove(.partner, first.id))
        var added = second
        added.id = "partner.added"
        mine.apply(.put(.partner(added)))
        let changes = RowChanges(base: base, mine: mine)
        XCTAssertEqual(changes.deletes[.partners], [RowChanges.Delete(id: first.id.rawValue, expected: first.meta.revision)])
        XCTAssertEqual(changes.puts[.partners]?.map(\.row.id), ["partner.added"])
        XCTAssertEqual(changes.count, 2)
        // The same records in another order, or read back as equal values in storage of their own.
        let reversed = Document(partners: base.partners.items.reversed(), sites: base.sites.items.reversed(), measures: base.measures.items,
                                cases: base.cases.items, payments: base.payments.items)
        XCTAssertTrue(RowChanges(base: base, mine: reversed).isEmpty)
        let stored = RecordRows.rows(of: base).mapValues { $0.map { StoredRecord(id: $0.id, format: $0.format, record: $0.record) } }
        XCTAssertTrue(RowChanges(base: base, mine: try RecordRows.document(from: stored, savedBy: "")).isEmpty)
    }

    func testAChangedRecordWhoseRevisionWasNotRaisedGetsTheNextOne() {
        var kept = first
        kept.phone = "0211 2"
        let changes = RowChanges(base: Seed.document, mine: with(Seed.document, kept))
        XCTAssertEqual(changes.puts[.partners]?.first?.row.version, first.meta.revision + 1)
        XCTAssertEqual(changes.written.partners[first.id]?.meta.revision, first.meta.revision + 1)
    }

    func testADroppedConnectionIsSaidAndTriedAgainOnTheNextSave() {
        let backend = FakeBackend(Seed.document)
        let store = DatabaseStore(backend: backend, source: "service=iq")
        backend.down = true
        let mine = with(Seed.document, Self.edited(first, phone: "mine", by: "anna"))
        let unreachable = SnapshotError.database(source: "service=iq",
                                                 message: StoreText.statusDatabaseUnreachable("server closed the connection"))
        XCTAssertEqual(store.save(request(base: Seed.document, mine: mine)), .failed(unreachable))
        // The look for others' commits says it once, not every few seconds.
        XCTAssertEqual(store.check(), [.store(.externalChangeUnreadable(unreachable))])
        XCTAssertEqual(store.check(), [])
        backend.down = false
        guard case .saved = store.save(request(base: Seed.document, mine: mine)) else { return XCTFail("not saved after reconnecting") }
        XCTAssertEqual(backend.stored, mine)
    }

    /// Server errors a person can act on get words of their own; others keep the server's.
    func testTheServersRefusalsAreSaidByWhatTheyMean() {
        XCTAssertEqual(DatabaseError.statement(code: "55P03", detail: "canceling statement due to lock timeout"), .recordsBusy)
        XCTAssertEqual(DatabaseError.recordsBusy.message, DatabaseText.recordsBusy)
        XCTAssertEqual(DatabaseError.statement(code: "42501", detail: "permission denied"), .notAllowed("permission denied"))
        XCTAssertEqual(DatabaseError.statement(code: "23514", detail: "check"), .statementFailed(code: "23514", detail: "check"))
    }

    func testOthersCommitsArriveAsTheFilesLiveReload() {
        let backend = FakeBackend(Seed.document)
        let store = DatabaseStore(backend: backend, source: "service=iq")
        XCTAssertEqual(store.check(), [])
        backend.stored = with(Seed.document, Self.edited(first, phone: "theirs", by: "ben"))
        backend.notified = .unknown
        guard case .store(.externalChange(let loaded))? = store.check().first else { return XCTFail("not reloaded") }
        XCTAssertEqual(loaded.document, backend.stored)
    }

    /// Others' rows that came while a save ran are dropped by the screen: the save's base tells,
    /// and the next look brings everything.
    func testAChangeTheScreenDidNotTakeComesAgain() {
        let backend = FakeBackend(Seed.document)
        let store = DatabaseStore(backend: backend, source: "service=iq")
        _ = store.load(user: "anna", mayWrite: true)
        backend.stored = with(Seed.document, Self.edited(second, phone: "theirs", by: "ben"))
        backend.notified = .rows([.partners: [second.id.rawValue]])
        XCTAssertEqual(store.check().count, 1)
        let mine = with(Seed.document, Self.edited(first, phone: "mine", by: "anna"))
        guard case .saved = store.save(request(base: Seed.document, mine: mine)) else { return XCTFail("not saved") }
        guard case .store(.externalChange(let loaded))? = store.check().first else { return XCTFail("not brought again") }
        XCTAssertEqual(loaded.document.partners[second.id]?.phone, "theirs")
        XCTAssertEqual(loaded.document.partners[first.id]?.phone, "mine")
        XCTAssertEqual(store.check(), [])
    }

    /// The ids a commit notified are read again, the rest is what the session knew.
    func testOnlyTheNotifiedRowsAreReadAgain() {
        let backend = FakeBackend(Seed.document)
        let store = DatabaseStore(backend: backend, source: "service=iq")
        _ = store.load(user: "anna", mayWrite: true)
        backend.stored = with(Seed.document, Self.edited(first, phone: "theirs", by: "ben"))
        backend.stored.apply(.remove(.partner, second.id))
        backend.notified = .rows([.partners: [first.id.rawValue, second.id.rawValue]])
        guard case .store(.externalChange(let loaded))? = store.check().first else { return XCTFail("not reloaded") }
        XCTAssertEqual(backend.rowLoads, 1)
        XCTAssertEqual(loaded.document.partners[first.id]?.phone, "theirs")
        XCTAssertNil(loaded.document.partners[second.id])
        XCTAssertEqual(loaded.document.partners.count, backend.stored.partners.count)
        XCTAssertEqual(store.check(), [])
    }
}
