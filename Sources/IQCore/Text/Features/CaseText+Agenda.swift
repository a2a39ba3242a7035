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
    public static var appointmentGone: Message {
        Message(de: "Dieser Termin steht nicht mehr im Fall (inzwischen geändert).", en: "This appointment is no longer in the case (changed meanwhile).")
    }
}

extension CaseText {
    public static var agendaTitle: Message { Message(de: "Termine", en: "Appointments") }
    public static var agendaToday: Message { Message(de: "heute", en: "today") }
    public static var agendaThisWeek: Message { Message(de: "diese Woche", en: "this week") }
    public static var agendaNextWeek: Message { Message(de: "nächste Woche", en: "next week") }
    public static var colDay: Message { Message(de: "Tag", en: "Day") }
    public static var colTime: Message { Message(de: "Zeit", en: "Time") }
    public static var colChannel: Message { Message(de: "Kanal", en: "Channel") }
    public static var colNote: Message { Message(de: "Notiz", en: "Note") }
    /// "Termine heute · Anna Beispiel · ←/→ Zeitraum": the agenda's frame caption.
    public static func agendaCaption(_ range: String, _ me: String) -> Message {
        let who = [range, me].filter { !$0.isEmpty }.joined(separator: " · ")
        return Message(de: "Termine \(who) · ←/→ Zeitraum", en: "Appointments \(who) · ←/→ range")
    }
    public static func agendaEmpty(_ range: String) -> Message {
        Message(de: "Keine Termine \(range). ←/→ wechselt den Zeitraum, a trägt im Fall einen ein, t zurück zur Liste.",
                en: "No appointments \(range). ←/→ changes the range, a adds one in a case, t back to the list.")
    }
    /// Monday = 0.
    public static func weekdayShort(_ i: Int) -> Message {
        let de = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return Message(de: de[min(max(0, i), 6)], en: en[min(max(0, i), 6)])
    }
}
