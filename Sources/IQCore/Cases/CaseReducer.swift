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
        case .list(let action):
            return list(&state, action)
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
        return state.reduceList(action, \.list) { CaseList.rows(document, $0, today: today).count }
    }

    static func selected(_ state: State) -> Case? {
        let rows = CaseList.rows(state.document, state.own, today: state.today)
        let i = state.list.cursor.selected
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// The selected case of the pane (the views and tests ask).
    static func selected(_ state: AppState) -> Case? { selected(state.casesScope) }

    /// Applies a valid case form to the document (one undoable step) and selects the case.
    static func submitted(_ form: FormState, _ shared: Shared, environment env: Environment) -> [Delegate] {
        let day = Day(parsing: form.text("day")) ?? shared.today
        let note = form.text("note")
        let updated: Case
        switch form.purpose {
        case .newCase:
            let number = CaseList.nextNumber(in: shared.document, year: Day(env.now()).year)
            let fresh = Case(id: env.newID(), meta: RecordMeta(revision: 0, modifiedAt: env.now(), modifiedBy: env.userName), number: number)
            updated = CaseForm.apply(form, to: fresh, in: shared.document)
        case .editCase(let id), .caseStatus(let id), .caseAppointment(let id), .caseReferral(let id):
            guard let c = shared.document.cases[id] else { return [.closeForm] }
            switch form.purpose {
            case .caseStatus:
                guard let to = form.choice("status").flatMap(CaseStatus.init(rawValue:)), c.status.canMove(to: to) else {
                    return [.say(Message(.statusNotAllowed, L10n.string(c.status.label, shared.language), form.choice("status") ?? ""), .error)]
                }
                updated = CaseForm.step(c, to: to, on: day, note: note)
            case .caseAppointment:
                var copy = c
                copy.timeline.append(TimelineEntry(day: day, kind: .appointment(channel: form.choice("channel").flatMap(Channel.init(rawValue:)) ?? .inPerson), note: note))
                updated = copy
            case .caseReferral:
                var copy = c
                if let partner = form.choice("partner") { copy.timeline.append(TimelineEntry(day: day, kind: .referral(partner: RecordID(partner)), note: note)) }
                updated = copy
            default:
                updated = CaseForm.apply(form, to: c, in: shared.document)
            }
        default:
            return []
        }
        let label = Message(.labelCaseSaved, updated.number)
        return [.closeForm, .perform(.put(.case(updated)), label: label), .reveal(.case(updated)), .say(label)]
    }
}
