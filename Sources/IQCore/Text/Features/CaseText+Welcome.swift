/// The empty case pane is what a first-time user sees: what the program is and where to begin.
extension CaseText {
    public static var welcome: Message {
        Message(de: "iq-tui: Partner, Standorte, Beratungsfälle und Budgets des IQ Netzwerks NRW.",
                en: "iq-tui: partners, locations, counselling cases and budgets of the IQ Netzwerk NRW.")
    }
    /// The keys come from the key map: the pane's number, new case, help.
    public static func startHere(pane: String, new: String, help: String) -> Message {
        Message(de: "Noch keine Fälle. Hier beginnen: \(pane) wählt diesen Bereich, \(new) legt den ersten Fall an, \(help) zeigt alle Tasten.",
                en: "No cases yet. Start here: \(pane) selects this pane, \(new) creates the first case, \(help) shows every key.")
    }
    /// A database role without cases (the coordination) is told why the pane stays empty.
    public static var noCasesForRole: Message {
        Message(de: "Ihre Rolle sieht keine Fälle: die führen die Beratenden an ihren Standorten. Anonyme Fallzahlen gibt Ihnen die Datenbank-Administration.",
                en: "Your role sees no cases: counsellors keep them at their sites. Anonymous case counts come from your database administration.")
    }
}
