/// Texts every pane shares: pane titles, list columns, detail labels, counts, status bar, quit and size dialogs.
public enum CommonText {
    public static var paneTitlePartners: Message { Message(de: "Partner", en: "Partners") }
    public static var paneTitleLocations: Message { Message(de: "Standorte", en: "Locations") }
    public static var paneTitleCases: Message { Message(de: "Fälle", en: "Cases") }
    public static var paneTitleBudgets: Message { Message(de: "Budgets", en: "Budgets") }
    public static var colName: Message { Message(de: "Name", en: "Name") }
    public static var colShortName: Message { Message(de: "Kurzname", en: "Short name") }
    public static var colCategory: Message { Message(de: "Kategorie", en: "Category") }
    public static var colCity: Message { Message(de: "Ort", en: "City") }
    public static var colOperator: Message { Message(de: "Träger", en: "Operator") }
    public static var colServices: Message { Message(de: "Angebote", en: "Services") }
    public static var colYear: Message { Message(de: "Jahr", en: "Year") }
    public static var colField: Message { Message(de: "Handlungsfeld", en: "Field of action") }
    public static var colAllocation: Message { Message(de: "Mittel", en: "Allocation") }
    public static var colParticipants: Message { Message(de: "TN geplant", en: "Planned places") }
    public static var colCostPerParticipant: Message { Message(de: "Kosten je TN", en: "Cost per participant") }
    public static var detailLevel: Message { Message(de: "Ebene", en: "Level") }
    public static var detailFields: Message { Message(de: "Handlungsfelder", en: "Fields of action") }
    public static var detailCities: Message { Message(de: "Orte", en: "Cities") }
    public static var detailRole: Message { Message(de: "Rolle im Netzwerk", en: "Role in the network") }
    public static var detailWebsite: Message { Message(de: "Website", en: "Website") }
    public static var detailEmail: Message { Message(de: "E-Mail", en: "E-mail") }
    public static var detailPhone: Message { Message(de: "Telefon", en: "Phone") }
    public static var detailAddress: Message { Message(de: "Anschrift", en: "Address") }
    public static var detailRelations: Message { Message(de: "Beziehungen", en: "Relations") }
    public static var detailCoordinates: Message { Message(de: "Koordinaten", en: "Coordinates") }
    public static var detailMobileSite: Message {
        Message(de: "mobil, ohne festen Standort",
                en: "mobile, no fixed site")
    }
    public static var detailNote: Message { Message(de: "Hinweis", en: "Note") }
    public static var detailProviders: Message { Message(de: "Träger", en: "Providers") }
    public static var valueUnknown: Message { Message(de: "unbekannt", en: "unknown") }
    public static var valueApproximately: Message { Message(de: "ca.", en: "approx.") }
    public static var valueNone: Message { Message(de: "–", en: "–") }
    public static var valueMobile: Message { Message(de: "mobil", en: "mobile") }
    public static var emptyList: Message { Message(de: "Keine Einträge.", en: "No entries.") }
    public static func noMatches(_ text: String) -> Message {
        Message(de: "Keine Treffer für „\(text)“.",
                en: "No matches for “\(text)”.")
    }
    public static func countEntries(_ total: Int) -> Message {
        Message(de: "\(NumberFormat.integer(total, .de))",
                en: "\(NumberFormat.integer(total, .en))")
    }
    public static func countFiltered(_ shown: Int, _ total: Int) -> Message {
        Message(de: "\(NumberFormat.integer(shown, .de))/\(NumberFormat.integer(total, .de))",
                en: "\(NumberFormat.integer(shown, .en))/\(NumberFormat.integer(total, .en))")
    }
    public static func statusUndone(_ label: String) -> Message {
        Message(de: "Rückgängig: \(label)",
                en: "Undone: \(label)")
    }
    public static var statusNothingToUndo: Message {
        Message(de: "Nichts rückgängig zu machen.",
                en: "Nothing to undo.")
    }
    public static func statusRedone(_ label: String) -> Message {
        Message(de: "Wiederhergestellt: \(label)",
                en: "Redone: \(label)")
    }
    public static var statusNothingToRedo: Message { Message(de: "Nichts wiederherzustellen.", en: "Nothing to redo.") }
    public static var unsavedMarker: Message { Message(de: "● ungespeichert", en: "● unsaved") }
    public static var confirmQuitTitle: Message { Message(de: "Beenden?", en: "Quit?") }
    public static var confirmQuitBody: Message {
        Message(de: "Es gibt ungespeicherte Änderungen. Trotzdem beenden?",
                en: "There are unsaved changes. Quit anyway?")
    }
    public static var tooSmallTitle: Message { Message(de: "Terminal zu klein", en: "Terminal too small") }
    public static func tooSmallBody(_ width: String, _ height: String, _ value3: String, _ value4: String) -> Message {
        Message(de: "iq-tui braucht mindestens \(width)×\(height) Zeichen, jetzt sind es \(value3)×\(value4). Bitte das Fenster vergrößern.",
                en: "iq-tui needs at least \(width)×\(height) characters, this one has \(value3)×\(value4). Please enlarge the window.")
    }
    public static func literal(_ text: String) -> Message {
        Message(de: "\(text)",
                en: "\(text)")
    }
}
