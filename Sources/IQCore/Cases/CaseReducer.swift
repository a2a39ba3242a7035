/// The case pane's actions: new, edit, the workflow step, appointments, referrals, filter, sort.
public enum CaseAction: Equatable, Sendable {
    case newCase, editCase
    case stepStatus, addAppointment, addReferral
    case openFilter, cycleSort
    /// `D`: only the cases due for deletion (and back).
    case toggleDue
    /// `P`: delete the selected case for good (asks first); no undo keeps it.
    case purge, confirmPurge, cancelPurge
}

public enum CaseReducer {
    public static func reduce(into state: inout AppState, action: CaseAction, environment env: Environment) -> [Effect] {
        if action == .newCase {
            state.form = CaseForm.editor(for: nil, state, user: state.options.counsellor ?? env.userName)
            return []
        }
        if action == .openFilter {
            state.form = CaseForm.filterForm(state)
            return []
        }
        if action == .cycleSort {
            state.cases.sort = state.cases.sort.next
            state[.cases].cursor = ListCursor()
            return []
        }
        if action == .toggleDue {
            state.cases.showsDue.toggle()
            state[.cases].cursor = ListCursor()
            state.clampCursors()
            return []
        }
        if action == .cancelPurge {
            state.overlay = nil
            return []
        }
        if action == .confirmPurge {
            guard case .confirmPurge(let id)? = state.overlay else { return [] }
            state.overlay = nil
            return purge(id, &state, environment: env)
        }
        guard let c = selected(state) else { return [] }
        switch action {
        case .editCase: state.form = CaseForm.editor(for: c, state, user: state.options.counsellor ?? env.userName)
        case .stepStatus: state.form = CaseForm.statusForm(c, state)
        case .addAppointment: state.form = CaseForm.appointmentForm(c, state)
        case .addReferral: state.form = CaseForm.referralForm(c, state)
        case .purge: state.overlay = .confirmPurge(c.id)
        case .newCase, .openFilter, .cycleSort, .toggleDue, .confirmPurge, .cancelPurge: break
        }
        return []
    }

    /// Removes a case for real: from the document, from the undo history (which would otherwise
    /// hold a copy), and at once from the file by saving — which also rewrites the backups and
    /// journals that hold it. "Deleted" is said only when the store worker reports that done.
    static func purge(_ id: RecordID, _ state: inout AppState, environment env: Environment) -> [Effect] {
        guard let c = state.document.cases[id] else { return [] }
        state.document.apply(.remove(.case, id))
        state.history.forget(.case, id)
        var effects = DocumentReducer.noteEdit(&state, .remove(.case, id), environment: env)
        if state.store.file != nil, state.store.readOnly == nil {
            state.store.purging.append(PurgeTarget(c))
            state.show(Message(.statusPurging, c.number), environment: env)
        } else {
            state.show(Message(.statusPurged, c.number), environment: env)
        }
        state.clampCursors()
        effects += StoreReducer.save(&state, environment: env)
        return effects
    }

    static func selected(_ state: AppState) -> Case? {
        let rows = CaseList.rows(state)
        let i = state[.cases].cursor.selected
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// Applies a valid case form to the document (one undoable step).
    static func submit(_ form: CaseEditorForm, _ state: inout AppState, environment env: Environment) -> [Effect] {
        let base: Case
        if let id = form.editing {
            guard let c = state.document.cases[id] else { state.form = nil; return [] }
            base = c
        } else {
            let number = CaseList.nextNumber(in: state.document, year: Day(env.now()).year)
            base = Case(id: env.newID(), meta: RecordMeta(revision: 0, modifiedAt: env.now(), modifiedBy: env.userName), number: number)
        }
        return save(form.apply(to: base, in: state.document), &state, environment: env)
    }

    /// The status step, when the case may take it.
    static func submit(_ form: CaseStatusForm, _ state: inout AppState, environment env: Environment) -> [Effect] {
        guard let c = state.document.cases[form.caseID] else { state.form = nil; return [] }
        guard let to = form.status.value, c.status.canMove(to: to) else {
            state.show(Message(.statusNotAllowed, state.t(c.status.label), form.status.value?.rawValue ?? ""), .error, environment: env)
            return []
        }
        return save(CaseForm.step(c, to: to, on: form.day.day ?? state.today, note: form.note.value), &state, environment: env)
    }

    static func submit(_ form: AppointmentForm, _ state: inout AppState, environment env: Environment) -> [Effect] {
        guard var c = state.document.cases[form.caseID] else { state.form = nil; return [] }
        c.timeline.append(TimelineEntry(day: form.day.day ?? state.today, kind: .appointment(channel: form.channel.value ?? .inPerson),
                                        note: form.note.value))
        return save(c, &state, environment: env)
    }

    static func submit(_ form: ReferralForm, _ state: inout AppState, environment env: Environment) -> [Effect] {
        guard var c = state.document.cases[form.caseID] else { state.form = nil; return [] }
        if let partner = form.partner.value {
            c.timeline.append(TimelineEntry(day: form.day.day ?? state.today, kind: .referral(partner: partner), note: form.note.value))
        }
        return save(c, &state, environment: env)
    }

    /// Closes the form, puts the case (one undoable step) and selects it.
    private static func save(_ updated: Case, _ state: inout AppState, environment env: Environment) -> [Effect] {
        state.form = nil
        let label = Message(.labelCaseSaved, updated.number)
        let effects = DocumentReducer.reduce(into: &state, action: .perform(.put(.case(updated)), label: label), environment: env)
        if let row = CaseList.rows(state).firstIndex(where: { $0.id == updated.id }) {
            state[.cases].cursor.select(row, count: state.rowCount(.cases))
        }
        state.show(label, environment: env)
        return effects
    }
}

extension AppState {
    func t(_ key: TextKey) -> String { L10n.string(key, language) }
}
