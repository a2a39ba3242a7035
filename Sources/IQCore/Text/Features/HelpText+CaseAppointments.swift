/// Help and status-bar texts of one case's appointments (`T` in the case pane).
extension HelpText {
    public static var keyCaseAppointments: Message {
        Message(de: "alle Termine des Falls ändern oder absagen",
                en: "change or cancel all of the case's appointments")
    }
    public static var keyCaseAppointmentsBack: Message { Message(de: "zurück zum Fall", en: "back to the case") }
    public static var hintAppointments: Message { Message(de: "Termine", en: "Appointments") }
}
