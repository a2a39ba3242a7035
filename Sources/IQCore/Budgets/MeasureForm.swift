/// The measure editor on the generic form engine: name, field of action, year, Träger and the
/// three figures. An empty figure stays unknown; it is never read as zero.
public enum MeasureForm {
    public static func editor(for measure: Measure?, _ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let m = measure
        let fields = FieldOfAction.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        var form = [
            FormField(key: "name", label: t(.colName), kind: .text, isRequired: true, text: m?.name ?? ""),
            FormField(key: "field", label: t(.colField), kind: .choice(fields),
                      selected: fields.firstIndex { $0.value == (m?.fieldOfAction ?? .qualification).rawValue } ?? 0),
            FormField(key: "year", label: t(.colYear), kind: .text, isRequired: true,
                      text: String(m?.year ?? state.budgets.year ?? state.today.year)),
            FormField(key: "allocation", label: t(.colAllocation), kind: .text, text: m?.allocation.map { amountText($0) } ?? ""),
            FormField(key: "planned", label: t(.colParticipants), kind: .text, text: m?.plannedParticipants.map(String.init) ?? ""),
            FormField(key: "cost", label: t(.colCostPerParticipant), kind: .text, text: m?.costPerParticipant.map { amountText($0) } ?? ""),
            FormField(key: "approximate", label: t(.formApproximate), kind: .checkbox, isOn: m?.isApproximate ?? false),
            FormField(key: "providersHeading", label: t(.detailProviders), kind: .heading),
        ]
        // The Träger to tick: the network's providers and whoever runs a measure already (a
        // chamber such as HWK Köln can be one).
        let chosen = Set(m?.providerIDs ?? [])
        let running = Set(state.document.measures.items.flatMap(\.providerIDs))
        let candidates = state.document.partners.items.filter { $0.category == .provider || running.contains($0.id) }
            .sorted { SearchKey.sortKey($0.name).lexicographicallyPrecedes(SearchKey.sortKey($1.name)) }
        form += candidates.map { p in
            FormField(key: "provider.\(p.id.rawValue)", label: p.name, kind: .checkbox, isOn: chosen.contains(p.id))
        }
        let title = m.map { Message(.formEditMeasure, "\($0.name) \($0.year)").text(state.language) } ?? t(.formNewMeasure)
        return FormState(title: title, purpose: m.map { .editMeasure($0.id) } ?? .newMeasure, fields: form)
    }

    /// "1500000,00" → "1.500.000" for the form: whole euros grouped, cents only when there are.
    static func amountText(_ m: Money) -> String {
        NumberFormat.money(m, .de).replacingOccurrences(of: " €", with: "")
    }

    public static func validate(_ form: inout FormState) {
        form.setError("name", form.text("name").isEmpty ? Message(.formRequired) : nil)
        let year = Int(form.text("year"))
        form.setError("year", year.map { (2000...2100).contains($0) } == true ? nil : Message(.formBadMeasureYear))
        for key in ["allocation", "cost"] {
            let text = form.text(key)
            let ok = text.isEmpty || (Money(parsing: text).map { $0.cents >= 0 } ?? false)
            form.setError(key, ok ? nil : Message(.formBadAmount))
        }
        let planned = form.text("planned")
        form.setError("planned", planned.isEmpty || (Int(planned).map { $0 >= 0 } ?? false) ? nil : Message(.formBadCount))
    }

    public static func measure(from form: FormState, in document: Document, newID: RecordID) -> Measure {
        var base: Measure?
        if case .editMeasure(let id) = form.purpose { base = document.measures[id] }
        var m = base ?? Measure(id: newID, meta: RecordMeta(revision: 0, modifiedAt: .distantPast, modifiedBy: ""), name: "",
                                fieldOfAction: .qualification, providerIDs: [], year: 2000, allocation: nil,
                                plannedParticipants: nil, costPerParticipant: nil, isApproximate: false)
        m.name = form.text("name")
        m.fieldOfAction = form.choice("field").flatMap(FieldOfAction.init(rawValue:)) ?? m.fieldOfAction
        m.year = Int(form.text("year")) ?? m.year
        m.allocation = Money(parsing: form.text("allocation"))
        m.plannedParticipants = Int(form.text("planned"))
        m.costPerParticipant = Money(parsing: form.text("cost"))
        m.isApproximate = form.isOn("approximate")
        m.providerIDs = form.fields.filter { $0.key.hasPrefix("provider.") && $0.isOn }.map { RecordID(String($0.key.dropFirst("provider.".count))) }
        return m
    }
}
