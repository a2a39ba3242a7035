/// The status step: the next step, its day (the date the step fills, CaseWorkflow+Dates.swift),
/// a note, and what that step records. Only the chosen step's own fields are shown:
/// - Antrag gestellt: the Anerkennungszuschuss (applied for before costs arise) and its amount;
/// - Bescheid erhalten: the result, the Ausgleichsmaßnahme, an Anpassungslehrgang's months, the
///   day the file was complete, the fees;
/// - Zeugnisbewertung (ZAB) erhalten: the fees (the result is the ZAB statement itself).
/// The fields start with what the case holds, so a step never empties a value unasked.
public struct CaseStatusForm: FormModel {
    public let caseID: RecordID
    public var status: ChoiceInput<CaseStatus>
    public var day: DayInput
    public var grant: ChoiceInput<GrantStatus>
    public var grantAmount: TextInput
    public var decision: ChoiceInput<Decision>
    public var compensation: ChoiceInput<CompensationMeasure>
    public var months: TextInput
    public var fileComplete: DayInput
    public var fees: TextInput
    public var note: TextInput
    /// The case's application day: no Bescheid and no complete file before it.
    let applicationDate: Day?
    /// The case's Bescheid day: no Berufsurkunde before it.
    let decisionDate: Day?

    init(_ c: Case, _ state: AppState) {
        let lang = state.language
        let t = { (k: Message) in k.text(lang) }
        let none = t(CommonText.valueNone), r = c.recognition
        caseID = c.id
        applicationDate = c.applicationDate
        decisionDate = c.decisionDate
        let options = CaseWorkflow.next(for: c).map { to -> (CaseStatus, String) in
            switch CaseWorkflow.move(c, to: to) {
            case .forward: (to, t(to.label))
            case .back: (to, t(CaseText.stepBack(t(to.label))))
            case .resume: (to, t(CaseText.stepResume(t(to.label))))
            case .reopen: (to, t(CaseText.stepReopen(t(to.label))))
            }
        }
        status = ChoiceInput(t(CaseText.formNewStatus), required: true, options: options, selected: nil)
        day = DayInput(t(CaseText.formDay), required: true, day: state.today, language: lang)
        grant = ChoiceInput(t(CaseText.caseGrant), none: none, options: GrantStatus.allCases.map { ($0, t($0.label)) }, selected: r.grant)
        grantAmount = TextInput(t(CaseText.caseGrantAmount), text: r.grantAmount.map(MeasureForm.amountText) ?? "")
        let results: [Decision] = [.full, .partial, .none]
        decision = ChoiceInput(t(CaseText.caseDecision), required: true, none: "–", options: results.map { ($0, t($0.label)) },
                               selected: c.decision)
        compensation = ChoiceInput(t(CaseText.caseCompensation), none: none, options: CompensationMeasure.allCases.map { ($0, t($0.label)) },
                                   selected: r.compensation)
        months = TextInput(t(CaseText.caseAdaptationMonths), text: r.adaptationMonths.map(String.init) ?? "")
        fileComplete = DayInput(t(CaseText.caseFileCompleteDate), day: r.fileCompleteDate, language: lang)
        fees = TextInput(t(CaseText.caseFees), text: r.fees.map(MeasureForm.amountText) ?? "")
        note = TextInput(t(CaseText.formNote))
    }

    public var slots: [FormSlot<Self>] {
        var slots: [FormSlot<Self>] = [FormSlot(\.status, "status"), FormSlot(\.day, "day")]
        switch status.value {
        case .applied?: slots += [FormSlot(\.grant, "grant"), FormSlot(\.grantAmount, "grantAmount")]
        case .decisionReceived?:
            slots += [FormSlot(\.decision, "decision"), FormSlot(\.compensation, "compensation"), FormSlot(\.months, "months"),
                      FormSlot(\.fileComplete, "fileComplete"), FormSlot(\.fees, "fees")]
        case .zabStatement?: slots.append(FormSlot(\.fees, "fees"))
        default: break
        }
        return slots + [FormSlot(\.note, "note")]
    }

    public var purpose: FormPurpose { .caseStatus(caseID) }
    public var content: FormContent { .caseStatus(self) }

    /// A real day; for the chosen step's fields the rules of RecognitionChecks.
    public mutating func validate(_ context: FormContext) {
        day.validateStep()
        for field in [\Self.grantAmount, \Self.fees, \Self.months] { self[keyPath: field].control.error = nil }
        decision.control.error = nil
        compensation.control.error = nil
        fileComplete.control.error = nil
        switch status.value {
        case .applied?:
            grantAmount.control.error = RecognitionChecks.grantAmount(grantAmount.value, status: grant.value)
        case .decisionReceived?:
            decision.control.error = decision.value == nil ? CaseText.formResultNeeded : nil
            compensation.control.error = RecognitionChecks.compensation(compensation.value, decision: decision.value)
            months.control.error = RecognitionChecks.months(months.value, compensation: compensation.value)
            fileComplete.control.error = RecognitionChecks.fileComplete(fileComplete, application: applicationDate, decision: day.day)
            fees.control.error = RecognitionChecks.fees(fees.value)
        case .zabStatement?:
            fees.control.error = RecognitionChecks.fees(fees.value)
        default: break
        }
        // Neither the Bescheid nor the ZAB's statement comes before the application.
        if status.value == .decisionReceived || status.value == .zabStatement, day.control.error == nil,
           let application = applicationDate, let d = day.day, d < application {
            day.control.error = CaseText.formDecisionBeforeApplication
        }
        // The editor refuses a Berufsurkunde before the Bescheid: the step must not store one.
        if status.value == .licensed, day.control.error == nil, let decided = decisionDate, let d = day.day, d < decided {
            day.control.error = CaseText.formLicenceBeforeDecision
        }
    }

    /// The case with what the chosen step records (the status itself is CaseForm.step's).
    public func apply(to c: Case) -> Case {
        var c = c
        switch status.value {
        case .applied?:
            c.recognition.grant = grant.value
            c.recognition.grantAmount = Money(parsing: grantAmount.value)
        case .decisionReceived?:
            c.decision = decision.value
            c.recognition.compensation = compensation.value
            c.recognition.adaptationMonths = compensation.value == .adaptationCourse ? months.number : nil
            c.recognition.fileCompleteDate = fileComplete.day
            c.recognition.fees = Money(parsing: fees.value)
        case .zabStatement?:
            c.decision = .zabStatement
            c.recognition.fees = Money(parsing: fees.value)
        default: break
        }
        return c
    }
}
