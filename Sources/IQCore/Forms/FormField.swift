/// One control of a form as the engine sees it: what it draws (label, kind, required mark,
/// messages) and what is typed or chosen in it. The code reads a form through its typed inputs
/// (`TextInput`, `ChoiceInput`…), never through this.
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
        /// How a draft stores the option ("" for "none"): by value, not by position, which the
        /// next start's lists may change.
        public var token: String
        public var label: String
        /// More words searching finds the option by (a country's name in the other language and
        /// its code), not shown.
        public var also: String
        /// What the option is, shown under the choice while it is highlighted (a partner's
        /// category, fields and cities; a site's services and city).
        public var about = ""
        init(_ token: String, _ label: String) {
            self.token = token
            self.label = label
            also = ""
        }
    }

    public enum Value: Equatable, Sendable {
        case text(String), choice(Int?), on(Bool), none
    }

    public var label: String
    public var kind: Kind
    public var isRequired: Bool
    public var text: TextField
    public var selected: Int?
    public var isOn: Bool
    public var error: Message?
    public var warning: Message?

    init(label: String, kind: Kind, isRequired: Bool = false, text: String = "", selected: Int? = nil, isOn: Bool = false) {
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

    /// Replaces the text, keeping the field's kind and limit.
    mutating func setText(_ newText: String) {
        text = TextField(newText, multiline: kind == .multiline, limit: text.limit)
    }
}
