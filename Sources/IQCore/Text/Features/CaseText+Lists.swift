extension CaseText {
    /// The case list's column of the next appointment: short, so the date keeps the width.
    public static var colNextAppointmentShort: Message { Message(de: "Termin", en: "Next") }
}

extension CaseText {
    /// A referral's partner before one is chosen: the field starts empty, with a search.
    public static var formSearchPartner: Message { Message(de: "– Partner suchen –", en: "– search a partner –") }
}
