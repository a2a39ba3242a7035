/// Budgets: measures, payments, providers, forecasts.
public enum BudgetText {
    public static var colCommitted: Message { Message(de: "Gebunden", en: "Committed") }
    public static var colEnrolled: Message { Message(de: "TN ist", en: "Enrolled") }
    public static var budgetViewMeasures: Message { Message(de: "Maßnahmen", en: "Measures") }
    public static var budgetViewPayments: Message { Message(de: "Zahlungen", en: "Payments") }
    public static var budgetViewProviders: Message { Message(de: "Träger", en: "Providers (Träger)") }
    public static var budgetViewStatistics: Message { Message(de: "Statistik", en: "Statistics") }
    public static var formApproximate: Message {
        Message(de: "Angaben ungefähr (ca.)",
                en: "Figures approximate (ca.)")
    }
    public static func formEditMeasure(_ name: String) -> Message {
        Message(de: "Maßnahme „\(name)“ bearbeiten",
                en: "Edit measure “\(name)”")
    }
    public static var formNewMeasure: Message { Message(de: "Neue Maßnahme", en: "New measure") }
    public static var formBadMeasureYear: Message {
        Message(de: "Ein Jahr zwischen 2000 und 2100, z. B. 2021.",
                en: "A year between 2000 and 2100, e.g. 2021.")
    }
    public static var formBadAmount: Message {
        Message(de: "Ein Betrag in Euro, z. B. 1.500.000 oder 3.600,50.",
                en: "An amount in euros, e.g. 1,500,000 or 3600.50.")
    }
    public static var formBadCount: Message {
        Message(de: "Eine ganze Zahl ab 0, oder leer für unbekannt.",
                en: "A whole number from 0, or empty for unknown.")
    }
    public static var formChooseMeasure: Message { Message(de: "– Maßnahme wählen –", en: "– choose a measure –") }
    public static var formChooseMeasureError: Message {
        Message(de: "Bitte eine Maßnahme wählen.",
                en: "Please choose a measure.")
    }
    public static func formEditPayment(_ day: String) -> Message {
        Message(de: "Zahlung vom \(day) bearbeiten",
                en: "Edit payment of \(day)")
    }
    public static var formNewPayment: Message { Message(de: "Neue Zahlung", en: "New payment") }
    public static var colAmount: Message { Message(de: "Betrag", en: "Amount") }
    public static var colReference: Message { Message(de: "Beleg / Zweck", en: "Voucher / purpose") }
    public static var colSpent: Message { Message(de: "Ausgezahlt", en: "Spent") }
    public static var colDate: Message { Message(de: "Datum", en: "Date") }
    public static var colMeasures: Message { Message(de: "Maßnahmen", en: "Measures") }
    public static var budgetNothingToEdit: Message {
        Message(de: "In dieser Ansicht gibt es nichts zu bearbeiten – v wechselt zu Maßnahmen oder Zahlungen.",
                en: "Nothing to edit in this view – v switches to measures or payments.")
    }
    public static func budgetMeasureInUse(_ name: String, _ cases: Int, _ paymentCount: Int) -> Message {
        Message(de: "„\(name)“ wird gebraucht: \(NumberFormat.integer(cases, .de)) \(cases == 1 ? "Fall" : "Fälle") eingeschrieben, \(NumberFormat.integer(paymentCount, .de)) \(paymentCount == 1 ? "Zahlung" : "Zahlungen"). Erst diese umbuchen.",
                en: "“\(name)” is in use: \(NumberFormat.integer(cases, .en)) \(cases == 1 ? "case" : "cases") enrolled, \(NumberFormat.integer(paymentCount, .en)) \(paymentCount == 1 ? "payment" : "payments"). Move those first.")
    }
    public static func labelBudgetDeleted(_ name: String) -> Message {
        Message(de: "„\(name)“ entfernt",
                en: "“\(name)” removed")
    }
    public static func labelBudgetSaved(_ record: String) -> Message {
        Message(de: "„\(record)“ gespeichert",
                en: "“\(record)” saved")
    }
    public static var budgetAllYears: Message { Message(de: "alle Jahre", en: "all years") }
    public static var budgetSelectorHint: Message { Message(de: "y/Y Jahr · v Ansicht", en: "y/Y year · v view") }
    public static var budgetPlaces: Message { Message(de: "Plätze", en: "Places") }
    public static var budgetForecast: Message { Message(de: "Prognose", en: "Forecast") }
    public static var budgetRate: Message {
        Message(de: "Eintritte je Monat bisher",
                en: "Enrolments per month so far")
    }
    public static var forecastMoney: Message { Message(de: "Mittel", en: "Money") }
    public static var forecastPlaces: Message { Message(de: "Plätze", en: "Places") }
    public static var forecastUnknown: Message {
        Message(de: "unbekannt (Mittel oder Plätze nicht angegeben)",
                en: "unknown (allocation or places not given)")
    }
    public static var forecastNotStarted: Message {
        Message(de: "Jahr hat noch nicht begonnen",
                en: "the year has not begun")
    }
    public static var forecastNoEnrolments: Message {
        Message(de: "noch keine Eintritte – keine Rate",
                en: "no enrolments yet – no rate")
    }
    public static var forecastExhausted: Message { Message(de: "bereits ausgeschöpft", en: "already used up") }
    public static func forecastRunsOut(_ value1: String) -> Message {
        Message(de: "reichen bis \(value1)",
                en: "last until \(value1)")
    }
    public static var forecastLastsTheYear: Message {
        Message(de: "reichen bis Jahresende",
                en: "last to the end of the year")
    }
    public static var forecastYearEnded: Message {
        Message(de: "Jahr abgelaufen, nicht ausgeschöpft",
                en: "year over, not used up")
    }
    public static var budgetPayments: Message { Message(de: "Zahlungen", en: "Payments") }
    public static var budgetNoPayments: Message { Message(de: "keine", en: "none") }
    public static var confirmRemoveTitle: Message { Message(de: "Entfernen?", en: "Remove?") }
    public static func confirmRemoveBody(_ name: String) -> Message {
        Message(de: "„\(name)“ entfernen? u macht es rückgängig.",
                en: "Remove “\(name)”? u undoes it.")
    }
    public static func budgetMeasureMany(_ measures: Int) -> Message {
        Message(de: "\(NumberFormat.integer(measures, .de)) \(measures == 1 ? "Maßnahme" : "Maßnahmen")",
                en: "\(NumberFormat.integer(measures, .en)) \(measures == 1 ? "measure" : "measures")")
    }
    public static var colMeasure: Message { Message(de: "Maßnahme", en: "Measure") }
}
