/// The rows of the budget pane's views for the chosen year and the filter typed with `/`.
public enum BudgetList {
    public static func measures(_ state: AppState) -> [MeasureFigures] { measures(state.document, state.budgets, state.language, today: state.today) }

    /// Remembered for the last filter asked: the reducer, the frame and its list offset ask for the
    /// same rows on every key, and each asks to fold every measure's name.
    public static func measures(_ document: Document, _ budgets: BudgetsState, _ language: Language, today: Day) -> [MeasureFigures] {
        let year = budgets.shownYear(document, today: today)
        let key = MeasureRowsKey(versions: [document.measures.version, document.cases.version, document.payments.version],
                                 year: year, query: budgets.list.filter.text, language: language)
        return document.memo.slots.budgetMeasureRows.value(for: key) {
            let q = SearchKey.Query(key.query)
            return BudgetFigures.measures(in: document, year: year).filter {
                q.isEmpty || SearchKey("\($0.measure.name) \($0.measure.year) \($0.measure.fieldOfAction.label.text(language))").matches(q)
            }
        }
    }

    struct MeasureRowsKey: Equatable {
        var versions: [UInt64]
        var year: Int?
        var query: String
        var language: Language
    }

    /// Payments of the year's measures (a payment belongs to its measure's year, whenever it was
    /// made), newest first.
    public static func payments(_ state: AppState) -> [Payment] { payments(state.document, state.budgets, state.language, today: state.today) }

    public static func payments(_ doc: Document, _ budgets: BudgetsState, _ language: Language, today: Day) -> [Payment] {
        let q = SearchKey.Query(budgets.list.filter.text)
        let year = budgets.shownYear(doc, today: today)
        return doc.payments.items.filter { p in
            guard year == nil || doc.measures[p.measureID]?.year == year else { return false }
            return q.isEmpty || SearchKey([p.reference, measureName(p.measureID, doc), providerName(p.providerID, doc), p.day.text(language)]
                .joined(separator: " ")).matches(q)
        }.sorted { ($0.day, $0.id) > ($1.day, $1.id) }
    }

    public static func providers(_ state: AppState) -> [ProviderFigures] { providers(state.document, state.budgets, today: state.today) }

    public static func providers(_ document: Document, _ budgets: BudgetsState, today: Day) -> [ProviderFigures] {
        let q = SearchKey.Query(budgets.list.filter.text)
        return BudgetFigures.byProvider(in: document, year: budgets.shownYear(document, today: today)).filter { q.isEmpty || SearchKey($0.name).matches(q) }
    }

    public static func count(_ state: AppState) -> Int { count(state.document, state.budgets, state.language, today: state.today) }

    public static func count(_ document: Document, _ budgets: BudgetsState, _ language: Language, today: Day) -> Int {
        switch budgets.view {
        case .measures: measures(document, budgets, language, today: today).count
        case .payments: payments(document, budgets, language, today: today).count
        case .providers: providers(document, budgets, today: today).count
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
