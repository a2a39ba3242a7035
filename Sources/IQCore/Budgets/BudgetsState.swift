/// What the budget pane shows: which view and which year.
public struct BudgetsState: Equatable, Sendable {
    public var list = PaneState()
    public var view: BudgetView = .measures
    /// The year chosen with `y`/`Y`; nil until one is chosen: then the default year is shown.
    public var year: Int?
    public init() {}

    /// The year the pane shows: the one chosen, else the current year when measures are planned
    /// for it, else the last planned year. nil only when no measure is planned at all (then the
    /// statistics count all years). Years are never summed into one figure.
    public func shownYear(_ document: Document, today: Day) -> Int? {
        year ?? Self.defaultYear(document, today: today)
    }

    public static func defaultYear(_ document: Document, today: Day) -> Int? {
        let years = BudgetFigures.years(in: document)
        return years.contains(today.year) ? today.year : years.last
    }
}

/// The budget pane's views, in the order `v` steps through them.
public enum BudgetView: String, CaseIterable, Sendable {
    /// Measures with their gauges, and the fields of action summed above them.
    case measures
    /// The payments recorded, newest first.
    case payments
    /// The breakdown by Träger.
    case providers
    /// Reference figures of the slides and the anonymised case figures.
    case statistics

    public var label: Message {
        switch self {
        case .measures: BudgetText.budgetViewMeasures
        case .payments: BudgetText.budgetViewPayments
        case .providers: BudgetText.budgetViewProviders
        case .statistics: BudgetText.budgetViewStatistics
        }
    }

    /// Views that list records the cursor moves over (statistics scrolls instead).
    public var isList: Bool { self != .statistics }
}
