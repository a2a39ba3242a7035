/// The budget pane at a glance: one year, a gauge per measure, and what to do when nothing has
/// been recorded yet.
extension BudgetText {
    public static var budgetNoYears: Message {
        Message(de: "Keine Maßnahme geplant: n legt eine an.", en: "No measure planned: n adds one.")
    }
    /// The gauge column of a measure row: its percentage is committed money against the
    /// allocation; short, so the title never takes room the names need.
    public static var colCommittedShare: Message { Message(de: "% gebunden", en: "% committed") }
    public static var budgetNothingRecorded: Message {
        Message(de: "Noch nichts erfasst: keine Zahlung gebucht, kein Fall in einer Maßnahme.",
                en: "Nothing recorded yet: no payment booked, no case enrolled in a measure.")
    }
    /// The budget pane of a role that may not read cases (a coordinator on a database).
    public static var budgetCasesHidden: Message {
        Message(de: "Ihre Rolle sieht keine Fälle: eingeschriebene Plätze und ihr Geld fehlen hier.",
                en: "Your role sees no cases: enrolled places and their money are missing here.")
    }
    public static var budgetHowToPay: Message {
        Message(de: "Zahlung buchen: Maßnahme wählen, b drücken.",
                en: "Book a payment: choose the measure, press b.")
    }
    public static func budgetHowToEnrol(_ field: String) -> Message {
        Message(de: "Fall einschreiben: Fälle (3), e, Feld „\(field)“.",
                en: "Enrol a case: Cases (3), e, field “\(field)”.")
    }
    /// Said for a measure's forecast while nothing is recorded, instead of "year over".
    public static var forecastNothingRecorded: Message { Message(de: "noch nichts erfasst", en: "nothing recorded yet") }
}
