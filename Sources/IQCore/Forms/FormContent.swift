/// Every form there is; `FormState` holds one of them. Submitting a valid form hands this back
/// to the app reducer, which gives each case to the feature that saves it. Boxed (indirect): the
/// largest form is 10 KB, and every state, action and recovery offer holding one was that large.
public indirect enum FormContent: Equatable, Sendable {
    case partner(PartnerEditorForm)
    case partnerFilter(PartnerFilterForm)
    case caseRecord(CaseEditorForm)
    case caseStatus(CaseStatusForm)
    case appointment(AppointmentForm)
    case referral(ReferralForm)
    case caseFilter(CaseFilterForm)
    case measure(MeasureEditorForm)
    case payment(PaymentEditorForm)

    /// The form behind the case, for what the engine does the same way with all of them.
    public var model: any FormModel {
        switch self {
        case .partner(let f): f
        case .partnerFilter(let f): f
        case .caseRecord(let f): f
        case .caseStatus(let f): f
        case .appointment(let f): f
        case .referral(let f): f
        case .caseFilter(let f): f
        case .measure(let f): f
        case .payment(let f): f
        }
    }

    mutating func modify(_ body: (inout any FormModel) -> Void) {
        var model = self.model
        body(&model)
        self = model.content
    }
}
