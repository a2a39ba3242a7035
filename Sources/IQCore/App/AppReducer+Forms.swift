/// Forms between the features and the form engine: a feature asks for a form by its purpose;
/// a submitted form goes back to the feature it belongs to.
extension AppReducer {
    /// The form a feature asked for. Built from the whole state: a form offers partners, sites
    /// and measures to choose from. Nil when the record is gone meanwhile.
    static func form(_ purpose: FormPurpose, measure: RecordID?, _ state: AppState, _ env: Environment) -> FormState? {
        let user = state.options.defaultCounsellor(user: env.userName)
        let document = state.document
        switch purpose {
        case .newPartner: return PartnerForm.editor(for: nil, state)
        case .editPartner(let id): return document.partners[id].map { PartnerForm.editor(for: $0, state) }
        case .partnerFilter: return PartnerForm.filterForm(state)
        case .newCase: return CaseForm.editor(for: nil, state, user: user)
        case .editCase(let id): return document.cases[id].map { CaseForm.editor(for: $0, state, user: user) }
        case .caseStatus(let id): return document.cases[id].map { CaseForm.statusForm($0, state) }
        case .caseAppointment(let id): return document.cases[id].map { CaseForm.appointmentForm($0, state) }
        case .changeAppointment(let id, let i): return document.cases[id].map { CaseForm.appointmentForm($0, state, editing: i) }
        case .caseReferral(let id): return document.cases[id].map { CaseForm.referralForm($0, state) }
        case .caseFilter: return CaseForm.filterForm(state)
        case .newMeasure: return MeasureForm.editor(for: nil, state)
        case .editMeasure(let id): return document.measures[id].map { MeasureForm.editor(for: $0, state) }
        case .newPayment: return PaymentForm.editor(for: nil, measure: measure, state)
        case .editPayment(let id): return document.payments[id].map { PaymentForm.editor(for: $0, measure: nil, state) }
        }
    }

    /// The open form's actions: the form engine changes the form alone; what it hands back (a
    /// valid form, a close, a word for the status bar) is routed to the feature it is for.
    static func reduceForm(_ action: FormAction, _ state: inout AppState, _ env: Environment) -> [Effect] {
        guard var form = state.form else { return [] }
        let delegate = FormReducer.reduce(into: &form, action: action, context: state.formContext)
        state.form = form
        switch delegate {
        case nil: return []
        case .closed: return route([.closeForm], &state, env)
        case .say(let message, let severity): return route([.say(message, severity)], &state, env)
        case .submitted(let content):
            // Ctrl-S saves here as everywhere: a record the form changed goes into the file too,
            // so the status bar does not say "saved" beside "● unsaved" until the autosave comes.
            let generation = state.store.editGeneration
            let opened = state.form?.opened
            let current = opened.flatMap { state.document.record($0.kind, $0.id) }
            var effects = submitted(content, &state, env)
            guard state.store.editGeneration != generation else { return effects }
            if let opened, current != opened { effects += changedMeanwhile(opened, theirs: current, &state, env) }
            return effects + (state.store.conflicts.isEmpty ? route([.save], &state, env) : [])
        }
    }

    /// The record a form saved was changed (or deleted) by another session while the form was
    /// open: the document holds the form's version, as after a merge, and the person decides
    /// in the conflict dialog, as when the file or the database brought the same clash.
    static func changedMeanwhile(_ opened: AnyRecord, theirs: AnyRecord?, _ state: inout AppState, _ env: Environment) -> [Effect] {
        let conflict = MergeConflict(kind: opened.kind, id: opened.id, base: opened,
                                     mine: state.document.record(opened.kind, opened.id), theirs: theirs)
        state.store.conflicts.append(conflict)
        return route([.ask(.conflict)], &state, env)
    }

    /// A valid form was submitted: the feature it belongs to applies it. The shared copy of the
    /// document is let go before the edit, so the document changes in place.
    static func submitted(_ content: FormContent, _ state: inout AppState, _ env: Environment) -> [Effect] {
        let delegates: [Delegate]
        switch content {
        case .partnerFilter(let form):
            return route([.closeForm], &state, env) + route(&state, .directory(.setFilter(form.filter)), env)
        case .caseFilter(let form):
            return route([.closeForm], &state, env) + route(&state, .cases(.setFilter(form.filter)), env)
        case .partner(let form):
            let partner = form.partner(in: state.document, newID: env.newID())
            let label = FormText.labelPartnerSaved(partner.name)
            delegates = [.closeForm, .perform(.put(.partner(partner)), label: label), .reveal(.partner(partner)), .say(label)]
        case .caseRecord(let form): delegates = CaseReducer.submitted(form, state.shared, environment: env)
        case .caseStatus(let form): delegates = CaseReducer.submitted(form, state.shared, retention: state.cases.retention)
        case .appointment(let form): delegates = CaseReducer.submitted(form, state.shared)
        case .referral(let form): delegates = CaseReducer.submitted(form, state.shared)
        case .measure(let form):
            delegates = BudgetsReducer.submitted(.measure(form.measure(in: state.document, newID: env.newID())), state.shared)
        case .payment(let form):
            guard let payment = form.payment(in: state.document, newID: env.newID()) else { return [] }
            delegates = BudgetsReducer.submitted(.payment(payment), state.shared)
        }
        // What the store would refuse keeps the form open with the reason, nothing typed lost.
        if let refusal = state.store.access.refusal(delegates, in: state.document) { return route([.say(refusal, .error)], &state, env) }
        return route(delegates, &state, env)
    }

    /// A recovery offer with its draft rebuilt as a form of this program (nil when the record
    /// it edited is gone), so the store can offer it. The draft is rebuilt over the document with
    /// the offered edits applied, as it stands when the draft's question comes: the record it
    /// edits may exist only in those edits (created in the lost session).
    static func withDraftForm(_ offer: RecoveryOffer, _ state: AppState, _ env: Environment) -> RecoveryOffer {
        var offer = offer
        var restoredOver = state
        for edit in offer.edits { restoredOver.document.apply(edit) }
        if let draft = offer.draft, let restored = draft.restore(in: restoredOver, user: state.options.defaultCounsellor(user: env.userName)) {
            offer.draftForm = restored.form
            offer.draftFields = restored.changed
        }
        return offer
    }
}
