/// An appointment: the day, the channel, a note.
public struct AppointmentForm: FormModel {
    public let caseID: RecordID
    public var day: DayInput
    public var channel: ChoiceInput<Channel>
    public var note: TextInput

    init(_ c: Case, _ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        caseID = c.id
        day = DayInput(t(CaseText.formDay), required: true, day: state.today, language: state.language)
        channel = ChoiceInput(t(CaseText.formChannel), options: Channel.allCases.map { ($0, t($0.label)) }, selected: nil)
        note = TextInput(t(CaseText.formNote))
    }

    public var slots: [FormSlot<Self>] { [FormSlot(\.day, "day"), FormSlot(\.channel, "channel"), FormSlot(\.note, "note")] }
    public var purpose: FormPurpose { .caseAppointment(caseID) }
    public var content: FormContent { .appointment(self) }

    public mutating func validate(_ context: FormContext) { day.validateStep() }
}

/// A referral: the partner referred to, the day, a note.
public struct ReferralForm: FormModel {
    public let caseID: RecordID
    public var partner: ReferenceInput
    public var day: DayInput
    public var note: TextInput

    init(_ c: Case, _ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        caseID = c.id
        // Starts empty: no partner is preselected just for coming first in the alphabet.
        partner = ReferenceInput(t(CaseText.formPartner), required: true, none: t(CaseText.formSearchPartner),
                                 options: PartnerList.rows(state.document, query: "").map { ($0.id, $0.name) }, selected: nil)
        partner.describe { id in CaseForm.about(partner: id, state) }
        day = DayInput(t(CaseText.formDay), required: true, day: state.today, language: state.language)
        note = TextInput(t(CaseText.formNote))
    }

    public var slots: [FormSlot<Self>] { [FormSlot(\.partner, "partner"), FormSlot(\.day, "day"), FormSlot(\.note, "note")] }
    public var purpose: FormPurpose { .caseReferral(caseID) }
    public var content: FormContent { .referral(self) }

    /// A real date, and a partner.
    public mutating func validate(_ context: FormContext) {
        day.validateStep()
        partner.control.error = partner.value == nil ? FormText.formRequired : nil
    }
}

/// The case filter: a status, a site and a counsellor, each or all.
public struct CaseFilterForm: FormModel {
    public var status: ChoiceInput<CaseStatus>
    public var site: ReferenceInput
    public var counsellor: ChoiceInput<String>

    init(_ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        let all = t(FormText.formAll), f = state.cases.filter
        let counsellors = Set(state.document.cases.items.map(\.counsellor)).filter { !$0.isEmpty }.sorted()
        status = ChoiceInput(t(CaseText.colStatus), none: all, options: CaseStatus.allCases.map { ($0, t($0.label)) }, selected: f.status)
        site = ReferenceInput(t(CaseText.colSite), none: all, options: SiteList.rows(state.document, query: "").map { ($0.id, $0.name) }, selected: f.siteID)
        counsellor = ChoiceInput(t(CaseText.colCounsellor), none: all, options: counsellors.map { ($0, $0) }, selected: f.counsellor)
    }

    public var slots: [FormSlot<Self>] { [FormSlot(\.status, "status"), FormSlot(\.site, "site"), FormSlot(\.counsellor, "counsellor")] }
    public var purpose: FormPurpose { .caseFilter }
    public var content: FormContent { .caseFilter(self) }

    public var filter: CaseFilter { CaseFilter(status: status.value, siteID: site.value, counsellor: counsellor.value) }
}

extension DayInput {
    /// The step forms need a real date.
    mutating func validateStep() {
        control.error = day == nil ? CaseText.formBadDay : nil
    }
}
