import Foundation

/// What a record's encoder writes its fields through: a dictionary of values (`PlistWriter`:
/// XML, journals, drafts) or the binary file's object table directly (`BinaryFieldWriter`: the
/// save of a binary file). Empty and absent values are left out to keep files small.
protocol FieldWriter {
    mutating func string(_ key: SnapshotKey, _ s: String)
    mutating func integer(_ key: SnapshotKey, _ n: Int64)
    mutating func real(_ key: SnapshotKey, _ d: Double)
    mutating func bool(_ key: SnapshotKey, _ b: Bool)
    mutating func date(_ key: SnapshotKey, _ d: Date)
    /// A list of texts; left out when empty.
    mutating func strings(_ key: SnapshotKey, _ list: [String])
    /// A dictionary, written by `body`.
    mutating func nested(_ key: SnapshotKey, _ body: (inout Self) -> Void)
    /// A list of dictionaries, one per item, each written by `body`; left out when empty.
    mutating func dicts<T>(_ key: SnapshotKey, _ items: [T], _ body: (T, inout Self) -> Void)
}

extension FieldWriter {
    mutating func text(_ key: SnapshotKey, _ s: String) { if !s.isEmpty { string(key, s) } }
    mutating func int(_ key: SnapshotKey, _ n: Int64?) { if let n { integer(key, n) } }
    mutating func id(_ key: SnapshotKey, _ id: RecordID?) { if let id { string(key, id.rawValue) } }
    mutating func choice<E: RawRepresentable>(_ key: SnapshotKey, _ e: E?) where E.RawValue == String {
        if let e { string(key, e.rawValue) }
    }
    mutating func day(_ key: SnapshotKey, _ day: Day?) { if let day { string(key, day.text(.en)) } }

    mutating func meta(id: RecordID, _ m: RecordMeta) {
        string(.id, id.rawValue)
        integer(.revision, Int64(m.revision))
        date(.modifiedAt, m.modifiedAt)
        text(.modifiedBy, m.modifiedBy)
    }
}

extension PlistWriter: FieldWriter {
    mutating func string(_ key: SnapshotKey, _ s: String) { set(key.name, .string(s)) }
    mutating func integer(_ key: SnapshotKey, _ n: Int64) { set(key.name, .integer(n)) }
    mutating func real(_ key: SnapshotKey, _ d: Double) { set(key.name, .real(d)) }
    mutating func bool(_ key: SnapshotKey, _ b: Bool) { set(key.name, .bool(b)) }
    mutating func date(_ key: SnapshotKey, _ d: Date) { set(key.name, .date(d)) }
    mutating func strings(_ key: SnapshotKey, _ list: [String]) {
        if !list.isEmpty { set(key.name, .array(list.map(PlistValue.string))) }
    }

    mutating func nested(_ key: SnapshotKey, _ body: (inout PlistWriter) -> Void) {
        var inner = PlistWriter()
        body(&inner)
        set(key.name, inner.value)
    }

    mutating func dicts<T>(_ key: SnapshotKey, _ items: [T], _ body: (T, inout PlistWriter) -> Void) {
        guard !items.isEmpty else { return }
        set(key.name, .array(items.map { item in
            var inner = PlistWriter()
            body(item, &inner)
            return inner.value
        }))
    }
}
