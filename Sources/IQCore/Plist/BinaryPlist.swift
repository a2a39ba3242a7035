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

extension BinaryPlistFlattener {
    func size(of ref: Int, refSize: Int) -> Int {
        let object = objects[ref]
        let n = object.count
        switch object.kind {
        case .ascii, .data: return BinaryPlist.headerSize(count: n) + n
        case .utf16: return BinaryPlist.headerSize(count: n) + 2 * n
        case .integer: return 1 + BinaryPlist.intWidth(Int64(bitPattern: object.payload))
        case .real, .date: return 9
        case .boolean: return 1
        case .array: return BinaryPlist.headerSize(count: n) + n * refSize
        case .dict: return BinaryPlist.headerSize(count: n) + 2 * n * refSize
        }
    }

    /// Second pass: sizes everything, then writes header, objects, offset table and trailer
    /// into one buffer of exactly the right length.
    func write() -> [UInt8] {
        let objectCount = objects.count
        let refSize = BinaryPlist.byteWidth(holding: UInt64(objectCount))
        var offsetTableOffset = 8
        for ref in 0..<objectCount { offsetTableOffset += size(of: ref, refSize: refSize) }
        let offsetSize = BinaryPlist.byteWidth(holding: UInt64(offsetTableOffset))
        let total = offsetTableOffset + objectCount * offsetSize + 32
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            arena.withUnsafeBufferPointer { arena in
                refs.withUnsafeBufferPointer { refs in
                    var w = BinaryPlistWriter(p: base, pos: 0, arena: arena, refs: refs, refSize: refSize)
                    for byte in "bplist00".utf8 { w.byte(byte) }
                    var table = BinaryPlistWriter(p: base, pos: offsetTableOffset, arena: arena, refs: refs, refSize: refSize)
                    for ref in 0..<objectCount {
                        table.uint(UInt64(w.pos), width: offsetSize)
                        w.object(objects[ref])
                    }
                    w.pos = table.pos
                    for _ in 0..<6 { w.byte(0) }
                    w.byte(UInt8(offsetSize))
                    w.byte(UInt8(refSize))
                    w.uint(UInt64(objectCount), width: 8)
                    w.uint(0, width: 8)
                    w.uint(UInt64(offsetTableOffset), width: 8)
                    assert(w.pos == total, "binary plist size mismatch")
                }
            }
            initialized = total
        }
    }
}

/// Writes big-endian values at a raw pointer; the caller sized the buffer exactly.
struct BinaryPlistWriter {
    let p: UnsafeMutablePointer<UInt8>
    var pos: Int
    let arena: UnsafeBufferPointer<UInt8>
    let refs: UnsafeBufferPointer<Int>
    let refSize: Int

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

    mutating func bytes(from offset: Int, count n: Int) {
        if n > 0, let src = arena.baseAddress { (p + pos).update(from: src + offset, count: n) }
        pos += n
    }

    mutating func object(_ object: BinaryPlistFlattener.Object) {
        let (kind, payload, n) = (object.kind, object.payload, object.count)
        switch kind {
        case .ascii:
            header(0x50, count: n)
            bytes(from: Int(payload), count: n)
        case .utf16:
            header(0x60, count: n)
            utf16(from: Int(payload), length: object.length)
        case .data:
            header(0x40, count: n)
            bytes(from: Int(payload), count: n)
        case .integer:
            integer(Int64(bitPattern: payload))
        case .real:
            byte(0x23)
            uint(payload, width: 8)
        case .date:
            byte(0x33)
            uint(payload, width: 8)
        case .boolean:
            byte(payload == 0 ? 0x08 : 0x09)
        case .array, .dict:
            header(kind == .array ? 0xA0 : 0xD0, count: n)
            let start = Int(payload)
            for i in start..<(start + (kind == .array ? n : 2 * n)) { uint(UInt64(refs[i]), width: refSize) }
        }
    }

    /// Transcodes the (valid, it came from a String) UTF-8 in the arena to UTF-16 big-endian.
    mutating func utf16(from offset: Int, length: Int) {
        var i = offset
        let end = offset + length
        while i < end {
            let lead = UInt32(arena[i])
            var scalar: UInt32
            var extra: Int
            switch lead {
            case 0..<0x80: (scalar, extra) = (lead, 0)
            case 0xC0..<0xE0: (scalar, extra) = (lead & 0x1F, 1)
            case 0xE0..<0xF0: (scalar, extra) = (lead & 0x0F, 2)
            default: (scalar, extra) = (lead & 0x07, 3)
            }
            i += 1
            while extra > 0 && i < end {
                scalar = scalar << 6 | UInt32(arena[i] & 0x3F)
                i += 1
                extra -= 1
            }
            if scalar >= 0x10000 {
                let v = scalar - 0x10000
                uint(UInt64(0xD800 | v >> 10), width: 2)
                uint(UInt64(0xDC00 | v & 0x3FF), width: 2)
            } else {
                uint(UInt64(scalar), width: 2)
            }
        }
    }
}
