/// How the case pane opens its forms, and the records they offer to choose from.
public enum CaseForm {
    public static func editor(for c: Case?, _ state: AppState, user: String) -> FormState {
        let title = c.map { CaseText.formEditCase($0.number).text(state.language) } ?? CaseText.formNewCase.text(state.language)
        return FormState(title: title, content: .caseRecord(CaseEditorForm(c, state, user: user)))
    }

    public static func statusForm(_ c: Case, _ state: AppState) -> FormState {
        FormState(title: CaseText.formStatusTitle(c.number).text(state.language), content: .caseStatus(CaseStatusForm(c, state)))
    }

    /// A new appointment, or (`editing`: its place in the timeline) a change to one.
    public static func appointmentForm(_ c: Case, _ state: AppState, editing: Int? = nil) -> FormState {
        let form = AppointmentForm(c, state, editing: editing)
        let title = form.editing == nil ? CaseText.formAppointmentTitle(c.number) : CaseText.formAppointmentChangeTitle(c.number)
        return FormState(title: title.text(state.language), content: .appointment(form))
    }

    public static func referralForm(_ c: Case, _ state: AppState) -> FormState {
        FormState(title: CaseText.formReferralTitle(c.number).text(state.language), content: .referral(ReferralForm(c, state)))
    }

    public static func filterForm(_ state: AppState) -> FormState {
        FormState(title: HelpText.keyCaseFilter.text(state.language), content: .caseFilter(CaseFilterForm(state)))
    }

    /// The sites to choose from; a site the case names that is not (or not yet) in the document
    /// stays a choice, so saving the form never drops it silently.
    static func sites(_ state: AppState, keeping current: RecordID?) -> [(RecordID, String)] {
        // On a database a counsellor keeps cases only at her own sites: only those are offered.
        let allowed = state.store.access.caseSites
        var options = SiteList.rows(state.document, query: "").filter { allowed?.contains($0.id) ?? true }.map { ($0.id, $0.name) }
        if let current, !options.contains(where: { $0.0 == current }) {
            options.append((current, state.document.sites[current]?.name ?? current.rawValue))
        }
        return options
    }

    /// A new case's site when the store allows exactly one.
    static func onlySite(_ state: AppState) -> RecordID? {
        guard let allowed = state.store.access.caseSites, allowed.count == 1 else { return nil }
        return allowed.first
    }

    static func measures(_ state: AppState, keeping current: RecordID?) -> [(RecordID, String)] {
        var options = BudgetFigures.measures(in: state.document, year: nil).map { ($0.measure.id, "\($0.measure.name) \($0.measure.year)") }
        if let current, state.document.measures[current] == nil { options.append((current, current.rawValue)) }
        return options
    }

    /// The Träger to choose from: every partner that provides some measure, by name. A Träger the
    /// case names that is not (or no longer) among them stays a choice, as with the measure.
    static func providers(_ state: AppState, keeping current: RecordID?) -> [(RecordID, String)] {
        let providers = Set(state.document.measures.items.flatMap(\.providerIDs))
        let partners = PartnerList.rows(state.document, query: "").filter { providers.contains($0.id) }
        // Two Träger of the same name are told apart by their city (or id).
        let names = Dictionary(partners.map { ($0.name, 1) }, uniquingKeysWith: +)
        var options = partners.map { p in
            (p.id, names[p.name, default: 0] > 1 ? "\(p.name) (\(p.cities.first ?? p.id.rawValue))" : p.name)
        }
        if let current, !options.contains(where: { $0.0 == current }) {
            options.append((current, providerName(current, state.document)))
        }
        return options
    }

    /// A Träger's name; the raw id when the partner is gone.
    static func providerName(_ id: RecordID, _ document: Document) -> String { document.partners[id]?.name ?? id.rawValue }

    /// What is wrong with this Träger for this measure: none without a measure, and one the measure
    /// does not name. Nil when it fits, when no Träger is given, and when the measure is unknown to
    /// the document (its providers are unknown then too).
    static func providerProblem(_ provider: RecordID?, measure: RecordID?, in document: Document) -> Message? {
        guard let provider else { return nil }
        guard let measure else { return CaseText.formProviderNeedsMeasure }
        guard let m = document.measures[measure], !m.providerIDs.contains(provider) else { return nil }
        let names = m.providerIDs.map { providerName($0, document) }
        return CaseText.formProviderNotOfMeasure(providerName(provider, document), "\(m.name) \(m.year)",
                       names.isEmpty ? CommonText.valueNone.text(.de) : names.joined(separator: ", "))
    }

    /// The case after a status step: the status, its date (CaseWorkflow+Dates.swift), its timeline
    /// entry, and the deletion date the retention rules give on ending or reopening (CaseRetention).
    public static func step(_ c: Case, to status: CaseStatus, on day: Day, note: String, retention: RetentionPolicy = RetentionPolicy()) -> Case {
        var c = c
        CaseWorkflow.recordDates(&c, to: status, on: day)
        c.timeline.append(TimelineEntry(day: day, kind: .status(from: c.status, to: status), note: note))
        let wasEnded = c.status.isEnded
        c.status = status
        return CaseRetention.afterStep(c, wasEnded: wasEnded, on: day, policy: retention)
    }
}
