/// An appointment: the day, the time and duration, the channel, a note, cancelled or not.
/// `editing`: the place in the timeline of the appointment changed; nil for a new one.
public struct AppointmentForm: FormModel {
    public let caseID: RecordID
    public let editing: Int?
    public var day: DayInput
    public var time: TextInput
    public var duration: TextInput
    public var channel: ChoiceInput<Channel>
    public var note: TextInput
    public var cancelled: CheckBox

    init(_ c: Case, _ state: AppState, editing: Int? = nil) {
        let t = { (k: Message) in k.text(state.language) }
        let entry = editing.flatMap { c.timeline.indices.contains($0) ? c.timeline[$0] : nil }
        caseID = c.id
        self.editing = entry == nil ? nil : editing
        day = DayInput(t(CaseText.formDay), required: true, day: entry?.day ?? state.today, language: state.language)
        time = TextInput(t(CaseText.formTime), text: entry?.time?.text ?? "")
        duration = TextInput(t(CaseText.formDuration), text: entry?.minutes.map(String.init) ?? "")
        var current: Channel?
        if case .appointment(let ch)? = entry?.kind { current = ch }
        channel = ChoiceInput(t(CaseText.formChannel), options: Channel.allCases.map { ($0, t($0.label)) }, selected: current)
        note = TextInput(t(CaseText.formNote), text: entry?.note ?? "")
        cancelled = CheckBox(t(CaseText.formCancelled), isOn: entry?.cancelled ?? false)
    }

    public var slots: [FormSlot<Self>] {
        [FormSlot(\.day, "day"), FormSlot(\.time, "time"), FormSlot(\.duration, "duration"), FormSlot(\.channel, "channel"), FormSlot(\.note, "note"),
         FormSlot(\.cancelled, "cancelled")]
    }
    public var purpose: FormPurpose { editing.map { .changeAppointment(caseID, $0) } ?? .caseAppointment(caseID) }
    public var content: FormContent { .appointment(self) }

    /// A real date; a time and a duration, when given, that are ones.
    public mutating func validate(_ context: FormContext) {
        day.validateStep()
        time.control.error = time.value.isEmpty || ClockTime(parsing: time.value) != nil ? nil : CaseText.formBadTime
        let minutes = duration.number
        duration.control.error = duration.value.isEmpty || minutes.map(TimelineEntry.durations.contains) == true ? nil : CaseText.formBadDuration
    }

    /// The timeline entry the form describes.
    func entry(today: Day) -> TimelineEntry {
        TimelineEntry(day: day.day ?? today, kind: .appointment(channel: channel.value ?? .inPerson), note: note.value,
                      time: ClockTime(parsing: time.value), minutes: duration.number, cancelled: cancelled.isOn)
    }
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
    public var status: ChoiceInput<CaseStatusFilter>
    public var site: ReferenceInput
    public var counsellor: ChoiceInput<String>

    init(_ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        let all = t(FormText.formAll), f = state.cases.filter
        let counsellors = Set(state.document.cases.items.map(\.counsellor)).filter { !$0.isEmpty }.sorted()
        status = ChoiceInput(t(CaseText.colStatus), none: all, options: CaseStatusFilter.options(state.language), selected: CaseStatusFilter(f))
        site = ReferenceInput(t(CaseText.colSite), none: all, options: SiteList.rows(state.document, query: "").map { ($0.id, $0.name) }, selected: f.siteID)
        site.describe { id in CaseForm.about(site: id, state) }
        counsellor = ChoiceInput(t(CaseText.colCounsellor), none: all, options: counsellors.map { ($0, $0) }, selected: f.counsellor)
    }

    public var slots: [FormSlot<Self>] { [FormSlot(\.status, "status"), FormSlot(\.site, "site"), FormSlot(\.counsellor, "counsellor")] }
    public var purpose: FormPurpose { .caseFilter }
    public var content: FormContent { .caseFilter(self) }

    public var filter: CaseFilter {
        CaseFilter(status: status.value?.status, openOnly: status.value == .open, siteID: site.value, counsellor: counsellor.value)
    }
}

/// The filter form's status choice: "offen" (every case not ended), or one status.
public enum CaseStatusFilter: FormChoiceValue {
    case open
    case only(CaseStatus)

    init?(_ filter: CaseFilter) {
        if filter.openOnly { self = .open } else if let s = filter.status { self = .only(s) } else { return nil }
    }

    public var status: CaseStatus? { if case .only(let s) = self { s } else { nil } }
    public var formToken: String { status?.rawValue ?? "open" }

    static func options(_ language: Language) -> [(CaseStatusFilter, String)] {
        [(.open, CaseText.filterOpen.text(language))] + CaseStatus.allCases.map { (.only($0), $0.label.text(language)) }
    }
}

extension DayInput {
    /// The step forms need a real date.
    mutating func validateStep() {
        control.error = day == nil ? CaseText.formBadDay : nil
    }
}
