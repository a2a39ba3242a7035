import Foundation
import IQCore

/// A record as a row: its id, revision (the row version), who changed it and when, the columns
/// the policies and statistics need, and the record itself as the snapshot codec writes it.
public struct RecordRow: Equatable, Sendable {
    public var id: String
    public var version: Int
    public var modifiedBy: String
    public var modifiedAt: Date
    /// The table's own columns (`RecordTableName.extraColumns`), in order; nil is SQL NULL.
    public var extra: [String?]
    /// The snapshot format the record was written in.
    public var format: Int
    public var record: [UInt8]
}

/// The five record tables of schema `iq`, in the order a snapshot lists them.
public enum RecordTableName: String, CaseIterable, Sendable {
    case partners, sites, measures, cases, payments

    var extraColumns: [String] {
        switch self {
        case .partners, .measures: []
        case .sites: ["operator_id"]
        case .cases: ["site_id", "status", "year"]
        case .payments: ["measure_id"]
        }
    }

    /// A row's columns in the order of its parameters (`RecordRow.params`).
    var columns: [String] { ["id", "version", "modified_by", "modified_at"] + extraColumns + ["format", "record"] }

    /// The placeholder of column `i`; `to_timestamp` takes seconds since 1970 as sent.
    func placeholder(_ i: Int) -> String {
        switch columns[i] {
        case "modified_at": "to_timestamp($\(i + 1)::double precision)"
        case "year", "version", "format": "$\(i + 1)::integer"
        default: "$\(i + 1)"
        }
    }

    var kind: RecordKind {
        switch self {
        case .partners: .partner
        case .sites: .site
        case .measures: .measure
        case .cases: .case
        case .payments: .payment
        }
    }

    /// One row in.
    var insertSQL: String {
        "INSERT INTO iq.\(rawValue) (\(columns.joined(separator: ", "))) VALUES (\(columns.indices.map(placeholder).joined(separator: ", ")))"
    }

    /// One row changed, only if it still has the version it was edited against (the parameter
    /// after the row's).
    var updateSQL: String {
        let sets = columns.indices.dropFirst().map { "\(columns[$0]) = \(placeholder($0))" }
        return "UPDATE iq.\(rawValue) SET \(sets.joined(separator: ", ")) WHERE id = $1 AND version = $\(columns.count + 1)::integer"
    }

    /// One row deleted for good, only at the version it was seen.
    var deleteSQL: String { "DELETE FROM iq.\(rawValue) WHERE id = $1 AND version = $2::integer" }

    /// The record and the columns it must agree with (`StoredRecord`): format, record, id, site.
    private var storedColumns: String { "format, record, id, \(self == .cases ? "site_id" : "NULL::text")" }
    /// By id, byte by byte (as RecordID sorts), whatever the database's collation.
    var selectSQL: String { "SELECT \(storedColumns) FROM iq.\(rawValue) ORDER BY id COLLATE \"C\"" }
    var selectOneSQL: String { "SELECT \(storedColumns) FROM iq.\(rawValue) WHERE id = $1" }
    var countSQL: String { "SELECT count(*) FROM iq.\(rawValue)" }
}

/// A row as read back: the record, and the columns the policies judged it by. The two must
/// agree, or a counsellor could store a case whose record names a site the policy never saw.
public struct StoredRecord: Equatable, Sendable {
    public var id: String
    /// A case's `site_id` column; nil for the other tables.
    public var site: String?
    public var format: Int
    public var record: [UInt8]

    public init(id: String, site: String? = nil, format: Int, record: [UInt8]) {
        (self.id, self.site, self.format, self.record) = (id, site, format, record)
    }
}

/// A document as rows and back, through the snapshot codec (its record keys and checks).
public enum RecordRows {
    public static func rows(of document: Document) -> [RecordTableName: [RecordRow]] {
        let root = SnapshotCodec.plist(document, savedAt: Date(timeIntervalSince1970: 0), savedBy: "")
        func make<R: Record>(_ table: RecordTableName, _ records: [R], _ extra: (R) -> [String?]) -> [RecordRow] {
            guard case .array(let values)? = root[table.rawValue] else { return [] }
            return zip(records, values).map { record, value in
                RecordRow(id: record.id.rawValue, version: record.meta.revision, modifiedBy: record.meta.modifiedBy,
                          modifiedAt: record.meta.modifiedAt, extra: extra(record), format: SnapshotCodec.formatVersion,
                          record: BinaryPlist.encode(value))
            }
        }
        return [
            .partners: make(.partners, document.partners.items) { _ in [] },
            .sites: make(.sites, document.sites.items) { [$0.operatorID?.rawValue] },
            .measures: make(.measures, document.measures.items) { _ in [] },
            .cases: make(.cases, document.cases.items) { c in
                [c.siteID?.rawValue, c.status.rawValue, CaseStatistics.year(of: c).map(String.init)]
            },
            .payments: make(.payments, document.payments.items) { [$0.measureID.rawValue] },
        ]
    }

