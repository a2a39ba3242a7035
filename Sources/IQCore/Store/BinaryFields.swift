import Foundation

/// The records of a current binary snapshot read straight from its bytes: a record's dictionary
/// is never built as values. Its keys are found by number (`SnapshotKey`) in a table filled from
/// the dictionary's key references, and each value is decoded when its field asks for it, a
/// shared one (a status, a Referenzberuf) once for the whole file.
///
/// Anything unusual throws, and the caller then reads the file the whole-tree way, which gives
/// the same document or the exact error: a key the program does not know or that a record's
/// reader leaves unread, a key given twice, a value of the wrong type, too many values.
final class BinaryRecordSource {
    var reader: BinaryPlistReader
    /// Nesting depths of dictionaries within a record: the record, its person, recognition,
    /// timeline entries and relations; one more is never needed.
    static let frames = 3
    private static let keyCount = SnapshotKey.allCases.count
    /// Per frame and key: the value's reference (≥ 0), -1 when absent, -2 - reference once read.
    private let slots: UnsafeMutablePointer<Int32>
    /// Per frame: the keys present in its dictionary, and how many.
    private let present: UnsafeMutablePointer<Int16>
    private let presentCount: UnsafeMutablePointer<Int>
    /// Key object references and their keys (open addressing; few dozen distinct keys).
    private static let keySlots = 256
    private let keyRefs: UnsafeMutablePointer<Int32>
    private let keys: UnsafeMutablePointer<Int16>
    private var knownKeys = 0
    /// Values read so far, counting a shared container once per use, as the whole-tree decode does.
    private var expanded = 1

    struct Refused: Error {}

    init?(_ reader: BinaryPlistReader) {
        guard reader.objectCount < Int(Int32.max) else { return nil }
        self.reader = reader
        let n = Self.frames * Self.keyCount
        slots = .allocate(capacity: n)
        slots.initialize(repeating: -1, count: n)
        present = .allocate(capacity: n)
        present.initialize(repeating: 0, count: n)
        presentCount = .allocate(capacity: Self.frames)
        presentCount.initialize(repeating: 0, count: Self.frames)
        keyRefs = .allocate(capacity: Self.keySlots)
        keyRefs.initialize(repeating: -1, count: Self.keySlots)
        keys = .allocate(capacity: Self.keySlots)
        keys.initialize(repeating: 0, count: Self.keySlots)
    }

    /// Reads the next property list with the same tables (a database's records, each a list of
    /// its own): the key objects are then the new list's. The last record must be finished.
    func restart(_ reader: BinaryPlistReader) throws(Refused) {
        guard reader.objectCount < Int(Int32.max) else { throw Refused() }
        try settle(from: 0)
        self.reader = reader
        keyRefs.update(repeating: -1, count: Self.keySlots)
        knownKeys = 0
        expanded = 1
    }

    deinit {
        slots.deallocate()
        present.deallocate()
        presentCount.deallocate()
        keyRefs.deallocate()
        keys.deallocate()
    }

    /// The dictionary `ref` as the fields at nesting depth `frame`; the dictionaries read before
    /// at this depth and deeper must have had every key read.
    func open(_ ref: Int, frame: Int) throws(Refused) -> BinaryFields {
        guard frame < Self.frames else { throw Refused() }
        try settle(from: frame)
        guard let (isDict, n, start) = try? reader.containerHead(ref), isDict else { throw Refused() }
        try count(n)
        let base = frame * Self.keyCount
        let refSize = reader.refSize
        for i in 0..<n {
            guard let keyRef = try? reader.reference(at: start + i * refSize),
                  let valueRef = try? reader.reference(at: start + (n + i) * refSize) else { throw Refused() }
            let key = try self.key(keyRef)
            guard slots[base + key] == -1 else { throw Refused() }
            slots[base + key] = Int32(valueRef)
            present[base + presentCount[frame]] = Int16(key)
            presentCount[frame] += 1
        }
        return BinaryFields(source: self, frame: frame)
    }

    /// After a record: every key of every dictionary read.
    func finishRecord() throws(Refused) { try settle(from: 0) }

    private func settle(from frame: Int) throws(Refused) {
        for f in frame..<Self.frames {
            let base = f * Self.keyCount
            for j in 0..<presentCount[f] {
                let slot = base + Int(present[base + j])
                guard slots[slot] < -1 else { throw Refused() }
                slots[slot] = -1
            }
            presentCount[f] = 0
        }
    }

    private func count(_ n: Int) throws(Refused) {
        expanded += 1 + n
        guard expanded <= BinaryPlistReader.maxExpandedValues else { throw Refused() }
    }

    /// The reference under `key` in the dictionary open at `frame`, marked read; nil when absent.
    func take(_ frame: Int, _ key: SnapshotKey) -> Int? {
        let slot = frame * Self.keyCount + key.rawValue
        let v = slots[slot]
        if v == -1 { return nil }
        if v >= 0 {
            slots[slot] = -2 - v
            return Int(v)
        }
        return Int(-2 - v)
    }

    func value(_ ref: Int) throws(Refused) -> PlistValue {
        guard let v = try? reader.value(ref, depth: 3) else { throw Refused() }
        return v
    }

