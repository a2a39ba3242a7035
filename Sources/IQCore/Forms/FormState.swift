/// An open form: which form it is (with its typed inputs), the focus, and what the engine
/// keeps about showing messages and asking before throwing changes away.
public struct FormState: Equatable, Sendable {
    public var title: String
    public var content: FormContent
    public var focus = 0
    /// Fields the person has left once: their errors show from then on (all after a submit).
    public var touched: Set<Int> = []
    public var submitted = false
    /// Esc on a changed form asks before throwing the changes away.
    public var askDiscard = false
    /// The focused line's text is selected, as it is when a field gains the focus: the first
    /// typed character replaces it, a movement key keeps it and starts editing there.
    public var textSelected = false
    private let initialValues: [FormField.Value]
    /// The record as it was when the form opened (nil for a new one): if another session's
    /// change arrives meanwhile, the form's save becomes a conflict to decide, not an overwrite.
    public var opened: AnyRecord? {
        get { openedRecord.records.first }
        set { openedRecord.records = newValue.map { [$0] } ?? [] }
    }
    private var openedRecord = OpenedRecord()

    public init(title: String, content: FormContent) {
        self.title = title
        self.content = content
        let fields = content.model.controls
        initialValues = fields.map(\.value)
        // The first field that can be typed into has the focus.
        focus = fields.firstIndex { $0.isEditable } ?? 0
        selectFocusedText()
    }

    /// A field gains the focus: a line with text in it is selected (not a multi-line note,
    /// which a stray key would wipe out).
    mutating func selectFocusedText() {
        textSelected = focusedField.map { $0.kind == .text && !$0.text.isEmpty } ?? false
    }

    public var purpose: FormPurpose { content.model.purpose }
    /// The controls in focus order, as the engine draws and navigates them.
    public var fields: [FormField] { content.model.controls }
    /// The name each control's value is stored under in a draft, in focus order.
    public var draftNames: [String] { content.model.draftNames }
    public var values: [FormField.Value] { fields.map(\.value) }
    public var isChanged: Bool { values != initialValues }
    public var focusedField: FormField? { content.model.control(at: focus) }
    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Whether a field's error is shown yet.
    public func showsError(_ i: Int) -> Bool { submitted || touched.contains(i) }

    /// Changes the control at `i` (in focus order).
    mutating func update(_ i: Int, _ body: (inout FormField) -> Void) {
        content.modify { $0.update(i, body) }
    }

    mutating func validate(_ context: FormContext) {
        content.modify { $0.validate(context) }
    }

    /// The form as its own type; nil when another form is open.
    public func model<Form: FormModel>(_ type: Form.Type) -> Form? { content.model as? Form }

    /// Changes the form through its typed inputs (when it is of that type).
    public mutating func edit<Form: FormModel>(_ type: Form.Type, _ body: (inout Form) -> Void) {
        guard var form = model(type) else { return }
        body(&form)
        content = form.content
    }

    /// Where an input of the open form stands in the focus order.
    public func index<Form: FormModel, Input: FormInput>(of path: WritableKeyPath<Form, Input>) -> Int? {
        model(Form.self)?.index(of: path)
    }

    public func index<Form: FormModel, Value>(of list: WritableKeyPath<Form, CheckList<Value>>, _ value: Value) -> Int? {
        model(Form.self)?.index(of: list, value)
    }
}

/// What a form is for; decides what submitting it does.
public enum FormPurpose: Equatable, Sendable {
    /// The record the form edits (nil for a new record or a filter).
    public var record: (kind: RecordKind, id: RecordID)? {
        switch self {
        case .editPartner(let id): (.partner, id)
        case .editCase(let id), .caseStatus(let id), .caseAppointment(let id), .caseReferral(let id), .changeAppointment(let id, _): (.case, id)
        case .editMeasure(let id): (.measure, id)
        case .editPayment(let id): (.payment, id)
        case .newPartner, .partnerFilter, .newCase, .caseFilter, .newMeasure, .newPayment: nil
        }
    }

    /// The filter forms (they apply with Enter too).
    public var isFilter: Bool { self == .partnerFilter || self == .caseFilter }

    case newPartner
    case editPartner(RecordID)
    case partnerFilter
    case newCase
    case editCase(RecordID)
    case caseStatus(RecordID)
    case caseAppointment(RecordID)
    /// Changing (or cancelling) the appointment at this place in the case's timeline.
    case changeAppointment(RecordID, Int)
    case caseReferral(RecordID)
    case caseFilter
    case newMeasure
    case editMeasure(RecordID)
    case newPayment
    case editPayment(RecordID)
}

/// `FormState.opened`'s storage: in an array, so the form stays small (ValueSizeTests); left
/// out of the form's equality, since it is the save's bookkeeping, not what the form shows.
private struct OpenedRecord: Equatable, Sendable {
    var records: [AnyRecord] = []
    static func == (_: OpenedRecord, _: OpenedRecord) -> Bool { true }
}
