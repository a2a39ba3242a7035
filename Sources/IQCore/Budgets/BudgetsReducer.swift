/// The budget pane's own actions: views, the year, and editing measures and payments.
public enum BudgetAction: Equatable, Sendable {
    /// `v` / `V`: the next or previous view.
    case cycleView(Int)
    /// `y` / `Y`: the next or previous year (after the last comes "all years").
    case cycleYear(Int)
    /// `n`, `e`: a new or the selected measure (measures view) or payment (payments view).
    case new, edit
    /// `b`: books a payment to the selected measure.
    case bookPayment
    /// `d`: asks first; removing is undoable.
    case delete, confirmDelete, cancelDelete
    /// Enter in the Träger view: the partner in pane 1.
    case openProvider
}

public enum BudgetsReducer {
    public static func reduce(into state: inout AppState, action: BudgetAction, environment env: Environment) -> [Effect] {
        switch action {
        case .cycleView(let step):
            let all = BudgetView.allCases
            let i = all.firstIndex(of: state.budgets.view) ?? 0
            state.budgets.view = all[((i + step) % all.count + all.count) % all.count]
            state[.budgets].cursor = ListCursor()
            state[.budgets].isDetailOpen = false
            state[.budgets].detailScroll = 0
        case .cycleYear(let step):
            // nil (all years) sits after the last year, so y from the last year shows all again.
            // The statistics also count cases of years without measures.
            var known = Set(BudgetFigures.years(in: state.document))
            if state.budgets.view == .statistics { known.formUnion(state.document.cases.items.compactMap(CaseStatistics.year(of:))) }
            let years: [Int?] = known.sorted().map { $0 } + [nil]
            let i = years.firstIndex(of: state.budgets.year) ?? years.count - 1
            state.budgets.year = years[((i + step) % years.count + years.count) % years.count]
            state[.budgets].cursor = ListCursor()
            state[.budgets].isDetailOpen = false
            state[.budgets].detailScroll = 0
        case .new:
            switch state.budgets.view {
            case .measures: state.form = MeasureForm.editor(for: nil, state)
            case .payments: state.form = PaymentForm.editor(for: nil, measure: nil, state)
            case .providers, .statistics: state.show(Message(.budgetNothingToEdit), .warning, environment: env)
            }
        case .edit:
            switch selected(state) {
            case .measure(let m)?: state.form = MeasureForm.editor(for: m, state)
            case .payment(let p)?: state.form = PaymentForm.editor(for: p, measure: nil, state)
            default: state.show(Message(.budgetNothingToEdit), .warning, environment: env)
            }
        case .bookPayment:
            if case .measure(let m)? = selected(state) {
                state.form = PaymentForm.editor(for: nil, measure: m.id, state)
            } else {
                state.form = PaymentForm.editor(for: nil, measure: nil, state)
            }
        case .delete:
            switch selected(state) {
            case .measure(let m)?:
                let f = BudgetFigures.figures(m, in: state.document)
                // Cases (cancelled ones too) and payments point at the measure: removing it would
                // orphan them.
                let cases = state.document.cases.items.reduce(0) { $0 + ($1.measureID == m.id ? 1 : 0) }
                if cases > 0 || f.paymentCount > 0 {
                    state.show(Message(.budgetMeasureInUse, "\(m.name) \(m.year)",
                                       NumberFormat.integer(cases, state.language), NumberFormat.integer(f.paymentCount, state.language)), .error, environment: env)
                } else {
                    state.overlay = .confirmRemove(.measure, m.id)
                }
            case .payment(let p)?: state.overlay = .confirmRemove(.payment, p.id)
            default: state.show(Message(.budgetNothingToEdit), .warning, environment: env)
            }
        case .cancelDelete:
            state.overlay = nil
        case .confirmDelete:
            guard case .confirmRemove(let kind, let id)? = state.overlay, let record = state.document.record(kind, id) else {
                state.overlay = nil
                return []
            }
            state.overlay = nil
            let label = Message(.labelBudgetDeleted, name(record, state))
            let effects = DocumentReducer.reduce(into: &state, action: .perform(.remove(kind, id), label: label), environment: env)
            state.show(Message(.statusDeletedUndo, name(record, state)), environment: env)
            return effects
        case .openProvider:
            let rows = BudgetList.providers(state)
            let i = state[.budgets].cursor.selected
            guard rows.indices.contains(i), state.document.partners[rows[i].providerID] != nil else { return [] }
            DirectoryReducer.showPartner(&state, rows[i].providerID)
        }
        state.clampCursors()
        return []
    }

    /// The record under the cursor in a list view.
    static func selected(_ state: AppState) -> AnyRecord? {
        let i = state[.budgets].cursor.selected
        switch state.budgets.view {
        case .measures:
            let rows = BudgetList.measures(state)
            return rows.indices.contains(i) ? .measure(rows[i].measure) : nil
        case .payments:
            let rows = BudgetList.payments(state)
            return rows.indices.contains(i) ? .payment(rows[i]) : nil
        case .providers, .statistics:
            return nil
        }
    }

    /// How a measure or payment is named in messages and dialogs.
    public static func name(_ record: AnyRecord, _ state: AppState) -> String {
        switch record {
        case .measure(let m): "\(m.name) \(m.year)"
        case .payment(let p): "\(p.day.text(state.language)) \(NumberFormat.money(p.amount, state.language))"
        default: ConflictDescription.name(record)
        }
    }

    /// Saves the record of a submitted measure or payment form (undoable) and selects it.
    static func submit(_ record: AnyRecord, _ state: inout AppState, environment env: Environment) -> [Effect] {
        state.form = nil
        let label = Message(.labelBudgetSaved, name(record, state))
        let effects = DocumentReducer.reduce(into: &state, action: .perform(.put(record), label: label), environment: env)
        select(record, &state)
        state.show(label, environment: env)
        return effects
    }

    /// Shows a saved record: its view, its year (unless all years are shown) and its row.
    static func select(_ record: AnyRecord, _ state: inout AppState) {
        let year: Int?
        switch record {
        case .measure(let m):
            state.budgets.view = .measures
            year = m.year
        case .payment(let p):
            state.budgets.view = .payments
            year = state.document.measures[p.measureID]?.year
        default:
            return
        }
        if state.budgets.year != nil { state.budgets.year = year }
        state[.budgets].filter = TextField()
        let row: Int? = switch record {
        case .measure(let m): BudgetList.measures(state).firstIndex { $0.measure.id == m.id }
        case .payment(let p): BudgetList.payments(state).firstIndex { $0.id == p.id }
        default: nil
        }
        if let row { state[.budgets].cursor.select(row, count: state.rowCount(.budgets)) }
    }
}
