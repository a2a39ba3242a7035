import Foundation

/// Element text for the XML reader: entity references, CDATA, line ends, and the scalar syntaxes.
extension XMLPlistReader {
    /// Reads the text of an element up to and including `</name>` and hands it to `body`.
    /// Plain text is passed straight from the input; text with references, CDATA, comments or
    /// carriage returns is first assembled in `scratch`.
    mutating func withText<R>(_ tag: Tag, _ name: StaticString,
                              _ body: (UnsafeBufferPointer<UInt8>) throws(PlistError) -> R) throws(PlistError) -> R {
        if tag.empty { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = pos
        while pos < b.count {
            let c = b[pos]
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") || c == 0x0D { break }
            pos += 1
        }
        guard pos < b.count else { throw .truncated }
        if at("</") {
            let end = pos
            try closeTag(name)
            return try body(UnsafeBufferPointer(rebasing: b[start..<end]))
        }
        pos = start
        try assembleText(name)
        return try scratch.withUnsafeBufferPointer { (text) throws(PlistError) -> R in try body(text) }
    }

    /// The text of a `<string>` or `<key>` element as a string; invalid UTF-8 throws.
    mutating func text(_ tag: Tag, _ name: StaticString) throws(PlistError) -> String {
        try withText(tag, name) { (text) throws(PlistError) -> String in
            // `String(decoding:)` is fast but repairs invalid UTF-8; a repair shows as a difference.
            let s = String(decoding: text, as: UTF8.self)
            var any: UInt8 = 0
            for byte in text { any |= byte }
            guard any < 0x80 || s.utf8.elementsEqual(text) else { throw .corrupt("invalid UTF-8") }
            return s
        }
    }

    mutating func assembleText(_ name: StaticString) throws(PlistError) {
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard pos < b.count else { throw .truncated }
            let c = b[pos]
            if c == UInt8(ascii: "<") {
                if at("</") {
                    try closeTag(name)
                    return
                } else if at("<!--") {
                    pos += 4
                    try skip(past: "-->")
                } else if at("<![CDATA[") {
                    pos += 9
                    while !at("]]>") {
                        guard pos < b.count else { throw .truncated }
                        appendNormalisingLineEnd()
                    }
                    pos += 3
                } else {
                    let cut = endsWithin("</") || endsWithin("<!--") || endsWithin("<![CDATA[")
                    throw cut ? .truncated : .corrupt("element inside <\(name)>")
                }
            } else if c == UInt8(ascii: "&") {
                try entity()
            } else {
                appendNormalisingLineEnd()
            }
        }
    }

    /// Appends the byte at `pos`, turning CR LF and a lone CR into LF.
    mutating func appendNormalisingLineEnd() {
        if b[pos] == 0x0D {
            scratch.append(0x0A)
            pos += 1
            if pos < b.count && b[pos] == 0x0A { pos += 1 }
        } else {
            scratch.append(b[pos])
            pos += 1
        }
    }

