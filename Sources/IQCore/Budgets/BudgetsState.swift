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

    public var label: TextKey {
        switch self {
        case .measures: .budgetViewMeasures
        case .payments: .budgetViewPayments
        case .providers: .budgetViewProviders
        case .statistics: .budgetViewStatistics
        }
    }

    /// Views that list records the cursor moves over (statistics scrolls instead).
    public var isList: Bool { self != .statistics }
}
