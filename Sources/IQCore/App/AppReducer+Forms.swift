/// Forms between the features and the form engine: a feature asks for a form by its purpose;
/// a submitted form goes back to the feature it belongs to.
extension AppReducer {
    /// The form a feature asked for. Built from the whole state: a form offers partners, sites
    /// and measures to choose from. Nil when the record is gone meanwhile.
    static func form(_ purpose: FormPurpose, measure: RecordID?, _ state: AppState, _ env: Environment) -> FormState? {
        let user = state.options.counsellor ?? env.userName
        let document = state.document
        switch purpose {
        case .newPartner: return PartnerForm.editor(for: nil, state)
        case .editPartner(let id): return document.partners[id].map { PartnerForm.editor(for: $0, state) }
        case .partnerFilter: return PartnerForm.filterForm(state)
        case .newCase: return CaseForm.editor(for: nil, state, user: user)
        case .editCase(let id): return document.cases[id].map { CaseForm.editor(for: $0, state, user: user) }
        case .caseStatus(let id): return document.cases[id].map { CaseForm.statusForm($0, state) }
        case .caseAppointment(let id): return document.cases[id].map { CaseForm.appointmentForm($0, state) }
        case .caseReferral(let id): return document.cases[id].map { CaseForm.referralForm($0, state) }
        case .caseFilter: return CaseForm.filterForm(state)
        case .newMeasure: return MeasureForm.editor(for: nil, state)
        case .editMeasure(let id): return document.measures[id].map { MeasureForm.editor(for: $0, state) }
        case .newPayment: return PaymentForm.editor(for: nil, measure: measure, state)
        case .editPayment(let id): return document.payments[id].map { PaymentForm.editor(for: $0, measure: nil, state) }
        }
    }

    /// A valid form was submitted: the feature it belongs to applies it.
    static func submitted(_ form: FormState, _ state: inout AppState, _ env: Environment) -> [Effect] {
        switch form.purpose {
        case .partnerFilter:
            state.form = nil
            return route(&state, .directory(.setFilter(PartnerForm.filter(from: form))), env)
        case .caseFilter:
            state.form = nil
            return route(&state, .cases(.setFilter(CaseForm.filter(from: form))), env)
        case .newCase, .editCase, .caseStatus, .caseAppointment, .caseReferral:
            // The shared copy is gone before the edit: the document changes in place.
            let delegates = CaseReducer.submitted(form, state.shared, environment: env)
            return route(delegates, &state, env)
        case .newMeasure, .editMeasure, .newPayment, .editPayment:
            let delegates = BudgetsReducer.submitted(form, state.shared, environment: env)
            return route(delegates, &state, env)
        case .newPartner, .editPartner:
            let partner = PartnerForm.partner(from: form, in: state.document, newID: env.newID())
            let label = Message(.labelPartnerSaved, partner.name)
            return route([.closeForm, .perform(.put(.partner(partner)), label: label), .reveal(.partner(partner)), .say(label)], &state, env)
        }
    }

    /// A recovery offer with its draft rebuilt as a form of this program (nil when the record
    /// it edited is gone), so the store can offer it.
    static func withDraftForm(_ offer: RecoveryOffer, _ state: AppState, _ env: Environment) -> RecoveryOffer {
        var offer = offer
        if let draft = offer.draft, let restored = draft.restore(in: state, user: state.options.counsellor ?? env.userName) {
            offer.draftForm = restored.form
            offer.draftFields = restored.changed
        }
        return offer
    }
}
