/// The rows of the budget pane's views for the chosen year and the filter typed with `/`.
public enum BudgetList {
    public static func measures(_ state: AppState) -> [MeasureFigures] {
        let q = SearchKey.Query(state[.budgets].filter.text)
        return BudgetFigures.measures(in: state.document, year: state.budgets.year).filter {
            q.isEmpty || SearchKey("\($0.measure.name) \($0.measure.year) \(L10n.string($0.measure.fieldOfAction.label, state.language))").matches(q)
        }
    }

    /// Payments of the year's measures (a payment belongs to its measure's year, whenever it was
    /// made), newest first.
    public static func payments(_ state: AppState) -> [Payment] {
        let q = SearchKey.Query(state[.budgets].filter.text)
        let doc = state.document
        return doc.payments.items.filter { p in
            guard state.budgets.year == nil || doc.measures[p.measureID]?.year == state.budgets.year else { return false }
            return q.isEmpty || SearchKey([p.reference, measureName(p.measureID, doc), providerName(p.providerID, doc), p.day.text(state.language)]
                .joined(separator: " ")).matches(q)
        }.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
    }

    public static func providers(_ state: AppState) -> [ProviderFigures] {
        let q = SearchKey.Query(state[.budgets].filter.text)
        return BudgetFigures.byProvider(in: state.document, year: state.budgets.year).filter { q.isEmpty || SearchKey($0.name).matches(q) }
    }

    public static func count(_ state: AppState) -> Int {
        switch state.budgets.view {
        case .measures: measures(state).count
        case .payments: payments(state).count
        case .providers: providers(state).count
        case .statistics: 0
        }
    }

    /// "Name 2021", or the id of a measure that is gone.
    public static func measureName(_ id: RecordID, _ document: Document) -> String {
        document.measures[id].map { "\($0.name) \($0.year)" } ?? id.rawValue
    }

    public static func providerName(_ id: RecordID?, _ document: Document) -> String {
        guard let id else { return "" }
        return document.partners[id]?.name ?? id.rawValue
    }
}
