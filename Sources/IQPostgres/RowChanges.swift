import Foundation
import IQCore

/// What a save sends to the database: the records that differ from the base, each with the row
/// version it was edited against (optimistic concurrency), and the ids removed.
public struct RowChanges: Equatable, Sendable {
    public struct Put: Equatable, Sendable {
        public var row: RecordRow
        /// The version the row must still have; nil: a new record (inserted).
        public var expected: Int?
    }

    public struct Delete: Equatable, Sendable {
        public var id: String
        public var expected: Int
    }

    public var puts: [RecordTableName: [Put]] = [:]
    public var deletes: [RecordTableName: [Delete]] = [:]
    /// `mine` as written: a changed record whose revision was not raised (a conflict resolved
    /// by keeping mine) gets the next one, so the row version always grows.
    public var written: Document

    public var isEmpty: Bool { puts.values.allSatisfy(\.isEmpty) && deletes.values.allSatisfy(\.isEmpty) }
    public var count: Int { puts.values.map(\.count).reduce(0, +) + deletes.values.map(\.count).reduce(0, +) }

    /// Record by record, linear in the document's size; only the changed records are encoded.
    /// An edit leaves the other records where they were and as they were, so each is first held
    /// against the base's record at the same place, where both lie, before any look-up by id.
    public init(base: Document, mine: Document) {
        written = mine
        var changed = Document()
        var expected: [RecordTableName: [String: Int]] = [:]
        func table<R: Record>(_ name: RecordTableName, _ a: RecordTable<R>, _ b: RecordTable<R>, _ wrap: (R) -> AnyRecord) {
            // Not changed since the base (a copy keeps its table's version).
            if a.version == b.version { return }
            let olds = a.items
            let news = b.items
            var aligned = olds.count == news.count
            for i in changedPlaces(a, b) {
                var record = news[i]
                let same = i < olds.count && olds[i].id == record.id
                aligned = aligned && same
                let previous = same ? olds[i] : a[record.id]
                guard previous != record else { continue }
                if let old = previous {
                    expected[name, default: [:]][record.id.rawValue] = old.meta.revision
                    if record.meta.revision <= old.meta.revision {
                        record.meta.revision = old.meta.revision + 1
                        written.apply(.put(wrap(record)))
                    }
                }
                changed.apply(.put(wrap(record)))
            }
            // The same ids in the same places: none was removed.
            if aligned { return }
            for old in olds where b[old.id] == nil {
                deletes[name, default: []].append(Delete(id: old.id.rawValue, expected: old.meta.revision))
            }
        }
        table(.partners, base.partners, mine.partners, AnyRecord.partner)
        table(.sites, base.sites, mine.sites, AnyRecord.site)
        table(.measures, base.measures, mine.measures, AnyRecord.measure)
        table(.cases, base.cases, mine.cases, AnyRecord.case)
        table(.payments, base.payments, mine.payments, AnyRecord.payment)
        for (name, rows) in RecordRows.rows(of: changed) where !rows.isEmpty {
            puts[name] = rows.map { Put(row: $0, expected: expected[name]?[$0.id]) }
        }
    }
}

/// The places in `news` whose record differs from the one at the same place in `olds` (or has
/// none there). A place written by the same write in both is the same record (`sameWrite`);
/// only the others are compared field by field.
private func changedPlaces<R: Record>(_ olds: RecordTable<R>, _ news: RecordTable<R>) -> [Int] {
    let (o, n) = (olds.items.span, news.items.span)
    var places: [Int] = []
    for i in n.indices where !news.sameWrite(at: i, as: olds) && (i >= o.count || o[i] != n[i]) { places.append(i) }
    return places
}

/// The rows of a database as a store needs them; the SQL behind it is PGRecordBackend's, and a
/// test stands in with its own.
public protocol RecordBackend: AnyObject {
    /// Every record the role may read, from one consistent snapshot.
    func loadAll() throws(DatabaseError) -> Document
    /// All changes in one transaction. false: a row was changed or deleted by someone else
    /// meanwhile (or a new id is taken), and nothing was written.
    func apply(_ changes: RowChanges) throws(DatabaseError) -> Bool
    /// What others committed since the last call (or the last `loadAll`).
    func othersChanged() throws(DatabaseError) -> OthersChanges
    /// The records of these ids that the role may read (an id not among them is gone for it).
    func loadRows(_ ids: [RecordTableName: Set<String>]) throws(DatabaseError) -> Document
    /// What the role may write (its table rights and the sites of its cases).
    func access() throws(DatabaseError) -> StoreAccess
}

extension RecordBackend {
    public func access() throws(DatabaseError) -> StoreAccess { .everything }
}

/// What a look for others' commits found.
public enum OthersChanges: Equatable, Sendable {
    case nothing
    /// These rows were written or deleted.
    case rows([RecordTableName: Set<String>])
    /// Something may have changed (notifications were lost): read everything again.
    case unknown
}
