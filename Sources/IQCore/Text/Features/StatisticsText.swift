/// Statistics: the report's titles, columns, units and breakdowns.
public enum StatisticsText {
    public static func statsTitle(_ value1: String) -> Message {
        Message(de: "IQ Netzwerk NRW – Statistik (\(value1))",
                en: "IQ Network NRW – statistics (\(value1))")
    }
    public static var statsAllYears: Message { Message(de: "alle Jahre", en: "all years") }
    public static var statsMeasures: Message { Message(de: "Maßnahmen", en: "Measures") }
    public static var statsNoMeasures: Message { Message(de: "Keine Maßnahmen.", en: "No measures.") }
    public static var statsColMeasure: Message { Message(de: "Maßnahme", en: "Measure") }
    public static var statsColSpent: Message { Message(de: "Ausgezahlt", en: "Spent") }
    public static var statsMoneyNote: Message {
        Message(de: "Beträge in ganzen Euro. „unbekannt“: nicht angegeben, nie als 0 gezählt. „TN ist“ unter 5 steht als „<5“, die gebundenen Mittel der Maßnahme dann als „x“.",
                en: "Amounts in whole euros. “unknown”: not given, never counted as 0. Enrolled counts below 5 are shown as “<5”, the measure's committed money then as “x”.")
    }
    public static func statsCases(_ total: String) -> Message {
        Message(de: "Fälle (anonymisiert): \(total)",
                en: "Cases (anonymised): \(total)")
    }
    public static var statsSuppressionNote: Message {
        Message(de: "Zahlen von 1 bis 4 stehen als „<5“; „x“: eine Zahl ab 5, zurückgehalten, damit sich ein „<5“ nicht aus der Summe errechnen lässt. Keine Namen, keine Fallnummern.",
                en: "Counts from 1 to 4 are shown as “<5”; “x”: a count of 5 or more, withheld so that a “<5” cannot be computed back from the total. No names, no case numbers.")
    }
    public static var statsNoCases: Message { Message(de: "Keine Fälle erfasst.", en: "No cases recorded.") }
    public static var statsMonthBasis: Message {
        Message(de: "Monat der Erstberatung, sonst des ersten Eintrags im Verlauf; ohne beides: „nicht erfasst“",
                en: "Month of the Erstberatung, else of the first timeline entry; without either: “not recorded”")
    }
    public static var statsTotal: Message { Message(de: "Summe", en: "Total") }
    public static var statsReference: Message {
        Message(de: "Referenzzahlen (Präsentation des IQ Netzwerks NRW, 2018)",
                en: "Reference figures (presentation of the IQ Network NRW, 2018)")
    }
    public static func statsSource(_ source: String) -> Message {
        Message(de: "Quelle: \(source)",
                en: "Source: \(source)")
    }
    public static var statsColAllocationEuros: Message {
        Message(de: "Mittel (ganze Euro)",
                en: "Allocation (whole euros)")
    }
    public static var statsColApproximate: Message { Message(de: "ca.", en: "approx.") }
    public static var statsColCommittedEuros: Message {
        Message(de: "Gebunden (ganze Euro)",
                en: "Committed (whole euros)")
    }
    public static var statsColSpentEuros: Message { Message(de: "Ausgezahlt (ganze Euro)", en: "Spent (whole euros)") }
    public static var statsColBreakdown: Message { Message(de: "Aufschlüsselung", en: "Breakdown") }
    public static var statsColCategory: Message { Message(de: "Kategorie", en: "Category") }
    public static var statsColCount: Message {
        Message(de: "Anzahl („<5“: 1 bis 4; „x“: zurückgehalten)",
                en: "Count (“<5”: 1 to 4; “x”: withheld)")
    }
    public static var statsCasesTotal: Message { Message(de: "Fälle insgesamt", en: "All cases") }
    public static var statsColSection: Message { Message(de: "Abschnitt", en: "Section") }
    public static var statsColFigure: Message { Message(de: "Kennzahl", en: "Figure") }
    public static var statsColValue: Message { Message(de: "Wert", en: "Value") }
    public static var statsColUnit: Message { Message(de: "Einheit", en: "Unit") }
    public static var statsColQualifier: Message { Message(de: "Genauigkeit", en: "Precision") }
    public static var statsColStatement: Message { Message(de: "Angabe", en: "As stated") }
    public static var statsColSource: Message { Message(de: "Quelle", en: "Source") }
    public static var statsUnitCount: Message { Message(de: "Anzahl", en: "count") }
    public static var statsUnitMillions: Message { Message(de: "Mio.", en: "million") }
    public static var statsUnitFactor: Message { Message(de: "Faktor", en: "factor") }
    public static var statsQualifierExact: Message { Message(de: "genau", en: "exact") }
    public static var statsJSONMoney: Message {
        Message(de: "Euro, ganze Euro (gerundet); null: unbekannt",
                en: "EUR, whole euros (rounded); null: unknown")
    }
    public static var statsByStatus: Message { Message(de: "Nach Status", en: "By status") }
    public static var statsByCountry: Message { Message(de: "Nach Ausbildungsstaat", en: "By country of training") }
    public static var statsByOccupation: Message { Message(de: "Nach Referenzberuf", en: "By reference occupation") }
    public static var statsBySite: Message { Message(de: "Nach Standort", en: "By site") }
    public static var statsByMonth: Message { Message(de: "Nach Monat", en: "By month") }
    public static var statsNotRecorded: Message { Message(de: "nicht erfasst", en: "not recorded") }
    public static var statsSiteRemoved: Message { Message(de: "Standort gelöscht", en: "site deleted") }
    public static func cliBadStatsFormat(_ statsFormat: String) -> Message {
        Message(de: "iq-tui: Das Format „\(statsFormat)“ gibt es für stats nicht; möglich sind text, csv und json.",
                en: "iq-tui: stats has no format '\(statsFormat)'; use text, csv or json.")
    }
    public static func cliBadYear(_ year: String) -> Message {
        Message(de: "iq-tui: „\(year)“ ist keine gültige Jahreszahl – --year braucht ein Jahr wie 2019.",
                en: "iq-tui: '\(year)' is not a valid year – --year needs a year such as 2019.")
    }
    public static func statsNoDataFile(_ path: String) -> Message {
        Message(de: "iq-tui: Die Datendatei \(path) gibt es noch nicht – die Statistik zeigt die eingebauten Maßnahmen und keine Fälle.",
                en: "iq-tui: the data file \(path) does not exist yet – the statistics show the built-in measures and no cases.")
    }
    public static var statsOtherFreeText: Message {
        Message(de: "andere (Freitext, nicht zugeordnet)",
                en: "other (free text, not matched)")
    }
}
