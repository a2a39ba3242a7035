/// Texts of one case's appointments (`T` in the case pane): every one of them, to change or cancel.
extension CaseText {
    /// "Termine von NRW-2026-000001": the pane's title while it lists one case's appointments.
    public static func caseAppointmentsTitle(_ number: String) -> Message {
        Message(de: "Termine von \(number)", en: "Appointments of \(number)")
    }
    public static var caseAppointmentsCaption: Message {
        Message(de: "alle, neueste zuerst · Enter ändert oder sagt ab · Esc zurück",
                en: "all, newest first · Enter changes or cancels · Esc back")
    }
    public static var caseAppointmentsEmpty: Message {
        Message(de: "Dieser Fall hat keine Termine. Esc zurück, a trägt einen ein.",
                en: "This case has no appointments. Esc goes back, a adds one.")
    }
    /// "Mi 15.04.2026" / "Wed 15 Apr 2026": the agenda's day with its year, for appointments
    /// further back or ahead than two weeks.
    public static func appointmentDay(_ d: Day) -> Message {
        let day = agendaDay(weekday: d.weekday, day: d.day, month: d.month)
        return Message(de: day.text(.de) + "\(d.year)", en: day.text(.en) + " \(d.year)")
    }
}
