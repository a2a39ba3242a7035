/// The database's words for the program working on it (`--store`).
extension DatabaseText {
    public static let versionClash = Message(
        de: "Ein Datensatz wurde inzwischen in einer anderen Sitzung geändert; nichts gespeichert.",
        en: "A record was changed in another session meanwhile; nothing saved.")
}
