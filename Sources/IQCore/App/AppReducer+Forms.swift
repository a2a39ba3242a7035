/// The open form's actions: the form engine changes the form alone, and what it hands back
/// (a valid form, a close, a word for the status bar) is routed here to the feature it is for.
extension AppReducer {
    static func reduceForm(_ action: FormAction, _ state: inout AppState, _ env: Environment) -> [Effect] {
        guard var form = state.form else { return [] }
        let delegate = FormReducer.reduce(into: &form, action: action, context: state.formContext)
        state.form = form
        switch delegate {
        case nil:
            return []
        case .closed:
            state.form = nil
            return []
        case .say(let message, let severity):
            state.show(message, severity, environment: env)
            return []
        case .submitted(let content):
            return submit(content, &state, env)
        }
    }

    /// Each valid form to the feature that saves or applies it.
    static func submit(_ content: FormContent, _ state: inout AppState, _ env: Environment) -> [Effect] {
        switch content {
        case .partner(let form): return DirectoryReducer.submit(form, &state, environment: env)
        case .partnerFilter(let form):
            state.form = nil
            return DirectoryReducer.reduce(into: &state, action: .setFilter(form.filter), environment: env)
        case .caseRecord(let form): return CaseReducer.submit(form, &state, environment: env)
        case .caseStatus(let form): return CaseReducer.submit(form, &state, environment: env)
        case .appointment(let form): return CaseReducer.submit(form, &state, environment: env)
        case .referral(let form): return CaseReducer.submit(form, &state, environment: env)
        case .caseFilter(let form):
            state.form = nil
            state.cases.filter = form.filter
            state[.cases].cursor = ListCursor()
            state.clampCursors()
            return []
        case .measure(let form): return BudgetsReducer.submit(.measure(form.measure(in: state.document, newID: env.newID())), &state, environment: env)
        case .payment(let form):
            guard let payment = form.payment(in: state.document, newID: env.newID()) else { return [] }
            return BudgetsReducer.submit(.payment(payment), &state, environment: env)
        }
    }
}
