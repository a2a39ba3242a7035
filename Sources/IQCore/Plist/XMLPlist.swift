import Foundation

/// Apple's XML property-list form (the `PropertyList-1.0.dtd` subset), written and read by hand.
///
/// Precision: XML dates are whole seconds in UTC (`2026-11-25T15:48:00Z`); the encoder rounds
/// down, so sub-second parts are lost (the binary format keeps them). Dates before year 1 or after
/// year 9999 (and NaN) are clamped into that range. Reals are written with Swift's shortest
/// round-tripping description (`nan`, `+infinity`, `-infinity` for the special values), so they
/// read back exactly. A carriage return in a string is written as `&#13;` so that it survives
/// XML line-end normalisation; other control characters are written as they are, as Apple does
/// (strict XML parsers reject them, this module's decoder accepts them).
public enum XMLPlist {
    public static func encode(_ value: PlistValue) -> [UInt8] {
        var w = XMLPlistWriter()
        w.out.reserveCapacity(4096)
        w.raw(XMLPlistWriter.prologue)
        w.value(value, indent: 0)
        w.raw("</plist>\n")
        return w.out
    }

    // MARK: Dates (proleptic Gregorian calendar, UTC)

    /// Seconds from 1970 to 2001-01-01, Foundation's reference date.
    static let referenceOffset: Int64 = 978_307_200
    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z in seconds since 1970.
    static let minUnixSeconds: Int64 = -62_135_596_800
    static let maxUnixSeconds: Int64 = 253_402_300_799

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number since 1970-01-01.
    static func civil(days z0: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, rounded down to whole seconds and clamped to years 1…9999.
    static func dateText(_ date: Date) -> [UInt8] {
        let t = date.timeIntervalSince1970
        var secs: Int64
        if t.isNaN {
            secs = referenceOffset
        } else if t <= Double(minUnixSeconds) {
            secs = minUnixSeconds
        } else if t >= Double(maxUnixSeconds) {
            secs = maxUnixSeconds
        } else {
            secs = Int64(t.rounded(.down))
        }
        let dayNumber = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
        secs -= dayNumber * 86_400
        let (y, m, d) = civil(days: dayNumber)
        var out: [UInt8] = []
        out.reserveCapacity(20)
        func digits(_ v: Int64, _ width: Int) {
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8((v / divisor) % 10))
                divisor /= 10
            }
        }
        digits(y, 4); out.append(UInt8(ascii: "-")); digits(m, 2); out.append(UInt8(ascii: "-")); digits(d, 2)
        out.append(UInt8(ascii: "T"))
        digits(secs / 3600, 2); out.append(UInt8(ascii: ":")); digits(secs / 60 % 60, 2)
        out.append(UInt8(ascii: ":")); digits(secs % 60, 2); out.append(UInt8(ascii: "Z"))
        return out
    }

    // MARK: Base64

    static let base64Alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with padding, no line breaks.
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            for shift in [18, 12, 6, 0] as [UInt32] { out.append(base64Alphabet[Int(v >> shift & 63)]) }
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            let v = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
            out.append(base64Alphabet[Int(v >> 18 & 63)])
            out.append(base64Alphabet[Int(v >> 12 & 63)])
            out.append(rest == 2 ? base64Alphabet[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return out
    }
}

/// Appends the XML text of a value to one growing byte array.
struct XMLPlistWriter {
    static let prologue: StaticString = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">

        """

    var out: [UInt8] = []

    @inline(__always) mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always) mutating func tabs(_ n: Int) {
        for _ in 0..<n { out.append(0x09) }
    }

    /// Appends text with `&`, `<`, `>` and carriage returns escaped.
    mutating func escaped(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            var plain = utf8.startIndex
            for i in utf8.indices {
                let c = utf8[i]
                guard c == UInt8(ascii: "&") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == 0x0D else {
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
                switch c {
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                default: raw("&#13;")
                }
                plain = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
    }

    mutating func decimal(_ v: Int64) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of room for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buf[i]) }
        }
    }

    mutating func value(_ value: PlistValue, indent: Int) {
        tabs(indent)
        switch value {
        case .string(let s):
            raw("<string>")
            escaped(s)
            raw("</string>\n")
        case .integer(let v):
            raw("<integer>")
            decimal(v)
            raw("</integer>\n")
        case .real(let v):
            raw("<real>")
            if v.isNaN {
                raw("nan")
            } else if v.isInfinite {
                v < 0 ? raw("-infinity") : raw("+infinity")
            } else {
                out.append(contentsOf: v.description.utf8)
            }
            raw("</real>\n")
        case .bool(let b):
            b ? raw("<true/>\n") : raw("<false/>\n")
        case .date(let d):
            raw("<date>")
            out.append(contentsOf: XMLPlist.dateText(d))
            raw("</date>\n")
        case .data(let bytes):
            raw("<data>\n")
            let text = XMLPlist.base64(bytes)
            var i = 0
            while i < text.count {
                let end = min(i + 68, text.count)
                tabs(indent)
                out.append(contentsOf: text[i..<end])
                out.append(0x0A)
                i = end
            }
            tabs(indent)
            raw("</data>\n")
        case .array(let items):
            if items.isEmpty {
                raw("<array/>\n")
                return
            }
            raw("<array>\n")
            for item in items { self.value(item, indent: indent + 1) }
            tabs(indent)
            raw("</array>\n")
        case .dict(let pairs):
            if pairs.isEmpty {
                raw("<dict/>\n")
                return
            }
            raw("<dict>\n")
            for (key, item) in pairs {
                tabs(indent + 1)
                raw("<key>")
                escaped(key)
                raw("</key>\n")
                self.value(item, indent: indent + 1)
            }
            tabs(indent)
            raw("</dict>\n")
        }
    }
}