    /// Decodes the reference at `pos` (`&name;` or `&#…;`) into `scratch`.
    mutating func entity() throws(PlistError) {
        let start = pos + 1
        var end = start
        while end < b.count && end - start <= 10 && b[end] != UInt8(ascii: ";") { end += 1 }
        guard end < b.count else { throw .truncated }
        guard b[end] == UInt8(ascii: ";") else { throw .corrupt("bad entity reference") }
        let ref = UnsafeBufferPointer(rebasing: b[start..<end])
        pos = end + 1
        switch String(decoding: ref, as: UTF8.self) {
        case "amp": scratch.append(UInt8(ascii: "&"))
        case "lt": scratch.append(UInt8(ascii: "<"))
        case "gt": scratch.append(UInt8(ascii: ">"))
        case "quot": scratch.append(0x22)
        case "apos": scratch.append(0x27)
        default:
            guard ref.count >= 2, ref[0] == UInt8(ascii: "#") else { throw .corrupt("unknown entity reference") }
            let hex = ref[1] == UInt8(ascii: "x")
            let digits = UnsafeBufferPointer(rebasing: ref[(hex ? 2 : 1)...])
            guard !digits.isEmpty, let v = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10),
                  digits.allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }),
                  v != 0, let scalar = Unicode.Scalar(v) else {
                throw .corrupt("bad character reference")
            }
            UTF8.encode(scalar) { scratch.append($0) }
        }
    }

    // MARK: Scalars

    static func trimmed(_ t: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0
        var hi = t.count
        while lo < hi, t[lo] == 0x20 || t[lo] == 0x09 || t[lo] == 0x0A || t[lo] == 0x0D { lo += 1 }
        while hi > lo, t[hi - 1] == 0x20 || t[hi - 1] == 0x09 || t[hi - 1] == 0x0A || t[hi - 1] == 0x0D { hi -= 1 }
        return UnsafeBufferPointer(rebasing: t[lo..<hi])
    }

    /// Decimal or `0x` hexadecimal, with an optional sign.
    static func integer(_ raw: UnsafeBufferPointer<UInt8>) throws(PlistError) -> Int64 {
        let t = trimmed(raw)
        var i = 0
        var negative = false
        if i < t.count, t[i] == UInt8(ascii: "-") || t[i] == UInt8(ascii: "+") {
            negative = t[i] == UInt8(ascii: "-")
            i += 1
        }
        var radix: UInt64 = 10
        if t.count - i > 2, t[i] == UInt8(ascii: "0"), t[i + 1] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            i += 2
        }
        guard i < t.count else { throw .corrupt("empty or malformed <integer>") }
        var magnitude: UInt64 = 0
        while i < t.count {
            let c = t[i]
            let digit: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt64(c - UInt8(ascii: "A") + 10)
            default: throw .corrupt("malformed <integer>")
            }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: radix)
            let (m2, o2) = m1.addingReportingOverflow(digit)
            guard !o1, !o2 else { throw .unsupported("integers beyond 64 bits") }
            magnitude = m2
            i += 1
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw .unsupported("integers beyond 64 bits") }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { throw .unsupported("integers beyond 64 bits") }
        return Int64(magnitude)
    }

    static func real(_ raw: UnsafeBufferPointer<UInt8>) throws(PlistError) -> Double {
        let t = trimmed(raw)
        guard !t.isEmpty, t.count < 64, let v = Double(String(decoding: t, as: UTF8.self)) else {
            throw .corrupt("malformed <real>")
        }
        return v
    }

    /// `YYYY[-MM[-DD[THH[:MM[:SS]]]]]Z`, UTC.
    static func date(_ raw: UnsafeBufferPointer<UInt8>) throws(PlistError) -> Date {
        let t = trimmed(raw)
        var i = 0
        func number(_ width: Int) throws(PlistError) -> Int64 {
            guard t.count - i >= width else { throw .corrupt("malformed <date>") }
            var v: Int64 = 0
            for _ in 0..<width {
                guard t[i] >= UInt8(ascii: "0") && t[i] <= UInt8(ascii: "9") else { throw .corrupt("malformed <date>") }
                v = v * 10 + Int64(t[i] - UInt8(ascii: "0"))
                i += 1
            }
            return v
        }
        func next(_ separator: Character) -> Bool {
            guard i < t.count, t[i] == separator.asciiValue else { return false }
            i += 1
            return true
        }
        let year = try number(4)
        var fields: [Int64] = [1, 1, 0, 0, 0]
        for (n, separator) in zip(0..<5, ["-", "-", "T", ":", ":"] as [Character]) {
            guard next(separator) else { break }
            fields[n] = try number(2)
        }
        guard next("Z"), i == t.count else { throw .corrupt("malformed <date>") }
        let (month, day, hour, minute, second) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        let monthDays: [Int64] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= monthDays[Int(month - 1)], hour < 24, minute < 60, second < 60,
              month != 2 || day < 29 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) else {
            throw .corrupt("invalid <date>")
        }
        let days = XMLPlist.days(year: year, month: month, day: day)
        let unix = days * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSinceReferenceDate: Double(unix - XMLPlist.referenceOffset))
    }

    static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in XMLPlist.base64Alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    /// Standard base64; whitespace anywhere is ignored, padding is optional, anything else throws.
    static func base64(_ t: UnsafeBufferPointer<UInt8>) throws(PlistError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(t.count / 4 * 3 + 3)
        var acc: UInt32 = 0
        var chars = 0
        var padding = 0
        for c in t {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { continue }
            if c == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            let v = base64Values[Int(c)]
            guard v != 0xFF, padding == 0 else { throw .corrupt("malformed base64 in <data>") }
            acc = acc << 6 | UInt32(v)
            chars += 1
            if chars % 4 == 0 {
                out.append(UInt8(truncatingIfNeeded: acc >> 16))
                out.append(UInt8(truncatingIfNeeded: acc >> 8))
                out.append(UInt8(truncatingIfNeeded: acc))
                acc = 0
            }
        }
        let rest = chars % 4
        guard rest != 1, padding == 0 || (rest != 0 && rest + padding == 4) else {
            throw .corrupt("malformed base64 in <data>")
        }
        if rest == 2 {
            out.append(UInt8(truncatingIfNeeded: acc >> 4))
        } else if rest == 3 {
            out.append(UInt8(truncatingIfNeeded: acc >> 10))
            out.append(UInt8(truncatingIfNeeded: acc >> 2))
        }
        return out
    }
}
