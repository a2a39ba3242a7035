/// The agenda's keys: `t` shows it in the case pane (and leaves it), ←/→ its range, Enter opens
/// the selected appointment's case, `e` changes or cancels the appointment, Esc goes back.
/// `T` in the case pane lists the selected case's appointments instead: Enter or `e` changes
/// one in the same form, Esc goes back to the case.
public enum AgendaAction: Equatable, Sendable {
    case toggle
    case range(Int)
    case change
    case caseAppointments
}

enum AgendaReducer {
    typealias State = Scoped<CasesState>

    static func reduce(into state: inout State, action: AgendaAction) -> [Delegate] {
        switch action {
        case .toggle where state.agendaCase != nil:
            leaveCase(&state)
        case .toggle:
            state.agenda = state.agenda == nil ? .today : nil
            state.agendaCursor = ListCursor()
            state.list.isDetailOpen = false
        case .caseAppointments:
            guard let c = CaseReducer.selected(state) else { return [] }
            // The case stays open behind the list, to come back to.
            state.agenda = state.agenda ?? .today
            state.agendaCase = c.id
            state.agendaCursor = ListCursor()
        case .range(let by):
            guard let range = state.agenda, state.agendaCase == nil else { return [] }
            state.agenda = range.step(by)
            state.agendaCursor = ListCursor()
        case .change:
            guard let row = selected(state) else { return [] }
            return [.openForm(.changeAppointment(row.caseID, row.index))]
        }
        return []
    }

    /// The list keys while the agenda is shown: they move its own cursor; Enter opens the case.
    static func list(_ state: inout State, _ action: ListAction) -> [Delegate] {
        let count = rows(state).count
        switch action {
        case .move(let move): state.agendaCursor.move(move, count: count)
        case .scroll(let by): state.agendaCursor.move(.by(by), count: count)
        case .select(let row): state.agendaCursor.select(row, count: count)
        case .rowsMayHaveChanged, .scrollDetail, .filter: state.agendaCursor.clamp(count: count)
        case .back where state.agendaCase != nil:
            leaveCase(&state)
        case .back:
            state.agenda = nil
        case .open where state.agendaCase != nil:
            // The case is open already: choosing an appointment is changing it.
            return reduce(into: &state, action: .change)
        case .open:
            guard let row = selected(state) else { return [] }
            state.agenda = nil
            var list = CaseList.rows(state.document, state.own, today: state.today)
            if !list.contains(where: { $0.id == row.caseID }) {
                // A filter hides the case: the agenda's Enter must still open it.
                state.list.filter = PaneState.emptyFilter
                state.filter = CaseFilter()
                state.showsDue = false
                list = CaseList.rows(state.document, state.own, today: state.today)
            }
            if let i = list.firstIndex(where: { $0.id == row.caseID }) {
                state.list.cursor.select(i, count: list.count)
                state.list.isDetailOpen = true
                state.list.detailScroll = 0
            }
        }
        return []
    }

    /// Back from one case's appointments to the case (or the list it was chosen in).
    private static func leaveCase(_ state: inout State) {
        state.agenda = nil
        state.agendaCase = nil
        state.agendaCursor = ListCursor()
    }

    static func rows(_ state: State) -> [AgendaRow] {
        Agenda.rows(state.document, state.own, today: state.today)
    }

    static func selected(_ state: State) -> AgendaRow? {
        let rows = rows(state)
        return rows.indices.contains(state.agendaCursor.selected) ? rows[state.agendaCursor.selected] : nil
    }
}