    /// The records of each table as (format, bytes) back to a document. Records of an older
    /// format are migrated as a file of that format would be; a newer format is refused.
    /// A record whose id (or a case whose site) differs from its row's columns is refused.
    public static func document(from stored: [RecordTableName: [StoredRecord]],
                                savedBy: String) throws(DatabaseError) -> Document {
        let formats = Set(stored.values.flatMap { $0.map(\.format) })
        if let newest = formats.max(), newest > SnapshotCodec.formatVersion {
            throw .recordFormatNewer(found: newest, known: SnapshotCodec.formatVersion)
        }
        if formats.allSatisfy({ $0 == SnapshotCodec.formatVersion }), let document = streamed(stored) { return document }
        return try wholeTree(stored, formats: formats, savedBy: savedBy)
    }

    /// Each record as a tree of values, then the snapshot codec, one snapshot per format.
    static func wholeTree(_ stored: [RecordTableName: [StoredRecord]], formats: Set<Int>, savedBy: String) throws(DatabaseError) -> Document {
        var document = Document()
        // One snapshot per format (normally only one): the codec migrates each as a whole.
        for format in formats.sorted() {
            var entries: [(String, PlistValue)] = [
                ("formatVersion", .integer(Int64(format))), ("savedAt", .date(Date())), ("savedBy", .string(savedBy)),
            ]
            for table in RecordTableName.allCases {
                var values: [PlistValue] = []
                for row in stored[table] ?? [] where row.format == format {
                    let value: PlistValue
                    do {
                        value = try PropertyList.decodeAny(row.record)
                    } catch {
                        throw .badRecord(.notAPropertyList(path: "iq.\(table.rawValue)"))
                    }
                    guard value["id"] == .string(row.id), table != .cases || value["site"] == row.site.map(PlistValue.string) else {
                        throw .rowMismatch(table: table.rawValue, id: row.id)
                    }
                    values.append(value)
                }
                entries.append((table.rawValue, .array(values)))
            }
            let part: Document
            do {
                part = try SnapshotCodec.document(from: .dict(entries), path: "PostgreSQL").0
            } catch {
                throw .badRecord(error)
            }
            document = Document(partners: document.partners.items + part.partners.items, sites: document.sites.items + part.sites.items,
                                measures: document.measures.items + part.measures.items, cases: document.cases.items + part.cases.items,
                                payments: document.payments.items + part.payments.items)
        }
        return document
    }

    /// Records of the current format straight from their bytes, as a file's are read, when every
    /// one is well-formed and agrees with its row (id, and a case's site); nil: the general way
    /// above decides, with the same document or the exact error.
    /// Many records are read in parts at once, one a core.
    static func streamed(_ stored: [RecordTableName: [StoredRecord]], parts: Int = ProcessInfo.processInfo.activeProcessorCount) -> Document? {
        func table(_ kind: RecordKind) -> [StoredRecord] {
            RecordTableName.allCases.first { $0.kind == kind }.flatMap { stored[$0] } ?? []
        }
        guard let document = SnapshotCodec.streamedDocument(records: { table($0).map(\.record) }, parts: parts) else { return nil }
        // Only a case's site is held against its row, as on the whole-tree way.
        func agree<R: Record>(_ rows: [StoredRecord], _ records: RecordTable<R>, site: ((R) -> RecordID?)? = nil) -> Bool {
            zip(rows, records.items).allSatisfy { row, record in
                record.id.rawValue == row.id && (site.map { $0(record)?.rawValue == row.site } ?? true)
            }
        }
        guard agree(table(.partner), document.partners), agree(table(.site), document.sites), agree(table(.measure), document.measures),
              agree(table(.case), document.cases, site: \.siteID), agree(table(.payment), document.payments) else { return nil }
        return document
    }

    /// "3 Partner, 2 Standorte, …" for the commands' reports.
    public static func counts(_ d: Document) -> Message {
        DatabaseText.counts(partners: d.partners.count, sites: d.sites.count, measures: d.measures.count,
                            cases: d.cases.count, payments: d.payments.count)
    }
}
