/// Help texts of the agenda and the filters (issue 16 §2).
extension HelpText {
    public static var keyFilterFormApply: Message {
        Message(de: "Filter anwenden (wie Strg-S)", en: "apply the filter (as Ctrl-S)")
    }
}

extension HelpText {
    public static var helpSectionAgenda: Message { Message(de: "Termine", en: "Appointments") }
    public static var keyAgenda: Message {
        Message(de: "Termine: heute, diese Woche, nächste Woche (meine Fälle)", en: "appointments: today, this week, next week (my cases)")
    }
    public static var keyAgendaRange: Message { Message(de: "Zeitraum: heute / diese Woche / nächste Woche", en: "range: today / this week / next week") }
    public static var keyAgendaOpen: Message { Message(de: "den Fall öffnen", en: "open the case") }
    public static var keyAgendaChange: Message { Message(de: "Termin ändern oder absagen", en: "change or cancel the appointment") }
    public static var keyAgendaBack: Message { Message(de: "zurück zur Fallliste", en: "back to the case list") }
}
