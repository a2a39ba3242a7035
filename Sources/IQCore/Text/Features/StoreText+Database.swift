/// The store's words when the data lives in a PostgreSQL database (`--store`).
extension StoreText {
    public static func statusDatabaseLoaded(_ source: String) -> Message {
        Message(de: "Daten aus PostgreSQL: \(source)",
                en: "Data from PostgreSQL: \(source)")
    }

    /// The connection is gone; edits stay in memory and the journal until a save gets through.
    public static func statusDatabaseUnreachable(_ detail: String) -> Message {
        Message(de: "Keine Verbindung zur Datenbank – Änderungen bleiben erhalten, nächster Versuch beim Speichern: \(detail)",
                en: "No connection to the database – changes are kept, tried again on the next save: \(detail)")
    }
}
