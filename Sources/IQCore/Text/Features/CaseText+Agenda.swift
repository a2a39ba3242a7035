/// Texts of the agenda (issue 16 §2): appointment times and durations, cancelling, the
/// "Termine" view, the open-case filter.
extension CaseText {
    public static func appointmentMinutes(_ n: Int) -> Message { Message(de: "\(n) Min.", en: "\(n) min") }
    public static var appointmentCancelled: Message { Message(de: "abgesagt", en: "cancelled") }
    public static var formTime: Message { Message(de: "Uhrzeit", en: "Time") }
    public static var formDuration: Message { Message(de: "Dauer (Min.)", en: "Duration (min)") }
    public static var formCancelled: Message { Message(de: "Abgesagt", en: "Cancelled") }
    public static var formBadTime: Message {
        Message(de: "Uhrzeit als SS:MM, z. B. 09:30", en: "Time as HH:MM, e.g. 09:30")
    }
    public static var formBadDuration: Message {
        Message(de: "Dauer in Minuten, 1 bis 1440", en: "Duration in minutes, 1 to 1440")
    }
    public static func formAppointmentChangeTitle(_ number: String) -> Message {
        Message(de: "Termin ändern für \(number)", en: "Change appointment for \(number)")
    }
    /// The status filter's choice of every case that is not ended.
    public static var filterOpen: Message { Message(de: "offen", en: "open") }
}
