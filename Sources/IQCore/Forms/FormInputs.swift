import Foundation

/// A typed field of a form: the engine's control, and what the code reads from it.
public protocol FormInput: Equatable, Sendable {
    var control: FormField { get set }
}

/// A line (or, for notes, several lines) of text.
public struct TextInput: FormInput {
    public var control: FormField

    public init(_ label: String, required: Bool = false, multiline: Bool = false, text: String = "") {
        control = FormField(label: label, kind: multiline ? .multiline : .text, isRequired: required, text: text)
    }

    /// What is typed, without blanks at either end.
    public var value: String { control.text.text.trimmedOfWhitespace }
    /// What is typed, as a whole number (nil when empty or not one).
    public var number: Int? { Int(value) }

    /// Replaces the text (a test, a restored draft); the field's limit stays.
    public mutating func set(_ text: String) { control.setText(text) }
}

/// A day, typed the German way ("01.03.2026").
public struct DayInput: FormInput {
    public var control: FormField

    public init(_ label: String, required: Bool = false, day: Day?, language: Language) {
        control = FormField(label: label, kind: .text, isRequired: required, text: day?.text(language) ?? "")
    }

    public var value: String { control.text.text.trimmedOfWhitespace }
    /// The day typed; nil when empty or no real date.
    public var day: Day? { Day(parsing: value) }
    /// Empty, or a real date.
    public var isEmptyOrValid: Bool { value.isEmpty || day != nil }

    public mutating func set(_ text: String) { control.setText(text) }
}

/// What a choice can hold: a domain enum, a record, a name. The token is how a draft stores it.
public protocol FormChoiceValue: Hashable, Sendable {
    var formToken: String { get }
}

extension FormChoiceValue where Self: RawRepresentable, RawValue == String {
    public var formToken: String { rawValue }
}

extension PartnerCategory: FormChoiceValue {}
extension Level: FormChoiceValue {}
extension FieldOfAction: FormChoiceValue {}
extension CaseStatus: FormChoiceValue {}
extension Channel: FormChoiceValue {}
extension Sex: FormChoiceValue {}
extension Benefits: FormChoiceValue {}
extension GermanLevel: FormChoiceValue {}
extension ReferralSource: FormChoiceValue {}
extension Decision: FormChoiceValue {}
extension ResidenceStatus: FormChoiceValue {}
extension CounsellingResult: FormChoiceValue {}
extension RecordID: FormChoiceValue {
    public var formToken: String { rawValue }
}
extension String: FormChoiceValue {
    public var formToken: String { self }
}
extension Bool: FormChoiceValue {
    public var formToken: String { self ? "yes" : "no" }
}

/// One of a list of values; a long list (a reference to a partner, site or measure) is searched
/// by typing. "None" (unknown, all) is an option whose value is nil.
public struct ChoiceInput<Value: FormChoiceValue>: FormInput {
    public var control: FormField
    /// The value of each option, in the order shown.
    public let values: [Value?]

    /// `none` labels a first option that stands for no value; without it the first option is
    /// chosen when `selected` is not among the options.
    public init(_ label: String, required: Bool = false, none: String? = nil, options: [(Value, String)], selected: Value?) {
        var values: [Value?] = options.map(\.0)
        var choices = options.map { FormField.Choice($0.0.formToken, $0.1) }
        if let none {
            values.insert(nil, at: 0)
            choices.insert(FormField.Choice("", none), at: 0)
        }
        self.values = values
        control = FormField(label: label, kind: .choice(choices), isRequired: required, selected: values.firstIndex(of: selected) ?? 0)
    }

    /// The chosen value; nil when "none" is chosen or there is nothing to choose.
    public var value: Value? {
        guard let i = control.selected, values.indices.contains(i) else { return nil }
        return values[i]
    }

    /// Chooses an option by its value; a value that is not offered changes nothing.
    public mutating func select(_ value: Value?) {
        if let i = values.firstIndex(of: value) { control.selected = i }
    }

    /// Lets searching find each option by more words than its label (see `FormField.Choice.also`).
    public mutating func searchAlso(_ words: (Value) -> String) {
        guard case .choice(var options) = control.kind else { return }
        for i in options.indices { if let v = values[i] { options[i].also = words(v) } }
        control.kind = .choice(options)
    }

    /// Says what each option is, under the choice while it is highlighted.
    public mutating func describe(_ about: (Value) -> String) {
        guard case .choice(var options) = control.kind else { return }
        for i in options.indices { if let v = values[i] { options[i].about = about(v) } }
        control.kind = .choice(options)
    }

    /// The labels of the options, in the order shown.
    public var labels: [String] {
        if case .choice(let options) = control.kind { return options.map(\.label) }
        return []
    }
}

/// A reference to a record (partner, site, measure), searched by typing when the list is long.
public typealias ReferenceInput = ChoiceInput<RecordID>

public struct CheckBox: FormInput {
    public var control: FormField

    public init(_ label: String, isOn: Bool) {
        control = FormField(label: label, kind: .checkbox, isOn: isOn)
    }

    public var isOn: Bool {
        get { control.isOn }
        set { control.isOn = newValue }
    }
}

/// A label between groups of fields; it never takes the focus.
public struct Heading: FormInput {
    public var control: FormField

    public init(_ label: String) { control = FormField(label: label, kind: .heading) }
}

/// A check box per value (fields of action, a measure's Träger), in the order given.
public struct CheckList<Value: FormChoiceValue>: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public let value: Value
        public var box: CheckBox
    }

    public var items: [Item]

    public init(_ options: [(Value, String)], checked: Set<Value>) {
        items = options.map { Item(value: $0.0, box: CheckBox($0.1, isOn: checked.contains($0.0))) }
    }

    /// The ticked values, in the order shown.
    public var checked: [Value] { items.filter(\.box.isOn).map(\.value) }

    public mutating func set(_ value: Value, isOn: Bool) {
        for i in items.indices where items[i].value == value { items[i].box.isOn = isOn }
    }

    /// The slots of the boxes, each stored in drafts as the prefix and its value's token.
    func slots<Form>(at path: WritableKeyPath<Form, CheckList<Value>>, prefix: String) -> [FormSlot<Form>] {
        items.indices.map { i in FormSlot(path, item: i, prefix + items[i].value.formToken) }
    }
}
