/// Help and status-bar texts of one case's appointments (`T` in the case pane).
extension HelpText {
    public static var keyCaseAppointments: Message {
        Message(de: "Termine dieses Falls (auch frühere und spätere) ändern oder absagen",
                en: "change or cancel this case's appointments (also earlier and later ones)")
    }
    public static var keyCaseAppointmentsBack: Message { Message(de: "zurück zum Fall", en: "back to the case") }
    public static var hintAppointments: Message { Message(de: "Termine", en: "Appointments") }
}