    /// The element references of the array `ref` (read one by one through `element`).
    func elements(_ ref: Int) throws(Refused) -> (count: Int, start: Int) {
        guard let (isDict, n, start) = try? reader.containerHead(ref), !isDict else { throw Refused() }
        try count(n)
        return (n, start)
    }

    func element(_ i: Int, start: Int) throws(Refused) -> Int {
        guard let ref = try? reader.reference(at: start + i * reader.refSize) else { throw Refused() }
        return ref
    }

    private static let keyNamed: [String: Int] = Dictionary(uniqueKeysWithValues: SnapshotKey.allCases.map { ($0.name, $0.rawValue) })
    /// The keys' names as bytes, and the keys by the FNV-1a hash of those bytes (the first of
    /// two that share a hash; the other is then found by its name).
    private static let keyBytes: [[UInt8]] = SnapshotKey.allCases.map { Array($0.name.utf8) }
    private static let keyHashed: [UInt64: Int] = Dictionary(SnapshotKey.allCases.map { (hash($0.name.utf8), $0.rawValue) }) { a, _ in a }

    private static func hash<C: Sequence<UInt8>>(_ bytes: C) -> UInt64 {
        bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// The key a key object names: looked up once per key object of the file (of the record,
    /// where each record is a property list of its own); an ASCII name by its bytes, without
    /// making a String of it.
    private func key(_ ref: Int) throws(Refused) -> Int {
        let mask = Self.keySlots - 1
        var i = Int((UInt32(truncatingIfNeeded: ref) &* 0x9E37_79B1) >> 24) & mask
        while keyRefs[i] >= 0 {
            if keyRefs[i] == Int32(ref) { return Int(keys[i]) }
            i = (i + 1) & mask
        }
        guard knownKeys < Self.keySlots / 2 else { throw Refused() }
        let key: Int
        if let bytes = try? reader.asciiBytes(ref), let k = Self.keyHashed[Self.hash(bytes)], Self.keyBytes[k].elementsEqual(bytes) {
            key = k
        } else {
            guard case .string(let name) = try value(ref), let k = Self.keyNamed[name] else { throw Refused() }
            key = k
        }
        keyRefs[i] = Int32(ref)
        keys[i] = Int16(key)
        knownKeys += 1
        return key
    }
}

/// One dictionary of a record as `BinaryRecordSource` reads it. Its messages are never shown (a
/// problem sends the load the whole-tree way), so it carries no path.
struct BinaryFields: FieldReader {
    /// The source outlives every reader it hands out (both live only during one load).
    unowned(unsafe) let source: BinaryRecordSource
    let frame: Int

    var path: String { "" }

    private var refused: SchemaError { SchemaError(path: "", detail: "read the whole-tree way") }

    private func value(_ key: SnapshotKey) throws(SchemaError) -> PlistValue? {
        guard let ref = source.take(frame, key) else { return nil }
        do { return try source.value(ref) } catch { throw refused }
    }

    func optionalString(_ key: SnapshotKey) throws(SchemaError) -> String? {
        guard let v = try value(key) else { return nil }
        guard case .string(let s) = v else { throw refused }
        return s
    }

    func optionalInt(_ key: SnapshotKey) throws(SchemaError) -> Int64? {
        guard let v = try value(key) else { return nil }
        guard case .integer(let n) = v else { throw refused }
        return n
    }

    func double(_ key: SnapshotKey) throws(SchemaError) -> Double? {
        switch try value(key) {
        case nil: return nil
        case .real(let d)?: return d
        case .integer(let n)?: return Double(n)
        default: throw refused
        }
    }

    func optionalBool(_ key: SnapshotKey) throws(SchemaError) -> Bool? {
        guard let v = try value(key) else { return nil }
        guard case .bool(let b) = v else { throw refused }
        return b
    }

    func optionalDate(_ key: SnapshotKey) throws(SchemaError) -> Date? {
        guard let v = try value(key) else { return nil }
        guard case .date(let d) = v else { throw refused }
        return d
    }

    func boolValue(_ key: SnapshotKey) -> Bool? {
        guard case .bool(let b)? = try? value(key) else { return nil }
        return b
    }

    func nested(_ key: SnapshotKey) throws(SchemaError) -> BinaryFields? {
        guard let ref = source.take(frame, key) else { return nil }
        do { return try source.open(ref, frame: frame + 1) } catch { throw refused }
    }

    func dicts<T>(_ key: SnapshotKey, _ element: (BinaryFields) throws(SchemaError) -> T) throws(SchemaError) -> [T] {
        guard let ref = source.take(frame, key) else { return [] }
        do {
            let (n, start) = try source.elements(ref)
            var out: [T] = []
            out.reserveCapacity(n)
            for i in 0..<n { out.append(try element(try source.open(try source.element(i, start: start), frame: frame + 1))) }
            return out
        } catch {
            throw refused
        }
    }

    func strings<T>(_ key: SnapshotKey, _ element: (String) -> T?, refused detail: String) throws(SchemaError) -> [T] {
        guard let ref = source.take(frame, key) else { return [] }
        do {
            let (n, start) = try source.elements(ref)
            var out: [T] = []
            out.reserveCapacity(n)
            for i in 0..<n {
                guard case .string(let s) = try source.value(try source.element(i, start: start)), let e = element(s) else { throw refused }
                out.append(e)
            }
            return out
        } catch {
            throw refused
        }
    }
}
