/// Which year a case is counted in, said under the statistics' title (see CaseStatistics.swift).
extension StatisticsText {
    public static func statsYearBasis(_ year: String) -> Message {
        Message(de: "Fälle \(year): gezählt nach dem Jahr ihrer Erstberatung (sonst des ersten Eintrags im Verlauf); ohne beides nach dem Jahr in der Fallnummer.",
                en: "Cases of \(year): counted by the year of their Erstberatung (else of their first timeline entry); without either, by the year in the case number.")
    }
}
