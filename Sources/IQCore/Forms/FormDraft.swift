import Foundation

/// What an open form holds, kept beside the session's journal so a dropped connection or a
/// kill does not lose ten minutes of typing. Values are kept as typed, valid or not; a choice
/// by its value (not its position, which the next start's lists may change).
public struct FormDraft: Equatable, Sendable {
    public struct Value: Equatable, Sendable {
        /// The name of the field's slot (`FormSlot.name`), as older drafts stored it.
        public var key: String
        public var text: String?
        public var choice: String?
        public var isOn: Bool?

        package init(key: String, text: String? = nil, choice: String? = nil, isOn: Bool? = nil) {
            self.key = key
            self.text = text
            self.choice = choice
            self.isOn = isOn
        }
    }

    public var purpose: FormPurpose
    public var values: [Value]
    /// When the form was last changed.
    public var at: Date

    public init(purpose: FormPurpose, values: [Value], at: Date) {
        self.purpose = purpose
        self.values = values
        self.at = at
    }

    /// The draft of `form`; nil for a filter, which is no work to lose.
    public init?(_ form: FormState, at: Date) {
        guard FormDraft.isKept(form.purpose) else { return nil }
        purpose = form.purpose
        self.at = at
        values = zip(form.draftNames, form.fields).compactMap { name, f in
            switch f.kind {
            case .text, .multiline: Value(key: name, text: f.text.text)
            case .choice(let options):
                Value(key: name, choice: f.selected.flatMap { options.indices.contains($0) ? options[$0].token : nil })
            case .checkbox: Value(key: name, isOn: f.isOn)
            case .heading: nil
            }
        }
    }

    static func isKept(_ purpose: FormPurpose) -> Bool { purpose != .partnerFilter && purpose != .caseFilter }

    /// The form again, with the draft's values, and how many fields differ from a fresh form.
    /// nil when the record it edits is gone. A value is matched to its field by the name the
    /// field's slot gives it: the one place a form is read by name.
    public func restore(in state: AppState, user: String) -> (form: FormState, changed: Int)? {
        guard var form = FormDraft.emptyForm(purpose, state, user: user) else { return nil }
        // By name: a choice may change which fields follow it (the status step), so the names are
        // asked anew after each field, and a field the fresh form lacked counts as changed.
        let fresh = Dictionary(zip(form.draftNames, form.values), uniquingKeysWith: { a, _ in a })
        for value in values {
            guard let i = form.draftNames.firstIndex(of: value.key) else { continue }
            form.update(i) { $0.restore(value) }
        }
        let names = form.draftNames, now = form.values
        let changed = now.indices.filter { fresh[names[$0]] != now[$0] }
        // Show at once what does not validate: the draft was kept as typed.
        form.touched = Set(changed)
        return (form, changed.count)
    }

    /// The form each purpose opens with, as its key opens it.
    static func emptyForm(_ purpose: FormPurpose, _ state: AppState, user: String) -> FormState? {
        let d = state.document
        switch purpose {
        case .newPartner: return PartnerForm.editor(for: nil, state)
        case .editPartner(let id): return d.partners[id].map { PartnerForm.editor(for: $0, state) }
        case .newCase: return CaseForm.editor(for: nil, state, user: user)
        case .editCase(let id): return d.cases[id].map { CaseForm.editor(for: $0, state, user: user) }
        case .caseStatus(let id): return d.cases[id].map { CaseForm.statusForm($0, state) }
        case .caseAppointment(let id): return d.cases[id].map { CaseForm.appointmentForm($0, state) }
        case .changeAppointment(let id, let i): return d.cases[id].map { CaseForm.appointmentForm($0, state, editing: i) }
        case .caseReferral(let id): return d.cases[id].map { CaseForm.referralForm($0, state) }
        case .newMeasure: return MeasureForm.editor(for: nil, state)
        case .editMeasure(let id): return d.measures[id].map { MeasureForm.editor(for: $0, state) }
        case .newPayment: return PaymentForm.editor(for: nil, measure: nil, state)
        case .editPayment(let id): return d.payments[id].map { PaymentForm.editor(for: $0, measure: nil, state) }
        case .partnerFilter, .caseFilter: return nil
        }
    }
}

extension FormPurpose {
    /// A name and a record id for the draft file.
    package var draftName: (name: String, id: String?) {
        switch self {
        case .newPartner: ("newPartner", nil)
        case .editPartner(let id): ("editPartner", id.rawValue)
        case .partnerFilter: ("partnerFilter", nil)
        case .newCase: ("newCase", nil)
        case .editCase(let id): ("editCase", id.rawValue)
        case .caseStatus(let id): ("caseStatus", id.rawValue)
        case .caseAppointment(let id): ("caseAppointment", id.rawValue)
        // The entry's place after the case id ("c.1#3"): ids never end in "#<digits>" otherwise.
        case .changeAppointment(let id, let i): ("changeAppointment", "\(id.rawValue)#\(i)")
        case .caseReferral(let id): ("caseReferral", id.rawValue)
        case .caseFilter: ("caseFilter", nil)
        case .newMeasure: ("newMeasure", nil)
        case .editMeasure(let id): ("editMeasure", id.rawValue)
        case .newPayment: ("newPayment", nil)
        case .editPayment(let id): ("editPayment", id.rawValue)
        }
    }

    package init?(draftName name: String, id: String?) {
        let rid = id.map { RecordID($0) }
        switch (name, rid) {
        case ("newPartner", nil): self = .newPartner
        case ("editPartner", let r?): self = .editPartner(r)
        case ("newCase", nil): self = .newCase
        case ("editCase", let r?): self = .editCase(r)
        case ("caseStatus", let r?): self = .caseStatus(r)
        case ("caseAppointment", let r?): self = .caseAppointment(r)
        case ("changeAppointment", let r?):
            guard let hash = r.rawValue.lastIndex(of: "#"), let i = Int(r.rawValue[r.rawValue.index(after: hash)...]) else { return nil }
            self = .changeAppointment(RecordID(String(r.rawValue[..<hash])), i)
        case ("caseReferral", let r?): self = .caseReferral(r)
        case ("newMeasure", nil): self = .newMeasure
        case ("editMeasure", let r?): self = .editMeasure(r)
        case ("newPayment", nil): self = .newPayment
        case ("editPayment", let r?): self = .editPayment(r)
        default: return nil
        }
    }
}

extension FormField {
    /// Takes a draft's value, as far as it fits this field (a choice that is gone stays as it was).
    mutating func restore(_ value: FormDraft.Value) {
        if let text = value.text, takesText { setText(text) }
        if case .choice(let options) = kind, let choice = value.choice, let k = options.firstIndex(where: { $0.token == choice }) {
            selected = k
        }
        if let on = value.isOn, kind == .checkbox { isOn = on }
    }
}
