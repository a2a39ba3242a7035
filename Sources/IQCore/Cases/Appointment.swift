import Foundation

/// A time of day for an appointment, to the minute ("09:30"). No time zone: like `Day`, it is
/// the time on the counsellor's wall clock.
public struct ClockTime: Comparable, Hashable, Codable, Sendable {
    /// Minutes since midnight, 0 ..< 1440.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// "9", "9:30", "09:30", "9.30" (as people type it); nil for anything else.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
              parts.count == 1 || parts[1].count == 2 else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    /// "09:30" in either language.
    public var text: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

extension TimelineEntry {
    /// The durations an appointment may have, in minutes (up to a whole day).
    public static let durations = 1...1440

    public var isAppointment: Bool {
        if case .appointment = kind { return true }
        return false
    }

    /// An appointment that has not been cancelled (the ones that are held or still to come).
    public var isLiveAppointment: Bool {
        if case .appointment = kind { return !cancelled }
        return false
    }

    /// "10:00, 60 Min." — the time and duration of an appointment, as far as known.
    public func timeText(_ language: Language) -> String {
        [time?.text, minutes.map { CaseText.appointmentMinutes($0).text(language) }].compactMap { $0 }.joined(separator: ", ")
    }

    /// The timeline's words for an entry: "Termin (Video) 10:00, 60 Min. – abgesagt".
    public func describe(_ language: Language, partnerName: (RecordID) -> String) -> String {
        switch kind {
        case .status(let from, let to):
            return CaseText.timelineStatus(from.label.text(language), to.label.text(language)).text(language)
        case .referral(let partner):
            return CaseText.timelineReferral(partnerName(partner)).text(language)
        case .appointment(let channel):
            var what = CaseText.timelineAppointment(channel.label.text(language)).text(language)
            let when = timeText(language)
            if !when.isEmpty { what += " " + when }
            if cancelled { what += " – " + CaseText.appointmentCancelled.text(language) }
            return what
        }
    }
}
