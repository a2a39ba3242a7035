/// A concrete form (the partner editor, a case status step…): typed inputs as stored
/// properties for the code, and the same inputs as an ordered list of slots for the engine,
/// which draws, focuses and validates every form the same way through it.
public protocol FormModel: Equatable, Sendable {
    /// The inputs in the order they are drawn and focused, each with the name its draft stores
    /// it under. The names are persisted: renaming one loses that field of older drafts.
    var slots: [FormSlot<Self>] { get }
    /// What submitting the form is for; drafts and the "deleted meanwhile" check read it.
    var purpose: FormPurpose { get }
    /// The form as the one case of `FormContent` it is.
    var content: FormContent { get }
    /// Sets the messages at the inputs from what is typed (after every change).
    mutating func validate(_ context: FormContext)
}

extension FormModel {
    /// Forms without rules (the filters) check nothing.
    public mutating func validate(_ context: FormContext) {}

    var controls: [FormField] { slots.map { self[keyPath: $0.control] } }
    var draftNames: [String] { slots.map(\.name) }

    mutating func update(_ i: Int, _ body: (inout FormField) -> Void) {
        let slots = self.slots
        guard slots.indices.contains(i) else { return }
        body(&self[keyPath: slots[i].control])
    }

    /// Where an input stands in the focus order.
    public func index<Input: FormInput>(of path: WritableKeyPath<Self, Input>) -> Int? {
        slots.firstIndex { $0.field == path as AnyKeyPath }
    }

    /// Where the check box of `value` in a check list stands in the focus order.
    public func index<Value>(of list: WritableKeyPath<Self, CheckList<Value>>, _ value: Value) -> Int? {
        guard let item = self[keyPath: list].items.firstIndex(where: { $0.value == value }) else { return nil }
        return index(of: list.appending(path: \CheckList<Value>.items[item].box))
    }
}

/// An input of a form `Form`, as the engine reaches it, and its name in drafts.
public struct FormSlot<Form> {
    public let name: String
    let field: AnyKeyPath
    let control: WritableKeyPath<Form, FormField>

    public init<Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ name: String) {
        self.name = name
        field = path
        control = path.appending(path: \Input.control)
    }
}

/// What validating a form may look at besides the form.
public struct FormContext: Sendable {
    public var document: Document
    public var language: Language

    public init(document: Document, language: Language) {
        self.document = document
        self.language = language
    }
}

extension AppState {
    var formContext: FormContext { FormContext(document: document, language: language) }
}
