/// Texts of the three regulation states (Regulation.swift), used by the case form, the open case
/// and the case exchange.
extension CaseText {
    public static var regulationRegulated: Message { Message(de: "reglementiert", en: "regulated") }
    public static var regulationTitleProtected: Message {
        Message(de: "Berufsbezeichnung geschützt", en: "protected title")
    }
    public static var regulationNotRegulated: Message { Message(de: "nicht reglementiert", en: "not regulated") }
}
