import Foundation

/// Reads typed fields out of a property-list dictionary and names the exact place of a problem
/// ("partners[3].category: unknown value 'x'") so a bad file gets a useful message.
struct PlistReader {
    let value: PlistValue
    let path: String

    struct SchemaError: Error {
        var path: String
        var detail: String
    }

    init(_ value: PlistValue, path: String) throws(SchemaError) {
        guard case .dict = value else { throw SchemaError(path: path, detail: "expected a dictionary") }
        self.value = value
        self.path = path
    }

    private func fail(_ key: String, _ detail: String) -> SchemaError {
        SchemaError(path: path.isEmpty ? key : "\(path).\(key)", detail: detail)
    }

    func string(_ key: String) throws(SchemaError) -> String {
        guard let v = value[key] else { throw fail(key, "missing") }
        guard case .string(let s) = v else { throw fail(key, "expected text") }
        return s
    }

    /// Text that may be absent (absent means empty).
    func text(_ key: String) throws(SchemaError) -> String {
        guard let v = value[key] else { return "" }
        guard case .string(let s) = v else { throw fail(key, "expected text") }
        return s
    }

    func optionalString(_ key: String) throws(SchemaError) -> String? {
        guard value[key] != nil else { return nil }
        return try string(key)
    }

    func int(_ key: String) throws(SchemaError) -> Int64 {
        guard let v = value[key] else { throw fail(key, "missing") }
        guard case .integer(let n) = v else { throw fail(key, "expected a whole number") }
        return n
    }

    func optionalInt(_ key: String) throws(SchemaError) -> Int64? {
        guard value[key] != nil else { return nil }
        return try int(key)
    }

    func double(_ key: String) throws(SchemaError) -> Double? {
        guard let v = value[key] else { return nil }
        switch v {
        case .real(let d): return d
        case .integer(let n): return Double(n)
        default: throw fail(key, "expected a number")
        }
    }

    func bool(_ key: String) throws(SchemaError) -> Bool {
        guard let v = value[key] else { return false }
        guard case .bool(let b) = v else { throw fail(key, "expected true or false") }
        return b
    }

    func date(_ key: String) throws(SchemaError) -> Date {
        guard let v = value[key] else { throw fail(key, "missing") }
        guard case .date(let d) = v else { throw fail(key, "expected a date") }
        return d
    }

    func enumValue<E: RawRepresentable>(_ key: String, _ type: E.Type) throws(SchemaError) -> E where E.RawValue == String {
        let raw = try string(key)
        guard let e = E(rawValue: raw) else { throw fail(key, "unknown value '\(raw)'") }
        return e
    }

    func optionalEnum<E: RawRepresentable>(_ key: String, _ type: E.Type) throws(SchemaError) -> E? where E.RawValue == String {
        guard value[key] != nil else { return nil }
        return try enumValue(key, type)
    }

    /// An array (absent means empty), each element read by `element` with its index in the path.
    func array<T>(_ key: String, _ element: (PlistValue, String) throws(SchemaError) -> T) throws(SchemaError) -> [T] {
        guard let v = value[key] else { return [] }
        guard case .array(let items) = v else { throw fail(key, "expected a list") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        let base = path.isEmpty ? key : "\(path).\(key)"
        for (i, item) in items.enumerated() { out.append(try element(item, "\(base)[\(i)]")) }
        return out
    }

    func strings(_ key: String) throws(SchemaError) -> [String] {
        try array(key) { (v, p) throws(SchemaError) in
            guard case .string(let s) = v else { throw SchemaError(path: p, detail: "expected text") }
            return s
        }
    }

    func enums<E: RawRepresentable>(_ key: String, _ type: E.Type) throws(SchemaError) -> [E] where E.RawValue == String {
        try array(key) { (v, p) throws(SchemaError) in
            guard case .string(let s) = v, let e = E(rawValue: s) else { throw SchemaError(path: p, detail: "unknown value") }
            return e
        }
    }

    func meta() throws(SchemaError) -> RecordMeta {
        RecordMeta(revision: Int(try int("revision")), modifiedAt: try date("modifiedAt"), modifiedBy: ControlCharacters.stripped(try text("modifiedBy"), multiLine: false).text)
    }
}

/// Builds a record's dictionary, leaving out empty and absent values to keep files small.
struct PlistWriter {
    private(set) var pairs: [(String, PlistValue)] = []

    init(capacity: Int = 16) { pairs.reserveCapacity(capacity) }

    mutating func set(_ key: String, _ value: PlistValue) { pairs.append((key, value)) }
    mutating func text(_ key: String, _ s: String) { if !s.isEmpty { pairs.append((key, .string(s))) } }
    mutating func int(_ key: String, _ n: Int64?) { if let n { pairs.append((key, .integer(n))) } }
    mutating func strings(_ key: String, _ list: [String]) {
        if !list.isEmpty { pairs.append((key, .array(list.map(PlistValue.string)))) }
    }
    mutating func meta(id: RecordID, _ m: RecordMeta) {
        pairs.append(("id", .string(id.rawValue)))
        pairs.append(("revision", .integer(Int64(m.revision))))
        pairs.append(("modifiedAt", .date(m.modifiedAt)))
        text("modifiedBy", m.modifiedBy)
    }

    var value: PlistValue { .dict(pairs) }
}
