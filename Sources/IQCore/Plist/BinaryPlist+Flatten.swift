import Foundation

/// First pass of the binary encoder: numbers the objects (top object 0, every container before
/// its children), shares equal strings, numbers, dates and data through open-addressing hash
/// tables, and keeps everything in flat arrays (string and data bytes in one arena, child
/// references in one array) so that no per-object allocation happens.
///
/// The hash is a fast non-cryptographic one: it assumes the values are not crafted to collide
/// (they come from the app's own document); crafted collisions would only make encoding slower.
struct BinaryPlistFlattener {
    enum Kind: UInt8 {
        case ascii, utf16, integer, real, date, boolean, data, array, dict
    }

    struct Object {
        /// Bit pattern of numbers, dates and bools; arena offset of strings and data; index of
        /// the first child reference of containers.
        var payload: UInt64
        /// The count in the marker: bytes (ASCII, data), UTF-16 units, or elements (pairs for dicts).
        var count: Int
        /// Bytes of UTF-8 or data in the arena.
        var length: Int
        var kind: Kind
    }

    /// Indexed by object number.
    var objects: [Object] = []
    var arena: [UInt8] = []
    /// Child references: an array's elements in order; a dictionary's keys, then its values.
    var refs: [Int] = []

    /// Shared strings and data (hashed bytes), and numbers and dates by kind (hashed with a
    /// bijective mix of the bit pattern, so equal hashes mean equal values).
    var bytesTable = RefTable()
    /// Integers, reals and dates (indexed by `Kind.rawValue - Kind.integer.rawValue`).
    var scalarTables = [RefTable](repeating: RefTable(), count: 3)
    var trueRef = -1
    var falseRef = -1

    /// The last key seen at each dictionary position and its object number: records of the same
    /// shape find their keys here without hashing.
    var keyCache: [(key: String, ref: Int)] = []

    mutating func append(_ kind: Kind, payload: UInt64, count: Int, length: Int = 0) -> Int {
        objects.append(Object(payload: payload, count: count, length: length, kind: kind))
        return objects.count - 1
    }

    mutating func add(_ value: PlistValue) -> Int {
        switch value {
        case .string(let s):
            return add(string: s)
        case .integer(let v):
            return add(scalar: .integer, bits: UInt64(bitPattern: v))
        case .real(let v):
            return add(scalar: .real, bits: v.bitPattern)
        case .date(let d):
            return add(scalar: .date, bits: d.timeIntervalSinceReferenceDate.bitPattern)
        case .bool(let b):
            return add(bool: b)
        case .data(let bytes):
            return bytes.withUnsafeBufferPointer { add(bytes: $0, isString: false) }
        case .array(let items):
            let (ref, start) = reserve(.array, count: items.count)
            for i in items.indices { refs[start + i] = add(items[i]) }
            return ref
        case .dict(let pairs):
            let n = pairs.count
            let (ref, start) = reserve(.dict, count: n)
            for i in pairs.indices { refs[start + i] = add(key: pairs[i].0, position: i) }
            for i in pairs.indices { refs[start + n + i] = add(pairs[i].1) }
            return ref
        }
    }

    /// Room for about `records` records of `fields` values each, so the arrays grow once: pages
    /// of room never used are never touched, and growing by doubling copied them again and again.
    mutating func reserve(records: Int, fields: Int) {
        objects.reserveCapacity(records * fields / 2)
        refs.reserveCapacity(records * fields * 2)
        arena.reserveCapacity(records * fields * 4)
    }

    mutating func add(bool b: Bool) -> Int {
        if b {
            if trueRef < 0 { trueRef = append(.boolean, payload: 1, count: 0) }
            return trueRef
        }
        if falseRef < 0 { falseRef = append(.boolean, payload: 0, count: 0) }
        return falseRef
    }

    /// A container of `n` elements (pairs for a dictionary), numbered before its children: its
    /// number and where its child references go (a dictionary's keys, then its values).
    mutating func reserve(_ kind: Kind, count n: Int) -> (ref: Int, start: Int) {
        let start = refs.count
        refs.append(contentsOf: repeatElement(0, count: kind == .dict ? 2 * n : n))
        return (append(kind, payload: UInt64(start), count: n), start)
    }

    /// A dictionary whose size is known only after its values are added: numbered now, its
    /// references given by `close`.
    mutating func openDictionary() -> Int { append(.dict, payload: 0, count: 0) }

