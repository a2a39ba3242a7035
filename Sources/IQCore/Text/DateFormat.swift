import Foundation

/// Dates and times as the interface shows them, in the machine's time zone: German
/// "25.11.2026 16:05", English "2026-11-25 16:05".
public enum GermanDate {
    static func parts(_ date: Date) -> DateComponents {
        Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
    }

    private static func two(_ n: Int?) -> String {
        let n = n ?? 0
        return n < 10 ? "0\(n)" : "\(n)"
    }

    public static func time(_ date: Date, _ language: Language) -> String {
        let c = parts(date)
        return "\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    public static func dateTime(_ date: Date, _ language: Language) -> String {
        let c = parts(date)
        let day = language == .de
            ? "\(two(c.day)).\(two(c.month)).\(c.year ?? 0)"
            : "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
        return "\(day) \(two(c.hour)):\(two(c.minute))"
    }

    static let monthNames: [Language: [String]] = [
        .de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    /// "Oktober 2021" / "October 2021".
    public static func month(year: Int, month: Int, _ language: Language) -> String {
        let names = monthNames[language] ?? monthNames[.de] ?? []
        return names.indices.contains(month - 1) ? "\(names[month - 1]) \(year)" : "\(month)/\(year)"
    }
}
