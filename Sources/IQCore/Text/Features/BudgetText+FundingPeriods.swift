/// The funding periods shown with the budgets.
extension BudgetText {
    public static var fundingStatusCurrent: Message { Message(de: "aktuell", en: "current") }
    public static var fundingStatusAppliedFor: Message { Message(de: "beantragt", en: "applied for") }
    public static var colFundingPeriod: Message { Message(de: "Förderperiode", en: "Funding period") }
    public static var fundingPeriodsTitle: Message { Message(de: "Förderperioden", en: "Funding periods") }
    public static func fundingAsOf(_ day: String) -> Message {
        Message(de: "Stand \(day)", en: "as of \(day)")
    }
}

extension FundingPeriod.Status {
    public var label: Message {
        switch self {
        case .current: BudgetText.fundingStatusCurrent
        case .appliedFor: BudgetText.fundingStatusAppliedFor
        }
    }
}

extension FundingPeriods {
    /// "Stand 20.09.2018", or nothing when the source gives no date.
    public func asOfText(_ language: Language) -> String? {
        asOf.map { BudgetText.fundingAsOf($0.text(language)).text(language) }
    }

    /// "2019–2022 beantragt (Stand 20.09.2018)": one period as the budget pane and `stats` show it.
    public func text(_ period: FundingPeriod, _ language: Language) -> String {
        let base = "\(period.yearsText) \(period.status.label.text(language))"
        return asOfText(language).map { "\(base) (\($0))" } ?? base
    }

    /// "Förderperioden: 2015–2018 aktuell · 2019–2022 beantragt (Stand 20.09.2018)".
    public func summary(_ language: Language) -> String {
        let list = periods.map { "\($0.yearsText) \($0.status.label.text(language))" }.joined(separator: " · ")
        let head = "\(BudgetText.fundingPeriodsTitle.text(language)): \(list)"
        return asOfText(language).map { "\(head) (\($0))" } ?? head
    }

    /// The line above the budget pane's meters: the chosen year's period, or all periods when
    /// all years are shown; nil for a year outside every period.
    public func heading(year: Int?, _ language: Language) -> String? {
        guard let year else { return summary(language) }
        return period(containing: year).map { "\(BudgetText.colFundingPeriod.text(language)) \(text($0, language))" }
    }
}

/// Column heads of the funding-period table of `iq-tui stats --format csv`.
extension StatisticsText {
    public static var statsColFrom: Message { Message(de: "von", en: "from") }
    public static var statsColTo: Message { Message(de: "bis", en: "to") }
    public static var statsColStatus: Message { Message(de: "Status", en: "status") }
    public static var statsColAsOf: Message { Message(de: "Stand der Quelle", en: "as of") }
}
