extension CaseText {
    /// The case list's column of the next appointment: short, so the date keeps the width.
    public static var colNextAppointmentShort: Message { Message(de: "Termin", en: "Next") }
}
