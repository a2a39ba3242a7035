/// What the store's own rules (a PostgreSQL role) forbid, said before anything is typed in vain.
extension StoreText {
    public static func accessReadOnlyKind(_ kind: RecordKind) -> Message {
        switch kind {
        case .partner, .site:
            Message(de: "Das Partnernetzwerk ändert hier nur die Koordination (Ihre Rolle: lesen).",
                    en: "Only the coordination changes the partner network here (your role: read).")
        case .measure, .payment:
            Message(de: "Budgets ändert hier nur die Koordination (Ihre Rolle: lesen).",
                    en: "Only the coordination changes budgets here (your role: read).")
        case .case:
            Message(de: "Fälle führen hier nur Beratende an ihren eigenen Standorten.",
                    en: "Here only counsellors keep cases, at their own sites.")
        }
    }

    public static let accessCaseWithoutSite = Message(
        de: "Hier braucht jeder Fall einen Ihrer Standorte (Feld Standort).",
        en: "Here every case needs one of your sites (field Site).")

    public static func accessForeignSite(_ site: String) -> Message {
        Message(de: "Fälle am Standort „\(site)“ darf Ihre Rolle nicht führen.",
                en: "Your role may not keep cases at “\(site)”.")
    }
}
