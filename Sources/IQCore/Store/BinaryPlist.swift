import Foundation

/// Apple's binary property-list format, `bplist00`, written and read by hand (Foundation's coder
/// is several times too slow for a 100,000-record document).
///
/// Layout: the header `bplist00`, the objects, an offset table (one big-endian offset per object,
/// `offsetIntSize` bytes each), and a 32-byte trailer: 6 unused bytes, the offset int size, the
/// object reference size, then 8-byte big-endian object count, top object and offset table offset.
///
/// The encoder writes every distinct string, number, date and data value once, however often it
/// occurs (dictionary keys repeat for every record), and picks the smallest reference and offset
/// sizes (1…8 bytes) that fit. Strings are compared byte for byte, so canonically equivalent but
/// differently normalised strings stay distinct. Arrays and dictionaries are never shared.
/// The encoder recurses once per nesting level: values nested thousands of levels deep are not
/// supported (the decoders reject more than `PropertyList.maxDepth` levels anyway).
public enum BinaryPlist {
    public static func encode(_ value: PlistValue) -> [UInt8] {
        var flattener = BinaryPlistFlattener()
        _ = flattener.add(value)
        return flattener.write()
    }

    /// The smallest number of bytes (1…8) whose unsigned range holds `value`. The reference size
    /// must hold the object count and the offset size the offset table offset (Apple's reader
    /// checks both), so every reference and offset fits too.
    static func byteWidth(holding value: UInt64) -> Int {
        var width = 1
        while width < 8 && value > (UInt64(1) << (8 * UInt64(width))) - 1 { width += 1 }
        return width
    }

    /// Bytes of a marker-0x1n integer holding `value` (unsigned 1, 2 or 4 bytes; else signed 8).
    static func intWidth(_ value: Int64) -> Int {
        if value < 0 { return 8 }
        if value <= 0xFF { return 1 }
        if value <= 0xFFFF { return 2 }
        if value <= 0xFFFF_FFFF { return 4 }
        return 8
    }

    /// Bytes of the marker plus, for 15 or more elements, the following count integer.
    static func headerSize(count: Int) -> Int {
        count < 15 ? 1 : 2 + intWidth(Int64(count))
    }
}

/// A string key hashed and compared by its UTF-8 bytes (Swift's `==` would merge canonically
/// equivalent strings, and its hashing normalises, which costs time).
struct UTF8Key: Hashable {
    let string: String

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        let fast = a.string.utf8.withContiguousStorageIfAvailable { x in
            b.string.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count else { return false }
                guard let xp = x.baseAddress, let yp = y.baseAddress else { return true }
                return memcmp(xp, yp, x.count) == 0
            }
        }
        if let result = fast ?? nil { return result }
        return a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
    }
}

/// First pass of the encoder: numbers the objects (top object 0, containers before their
/// children), shares equal scalars, and collects all child references in one flat array.
struct BinaryPlistFlattener {
    enum Entry {
        case ascii(String, count: Int)
        case utf16(String, count: Int)
        case integer(Int64)
        case real(Double)
        case date(Double)
        case bool(Bool)
        case data([UInt8])
        case array(start: Int, count: Int)
        case dict(start: Int, count: Int)
    }

    var entries: [Entry] = []
    var refs: [Int] = []
    var strings: [UTF8Key: Int] = [:]
    var integers: [Int64: Int] = [:]
    var reals: [UInt64: Int] = [:]
    var dates: [UInt64: Int] = [:]
    var datas: [[UInt8]: Int] = [:]
    var trueRef = -1
    var falseRef = -1
    /// The last key seen at each dictionary position with its object number: records of the same
    /// shape hit here and skip hashing their keys.
    var keyCache: [(String, Int)] = []

    mutating func append(_ entry: Entry) -> Int {
        entries.append(entry)
        return entries.count - 1
    }

    mutating func add(_ value: PlistValue) -> Int {
        switch value {
        case .string(let s):
            return add(string: s)
        case .integer(let v):
            if let ref = integers[v] { return ref }
            let ref = append(.integer(v))
            integers[v] = ref
            return ref
        case .real(let v):
            if let ref = reals[v.bitPattern] { return ref }
            let ref = append(.real(v))
            reals[v.bitPattern] = ref
            return ref
        case .date(let d):
            let t = d.timeIntervalSinceReferenceDate
            if let ref = dates[t.bitPattern] { return ref }
            let ref = append(.date(t))
            dates[t.bitPattern] = ref
            return ref
        case .bool(let b):
            if b {
                if trueRef < 0 { trueRef = append(.bool(true)) }
                return trueRef
            }
            if falseRef < 0 { falseRef = append(.bool(false)) }
            return falseRef
        case .data(let bytes):
            if let ref = datas[bytes] { return ref }
            let ref = append(.data(bytes))
            datas[bytes] = ref
            return ref
        case .array(let items):
            let start = refs.count
            refs.append(contentsOf: repeatElement(0, count: items.count))
            let ref = append(.array(start: start, count: items.count))
            for (i, item) in items.enumerated() { refs[start + i] = add(item) }
            return ref
        case .dict(let pairs):
            let n = pairs.count
            let start = refs.count
            refs.append(contentsOf: repeatElement(0, count: 2 * n))
            let ref = append(.dict(start: start, count: n))
            for (i, pair) in pairs.enumerated() { refs[start + i] = add(key: pair.0, position: i) }
            for (i, pair) in pairs.enumerated() { refs[start + n + i] = add(pair.1) }
            return ref
        }
    }

