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

    var controls: [FormField] { slots.map { $0.read(self) } }
    var draftNames: [String] { slots.map(\.name) }

    /// The control at `i` in focus order, reading only that one (the key map asks on every key).
    func control(at i: Int) -> FormField? {
        let slots = self.slots
        return slots.indices.contains(i) ? slots[i].read(self) : nil
    }

    mutating func update(_ i: Int, _ body: (inout FormField) -> Void) {
        let slots = self.slots
        guard slots.indices.contains(i) else { return }
        slots[i].write(&self, body)
    }

    /// Where an input stands in the focus order.
    public func index<Input: FormInput>(of path: WritableKeyPath<Self, Input>) -> Int? {
        slots.firstIndex { $0.field == path as AnyKeyPath && $0.item == nil }
    }

    /// Where the check box of `value` in a check list stands in the focus order.
    public func index<Value>(of list: WritableKeyPath<Self, CheckList<Value>>, _ value: Value) -> Int? {
        guard let item = self[keyPath: list].items.firstIndex(where: { $0.value == value }) else { return nil }
        return slots.firstIndex { $0.field == list as AnyKeyPath && $0.item == item }
    }
}

/// An input of a form `Form`, as the engine reaches it, and its name in drafts. It reaches the
/// control through closures over the form's own key path: appending key paths in a generic
/// context instantiates a new one each time, which cost a paste a second (the slots are made
/// on every key).
public struct FormSlot<Form> {
    public let name: String
    /// The input's key path (for a check box of a list: the list's), to find it by.
    let field: AnyKeyPath
    /// The check box's place in its list; nil for any other input.
    let item: Int?
    let read: (Form) -> FormField
    let write: (inout Form, (inout FormField) -> Void) -> Void

    public init<Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ name: String) {
        self.name = name
        field = path
        item = nil
        read = { $0[keyPath: path].control }
        write = { form, body in body(&form[keyPath: path].control) }
    }

    /// The check box of item `i` of a check list.
    init<Value>(_ list: WritableKeyPath<Form, CheckList<Value>>, item i: Int, _ name: String) {
        self.name = name
        field = list
        item = i
        read = { $0[keyPath: list].items[i].box.control }
        write = { form, body in body(&form[keyPath: list].items[i].box.control) }
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
