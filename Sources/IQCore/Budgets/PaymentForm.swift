/// The payment editor: which measure, which of its Träger, when, how much, the voucher.
public enum PaymentForm {
    public static func editor(for payment: Payment?, measure preset: RecordID?, _ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let p = payment
        let doc = state.document
        var measures = BudgetFigures.measures(in: doc, year: nil).map { FormField.Choice($0.measure.id.rawValue, "\($0.measure.name) \($0.measure.year)") }
        let measureID = p?.measureID ?? preset
        if let measureID, doc.measures[measureID] == nil { measures.append(FormField.Choice(measureID.rawValue, measureID.rawValue)) }
        measures.insert(FormField.Choice("", t(.formChooseMeasure)), at: 0)
        var providerIDs: [RecordID] = []
        for m in doc.measures.items { for id in m.providerIDs where !providerIDs.contains(id) { providerIDs.append(id) } }
        if let current = p?.providerID, !providerIDs.contains(current) { providerIDs.append(current) }
        let providers = [FormField.Choice("", t(.valueUnknown))] + providerIDs
            .map { FormField.Choice($0.rawValue, BudgetList.providerName($0, doc)) }
            .sorted { SearchKey.sortKey($0.label).lexicographicallyPrecedes(SearchKey.sortKey($1.label)) }
        let title = p.map { Message(.formEditPayment, $0.day.text(state.language)).text(state.language) } ?? t(.formNewPayment)
        var form = FormState(title: title, purpose: p.map { .editPayment($0.id) } ?? .newPayment, fields: [
            FormField(key: "measure", label: t(.colMeasure), kind: .choice(measures), isRequired: true,
                      selected: measures.firstIndex { $0.value == (measureID?.rawValue ?? "") } ?? 0),
            FormField(key: "provider", label: t(.caseProvider), kind: .choice(providers),
                      selected: providers.firstIndex { $0.value == (p?.providerID?.rawValue ?? "") } ?? 0),
            FormField(key: "day", label: t(.formDay), kind: .text, isRequired: true, text: (p?.day ?? state.today).text(state.language)),
            FormField(key: "amount", label: t(.colAmount), kind: .text, isRequired: true, text: p.map { MeasureForm.amountText($0.amount) } ?? ""),
            FormField(key: "reference", label: t(.colReference), kind: .text, text: p?.reference ?? ""),
        ])
        // Booked from a measure: the measure is known, the amount is what is left to type.
        if p == nil, measureID != nil, let amount = form.fields.firstIndex(where: { $0.key == "amount" }) { form.focus = amount }
        return form
    }

    public static func validate(_ form: inout FormState, in document: Document) {
        let measure = form.choice("measure").flatMap { document.measures[RecordID($0)] }
        form.setError("measure", form.choice("measure") == nil ? Message(.formChooseMeasureError) : nil)
        if let provider = form.choice("provider").map({ RecordID($0) }), let measure, !measure.providerIDs.contains(provider) {
            form.setError("provider", Message(.formProviderNotOfMeasure, BudgetList.providerName(provider, document), "\(measure.name) \(measure.year)",
                                              measure.providerIDs.map { BudgetList.providerName($0, document) }.joined(separator: ", ")))
        } else {
            form.setError("provider", nil)
        }
        form.setError("day", Day(parsing: form.text("day")) == nil ? Message(.formBadDay) : nil)
        let amount = Money(parsing: form.text("amount"))
        form.setError("amount", amount.map { $0.cents != 0 } == true ? nil : Message(.formBadAmount))
    }

    /// The payment the form describes. A measure with a single Träger books the payment to it
    /// when none is chosen: there is no one else it could have gone to.
    public static func payment(from form: FormState, in document: Document, newID: RecordID) -> Payment? {
        guard let measureID = form.choice("measure").map({ RecordID($0) }), let day = Day(parsing: form.text("day")),
              let amount = Money(parsing: form.text("amount")) else { return nil }
        var id = newID, meta = RecordMeta(revision: 0, modifiedAt: .distantPast, modifiedBy: "")
        if case .editPayment(let existing) = form.purpose, let old = document.payments[existing] {
            id = existing
            meta = old.meta
        }
        var provider = form.choice("provider").map({ RecordID($0) })
        if provider == nil, let only = document.measures[measureID]?.providerIDs, only.count == 1 { provider = only[0] }
        return Payment(id: id, meta: meta, measureID: measureID, providerID: provider, day: day, amount: amount, reference: form.text("reference"))
    }
}
