/// The partner pane's own actions: sort, tree, facet filters and walking the network.
public enum DirectoryAction: Equatable, Sendable {
    case cycleSort
    case toggleTree
    case setFilter(PartnerFilter)
    case clearFilter
    /// Backspace in the detail view: back along the path walked.
    case walkBack
    /// `f`: the filter form for category, field of action, city and level.
    case openFilter
    /// `n`, `e`: the partner form, empty or for the selected partner.
    case newPartner, editPartner
    /// `d`: asks first; `confirmDelete` removes (undoable), `cancelDelete` keeps it.
    case deletePartner, confirmDelete, cancelDelete
}

public enum DirectoryReducer {
    public static func reduce(into state: inout AppState, action: DirectoryAction, environment env: Environment) -> [Effect] {
        switch action {
        case .openFilter:
            state.form = PartnerForm.filterForm(state)
            return []
        case .newPartner:
            state.form = PartnerForm.editor(for: nil, state)
            return []
        case .editPartner:
            guard let p = shownOrSelected(state) else { return [] }
            state.form = PartnerForm.editor(for: p, state)
            return []
        case .deletePartner:
            guard let p = shownOrSelected(state) else { return [] }
            state.overlay = .confirmDelete(p.id)
            return []
        case .cancelDelete:
            state.overlay = nil
            return []
        case .confirmDelete:
            guard case .confirmDelete(let id)? = state.overlay, let p = state.document.partners[id] else { return [] }
            state.overlay = nil
            let label = Message(.labelPartnerDeleted, p.name)
            let effects = DocumentReducer.reduce(into: &state, action: .perform(.remove(.partner, id), label: label), environment: env)
            state.show(Message(.statusDeletedUndo, p.name), environment: env)
            return effects
        case .cycleSort:
            state.directory.sort = state.directory.sort.next
            state[.partners].cursor = ListCursor()
        case .toggleTree:
            state.directory.showsTree.toggle()
            state[.partners].cursor = ListCursor()
        case .setFilter(let filter):
            state.directory.filter = filter
            state[.partners].cursor = ListCursor()
        case .clearFilter:
            state.directory.filter = PartnerFilter()
        case .walkBack:
            if state.directory.path.count > 1 {
                state.directory.path.removeLast()
                state.directory.relationCursor = state.directory.pathCursors.popLast() ?? 0
            } else {
                closeDetail(&state)
            }
        }
        state.clampCursors()
        return []
    }

    /// Enter on the selected row: a category heading opens or closes, a partner opens.
    static func open(_ state: inout AppState) {
        let rows = PartnerList.rows(state)
        let selected = state[.partners].cursor.selected
        guard rows.indices.contains(selected) else { return }
        switch rows[selected] {
        case .group(let category, _, _):
            if state.directory.collapsed.contains(category) {
                state.directory.collapsed.remove(category)
            } else {
                state.directory.collapsed.insert(category)
            }
        case .partner(let p):
            state.directory.path = [p.id]
            state.directory.pathCursors = []
            state.directory.relationCursor = 0
            state[.partners].isDetailOpen = true
        }
    }

    /// Enter in the detail view: follow the selected relation to the other partner.
    static func follow(_ state: inout AppState) {
        guard let shown = state.directory.path.last else { return }
        let links = PartnerNetwork.links(of: shown, in: state.document)
        guard links.indices.contains(state.directory.relationCursor) else { return }
        state.directory.path.append(links[state.directory.relationCursor].other)
        state.directory.pathCursors.append(state.directory.relationCursor)
        state.directory.relationCursor = 0
    }

    static func moveRelation(_ state: inout AppState, _ move: ListCursor.Move) {
        guard let shown = state.directory.path.last else { return }
        var cursor = ListCursor(selected: state.directory.relationCursor)
        cursor.move(move, count: PartnerNetwork.links(of: shown, in: state.document).count)
        state.directory.relationCursor = cursor.selected
    }

    /// The partner the detail view shows, else the selected row's partner.
    static func shownOrSelected(_ state: AppState) -> Partner? {
        if state[.partners].isDetailOpen, let id = state.directory.path.last { return state.document.partners[id] }
        let rows = PartnerList.rows(state)
        let i = state[.partners].cursor.selected
        return rows.indices.contains(i) ? rows[i].partner : nil
    }

    /// Opens a partner in pane 1 from elsewhere (a site's operator, a Träger of the budgets).
    static func showPartner(_ state: inout AppState, _ id: RecordID) {
        state.focus = .partners
        select(&state, id)
        state[.partners].isDetailOpen = true
        state.directory.path = [id]
        state.directory.pathCursors = []
        state.directory.relationCursor = 0
    }

    /// Saves a submitted partner form (undoable) and shows the partner.
    static func submit(_ form: PartnerEditorForm, _ state: inout AppState, environment env: Environment) -> [Effect] {
        let partner = form.partner(in: state.document, newID: env.newID())
        state.form = nil
        let label = Message(.labelPartnerSaved, partner.name)
        let effects = DocumentReducer.reduce(into: &state, action: .perform(.put(.partner(partner)), label: label), environment: env)
        select(&state, partner.id)
        state.show(label, environment: env)
        return effects
    }

    /// Moves the list selection to a partner (after it was created or renamed).
    static func select(_ state: inout AppState, _ id: RecordID) {
        if let row = PartnerList.rows(state).firstIndex(where: { $0.partner?.id == id }) {
            state[.partners].cursor.select(row, count: state.rowCount(.partners))
        }
        if state[.partners].isDetailOpen, state.directory.path.last != id, state.document.partners[id] != nil {
            // A new walk starts at this partner: its first relation, no way back.
            state.directory.path = [id]
            state.directory.pathCursors = []
            state.directory.relationCursor = 0
        }
    }

    static func closeDetail(_ state: inout AppState) {
        state.directory.path = []
        state.directory.pathCursors = []
        state.directory.relationCursor = 0
        state[.partners].isDetailOpen = false
    }
}
