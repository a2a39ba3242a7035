import Foundation

/// What a record's decoder reads its fields through: a dictionary already decoded into values
/// (`PlistReader`: older files, XML, journals, drafts) or a record still in the bytes of a binary
/// file (`BinaryFields`: the load of the current format). The typed reads and their messages are
/// written once, here, on top of a few primitive reads.
protocol FieldReader {
    typealias SchemaError = PlistReader.SchemaError
    /// Where this dictionary sits ("cases[3]"), for messages.
    var path: String { get }
    /// The text under `key`; nil when absent; throws when the value is no text.
    func optionalString(_ key: SnapshotKey) throws(SchemaError) -> String?
    func optionalInt(_ key: SnapshotKey) throws(SchemaError) -> Int64?
    /// A real or a whole number.
    func double(_ key: SnapshotKey) throws(SchemaError) -> Double?
    func optionalBool(_ key: SnapshotKey) throws(SchemaError) -> Bool?
    func optionalDate(_ key: SnapshotKey) throws(SchemaError) -> Date?
    /// The value when it is a boolean, else nil (for a field that once was one).
    func boolValue(_ key: SnapshotKey) -> Bool?
    /// The dictionary under `key`; nil when absent.
    func nested(_ key: SnapshotKey) throws(SchemaError) -> Self?
    /// A list of dictionaries (absent means empty), each read by `element`.
    func dicts<T>(_ key: SnapshotKey, _ element: (Self) throws(SchemaError) -> T) throws(SchemaError) -> [T]
    /// A list of texts (absent means empty); `check` may refuse one (the message then names it).
    func strings<T>(_ key: SnapshotKey, _ element: (String) -> T?, refused: String) throws(SchemaError) -> [T]
}

extension FieldReader {
    func fail(_ key: SnapshotKey, _ detail: String) -> SchemaError {
        SchemaError(path: path.isEmpty ? key.name : "\(path).\(key.name)", detail: detail)
    }

    func string(_ key: SnapshotKey) throws(SchemaError) -> String {
        guard let s = try optionalString(key) else { throw fail(key, "missing") }
        return s
    }

    /// Text that may be absent (absent means empty).
    func text(_ key: SnapshotKey) throws(SchemaError) -> String { try optionalString(key) ?? "" }

    func int(_ key: SnapshotKey) throws(SchemaError) -> Int64 {
        guard let n = try optionalInt(key) else { throw fail(key, "missing") }
        return n
    }

    func bool(_ key: SnapshotKey) throws(SchemaError) -> Bool { try optionalBool(key) ?? false }

    func date(_ key: SnapshotKey) throws(SchemaError) -> Date {
        guard let d = try optionalDate(key) else { throw fail(key, "missing") }
        return d
    }

    func enumValue<E: RawRepresentable>(_ key: SnapshotKey, _ type: E.Type) throws(SchemaError) -> E where E.RawValue == String {
        guard let e = try optionalEnum(key, type) else { throw fail(key, "missing") }
        return e
    }

    func optionalEnum<E: RawRepresentable>(_ key: SnapshotKey, _ type: E.Type) throws(SchemaError) -> E? where E.RawValue == String {
        guard let raw = try optionalString(key) else { return nil }
        guard let e = E(rawValue: raw) else { throw fail(key, "unknown value '\(raw)'") }
        return e
    }

    func strings(_ key: SnapshotKey) throws(SchemaError) -> [String] { try strings(key, { $0 }, refused: "expected text") }

    func enums<E: RawRepresentable>(_ key: SnapshotKey, _ type: E.Type) throws(SchemaError) -> [E] where E.RawValue == String {
        try strings(key, E.init(rawValue:), refused: "unknown value")
    }

    func meta() throws(SchemaError) -> RecordMeta {
        RecordMeta(revision: Int(try int(.revision)), modifiedAt: try date(.modifiedAt),
                   modifiedBy: ControlCharacters.stripped(try text(.modifiedBy), multiLine: false).text)
    }

    func day(_ key: SnapshotKey) throws(SchemaError) -> Day? {
        guard let raw = try optionalString(key) else { return nil }
        guard let d = Day(parsing: raw) else { throw fail(key, "not a day: '\(raw)'") }
        return d
    }
}

extension PlistReader: FieldReader {
    func optionalString(_ key: SnapshotKey) throws(SchemaError) -> String? { try optionalString(key.name) }
    func optionalInt(_ key: SnapshotKey) throws(SchemaError) -> Int64? { try optionalInt(key.name) }
    func double(_ key: SnapshotKey) throws(SchemaError) -> Double? { try double(key.name) }
    func optionalBool(_ key: SnapshotKey) throws(SchemaError) -> Bool? { value[key.name] == nil ? nil : try bool(key.name) }
    func optionalDate(_ key: SnapshotKey) throws(SchemaError) -> Date? { value[key.name] == nil ? nil : try date(key.name) }

    func boolValue(_ key: SnapshotKey) -> Bool? {
        guard case .bool(let b)? = value[key.name] else { return nil }
        return b
    }

    func nested(_ key: SnapshotKey) throws(SchemaError) -> PlistReader? {
        guard let v = value[key.name] else { return nil }
        return try PlistReader(v, path: path + "." + key.name)
    }

    func dicts<T>(_ key: SnapshotKey, _ element: (PlistReader) throws(SchemaError) -> T) throws(SchemaError) -> [T] {
        try array(key.name) { (v, p) throws(SchemaError) in try element(try PlistReader(v, path: p)) }
    }

    func strings<T>(_ key: SnapshotKey, _ element: (String) -> T?, refused: String) throws(SchemaError) -> [T] {
        try array(key.name) { (v, p) throws(SchemaError) in
            guard case .string(let s) = v, let e = element(s) else { throw SchemaError(path: p, detail: refused) }
            return e
        }
    }
}
