/// The store's words when the data lives in a PostgreSQL database (`--store`).
extension StoreText {
    public static func statusDatabaseLoaded(_ source: String) -> Message {
        Message(de: "Daten aus PostgreSQL: \(source)",
                en: "Data from PostgreSQL: \(source)")
    }

    /// A dropped connection is made again (at once after a server restart, or after looks).
    public static let statusDatabaseBack = Message(
        de: "Wieder mit der Datenbank verbunden – nichts verloren, alles neu eingelesen.",
        en: "Connected to the database again – nothing lost, everything read again.")

    /// In the status bar while the connection is lost (edits kept, looked at every few seconds).
    public static let offlineMarker = Message(de: "keine Verbindung", en: "offline")

    /// The connection is gone; edits stay in memory and the journal until a save gets through.
    public static func statusDatabaseUnreachable(_ detail: String) -> Message {
        Message(de: "Keine Verbindung zur Datenbank – Änderungen bleiben erhalten, neuer Versuch alle paar Sekunden und beim Speichern: \(detail)",
                en: "No connection to the database – changes are kept, tried again every few seconds and on saving: \(detail)")
    }
}
