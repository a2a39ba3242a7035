/// The case pane: its list, filters, sort and the deletion view. Forms, questions and saving
/// are asked of the app as delegates.
public enum CaseReducer {
    public typealias State = Scoped<CasesState>

    public static func reduce(into state: inout State, action: CaseAction, environment env: Environment) -> [Delegate] {
        switch action {
        case .newCase:
            return [.openForm(.newCase)]
        case .openFilter:
            return [.openForm(.caseFilter)]
        case .cycleSort:
            state.sort = state.sort.next
            state.list.cursor = ListCursor()
            return []
        case .toggleDue:
            state.showsDue.toggle()
            state.list.cursor = ListCursor()
        case .setFilter(let filter):
            state.filter = filter
            state.list.cursor = ListCursor()
        case .cancelPurge:
            return [.closeOverlay]
        case .confirmPurge:
            guard case .confirmPurge(let id)? = state.overlay else { return [] }
            return [.closeOverlay, .purge(id)]
        case .reveal(let id):
            let rows = CaseList.rows(state.document, state.own, today: state.today)
            if let row = rows.firstIndex(where: { $0.id == id }) {
                state.list.cursor.select(row, count: rows.count)
            }
            return []
        case .list(let action) where state.agenda != nil:
            return AgendaReducer.list(&state, action)
        case .list(let action):
            return list(&state, action)
        case .agenda(let action):
            return AgendaReducer.reduce(into: &state, action: action)
        case .writeReport:
            guard let c = selected(state) else { return [] }
            return [.writeCaseReport(c.id)]
        case .reportWritten(let path):
            return [.say(CaseText.reportWritten(path))]
        case .reportFailed(let error):
            return [.report(CaseReportFile.failure(error), .error)]
        case .editCase, .stepStatus, .addAppointment, .addReferral, .purge:
            guard let c = selected(state) else { return [] }
            switch action {
            case .editCase: return [.openForm(.editCase(c.id))]
            case .stepStatus: return [.openForm(.caseStatus(c.id))]
            case .addAppointment: return [.openForm(.caseAppointment(c.id))]
            case .addReferral: return [.openForm(.caseReferral(c.id))]
            default: return [.ask(.confirmPurge(c.id))]
            }
        }
        return list(&state, .rowsMayHaveChanged)
    }

    static func list(_ state: inout State, _ action: ListAction) -> [Delegate] {
        let document = state.document, today = state.today
        if action == .back, !state.list.isDetailOpen, state.hasFilters {
            // Esc drops every filter at once, as in every pane: a search must not fail on a hidden one.
            state.list.filter = PaneState.emptyFilter
            state.filter = CaseFilter()
            state.showsDue = false
            state.list.cursor = ListCursor()
            return []
        }
        return state.reduceList(action, \.list) { CaseList.rows(document, $0, today: today).count }
    }

    static func selected(_ state: State) -> Case? {
        let rows = CaseList.rows(state.document, state.own, today: state.today)
        let i = state.list.cursor.selected
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// The selected case of the pane (the views and tests ask).
    static func selected(_ state: AppState) -> Case? { selected(state.casesScope) }

    /// Applies a valid case form to the document (one undoable step).
    static func submitted(_ form: CaseEditorForm, _ shared: Shared, environment env: Environment) -> [Delegate] {
        let base: Case
        if let id = form.editing {
            guard let c = shared.document.cases[id] else { return [.closeForm] }
            base = c
        } else {
            let number = CaseList.nextNumber(in: shared.document, year: Day(env.now()).year)
            base = Case(id: env.newID(), meta: RecordMeta(revision: 0, modifiedAt: env.now(), modifiedBy: env.userName), number: number)
        }
        return save(form.apply(to: base, in: shared.document))
    }

    /// The status step, when the case may take it.
    static func submitted(_ form: CaseStatusForm, _ shared: Shared, retention: RetentionPolicy) -> [Delegate] {
        guard let c = shared.document.cases[form.caseID] else { return [.closeForm] }
        guard let to = form.status.value, CaseWorkflow.canMove(c, to: to) else {
            return [.say(CaseText.statusNotAllowed(c.status.label.text(shared.language), form.status.value?.rawValue ?? ""), .error)]
        }
        return save(CaseForm.step(form.apply(to: c), to: to, on: form.day.day ?? shared.today, note: form.note.value, retention: retention))
    }

    static func submitted(_ form: AppointmentForm, _ shared: Shared) -> [Delegate] {
        guard var c = shared.document.cases[form.caseID] else { return [.closeForm] }
        let entry = form.entry(today: shared.today)
        if let i = form.editing {
            // The entry changed meanwhile (another save): refuse rather than overwrite another one.
            guard c.timeline.indices.contains(i), c.timeline[i].isAppointment else { return [.closeForm, .say(CaseText.appointmentGone, .error)] }
            c.timeline[i] = entry
        } else {
            c.timeline.append(entry)
        }
        return save(c)
    }

    static func submitted(_ form: ReferralForm, _ shared: Shared) -> [Delegate] {
        guard var c = shared.document.cases[form.caseID] else { return [.closeForm] }
        if let partner = form.partner.value {
            c.timeline.append(TimelineEntry(day: form.day.day ?? shared.today, kind: .referral(partner: partner), note: form.note.value))
        }
        return save(c)
    }

    /// Closes the form, puts the case (one undoable step) and selects it.
    private static func save(_ updated: Case) -> [Delegate] {
        let label = CaseText.labelCaseSaved(updated.number)
        return [.closeForm, .perform(.put(.case(updated)), label: label), .reveal(.case(updated)), .say(label)]
    }
}
