import Foundation

extension BinaryPlist {
    /// Reads a `bplist00` property list. Every offset, count and reference is checked against the
    /// bytes actually present, so any input either decodes or throws; reference cycles and more
    /// than `PropertyList.maxDepth` nested containers throw. An object referenced more than once is
    /// decoded once and shared wherever it is referenced, so repeated keys and values (a status,
    /// a Referenzberuf) cost no extra memory.
    ///
    /// Accepted besides what `encode` writes: 16-byte integers that fit in 64 bits, 4-byte floats,
    /// strings marked ASCII that hold other bytes (read as UTF-8, invalid bytes replaced).
    /// Unpaired UTF-16 surrogates are replaced with U+FFFD. Not supported: null, UIDs, sets.
    public static func decode(_ bytes: [UInt8]) throws(PlistError) -> PlistValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PlistError) -> PlistValue in
            var reader = try BinaryPlistReader(buffer)
            return try reader.value(reader.topObject, depth: 0)
        }
    }
}

/// Decodes objects on demand from a validated buffer.
struct BinaryPlistReader {
    /// More values than this, counting shared containers once per reference, is rejected: a small
    /// file that shares containers could otherwise expand into an astronomically large tree.
    static let maxExpandedValues = 1 << 26

    let b: UnsafeBufferPointer<UInt8>
    let offsetSize: Int
    let refSize: Int
    let objectCount: Int
    let topObject: Int
    /// Objects live in 8..<offsetTable; the offset table follows them.
    let offsetTable: Int
    /// Per object: its place in `shared` when more than one reference points at it (dictionary
    /// keys, repeated values), else -1. Only those are kept once decoded, so a value is decoded
    /// once and its storage shared, while the many values used once are not held twice.
    var slot: [Int32]
    var shared: [PlistValue?]
    /// Per object: 0 not decoded yet, `inProgress` while its children are decoded, else the
    /// number of values it expands to (1 for scalars).
    var sizes: [UInt32]
    static let inProgress = UInt32.max
    var scratch: [UInt16] = []

    init(_ b: UnsafeBufferPointer<UInt8>) throws(PlistError) {
        self.b = b
        let magic = Array("bplist".utf8)
        guard b.count >= 8, b[0..<6].elementsEqual(magic) else {
            throw b.count < 8 && b.elementsEqual(magic.prefix(b.count)) ? .truncated : .notAPropertyList
        }
        guard b[6] == UInt8(ascii: "0"), b[7] == UInt8(ascii: "0") else {
            throw .unsupported("binary property list version other than 00")
        }
        guard b.count >= 8 + 1 + 32 else { throw .truncated }
        let t = b.count - 32
        offsetSize = Int(b[t + 6])
        refSize = Int(b[t + 7])
        let count = Self.uint(b, at: t + 8, width: 8)
        let top = Self.uint(b, at: t + 16, width: 8)
        let table = Self.uint(b, at: t + 24, width: 8)
        guard (1...8).contains(offsetSize), (1...8).contains(refSize) else {
            throw .corrupt("bad offset or reference size in trailer")
        }
        // The table must fit between the objects and the trailer, and every object takes at least
        // one byte (this bounds the memory spent per object by the size of the input).
        guard table >= 9, table <= UInt64(t), count >= 1, count <= table - 8, count <= UInt64(t) / UInt64(offsetSize),
              table + count * UInt64(offsetSize) <= UInt64(t) else {
            throw .corrupt("bad offset table position or object count in trailer")
        }
        guard top < count else { throw .corrupt("top object out of range") }
        guard refSize == 8 || count <= UInt64(1) << (8 * UInt64(refSize)) else {
            throw .corrupt("object count does not fit the reference size")
        }
        objectCount = Int(count)
        topObject = Int(top)
        offsetTable = Int(table)
        sizes = Array(repeating: 0, count: objectCount)
        slot = []
        shared = []
        countReferences()
    }

