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
}

/// Builds a record's dictionary of values (its fields: `FieldWriter`).
struct PlistWriter {
    private(set) var pairs: [(String, PlistValue)] = []

    init(capacity: Int = 16) { pairs.reserveCapacity(capacity) }

    mutating func set(_ key: String, _ value: PlistValue) { pairs.append((key, value)) }

    var value: PlistValue { .dict(pairs) }
}
