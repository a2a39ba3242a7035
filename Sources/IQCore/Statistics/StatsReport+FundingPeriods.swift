// The funding periods in `iq-tui stats`: a line under the measures' heading in text, a last
// table in CSV (period, from, to, status, as of), a "fundingPeriods" object in JSON. They are
// the slides' periods (Seed.fundingPeriods), the same whatever the data file holds.

extension StatsReport {
    /// The text line: the year's period, or all periods; nil for a year outside them.
    static func fundingPeriodLine(year: Int?, _ language: Language) -> String? {
        Seed.fundingPeriods.heading(year: year, language)
    }

    /// The CSV table, after an empty row.
    static func fundingPeriodRows(_ language: Language) -> [[String]] {
        let t = { (key: Message) in key.text(language) }
        let periods = Seed.fundingPeriods
        let asOf = periods.asOf?.text(language) ?? ""
        return [[], [t(BudgetText.colFundingPeriod), t(StatisticsText.statsColFrom), t(StatisticsText.statsColTo),
                     t(StatisticsText.statsColStatus), t(StatisticsText.statsColAsOf)]]
            + periods.periods.map { [$0.yearsText, String($0.years.lowerBound), String($0.years.upperBound), t($0.status.label), asOf] }
    }

    /// `{ "asOf": "2018-09-20", "periods": [{ "from": 2015, "to": 2018, "status": "current", "label": "aktuell" }, …] }`.
    static func fundingPeriodsJSON(_ language: Language) -> String {
        let s = PartnerExchange.jsonString
        let periods = Seed.fundingPeriods
        let items = periods.periods.map {
            "      { \"from\": \($0.years.lowerBound), \"to\": \($0.years.upperBound), \"status\": \(s($0.status.rawValue)), "
                + "\"label\": \(s($0.status.label.text(language))) }"
        }
        return "{\n    \"asOf\": \(periods.asOf.map { s($0.text(.en)) } ?? "null"),\n    \"periods\": [\n"
            + items.joined(separator: ",\n") + "\n    ]\n  }"
    }
}