    mutating func add(key: String, position: Int) -> Int {
        if position < keyCache.count, UTF8Key(string: keyCache[position].0) == UTF8Key(string: key) {
            return keyCache[position].1
        }
        let ref = add(string: key)
        if position < 64 {
            while keyCache.count <= position { keyCache.append(("", -1)) }
            keyCache[position] = (key, ref)
        }
        return ref
    }

    mutating func add(string s: String) -> Int {
        let key = UTF8Key(string: s)
        if let ref = strings[key] { return ref }
        let isASCII = s.utf8.withContiguousStorageIfAvailable { buf in buf.allSatisfy { $0 < 0x80 } }
            ?? s.utf8.allSatisfy { $0 < 0x80 }
        let ref = append(isASCII ? .ascii(s, count: s.utf8.count) : .utf16(s, count: s.utf16.count))
        strings[key] = ref
        return ref
    }

    func size(of entry: Entry, refSize: Int) -> Int {
        switch entry {
        case .ascii(_, let n): BinaryPlist.headerSize(count: n) + n
        case .utf16(_, let n): BinaryPlist.headerSize(count: n) + 2 * n
        case .integer(let v): 1 + BinaryPlist.intWidth(v)
        case .real, .date: 9
        case .bool: 1
        case .data(let bytes): BinaryPlist.headerSize(count: bytes.count) + bytes.count
        case .array(_, let n): BinaryPlist.headerSize(count: n) + n * refSize
        case .dict(_, let n): BinaryPlist.headerSize(count: n) + 2 * n * refSize
        }
    }

    /// Second pass: sizes everything, then writes header, objects, offset table and trailer
    /// into one buffer of exactly the right length.
    func write() -> [UInt8] {
        let objectCount = entries.count
        let refSize = BinaryPlist.byteWidth(holding: UInt64(objectCount))
        var offsetTableOffset = 8
        for entry in entries { offsetTableOffset += size(of: entry, refSize: refSize) }
        let offsetSize = BinaryPlist.byteWidth(holding: UInt64(offsetTableOffset))
        let total = offsetTableOffset + objectCount * offsetSize + 32
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var w = BinaryPlistWriter(p: base, pos: 0)
            for byte in "bplist00".utf8 { w.byte(byte) }
            var offsetPos = offsetTableOffset
            for entry in entries {
                var table = BinaryPlistWriter(p: base, pos: offsetPos)
                table.uint(UInt64(w.pos), width: offsetSize)
                offsetPos += offsetSize
                w.entry(entry, refs: refs, refSize: refSize)
            }
            w.pos = offsetPos
            for _ in 0..<6 { w.byte(0) }
            w.byte(UInt8(offsetSize))
            w.byte(UInt8(refSize))
            w.uint(UInt64(objectCount), width: 8)
            w.uint(0, width: 8)
            w.uint(UInt64(offsetTableOffset), width: 8)
            assert(w.pos == total, "binary plist size mismatch")
            initialized = total
        }
    }
}

/// Writes big-endian values at a raw pointer; the caller sized the buffer exactly.
struct BinaryPlistWriter {
    let p: UnsafeMutablePointer<UInt8>
    var pos: Int

    @inline(__always) mutating func byte(_ b: UInt8) {
        p[pos] = b
        pos += 1
    }

    @inline(__always) mutating func uint(_ v: UInt64, width: Int) {
        var shift = UInt64(8 * (width - 1))
        for _ in 0..<width {
            p[pos] = UInt8(truncatingIfNeeded: v >> shift)
            pos += 1
            shift &-= 8
        }
    }

    mutating func integer(_ v: Int64) {
        let width = BinaryPlist.intWidth(v)
        byte(0x10 | UInt8(width.trailingZeroBitCount))
        uint(UInt64(bitPattern: v), width: width)
    }

    mutating func header(_ marker: UInt8, count: Int) {
        if count < 15 {
            byte(marker | UInt8(count))
        } else {
            byte(marker | 0x0F)
            integer(Int64(count))
        }
    }

    mutating func entry(_ entry: BinaryPlistFlattener.Entry, refs: [Int], refSize: Int) {
        switch entry {
        case .ascii(let s, let n):
            header(0x50, count: n)
            var s = s
            s.withUTF8 { utf8 in
                if let src = utf8.baseAddress { (p + pos).update(from: src, count: n) }
            }
            pos += n
        case .utf16(let s, let n):
            header(0x60, count: n)
            for unit in s.utf16 {
                p[pos] = UInt8(truncatingIfNeeded: unit >> 8)
                p[pos + 1] = UInt8(truncatingIfNeeded: unit)
                pos += 2
            }
        case .integer(let v):
            integer(v)
        case .real(let v):
            byte(0x23)
            uint(v.bitPattern, width: 8)
        case .date(let t):
            byte(0x33)
            uint(t.bitPattern, width: 8)
        case .bool(let b):
            byte(b ? 0x09 : 0x08)
        case .data(let bytes):
            header(0x40, count: bytes.count)
            bytes.withUnsafeBufferPointer { src in
                if let s = src.baseAddress { (p + pos).update(from: s, count: src.count) }
            }
            pos += bytes.count
        case .array(let start, let n):
            header(0xA0, count: n)
            for i in start..<(start + n) { uint(UInt64(refs[i]), width: refSize) }
        case .dict(let start, let n):
            header(0xD0, count: n)
            for i in start..<(start + 2 * n) { uint(UInt64(refs[i]), width: refSize) }
        }
    }
}
