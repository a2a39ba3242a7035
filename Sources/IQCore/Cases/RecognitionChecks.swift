/// The checks of the Bescheid's details, shared by the status form, the case editor and the
/// import: each returns the problem, or nil when the value is fine (or empty).
enum RecognitionChecks {
    /// Above 0 and at most 600 €, and only with the grant's status.
    static func grantAmount(_ text: String, status: GrantStatus?) -> Message? {
        guard !text.isEmpty else { return nil }
        guard let m = Money(parsing: text), m.cents > 0, m <= RecognitionDetails.maximumGrant else { return CaseText.formBadGrantAmount }
        return status == nil ? CaseText.formGrantNeedsStatus : nil
    }

    static func fees(_ text: String) -> Message? {
        guard !text.isEmpty else { return nil }
        guard let m = Money(parsing: text), m.cents >= 0, m < RecognitionDetails.maximumFees else { return CaseText.formBadFees }
        return nil
    }

    /// 1 to 36, and only for an Anpassungslehrgang.
    static func months(_ text: String, compensation: CompensationMeasure?) -> Message? {
        guard !text.isEmpty else { return nil }
        guard let n = Int(text), RecognitionDetails.adaptationMonthsRange.contains(n) else { return CaseText.formBadMonths }
        return compensation == .adaptationCourse ? nil : CaseText.formMonthsNeedCourse
    }

    /// No Ausgleichsmaßnahme after full equivalence (nor after a ZAB statement, no recognition).
    static func compensation(_ value: CompensationMeasure?, decision: Decision?) -> Message? {
        value != nil && (decision == .full || decision == .zabStatement) ? CaseText.formCompensationWithFull : nil
    }

    /// A real day, not before the application and not after the Bescheid.
    static func fileComplete(_ input: DayInput, application: Day?, decision: Day?) -> Message? {
        guard input.isEmptyOrValid else { return CaseText.formBadDay }
        guard let d = input.day else { return nil }
        if let application, d < application { return CaseText.formFileCompleteBeforeApplication }
        if let decision, d > decision { return CaseText.formFileCompleteAfterDecision }
        return nil
    }
}
