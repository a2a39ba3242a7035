/// The database's words for the program working on it (`--store`).
extension DatabaseText {
    public static let versionClash = Message(
        de: "Ein Datensatz wurde inzwischen in einer anderen Sitzung geändert; nichts gespeichert.",
        en: "A record was changed in another session meanwhile; nothing saved.")
}

extension DatabaseText {
    /// A save the role's rights or the row policies refused; the whole save waits for the
    /// person to take that one change back, nothing is lost meanwhile.
    public static func refused(_ record: Message) -> Message {
        Message(de: "Die Datenbank nimmt die Änderung an „\(record.de)“ nicht an: Ihre Rolle darf sie nicht schreiben. Nichts gespeichert, alle Änderungen bleiben erhalten; nehmen Sie die Änderung zurück (u, bis sie es ist) und speichern Sie erneut.",
                en: "The database does not take the change to “\(record.en)”: your role may not write it. Nothing saved, all changes are kept; take that change back (u, until it is) and save again.")
    }

    /// A refused record by what the person knows it as: a case by its number, else its name.
    public static func refusedRecord(caseNumber: String) -> Message { Message(de: "Fall \(caseNumber)", en: "case \(caseNumber)") }
    public static func refusedRecord(_ name: String) -> Message { Message(de: name, en: name) }
}

extension DatabaseText {
    /// An export without the tables the role may not read: not a backup of the whole network.
    public static func exportWithheld(_ tables: [String]) -> Message {
        let list = tables.joined(separator: ", ")
        return Message(de: "Ohne \(list): das darf Ihre Rolle nicht lesen. Die Datei ist keine vollständige Sicherung.",
                       en: "Without \(list): your role may not read that. The file is not a complete backup.")
    }
}

extension DatabaseText {
    /// A counsellor's export: her cases only.
    public static let exportOwnCasesOnly = Message(
        de: "Nur die Fälle Ihrer Standorte: die Datei ist keine vollständige Sicherung.",
        en: "Only the cases of your sites: the file is not a complete backup.")
}
