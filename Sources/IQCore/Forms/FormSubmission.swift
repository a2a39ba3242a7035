/// What each kind of form checks and does when submitted. Lives apart from the generic engine
/// so a new form (the case forms) adds one case here and its own builder.
enum FormSubmission {
    /// Re-checks the form after every change, so messages at the fields are always current.
    static func validate(_ state: inout AppState) {
        guard var form = state.form else { return }
        switch form.purpose {
        case .newPartner, .editPartner: PartnerForm.validate(&form, in: state.document)
        case .newCase, .editCase: CaseForm.validate(&form, language: state.language, in: state.document)
        case .caseStatus, .caseAppointment, .caseReferral: CaseForm.validateStep(&form)
        case .newMeasure, .editMeasure: MeasureForm.validate(&form)
        case .newPayment, .editPayment: PaymentForm.validate(&form, in: state.document)
        case .partnerFilter, .caseFilter: break
        }
        state.form = form
    }

    static func submit(_ state: inout AppState, environment env: Environment) -> [Effect] {
        validate(&state)
        guard let form = state.form else { return [] }
        if form.hasErrors {
            // Never save invalid data: go to the first wrong field and say so.
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { state.form?.focus = first }
            return AppReducer.route(.say(Message(.formHasErrors), .error), &state, env)
        }
        return AppReducer.submitted(form, &state, env)
    }
}
