/// The payment editor: which measure, which of its Träger, when, how much, the voucher.
public struct PaymentEditorForm: FormModel {
    /// The payment edited; nil for a new one.
    public let editing: RecordID?
    public var measure: ReferenceInput
    public var provider: ReferenceInput
    public var day: DayInput
    public var amount: TextInput
    public var reference: TextInput
    /// The measure whose only Träger was last filled in: a measure chosen in the form fills its
    /// Träger once, and clearing the Träger afterwards stays the user's choice.
    var filledFor: RecordID?

    init(_ p: Payment?, measure preset: RecordID?, _ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        let doc = state.document
        editing = p?.id
        var measures = BudgetFigures.measures(in: doc, year: nil).map { ($0.measure.id, "\($0.measure.name) \($0.measure.year)") }
        let measureID = p?.measureID ?? preset
        if let measureID, doc.measures[measureID] == nil { measures.append((measureID, measureID.rawValue)) }
        var providerIDs: [RecordID] = []
        for m in doc.measures.items { for id in m.providerIDs where !providerIDs.contains(id) { providerIDs.append(id) } }
        if let current = p?.providerID, !providerIDs.contains(current) { providerIDs.append(current) }
        let providers = providerIDs.map { ($0, BudgetList.providerName($0, doc)) }
            .sorted { SearchKey.sortKey($0.1).lexicographicallyPrecedes(SearchKey.sortKey($1.1)) }
        measure = ReferenceInput(t(BudgetText.colMeasure), required: true, none: t(BudgetText.formChooseMeasure), options: measures, selected: measureID)
        // A new payment to a measure with a single Träger: that Träger, shown before saving.
        let only = measureID.flatMap { doc.measures[$0]?.providerIDs }.flatMap { $0.count == 1 ? $0[0] : nil }
        provider = ReferenceInput(t(CaseText.caseProvider), none: t(CommonText.valueUnknown), options: providers,
                                  selected: p == nil ? only : p?.providerID)
        provider.describe { id in CaseForm.about(partner: id, state) }
        filledFor = measureID
        day = DayInput(t(CaseText.formDay), required: true, day: p?.day ?? state.today, language: state.language)
        amount = TextInput(t(BudgetText.colAmount), required: true, text: p.map { MeasureForm.amountText($0.amount) } ?? "")
        reference = TextInput(t(BudgetText.colReference), text: p?.reference ?? "")
    }

    public var slots: [FormSlot<Self>] {
        [FormSlot(\.measure, "measure"), FormSlot(\.provider, "provider"), FormSlot(\.day, "day"),
         FormSlot(\.amount, "amount"), FormSlot(\.reference, "reference")]
    }

    public var purpose: FormPurpose { editing.map { .editPayment($0) } ?? .newPayment }
    public var content: FormContent { .payment(self) }

    public mutating func validate(_ context: FormContext) {
        let document = context.document
        if measure.value != filledFor {
            filledFor = measure.value
            if provider.value == nil, let ids = measure.value.flatMap({ document.measures[$0]?.providerIDs }), ids.count == 1 {
                provider.select(ids[0])
            }
        }
        measure.control.error = measure.value == nil ? BudgetText.formChooseMeasureError : nil
        if let chosen = provider.value, let m = measure.value.flatMap({ document.measures[$0] }), !m.providerIDs.contains(chosen) {
            provider.control.error = CaseText.formProviderNotOfMeasure(BudgetList.providerName(chosen, document), "\(m.name) \(m.year)",
                                             m.providerIDs.map { BudgetList.providerName($0, document) }.joined(separator: ", "))
        } else {
            provider.control.error = nil
        }
        day.control.error = day.day == nil ? CaseText.formBadDay : nil
        amount.control.error = Money(parsing: amount.value).map { $0.cents != 0 } == true ? nil : BudgetText.formBadAmount
    }

    /// The payment the form describes. A measure with a single Träger books the payment to it
    /// when none is chosen: there is no one else it could have gone to.
    public func payment(in document: Document, newID: RecordID) -> Payment? {
        guard let measureID = measure.value, let day = day.day, let amount = Money(parsing: amount.value) else { return nil }
        var id = newID, meta = RecordMeta(revision: 0, modifiedAt: .distantPast, modifiedBy: "")
        if let existing = editing, let old = document.payments[existing] {
            id = existing
            meta = old.meta
        }
        var provider = provider.value
        if provider == nil, let only = document.measures[measureID]?.providerIDs, only.count == 1 { provider = only[0] }
        return Payment(id: id, meta: meta, measureID: measureID, providerID: provider, day: day, amount: amount, reference: reference.value)
    }
}

/// How the budget pane opens the payment editor.
public enum PaymentForm {
    public static func editor(for payment: Payment?, measure preset: RecordID?, _ state: AppState) -> FormState {
        let title = payment.map { BudgetText.formEditPayment($0.day.text(state.language)).text(state.language) }
            ?? BudgetText.formNewPayment.text(state.language)
        // Starts on the first field, as every form does, also when booked from a measure.
        return FormState(title: title, content: .payment(PaymentEditorForm(payment, measure: preset, state)))
    }
}
