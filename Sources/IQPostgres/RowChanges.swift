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
    public init(base: Document, mine: Document) {
        written = mine
        var changed = Document()
        var expected: [RecordTableName: [String: Int]] = [:]
        func table<R: Record>(_ name: RecordTableName, _ a: RecordTable<R>, _ b: RecordTable<R>, _ wrap: (R) -> AnyRecord) {
            for var record in b.items where a[record.id] != record {
                if let old = a[record.id] {
                    expected[name, default: [:]][record.id.rawValue] = old.meta.revision
                    if record.meta.revision <= old.meta.revision {
                        record.meta.revision = old.meta.revision + 1
                        written.apply(.put(wrap(record)))
                    }
                }
                changed.apply(.put(wrap(record)))
            }
            for old in a.items where b[old.id] == nil {
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
