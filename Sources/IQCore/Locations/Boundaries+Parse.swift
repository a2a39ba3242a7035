import Foundation

/// Reading the outline data: over its UTF-8 bytes, numbers by hand. The first map frame pays for
/// it (about 120 million instructions with String splitting and Foundation search, a few here).
extension Boundaries {
    /// The line format of scripts/embed-geo.py: `L|name`, `R|name` or `K|name|type|bezirk`, then
    /// ring lines `lon,lat;lon,lat;…`. A malformed point or line is left out rather than trapping.
    static func parse(_ text: String) -> [Region] {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> [Region] {
        var regions: [Region] = []
        var header: [Substring]?
        var rings: [BoundaryRing] = []
        func finish() {
            guard let header, let tag = header.first else { return }
            let field = { (i: Int) in i < header.count ? String(header[i]) : "" }
            let level: Region.Level? = switch tag {
            case "L": .land
            case "R": .regierungsbezirk
            case "K": .kreis
            default: nil
            }
            if let level {
                regions.append(Region(level: level, name: field(1), type: field(2), regierungsbezirk: field(3), rings: rings))
            }
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if line.contains(UInt8(ascii: "|")) {
                finish()
                header = String(decoding: line, as: UTF8.self).split(separator: "|", omittingEmptySubsequences: false)
                rings = []
            } else {
                let ring = points(line)
                if !ring.isEmpty { rings.append(ring) }
            }
            start = end + 1
        }
        finish()
        return regions
    }

    /// `lon,lat;lon,lat;…`, each pair exactly two numbers.
    private static func points(_ line: UnsafeBufferPointer<UInt8>) -> [GeoPoint] {
        var ring: [GeoPoint] = []
        var start = 0
        while start < line.count {
            var end = start
            while end < line.count, line[end] != UInt8(ascii: ";") { end += 1 }
            let pair = line[start..<end]
            if let comma = pair.firstIndex(of: UInt8(ascii: ",")),
               let lon = number(pair[start..<comma]), let lat = number(pair[(comma + 1)..<end]) {
                ring.append(GeoPoint(lat, lon))
            }
            start = end + 1
        }
        return ring
    }

    /// A plain decimal ("51.4252", "-0.5"). Its digits as an integer divided by a power of ten:
    /// both exact, so the one division rounds exactly as `Double(String)` does. Longer numbers
    /// than that allows go to `Double(String)` itself; anything else is nil.
    static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var decimals: Int?
        var negative = false
        for (i, byte) in zip(bytes.indices, bytes) {
            switch byte {
            case UInt8(ascii: "-") where i == bytes.startIndex:
                negative = true
            case UInt8(ascii: ".") where decimals == nil:
                decimals = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa &* 10 &+ Int64(byte - UInt8(ascii: "0"))
                digits += 1
                decimals = decimals.map { $0 + 1 }
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        guard digits <= 15 else { return Double(String(decoding: bytes, as: UTF8.self)) }
        let value = Double(mantissa) / powersOfTen[decimals ?? 0]
        return negative ? -value : value
    }

    /// 10^0 … 10^15, each exact in a Double.
    private static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { power, _ in power * 10 } }
}
