import Foundation

/// A form being filled in: generic fields, the focus, messages at the fields. The partner
/// editor, the partner filter and (later) the case forms are all this one engine.
public struct FormState: Equatable, Sendable {
    public var title: String
    public var purpose: FormPurpose
    public var fields: [FormField]
    public var focus = 0
    /// Fields the person has left once: their errors show from then on (all after a submit).
    public var touched: Set<Int> = []
    public var submitted = false
    /// Esc on a changed form asks before throwing the changes away.
    public var askDiscard = false
    private let initialValues: [FormField.Value]

    public init(title: String, purpose: FormPurpose, fields: [FormField]) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        initialValues = fields.map(\.value)
        // The first field that can be typed into has the focus.
        focus = fields.firstIndex { $0.isEditable } ?? 0
    }

    public var isChanged: Bool { fields.map(\.value) != initialValues }
    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    public subscript(key: String) -> FormField? {
        fields.first { $0.key == key }
    }

    public func text(_ key: String) -> String { self[key]?.text.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
    public func isOn(_ key: String) -> Bool { self[key]?.isOn ?? false }
    /// The chosen value of a choice field (nil when "none" is chosen).
    public func choice(_ key: String) -> String? {
        guard let f = self[key], case .choice(let options) = f.kind, let i = f.selected, options.indices.contains(i),
              !options[i].value.isEmpty else { return nil }
        return options[i].value
    }

    /// Shows an error (or clears it) at a field.
    public mutating func setError(_ key: String, _ message: Message?) {
        if let i = fields.firstIndex(where: { $0.key == key }) { fields[i].error = message }
    }

    public mutating func setWarning(_ key: String, _ message: Message?) {
        if let i = fields.firstIndex(where: { $0.key == key }) { fields[i].warning = message }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Whether a field's error is shown yet.
    public func showsError(_ i: Int) -> Bool { submitted || touched.contains(i) }
}

public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text
        /// Several lines (notes): Enter starts a new line.
        case multiline
        /// One of a list; ←/→ step through it, typing jumps to the first option that starts so.
        case choice([Choice])
        case checkbox
        /// A label between groups of fields.
        case heading
    }

    public struct Choice: Equatable, Sendable {
        /// "" stands for "none" (unknown, all).
        public var value: String
        public var label: String
        public init(_ value: String, _ label: String) {
            self.value = value
            self.label = label
        }
    }

    public enum Value: Equatable, Sendable {
        case text(String), choice(Int?), on(Bool), none
    }

    public var key: String
    public var label: String
    public var kind: Kind
    public var isRequired: Bool
    public var text: TextField
    public var selected: Int?
    public var isOn: Bool
    public var error: Message?
    public var warning: Message?

    public init(key: String, label: String, kind: Kind, isRequired: Bool = false, text: String = "", selected: Int? = nil, isOn: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.text = TextField(text, multiline: kind == .multiline, limit: FieldLimit.of(multiline: kind == .multiline))
        self.selected = selected
        self.isOn = isOn
    }

    public var value: Value {
        switch kind {
        case .text, .multiline: .text(text.text)
        // A choice's search text is not part of its value.
        case .choice: .choice(selected)
        case .checkbox: .on(isOn)
        case .heading: .none
        }
    }

    public var isEditable: Bool { kind != .heading }

    /// A long list of choices (a reference to a partner, site or measure) is searched by typing;
    /// a short one jumps by first letter.
    public var searchesChoices: Bool {
        if case .choice(let options) = kind { return options.count > 16 }
        return false
    }
    public var takesText: Bool { kind == .text || kind == .multiline }
}

/// What a form is for; decides what submitting it does.
public enum FormPurpose: Equatable, Sendable {
    /// The record the form edits (nil for a new record or a filter).
    public var record: (kind: RecordKind, id: RecordID)? {
        switch self {
        case .editPartner(let id): (.partner, id)
        case .editCase(let id), .caseStatus(let id), .caseAppointment(let id), .caseReferral(let id): (.case, id)
        case .editMeasure(let id): (.measure, id)
        case .editPayment(let id): (.payment, id)
        case .newPartner, .partnerFilter, .newCase, .caseFilter, .newMeasure, .newPayment: nil
        }
    }

    case newPartner
    case editPartner(RecordID)
    case partnerFilter
    case newCase
    case editCase(RecordID)
    case caseStatus(RecordID)
    case caseAppointment(RecordID)
    case caseReferral(RecordID)
    case caseFilter
    case newMeasure
    case editMeasure(RecordID)
    case newPayment
    case editPayment(RecordID)
}
