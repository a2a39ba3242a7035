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
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return language == .de ? "\(two(day)).\(two(month)).\(year)" : "\(year)-\(two(month))-\(two(day))"
    }

    public var description: String { text(.en) }

    /// 31 December of a year.
    public static func endOfYear(_ year: Int) -> Day {
        Day(checked: year, 12, 31)
    }
}
