/// Which year a case is counted in, said under the statistics' title (see CaseStatistics.swift).
extension StatisticsText {
    public static func statsYearBasis(_ year: String) -> Message {
        Message(de: "Fälle \(year): gezählt nach dem Jahr ihres ersten Eintrags im Verlauf (Beginn der Beratung); ohne Eintrag nach dem Jahr in der Fallnummer.",
                en: "Cases of \(year): counted by the year of their first timeline entry (when counselling began); without one, by the year in the case number.")
    }
}
