/// What the database connection refuses before sending.
extension DatabaseText {
    public static func recordTooLarge(_ bytes: Int) -> Message {
        let mib = { (language: Language) in NumberFormat.integer(bytes / (1 << 20), language) }
        return Message(de: "iq-tui: ein Datensatz ist \(mib(.de)) MiB groß, mehr als die 2 GiB, die PostgreSQL in einem Wert annimmt; nichts gesendet. Bitte lange Texte im Datensatz kürzen.",
                       en: "iq-tui: a record is \(mib(.en)) MiB, more than the 2 GiB PostgreSQL takes in one value; nothing sent. Please shorten long texts in the record.")
    }
}
