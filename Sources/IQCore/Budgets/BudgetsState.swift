/// What the budget pane shows: which view and which year.
public struct BudgetsState: Equatable, Sendable {
    public var list = PaneState()
    public var view: BudgetView = .measures
    /// nil: all years.
    public var year: Int?
    public init() {}
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
