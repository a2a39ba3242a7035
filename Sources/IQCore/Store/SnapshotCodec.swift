import Foundation

/// A whole document as a versioned property list, and back. Version history and keys:
/// docs/SNAPSHOT-SCHEMA.md.
public enum SnapshotCodec {
    /// The format this program writes. Files of earlier versions are migrated on load; files of
    /// a newer version are refused (never overwritten).
    public static let formatVersion = 3

    public struct Header: Equatable, Sendable {
        public var formatVersion: Int
        public var savedAt: Date
        public var savedBy: String

        package init(formatVersion: Int, savedAt: Date, savedBy: String) {
            self.formatVersion = formatVersion
            self.savedAt = savedAt
            self.savedBy = savedBy
        }
    }

    public static func plist(_ document: Document, savedAt: Date, savedBy: String) -> PlistValue {
        .dict([
            ("formatVersion", .integer(Int64(formatVersion))),
            ("savedAt", .date(savedAt)),
            ("savedBy", .string(savedBy)),
            ("partners", .array(document.partners.items.map(\.plist))),
            ("sites", .array(document.sites.items.map(\.plist))),
            ("measures", .array(document.measures.items.map(\.plist))),
            ("cases", .array(document.cases.items.map(\.plist))),
            ("payments", .array(document.payments.items.map(\.plist))),
        ])
    }

    public static func encode(_ document: Document, format: SnapshotFormat, savedAt: Date, savedBy: String) -> [UInt8] {
        switch format {
        case .binary: return binary(document, savedAt: savedAt, savedBy: savedBy)
        case .xml: return XMLPlist.encode(plist(document, savedAt: savedAt, savedBy: savedBy))
        }
    }

    /// Reads a snapshot; `path` only names the file in error messages.
    public static func decode(_ bytes: [UInt8], path: String) throws(SnapshotError) -> (Document, Header) {
        if bytes.isEmpty { throw .empty(path: path) }
        if let streamed = streamedDocument(bytes, path: path) { return streamed }
        let root: PlistValue
        do {
            root = try PropertyList.decodeAny(bytes)
        } catch .truncated {
            throw .truncated(path: path)
        } catch {
            throw .notAPropertyList(path: path)
        }
        return try document(from: root, path: path)
    }

    public static func document(from root: PlistValue, path: String) throws(SnapshotError) -> (Document, Header) {
        do {
            let top = try PlistReader(root, path: "")
            let version = Int(try top.int("formatVersion"))
            if version > formatVersion { throw SnapshotError.newerFormat(path: path, found: version, supported: formatVersion) }
            guard version >= 1 else { throw PlistReader.SchemaError(path: "formatVersion", detail: "unknown version \(version)") }
            let migrated = try SnapshotMigrations.migrate(root, from: version)
            let r = try PlistReader(migrated, path: "")
            // A colleague's program may have written any name: it is shown in the status bar and by `check`.
            let savedBy = ControlCharacters.stripped(try r.text("savedBy"), multiLine: false).text
            let header = Header(formatVersion: version, savedAt: try r.date("savedAt"), savedBy: savedBy)
            var document = Document()
            document.partners = try table(r, "partners")
            document.sites = try table(r, "sites")
            document.measures = try table(r, "measures")
            // Absent in files written before cases existed: no cases.
            document.cases = try table(r, "cases")
            document.payments = try table(r, "payments")
            return (document, header)
        } catch let error as SnapshotError {
            throw error
        } catch let error as PlistReader.SchemaError {
            throw .wrongSchema(path: path, detail: "\(error.path): \(error.detail)")
        } catch {
            throw .wrongSchema(path: path, detail: "\(error)")
        }
    }

    private static func table<R: SnapshotRecord>(_ r: PlistReader, _ key: String) throws(PlistReader.SchemaError) -> RecordTable<R> {
        var table = RecordTable<R>()
        let records: [R] = try r.array(key) { (v, p) throws(PlistReader.SchemaError) in try R(fields: try PlistReader(v, path: p)) }
        for record in records {
            if table[record.id] != nil { throw PlistReader.SchemaError(path: key, detail: "duplicate id '\(record.id)'") }
            table.put(record)
        }
        return table
    }
}

/// Steps that lift a snapshot of version n to n + 1; each version adds one here and a fixture
/// file of the version before it in Tests/IQStoreTests/Fixtures.
///
/// 1 → 2: payments came in. Version 2 files are refused by version-1 programs, which would
/// otherwise drop the payments on their next save; a version-1 file simply has none.
///
/// 2 → 3: coded case fields (SnapshotMigration+Codes.swift).
enum SnapshotMigrations {
    static let steps: [Int: @Sendable (PlistValue) throws(PlistReader.SchemaError) -> PlistValue] = [
        1: addPayments,
        2: codeCaseFields,
    ]

    @Sendable static func addPayments(_ root: PlistValue) throws(PlistReader.SchemaError) -> PlistValue {
        guard case .dict(var pairs) = root else { throw PlistReader.SchemaError(path: "", detail: "expected a dictionary") }
        if !pairs.contains(where: { $0.0 == "payments" }) { pairs.append(("payments", .array([]))) }
        return .dict(pairs)
    }

    static func migrate(_ root: PlistValue, from version: Int) throws(PlistReader.SchemaError) -> PlistValue {
        var value = root
        var v = version
        while v < SnapshotCodec.formatVersion {
            guard let step = steps[v] else { throw PlistReader.SchemaError(path: "formatVersion", detail: "no migration from version \(v)") }
            value = try step(value)
            v += 1
        }
        return value
    }
}