    /// Counts the references to each object (from every array and dictionary, whether reachable
    /// or not) and gives each object referenced more than once a slot. Objects this cannot read
    /// are skipped here: decoding them throws when they are referenced.
    mutating func countReferences() {
        var counts = [Int32](repeating: 0, count: objectCount)
        for object in 0..<objectCount {
            let offset = Int(Self.uint(b, at: offsetTable + object * offsetSize, width: offsetSize))
            guard offset >= 8, offset < offsetTable else { continue }
            let marker = b[offset]
            guard marker >> 4 == 0xA || marker >> 4 == 0xD, let (n, start) = try? count(at: offset, low: marker & 0x0F) else { continue }
            let refs = marker >> 4 == 0xD ? 2 * n : n
            guard refs <= (offsetTable - start) / refSize else { continue }
            for i in 0..<refs {
                let ref = Self.uint(b, at: start + i * refSize, width: refSize)
                if ref < UInt64(objectCount), counts[Int(ref)] < 2 { counts[Int(ref)] += 1 }
            }
        }
        var next: Int32 = 0
        for i in counts.indices {
            if counts[i] > 1 {
                counts[i] = next
                next += 1
            } else {
                counts[i] = -1
            }
        }
        slot = counts
        shared = Array(repeating: nil, count: Int(next))
    }

    /// Big-endian unsigned integer; the caller checked that the bytes exist.
    @inline(__always) static func uint(_ b: UnsafeBufferPointer<UInt8>, at pos: Int, width: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in pos..<(pos + width) { v = v << 8 | UInt64(b[i]) }
        return v
    }

    /// Checks that `n` bytes starting at `pos` lie inside the object area.
    @inline(__always) func need(_ pos: Int, _ n: Int) throws(PlistError) {
        guard n >= 0, pos <= offsetTable, n <= offsetTable - pos else { throw .truncated }
    }

    /// Reads the count of a data, string or container object whose marker is at `pos`, and
    /// returns it with the position of the first content byte.
    func count(at pos: Int, low: UInt8) throws(PlistError) -> (count: Int, start: Int) {
        if low != 0x0F { return (Int(low), pos + 1) }
        try need(pos + 1, 1)
        let marker = b[pos + 1]
        guard marker & 0xF0 == 0x10, marker & 0x0F <= 3 else { throw .corrupt("bad count marker") }
        let width = 1 << Int(marker & 0x0F)
        try need(pos + 2, width)
        let v = Self.uint(b, at: pos + 2, width: width)
        guard v <= UInt64(Int.max / 2) else { throw .corrupt("absurd count") }
        return (Int(v), pos + 2 + width)
    }

