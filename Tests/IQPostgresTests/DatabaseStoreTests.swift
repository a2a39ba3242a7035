import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// An in-memory database: rows by id with their versions, and the same refusals the SQL gives.
final class FakeBackend: RecordBackend {
    var stored: Document
    var down = false
    var notified = OthersChanges.nothing
    private(set) var transactions: [RowChanges] = []

    init(_ document: Document) { stored = document }

    func loadAll() throws(DatabaseError) -> Document {
        if down { throw .connectionFailed("server closed the connection") }
        return stored
    }

    func apply(_ changes: RowChanges) throws(DatabaseError) -> Bool {
        if down { throw .connectionFailed("server closed the connection") }
        let kinds: [RecordTableName: RecordKind] = [.partners: .partner, .sites: .site, .measures: .measure, .cases: .case, .payments: .payment]
        var next = stored
        for (table, puts) in changes.puts {
            for put in puts {
                let kind = kinds[table] ?? .partner, id = RecordID(put.row.id)
                guard stored.record(kind, id)?.meta.revision == put.expected, let record = changes.written.record(kind, id) else { return false }
                next.apply(.put(record))
            }
        }
        for (table, deletes) in changes.deletes {
            for delete in deletes {
                let kind = kinds[table] ?? .partner, id = RecordID(delete.id)
                guard stored.record(kind, id)?.meta.revision == delete.expected else { return false }
                next.apply(.remove(kind, id))
            }
        }
        stored = next
        transactions.append(changes)
        return true
    }

    func othersChanged() throws(DatabaseError) -> OthersChanges {
        if down { throw .connectionFailed("server closed the connection") }
        defer { notified = .nothing }
        return notified
    }

    private(set) var rowLoads = 0

    func loadRows(_ ids: [RecordTableName: Set<String>]) throws(DatabaseError) -> Document {
        rowLoads += 1
        var found = Document()
        for (table, set) in ids {
            for id in set { if let r = stored.record(table.kind, RecordID(id)) { found.apply(.put(r)) } }
        }
        return found
    }
}

/// The store's work on a database through its seam, with a stand-in for the server: only
/// changed records go, versions decide, a clash merges or becomes the file's conflicts.
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

    func testASaveWritesAndLoadsBack() {
        let backend = FakeBackend(Seed.document)
        let store = DatabaseStore(backend: backend, source: "service=iq")
        guard case .store(.loaded(let loaded, false, true))? = store.load(user: "anna", mayWrite: true).first else { return XCTFail("not loaded") }
        XCTAssertEqual(loaded.document, Seed.document)
        let mine = with(Seed.document, Self.edited(first, phone: "0211 1", by: "anna"))
        guard case .saved(let written, _, 0, _) = store.save(request(base: Seed.document, mine: mine)) else { return XCTFail("not saved") }
        XCTAssertEqual(written, mine)
        XCTAssertEqual(backend.stored, mine)
        XCTAssertEqual(backend.transactions.count, 1)
    }

    /// Versions are per record: others' commits to other records do not stop a save (they
    /// come with the live reload); a clash that merges cleanly is sent again.
    func testOthersRecordsDoNotStopASaveAndACleanClashIsSentAgain() {
        let backend = FakeBackend(with(Seed.document, Self.edited(second, phone: "theirs", by: "ben")))
        let store = DatabaseStore(backend: backend, source: "service=iq")
        let mine = with(Seed.document, Self.edited(first, phone: "mine", by: "anna"))
        guard case .saved(let written, _, 0, _) = store.save(request(base: Seed.document, mine: mine)) else { return XCTFail("not saved") }
        XCTAssertEqual(written, mine)
        XCTAssertEqual(backend.stored.partners[first.id]?.phone, "mine")
        XCTAssertEqual(backend.stored.partners[second.id]?.phone, "theirs")
        // Both deleted the same record: the delete finds no row, the merge agrees, the rest goes.
        var theirs = backend.stored
        theirs.apply(.remove(.partner, Seed.document.partners.items[2].id))
        backend.stored = theirs
        var next = with(written, Self.edited(written.partners[first.id] ?? first, phone: "again", by: "anna"))
        next.apply(.remove(.partner, Seed.document.partners.items[2].id))
        guard case .saved(let merged, _, _, _) = store.save(request(base: written, mine: next)) else { return XCTFail("not merged") }
        XCTAssertEqual(merged.partners[first.id]?.phone, "again")
        XCTAssertEqual(merged.partners[second.id]?.phone, "theirs")
        XCTAssertEqual(backend.stored, merged)
    }

    func testAClashOnTheSameRecordBecomesAConflictAndWritesNothing() {
        let backend = FakeBackend(with(Seed.document, Self.edited(first, phone: "theirs", by: "ben")))
        let store = DatabaseStore(backend: backend, source: "service=iq")
        let theirs = backend.stored
        let mine = with(Seed.document, Self.edited(first, phone: "mine", by: "anna"))
        guard case .conflicts(let shown, _) = store.save(request(base: Seed.document, mine: mine)) else { return XCTFail("no conflict") }
        XCTAssertEqual(shown, theirs)
        XCTAssertEqual(backend.stored, theirs)
        XCTAssertEqual(DocumentMerge.merge(base: Seed.document, mine: mine, theirs: shown).conflicts.map(\.id), [first.id])
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
