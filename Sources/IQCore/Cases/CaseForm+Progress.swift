/// The case editor's group "Verfahren und Bescheid": the date of the Erstberatung and every date
/// and detail of RecognitionDetails, so the editor can correct all a status step recorded. Kept
/// together here so the editor itself names the group with one property, one slot line and one
/// line each in `validate` and `apply`.
public struct CaseProgressInputs: Equatable, Sendable {
    public var heading: Heading
    public var firstCounselling: DayInput
    public var skillsAnalysis: DayInput
    public var fileComplete: DayInput
    public var compensation: ChoiceInput<CompensationMeasure>
    public var months: TextInput
    public var fees: TextInput
    public var grant: ChoiceInput<GrantStatus>
    public var grantAmount: TextInput
    public var qualificationStart: DayInput
    public var licence: DayInput
    public var onHoldSince: DayInput
    public var endDate: DayInput

    /// A new case's Erstberatung is today (the form can change it).
    init(_ c: Case?, today: Day, language lang: Language) {
        let t = { (k: Message) in k.text(lang) }
        let none = t(CommonText.valueNone), r = c?.recognition ?? RecognitionDetails()
        heading = Heading(t(CaseText.caseStepHeading))
        firstCounselling = DayInput(t(CaseText.caseFirstCounsellingDate), day: c == nil ? today : c?.firstCounsellingDate, language: lang)
        skillsAnalysis = DayInput(t(CaseText.caseSkillsAnalysisDate), day: r.skillsAnalysisDate, language: lang)
        fileComplete = DayInput(t(CaseText.caseFileCompleteDate), day: r.fileCompleteDate, language: lang)
        compensation = ChoiceInput(t(CaseText.caseCompensation), none: none, options: CompensationMeasure.allCases.map { ($0, t($0.label)) },
                                   selected: r.compensation)
        months = TextInput(t(CaseText.caseAdaptationMonths), text: r.adaptationMonths.map(String.init) ?? "")
        fees = TextInput(t(CaseText.caseFees), text: r.fees.map(MeasureForm.amountText) ?? "")
        grant = ChoiceInput(t(CaseText.caseGrant), none: none, options: GrantStatus.allCases.map { ($0, t($0.label)) }, selected: r.grant)
        grantAmount = TextInput(t(CaseText.caseGrantAmount), text: r.grantAmount.map(MeasureForm.amountText) ?? "")
        qualificationStart = DayInput(t(CaseText.caseQualificationStart), day: r.qualificationStart, language: lang)
        licence = DayInput(t(CaseText.caseLicenceDate), day: r.licenceDate, language: lang)
        onHoldSince = DayInput(t(CaseText.caseOnHoldSince), day: r.onHoldSince, language: lang)
        endDate = DayInput(t(CaseText.caseEndDate), day: r.endDate, language: lang)
    }

    /// Real dates in the procedure's order where it matters, plausible amounts and months.
    mutating func validate(application: Day?, decisionDate: Day?, decision: Decision?) {
        for day in [\Self.firstCounselling, \Self.skillsAnalysis, \Self.qualificationStart, \Self.licence, \Self.onHoldSince, \Self.endDate] {
            self[keyPath: day].control.error = self[keyPath: day].isEmptyOrValid ? nil : CaseText.formBadDay
        }
        fileComplete.control.error = RecognitionChecks.fileComplete(fileComplete, application: application, decision: decisionDate)
        if licence.control.error == nil, let d = decisionDate, let l = licence.day, l < d { licence.control.error = CaseText.formLicenceBeforeDecision }
        compensation.control.error = RecognitionChecks.compensation(compensation.value, decision: decision)
        months.control.error = RecognitionChecks.months(months.value, compensation: compensation.value)
        fees.control.error = RecognitionChecks.fees(fees.value)
        grantAmount.control.error = RecognitionChecks.grantAmount(grantAmount.value, status: grant.value)
    }

    func apply(to c: inout Case) {
        c.firstCounsellingDate = firstCounselling.day
        c.recognition.skillsAnalysisDate = skillsAnalysis.day
        c.recognition.fileCompleteDate = fileComplete.day
        c.recognition.compensation = compensation.value
        c.recognition.adaptationMonths = months.number
        c.recognition.fees = Money(parsing: fees.value)
        c.recognition.grant = grant.value
        c.recognition.grantAmount = Money(parsing: grantAmount.value)
        c.recognition.qualificationStart = qualificationStart.day
        c.recognition.licenceDate = licence.day
        c.recognition.onHoldSince = onHoldSince.day
        c.recognition.endDate = endDate.day
    }
}

extension CaseEditorForm {
    /// The group's slots, with literal key paths (the slots are made on every key).
    var progressSlots: [FormSlot<Self>] {
        [FormSlot(\.progress.heading, "progress.heading"), FormSlot(\.progress.firstCounselling, "progress.firstCounselling"),
         FormSlot(\.progress.skillsAnalysis, "progress.skillsAnalysis"), FormSlot(\.progress.fileComplete, "progress.fileComplete"),
         FormSlot(\.progress.compensation, "progress.compensation"), FormSlot(\.progress.months, "progress.months"),
         FormSlot(\.progress.fees, "progress.fees"), FormSlot(\.progress.grant, "progress.grant"),
         FormSlot(\.progress.grantAmount, "progress.grantAmount"), FormSlot(\.progress.qualificationStart, "progress.qualificationStart"),
         FormSlot(\.progress.licence, "progress.licence"), FormSlot(\.progress.onHoldSince, "progress.onHoldSince"),
         FormSlot(\.progress.endDate, "progress.endDate")]
    }
}
