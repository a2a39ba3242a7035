/// The measure editor: name, field of action, year, the three figures and the Träger to tick.
/// An empty figure stays unknown; it is never read as zero.
public struct MeasureEditorForm: FormModel {
    /// The measure edited; nil for a new one.
    public let editing: RecordID?
    public var name: TextInput
    public var field: ChoiceInput<FieldOfAction>
    public var year: TextInput
    public var allocation: TextInput
    public var planned: TextInput
    public var cost: TextInput
    public var approximate: CheckBox
    public var providersHeading: Heading
    public var providers: CheckList<RecordID>

    init(_ m: Measure?, _ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        editing = m?.id
        name = TextInput(t(CommonText.colName), required: true, text: m?.name ?? "")
        field = ChoiceInput(t(CommonText.colField), options: FieldOfAction.allCases.map { ($0, t($0.label)) }, selected: m?.fieldOfAction ?? .qualification)
        year = TextInput(t(CommonText.colYear), required: true, text: String(m?.year ?? state.budgets.shownYear(state.document, today: state.today) ?? state.today.year))
        allocation = TextInput(t(CommonText.colAllocation), text: m?.allocation.map { MeasureForm.amountText($0) } ?? "")
        planned = TextInput(t(CommonText.colParticipants), text: m?.plannedParticipants.map(String.init) ?? "")
        cost = TextInput(t(CommonText.colCostPerParticipant), text: m?.costPerParticipant.map { MeasureForm.amountText($0) } ?? "")
        approximate = CheckBox(t(BudgetText.formApproximate), isOn: m?.isApproximate ?? false)
        providersHeading = Heading(t(CommonText.detailProviders))
        // The Träger to tick: the network's providers and whoever runs a measure already (a
        // chamber such as HWK Köln can be one).
        let running = Set(state.document.measures.items.flatMap(\.providerIDs))
        let candidates = state.document.partners.items.filter { $0.category == .provider || running.contains($0.id) }
            .sorted { SearchKey.sortKey($0.name).lexicographicallyPrecedes(SearchKey.sortKey($1.name)) }
        providers = CheckList(candidates.map { ($0.id, $0.name) }, checked: Set(m?.providerIDs ?? []))
    }

    public var slots: [FormSlot<Self>] {
        [FormSlot(\.name, "name"), FormSlot(\.field, "field"), FormSlot(\.year, "year"), FormSlot(\.allocation, "allocation"),
         FormSlot(\.planned, "planned"), FormSlot(\.cost, "cost"), FormSlot(\.approximate, "approximate"),
         FormSlot(\.providersHeading, "providersHeading")]
            + providers.slots(at: \.providers, prefix: "provider.")
    }

    public var purpose: FormPurpose { editing.map { .editMeasure($0) } ?? .newMeasure }
    public var content: FormContent { .measure(self) }

    public mutating func validate(_ context: FormContext) {
        name.control.error = name.value.isEmpty ? FormText.formRequired : nil
        year.control.error = year.number.map { (2000...2100).contains($0) } == true ? nil : BudgetText.formBadMeasureYear
        for amount in [\Self.allocation, \Self.cost] {
            let text = self[keyPath: amount].value
            let ok = text.isEmpty || (Money(parsing: text).map { $0.cents >= 0 } ?? false)
            self[keyPath: amount].control.error = ok ? nil : BudgetText.formBadAmount
        }
        planned.control.error = planned.value.isEmpty || (planned.number.map { $0 >= 0 } ?? false) ? nil : BudgetText.formBadCount
    }

    public func measure(in document: Document, newID: RecordID) -> Measure {
        var m = editing.flatMap { document.measures[$0] }
            ?? Measure(id: newID, meta: RecordMeta(revision: 0, modifiedAt: .distantPast, modifiedBy: ""), name: "",
                       fieldOfAction: .qualification, providerIDs: [], year: 2000, allocation: nil,
                       plannedParticipants: nil, costPerParticipant: nil, isApproximate: false)
        m.name = name.value
        m.fieldOfAction = field.value ?? m.fieldOfAction
        m.year = year.number ?? m.year
        m.allocation = Money(parsing: allocation.value)
        m.plannedParticipants = planned.number
        m.costPerParticipant = Money(parsing: cost.value)
        m.isApproximate = approximate.isOn
        m.providerIDs = providers.checked
        return m
    }
}

/// How the budget pane opens the measure editor.
public enum MeasureForm {
    public static func editor(for measure: Measure?, _ state: AppState) -> FormState {
        let title = measure.map { BudgetText.formEditMeasure("\($0.name) \($0.year)").text(state.language) }
            ?? BudgetText.formNewMeasure.text(state.language)
        return FormState(title: title, content: .measure(MeasureEditorForm(measure, state)))
    }

    /// "1500000,00" → "1.500.000" for the form: whole euros grouped, cents only when there are.
    static func amountText(_ m: Money) -> String {
        NumberFormat.money(m, .de).replacingOccurrences(of: " €", with: "")
    }
}
