/// The budget pane: its views, the year, and which measure or payment to edit or remove. Forms,
/// questions and removing are asked of the app as delegates.
public enum BudgetsReducer {
    public typealias State = Scoped<BudgetsState>

    public static func reduce(into state: inout State, action: BudgetAction, environment env: Environment) -> [Delegate] {
        var delegates: [Delegate] = []
        switch action {
        case .cycleView(let step):
            let all = BudgetView.allCases
            let i = all.firstIndex(of: state.view) ?? 0
            state.view = all[((i + step) % all.count + all.count) % all.count]
            startOver(&state)
        case .cycleYear(let step):
            // One year at a time, round the planned years; the statistics also count cases of
            // years without measures.
            var known = Set(BudgetFigures.years(in: state.document))
            if state.view == .statistics { known.formUnion(state.document.cases.items.compactMap(CaseStatistics.year(of:))) }
            let years = known.sorted()
            guard !years.isEmpty else { return [.say(BudgetText.budgetNoYears, .warning)] }
            // A year not in the list (a case year left for the measures): step from where it would stand.
            let current = state.own.shownYear(state.document, today: state.today) ?? state.today.year
            let i = years.firstIndex(of: current) ?? (step > 0 ? (years.lastIndex { $0 < current } ?? -1) : (years.firstIndex { $0 > current } ?? years.count))
            state.year = years[((i + step) % years.count + years.count) % years.count]
            startOver(&state)
        case .new:
            switch state.view {
            case .measures: delegates = [.openForm(.newMeasure)]
            case .payments: delegates = [.openForm(.newPayment)]
            case .providers, .statistics: delegates = [.say(BudgetText.budgetNothingToEdit, .warning)]
            }
        case .edit:
            switch selected(state) {
            case .measure(let m)?: delegates = [.openForm(.editMeasure(m.id))]
            case .payment(let p)?: delegates = [.openForm(.editPayment(p.id))]
            default: delegates = [.say(BudgetText.budgetNothingToEdit, .warning)]
            }
        case .bookPayment:
            if case .measure(let m)? = selected(state) {
                delegates = [.openForm(.newPayment, measure: m.id)]
            } else {
                delegates = [.openForm(.newPayment)]
            }
        case .delete:
            delegates = delete(state)
        case .cancelDelete:
            delegates = [.closeOverlay]
        case .confirmDelete:
            guard case .confirmRemove(let kind, let id)? = state.overlay, let record = state.document.record(kind, id) else {
                return [.closeOverlay]
            }
            let name = name(record, state.language)
            return [.closeOverlay, .perform(.remove(kind, id), label: BudgetText.labelBudgetDeleted(name)), .say(FormText.statusDeletedUndo(name))]
        case .openProvider:
            let rows = BudgetList.providers(state.document, state.own, today: state.today)
            let i = state.list.cursor.selected
            guard rows.indices.contains(i), state.document.partners[rows[i].providerID] != nil else { return [] }
            return [.showPartner(rows[i].providerID)]
        case .reveal(let record):
            reveal(record, &state)
            return []
        case .list(let action):
            return list(&state, action)
        }
        _ = list(&state, .rowsMayHaveChanged)
        return delegates
    }

    static func list(_ state: inout State, _ action: ListAction) -> [Delegate] {
        let document = state.document, language = state.language, today = state.today
        return state.reduceList(action, \.list) { BudgetList.count(document, $0, language, today: today) }
    }

    /// Another view or year: the list starts again at the top, closed.
    static func startOver(_ state: inout State) {
        state.list.cursor = ListCursor()
        state.list.isDetailOpen = false
        state.list.detailScroll = 0
    }

    /// `d`: asks about the selected record, unless cases or payments still point at a measure.
    static func delete(_ state: State) -> [Delegate] {
        switch selected(state) {
        case .measure(let m)?:
            let f = BudgetFigures.figures(m, in: state.document)
            // Cases (cancelled ones too) and payments point at the measure: removing it would
            // orphan them.
            let cases = state.document.cases.items.reduce(0) { $0 + ($1.measureID == m.id ? 1 : 0) }
            guard cases == 0, f.paymentCount == 0 else {
                return [.say(BudgetText.budgetMeasureInUse("\(m.name) \(m.year)", cases,
                                     f.paymentCount), .error)]
            }
            return [.ask(.confirmRemove(.measure, m.id))]
        case .payment(let p)?:
            return [.ask(.confirmRemove(.payment, p.id))]
        default:
            return [.say(BudgetText.budgetNothingToEdit, .warning)]
        }
    }

    /// The record under the cursor in a list view.
    static func selected(_ state: State) -> AnyRecord? {
        let i = state.list.cursor.selected
        switch state.view {
        case .measures:
            let rows = BudgetList.measures(state.document, state.own, state.language, today: state.today)
            return rows.indices.contains(i) ? .measure(rows[i].measure) : nil
        case .payments:
            let rows = BudgetList.payments(state.document, state.own, state.language, today: state.today)
            return rows.indices.contains(i) ? .payment(rows[i]) : nil
        case .providers, .statistics:
            return nil
        }
    }

    /// How a measure or payment is named in messages and dialogs.
    public static func name(_ record: AnyRecord, _ language: Language) -> String {
        switch record {
        case .measure(let m): "\(m.name) \(m.year)"
        case .payment(let p): "\(p.day.text(language)) \(NumberFormat.money(p.amount, language))"
        default: ConflictDescription.name(record)
        }
    }

    public static func name(_ record: AnyRecord, _ state: AppState) -> String { name(record, state.language) }

    /// The record of a submitted measure or payment form: saved (undoable), then shown in its list.
    static func submitted(_ record: AnyRecord, _ shared: Shared) -> [Delegate] {
        let label = BudgetText.labelBudgetSaved(name(record, shared.language))
        return [.closeForm, .perform(.put(record), label: label), .reveal(record), .say(label)]
    }

    /// Shows a saved record: its view, its year and its row.
    static func reveal(_ record: AnyRecord, _ state: inout State) {
        let year: Int?
        switch record {
        case .measure(let m):
            state.view = .measures
            year = m.year
        case .payment(let p):
            state.view = .payments
            year = state.document.measures[p.measureID]?.year
        default:
            return
        }
        if let year { state.year = year }
        state.list.filter = PaneState.emptyFilter
        let row: Int? = switch record {
        case .measure(let m): BudgetList.measures(state.document, state.own, state.language, today: state.today).firstIndex { $0.measure.id == m.id }
        case .payment(let p): BudgetList.payments(state.document, state.own, state.language, today: state.today).firstIndex { $0.id == p.id }
        default: nil
        }
        let count = BudgetList.count(state.document, state.own, state.language, today: state.today)
        if let row { state.list.cursor.select(row, count: count) }
    }
}
