import Foundation

/// Writes records straight into the binary encoder's object table: no tree of values is built
/// first (for 100,000 cases building that tree was a third of a save). Each key's object is
/// looked up by the key's number; the objects are numbered as the tree's encoding numbers them
/// once every key has been seen, so the file reads back the same everywhere.
struct BinaryFieldWriter: FieldWriter {
    var flat = BinaryPlistFlattener()
    /// Each key's object, once added (-1 before).
    private var keyRefs = [Int](repeating: -1, count: SnapshotKey.allCases.count)
    /// The pairs of the open dictionaries, the innermost last.
    private var keys: [Int] = []
    private var values: [Int] = []

    private mutating func ref(_ key: SnapshotKey) -> Int {
        let known = keyRefs[key.rawValue]
        if known >= 0 { return known }
        let new = flat.add(string: key.name)
        keyRefs[key.rawValue] = new
        return new
    }

    private mutating func pair(_ key: Int, _ value: Int) {
        keys.append(key)
        values.append(value)
    }

    mutating func string(_ key: SnapshotKey, _ s: String) { pair(ref(key), flat.add(string: s)) }
    mutating func integer(_ key: SnapshotKey, _ n: Int64) { pair(ref(key), flat.add(scalar: .integer, bits: UInt64(bitPattern: n))) }
    mutating func real(_ key: SnapshotKey, _ d: Double) { pair(ref(key), flat.add(scalar: .real, bits: d.bitPattern)) }
    mutating func bool(_ key: SnapshotKey, _ b: Bool) { pair(ref(key), flat.add(bool: b)) }
    mutating func date(_ key: SnapshotKey, _ d: Date) {
        pair(ref(key), flat.add(scalar: .date, bits: d.timeIntervalSinceReferenceDate.bitPattern))
    }

    mutating func strings(_ key: SnapshotKey, _ list: [String]) {
        guard !list.isEmpty else { return }
        let k = ref(key)
        let (array, start) = flat.reserve(.array, count: list.count)
        for i in list.indices {
            let s = flat.add(string: list[i])
            flat.refs[start + i] = s
        }
        pair(k, array)
    }

    mutating func nested(_ key: SnapshotKey, _ body: (inout BinaryFieldWriter) -> Void) {
        let k = ref(key)
        pair(k, dictionary(body))
    }

    mutating func dicts<T>(_ key: SnapshotKey, _ items: [T], _ body: (T, inout BinaryFieldWriter) -> Void) {
        guard !items.isEmpty else { return }
        let k = ref(key)
        let (array, start) = flat.reserve(.array, count: items.count)
        for i in items.indices {
            let d = dictionary { body(items[i], &$0) }
            flat.refs[start + i] = d
        }
        pair(k, array)
    }

    /// A dictionary whose pairs `body` writes; its object number.
    private mutating func dictionary(_ body: (inout BinaryFieldWriter) -> Void) -> Int {
        let d = flat.openDictionary()
        let mark = keys.count
        body(&self)
        flat.close(dictionary: d, keys: keys[mark...], values: values[mark...])
        keys.removeSubrange(mark...)
        values.removeSubrange(mark...)
        return d
    }

    /// The records as an array of dictionaries; its object number.
    mutating func table<R: SnapshotRecord>(_ records: [R]) -> Int {
        let (array, start) = flat.reserve(.array, count: records.count)
        for i in records.indices {
            let d = dictionary { records[i].writeFields(into: &$0) }
            flat.refs[start + i] = d
        }
        return array
    }
}

extension SnapshotCodec {
    /// The binary file of `plist(document, …)`, written without building that tree.
    static func binary(_ document: Document, savedAt: Date, savedBy: String) -> [UInt8] {
        var w = BinaryFieldWriter()
        let d = document
        w.flat.reserve(records: d.partners.count + d.sites.count + d.measures.count + d.cases.count + d.payments.count, fields: 24)
        let head: [(String, PlistValue)] = [("formatVersion", .integer(Int64(formatVersion))), ("savedAt", .date(savedAt)), ("savedBy", .string(savedBy))]
        let names = head.map(\.0) + ["partners", "sites", "measures", "cases", "payments"]
        let (top, start) = w.flat.reserve(.dict, count: names.count)
        for i in names.indices {
            let key = w.flat.add(string: names[i])
            w.flat.refs[start + i] = key
        }
        var values = head.map { w.flat.add($0.1) }
        values.append(w.table(document.partners.items))
        values.append(w.table(document.sites.items))
        values.append(w.table(document.measures.items))
        values.append(w.table(document.cases.items))
        values.append(w.table(document.payments.items))
        for i in values.indices { w.flat.refs[start + names.count + i] = values[i] }
        assert(top == 0, "the top object comes first")
        return w.flat.write()
    }
}