    mutating func value(_ ref: Int, depth: Int) throws(PlistError) -> PlistValue {
        let kept = Int(slot[ref])
        if kept >= 0, let done = shared[kept] { return done }
        let offset = Int(Self.uint(b, at: offsetTable + ref * offsetSize, width: offsetSize))
        guard offset >= 8, offset < offsetTable else { throw .corrupt("object offset out of range") }
        let marker = b[offset]
        let low = marker & 0x0F
        var size: UInt32 = 1
        let v: PlistValue
        switch marker >> 4 {
        case 0x0:
            switch low {
            case 0x8: v = .bool(false)
            case 0x9: v = .bool(true)
            case 0x0: throw .unsupported("null")
            default: throw .corrupt("unknown object marker \(marker)")
            }
        case 0x1:
            v = .integer(try integer(at: offset, low: low))
        case 0x2:
            guard low == 2 || low == 3 else { throw .corrupt("bad real size") }
            try need(offset + 1, 1 << Int(low))
            let bits = Self.uint(b, at: offset + 1, width: 1 << Int(low))
            v = .real(low == 3 ? Double(bitPattern: bits) : Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
        case 0x3:
            guard low == 3 else { throw .corrupt("bad date marker") }
            try need(offset + 1, 8)
            v = .date(Date(timeIntervalSinceReferenceDate: Double(bitPattern: Self.uint(b, at: offset + 1, width: 8))))
        case 0x4:
            let (n, start) = try count(at: offset, low: low)
            try need(start, n)
            v = .data(Array(UnsafeBufferPointer(rebasing: b[start..<(start + n)])))
        case 0x5:
            let (n, start) = try count(at: offset, low: low)
            try need(start, n)
            v = .string(String(decoding: UnsafeBufferPointer(rebasing: b[start..<(start + n)]), as: UTF8.self))
        case 0x6:
            let (n, start) = try count(at: offset, low: low)
            guard n <= offsetTable / 2 else { throw .truncated }
            try need(start, 2 * n)
            v = .string(utf16String(start: start, units: n))
        case 0x8:
            throw .unsupported("UID objects")
        case 0xA, 0xD:
            guard depth < PropertyList.maxDepth else { throw .tooDeep(limit: PropertyList.maxDepth) }
            guard sizes[ref] != Self.inProgress else { throw .referenceCycle }
            sizes[ref] = Self.inProgress
            (v, size) = try container(marker: marker, at: offset, depth: depth + 1)
        case 0xC:
            throw .unsupported("sets")
        default:
            throw .corrupt("unknown object marker \(marker)")
        }
        if kept >= 0 { shared[kept] = v }
        sizes[ref] = size
        return v
    }

    func integer(at offset: Int, low: UInt8) throws(PlistError) -> Int64 {
        guard low <= 4 else { throw .corrupt("bad integer size") }
        let width = 1 << Int(low)
        try need(offset + 1, width)
        if width < 16 { return Int64(bitPattern: Self.uint(b, at: offset + 1, width: width)) }
        // 16 bytes: Apple writes unsigned values above Int64.max this way; take those that fit.
        let high = Self.uint(b, at: offset + 1, width: 8)
        let lowBits = Int64(bitPattern: Self.uint(b, at: offset + 9, width: 8))
        guard (high == 0 && lowBits >= 0) || (high == UInt64.max && lowBits < 0) else {
            throw .unsupported("integers beyond 64 bits")
        }
        return lowBits
    }

    mutating func utf16String(start: Int, units n: Int) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.reserveCapacity(n)
        var pos = start
        for _ in 0..<n {
            scratch.append(UInt16(b[pos]) << 8 | UInt16(b[pos + 1]))
            pos += 2
        }
        return scratch.withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
    }

    mutating func container(marker: UInt8, at offset: Int, depth: Int) throws(PlistError) -> (PlistValue, UInt32) {
        let isDict = marker >> 4 == 0xD
        let (n, start) = try count(at: offset, low: marker & 0x0F)
        guard n <= (offsetTable - start) / (isDict ? 2 * refSize : refSize) else { throw .truncated }
        var size = 1
        if isDict {
            var pairs: [(String, PlistValue)] = []
            pairs.reserveCapacity(n)
            for i in 0..<n {
                let keyRef = try reference(at: start + i * refSize)
                guard case .string(let key) = try value(keyRef, depth: depth) else {
                    throw .corrupt("dictionary key is not a string")
                }
                let itemRef = try reference(at: start + (n + i) * refSize)
                let item = try value(itemRef, depth: depth)
                size += Int(sizes[itemRef])
                guard size <= Self.maxExpandedValues else { throw .corrupt("shared containers expand too much") }
                pairs.append((key, item))
            }
            return (.dict(pairs), UInt32(size))
        }
        var items: [PlistValue] = []
        items.reserveCapacity(n)
        for i in 0..<n {
            let itemRef = try reference(at: start + i * refSize)
            let item = try value(itemRef, depth: depth)
            size += Int(sizes[itemRef])
            guard size <= Self.maxExpandedValues else { throw .corrupt("shared containers expand too much") }
            items.append(item)
        }
        return (.array(items), UInt32(size))
    }

    @inline(__always) func reference(at pos: Int) throws(PlistError) -> Int {
        let ref = Self.uint(b, at: pos, width: refSize)
        guard ref < UInt64(objectCount) else { throw .corrupt("object reference out of range") }
        return Int(ref)
    }
}
