/// The agenda's day column and pane title (issue 16 follow-up): a short day that fits ten
/// columns in both languages, and a title that says the pane is the agenda and for when.
extension CaseText {
    /// "Sa 05.12." / "Sat 05 Dec": the weekday and the day, the year left out (the range is two
    /// weeks at most). Monday = 0.
    public static func agendaDay(weekday: Int, day: Int, month: Int) -> Message {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let w = weekdayShort(weekday)
        return Message(de: "\(w.text(.de)) \(two(day)).\(two(month)).",
                       en: "\(w.text(.en)) \(two(day)) \(months[min(max(0, month - 1), 11)])")
    }

    /// "Termine heute" / "Appointments this week": the agenda's pane title.
    public static func agendaPaneTitle(_ range: String) -> Message {
        Message(de: "Termine \(range)", en: "Appointments \(range)")
    }
}
