/// What the store's own rules (a PostgreSQL role) forbid, said before anything is typed in vain.
extension StoreText {
    public static func accessReadOnlyKind(_ kind: RecordKind) -> Message {
        switch kind {
        case .partner, .site:
            Message(de: "Partner und Standorte ändert hier nur die Koordination.",
                    en: "Only the coordination changes partners and sites here.")
        case .measure, .payment:
            Message(de: "Die Budgets ändert hier nur die Koordination.",
                    en: "Only the coordination changes budgets here.")
        case .case:
            Message(de: "Fälle führen hier nur Beratende an ihren eigenen Standorten.",
                    en: "Here only counsellors keep cases, at their own sites.")
        }
    }

    /// Restored edits the store would refuse are not put back (they could never be saved).
    public static func statusRecoveredLeavingOut(_ refused: Int) -> Message {
        Message(de: "Wiederhergestellt – ohne \(NumberFormat.integer(refused, .de)) \(refused == 1 ? "Änderung, die" : "Änderungen, die") Ihre Rolle in dieser Datenbank nicht speichern darf; noch nicht gespeichert.",
                en: "Restored – without \(NumberFormat.integer(refused, .en)) \(refused == 1 ? "change" : "changes") your role may not save in this database; not saved yet.")
    }

    /// A counsellor not yet given any site: no case can be kept until the coordination does.
    public static let accessNoSite = Message(
        de: "Ihrer Rolle ist noch kein Standort zugeordnet (iq.members); fragen Sie die Koordination.",
        en: "Your role has no site yet (iq.members); ask the coordination.")

    public static let accessCaseWithoutSite = Message(
        de: "Jeder Fall braucht hier einen Ihrer Standorte.",
        en: "Every case needs one of your sites here.")

    public static func accessForeignSite(_ site: String) -> Message {
        Message(de: "Fälle am Standort „\(site)“ darf Ihre Rolle nicht führen.",
                en: "Your role may not keep cases at “\(site)”.")
    }
}