    mutating func close(dictionary ref: Int, keys: ArraySlice<Int>, values: ArraySlice<Int>) {
        objects[ref].payload = UInt64(refs.count)
        objects[ref].count = keys.count
        for k in keys { refs.append(k) }
        for v in values { refs.append(v) }
    }

    mutating func add(key: String, position: Int) -> Int {
        if position < keyCache.count, keyCache[position].ref >= 0, Self.sameBytes(keyCache[position].key, key) {
            return keyCache[position].ref
        }
        let ref = add(string: key)
        if position < 64 {
            while keyCache.count <= position { keyCache.append(("", -1)) }
            keyCache[position] = (key, ref)
        }
        return ref
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                guard let xp = x.baseAddress, let yp = y.baseAddress else { return true }
                return memcmp(xp, yp, x.count) == 0
            }
        }
    }

    mutating func add(string: String) -> Int {
        var s = string
        return s.withUTF8 { add(bytes: $0, isString: true) }
    }

    mutating func add(scalar kind: Kind, bits: UInt64) -> Int {
        let table = Int(kind.rawValue - Kind.integer.rawValue)
        let hash = Self.mix(bits)
        let mask = scalarTables[table].slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = scalarTables[table].slots[slot]
            if entry.ref < 0 { break }
            if entry.hash == hash { return entry.ref }
            slot = (slot + 1) & mask
        }
        let ref = append(kind, payload: bits, count: 0)
        scalarTables[table].insert(ref, hash: hash, slot: slot)
        return ref
    }

    /// Shares a string (given as UTF-8) or a data value by its exact bytes.
    mutating func add(bytes: UnsafeBufferPointer<UInt8>, isString: Bool) -> Int {
        let hash = Self.hash(bytes) ^ (isString ? 0 : 0x5555_5555_5555_5555)
        let mask = bytesTable.slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let ref = bytesTable.slots[slot].ref
            if ref < 0 { break }
            if bytesTable.slots[slot].hash == hash && objects[ref].length == bytes.count {
                let kind = objects[ref].kind
                let sameKind = isString ? kind == .ascii || kind == .utf16 : kind == .data
                if sameKind && arenaHolds(bytes, at: Int(objects[ref].payload)) { return ref }
            }
            slot = (slot + 1) & mask
        }
        let offset = arena.count
        arena.append(contentsOf: bytes)
        let ref: Int
        if !isString {
            ref = append(.data, payload: UInt64(offset), count: bytes.count, length: bytes.count)
        } else {
            var any: UInt8 = 0
            var utf16Count = 0
            for byte in bytes {
                any |= byte
                // One unit per scalar (bytes that are not continuation bytes), two beyond the BMP.
                utf16Count += (byte & 0xC0 != 0x80 ? 1 : 0) + (byte >= 0xF0 ? 1 : 0)
            }
            ref = any < 0x80
                ? append(.ascii, payload: UInt64(offset), count: bytes.count, length: bytes.count)
                : append(.utf16, payload: UInt64(offset), count: utf16Count, length: bytes.count)
        }
        bytesTable.insert(ref, hash: hash, slot: slot)
        return ref
    }

    func arenaHolds(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let b = bytes.baseAddress, bytes.count > 0 else { return true }
        return arena.withUnsafeBufferPointer { a in
            guard let base = a.baseAddress, offset + bytes.count <= a.count else { return false }
            return memcmp(base + offset, b, bytes.count) == 0
        }
    }

    /// MurmurHash3's 64-bit finaliser.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }

    /// Eight bytes at a time, then the finaliser.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        return mix((h ^ tail) &* 0x9E37_79B9_7F4A_7C15)
    }
}

/// Open-addressing hash table (linear probing, at most half full) of object numbers with their
/// hashes; the flattener does the probing, since what "equal" means depends on the kind.
struct RefTable {
    struct Slot {
        var hash: UInt64
        var ref: Int
    }

    var slots = [Slot](repeating: Slot(hash: 0, ref: -1), count: 256)
    var count = 0

    /// Fills the empty slot the probe ended at; doubles the table when half full.
    mutating func insert(_ ref: Int, hash: UInt64, slot: Int) {
        slots[slot] = Slot(hash: hash, ref: ref)
        count += 1
        guard count * 2 > slots.count else { return }
        let old = slots
        let mask = old.count * 2 - 1
        slots = [Slot](repeating: Slot(hash: 0, ref: -1), count: old.count * 2)
        for entry in old where entry.ref >= 0 {
            var i = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[i].ref >= 0 { i = (i + 1) & mask }
            slots[i] = entry
        }
    }
}
