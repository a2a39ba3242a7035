import Foundation

/// A calendar day without a time or time zone (a decision date, a consent date). Typed the
/// German way — "3.4.2026", "03.04.26" — or as ISO "2026-04-03".
public struct Day: Comparable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// year << 9 | month << 5 | day: four bytes, since a case holds a dozen days (three `Int`s
    /// made each 24); ordered as the days are.
    private let packed: UInt32
    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), (1...Day.daysIn(month, year)).contains(day) else { return nil }
        self.init(checked: year, month, day)
    }

    private init(checked year: Int, _ month: Int, _ day: Int) {
        packed = UInt32(min(max(year, 0), 0x7F_FFFF)) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    private enum CodingKeys: String, CodingKey { case year, month, day }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let (y, m, d) = (try c.decode(Int.self, forKey: .year), try c.decode(Int.self, forKey: .month), try c.decode(Int.self, forKey: .day))
        guard (1...12).contains(m), (1...31).contains(d) else {
            throw DecodingError.dataCorruptedError(forKey: .day, in: c, debugDescription: "not a day: \(y)-\(m)-\(d)")
        }
        self.init(checked: y, m, d)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(month, forKey: .month)
        try c.encode(day, forKey: .day)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses "3.4.2026", "03.04.26" (two-digit years are 20xx) or "2026-04-03"; nil otherwise.
    public init?(parsing text: String) {
        // The ISO form every file holds, read from its bytes: a load parses a dozen days per case.
        if let iso = Day.iso(text) {
            self = iso
            return
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.contains("-") {
            let p = t.split(separator: "-").map { Int($0) }
            guard p.count == 3, let y = p[0], let m = p[1], let d = p[2] else { return nil }
            self.init(year: y, month: m, day: d)
        } else {
            let p = t.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            guard p.count == 3, let d = p[0], let m = p[1], var y = p[2] else { return nil }
            if y < 100 { y += 2000 }
            self.init(year: y, month: m, day: d)
        }
    }

    /// The day of a moment in the machine's time zone.
    public init(_ date: Date) {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
        self.init(checked: c.year ?? 2000, c.month ?? 1, c.day ?? 1)
    }

    public static func < (a: Day, b: Day) -> Bool { a.packed < b.packed }

    /// German "03.04.2026" or ISO "2026-04-03".
    public func text(_ language: Language) -> String {
        guard (1000...9999).contains(year) else {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return language == .de ? "\(two(day)).\(two(month)).\(year)" : "\(year)-\(two(month))-\(two(day))"
        }
        // Ten ASCII bytes, written in place (a save writes a dozen days per case, a list shows them).
        let (y, m, d) = (year, month, day)
        return String(unsafeUninitializedCapacity: 10) { b in
            func digits(_ n: Int, _ count: Int, at i: Int) {
                var n = n
                for k in stride(from: i + count - 1, through: i, by: -1) {
                    b[k] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
            }
            if language == .de {
                digits(d, 2, at: 0)
                b[2] = UInt8(ascii: ".")
                digits(m, 2, at: 3)
                b[5] = UInt8(ascii: ".")
                digits(y, 4, at: 6)
            } else {
                digits(y, 4, at: 0)
                b[4] = UInt8(ascii: "-")
                digits(m, 2, at: 5)
                b[7] = UInt8(ascii: "-")
                digits(d, 2, at: 8)
            }
            return 10
        }
    }

    /// "2026-04-03" exactly (ten ASCII bytes), else nil.
    private static func iso(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { b -> Day? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let digit = b[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    n = n * 10 + Int(digit)
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return Day(year: y, month: m, day: d)
        }
    }

    public var description: String { text(.en) }

    /// 31 December of a year.
    public static func endOfYear(_ year: Int) -> Day {
        Day(checked: year, 12, 31)
    }
}
