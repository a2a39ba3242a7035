/// The partner directory: its list, the facet filters, sort and tree, and the walk through the
/// network in the detail view. Forms, questions and deleting are asked of the app as delegates.
public enum DirectoryReducer {
    public typealias State = Scoped<DirectoryState>

    public static func reduce(into state: inout State, action: DirectoryAction, environment env: Environment) -> [Delegate] {
        switch action {
        case .openFilter:
            return [.openForm(.partnerFilter)]
        case .newPartner:
            return [.openForm(.newPartner)]
        case .editPartner:
            guard let p = shownOrSelected(state) else { return [] }
            return [.openForm(.editPartner(p.id))]
        case .deletePartner:
            guard let p = shownOrSelected(state) else { return [] }
            return [.ask(.confirmDelete(p.id))]
        case .cancelDelete:
            return [.closeOverlay]
        case .confirmDelete:
            guard case .confirmDelete(let id)? = state.overlay, let p = state.document.partners[id] else { return [] }
            return [.closeOverlay, .perform(.remove(.partner, id), label: FormText.labelPartnerDeleted(p.name)),
                    .say(FormText.statusDeletedUndo(p.name))]
        case .cycleSort:
            state.sort = state.sort.next
            state.list.cursor = ListCursor()
        case .toggleTree:
            state.showsTree.toggle()
            state.list.cursor = ListCursor()
        case .setFilter(let filter):
            state.filter = filter
            state.list.cursor = ListCursor()
        case .clearFilter:
            state.filter = PartnerFilter()
        case .toggleRelationGroup:
            toggleGroup(&state)
        case .walkBack:
            if state.path.count > 1 {
                state.path.removeLast()
                state.relationCursor = state.pathCursors.popLast() ?? 0
            } else {
                closeDetail(&state)
            }
        case .list(let action):
            return list(&state, action)
        case .show(let id):
            select(&state, id)
            state.list.isDetailOpen = true
            startWalk(&state, at: id)
        case .reveal(let id):
            select(&state, id)
        }
        clamp(&state)
        return []
    }

    /// The list actions, where an open partner shows its relations instead of the list.
    static func list(_ state: inout State, _ action: ListAction) -> [Delegate] {
        switch action {
        case .move(let move) where state.list.isDetailOpen:
            moveRelation(&state, move)
        case .open:
            if state.list.isDetailOpen { follow(&state) } else { open(&state) }
            clamp(&state)
        case .back:
            if state.list.isDetailOpen {
                closeDetail(&state)
            } else if !state.list.filter.isEmpty || !state.filter.isEmpty {
                state.list.filter = PaneState.emptyFilter
                state.filter = PartnerFilter()
                clamp(&state)
            } else {
                return [.leaveZoom]
            }
        case .filter(let action):
            let delegates = state.list.apply(action)
            clamp(&state)
            return delegates
        case .rowsMayHaveChanged:
            clamp(&state)
        case .move, .select, .scroll, .scrollDetail:
            let document = state.document
            return state.reduceList(action, \.list) { PartnerList.rows(document, $0).count }
        }
        return []
    }

    /// Keeps the selection in the list and the walk on partners that still exist.
    static func clamp(_ state: inout State) {
        let count = PartnerList.rows(state.document, state.own).count
        state.list.cursor.clamp(count: count)
        // The partner shown in the detail view may have been deleted (here or by someone else).
        guard state.list.isDetailOpen else { return }
        let document = state.document
        if state.path.contains(where: { document.partners[$0] == nil }) {
            // Each partner on the path keeps the relation chosen in it; a deleted one leaves
            // with its own, and when the shown one is gone the one before shows (as Backspace).
            let steps = state.path.indices.map { k in
                (id: state.path[k], cursor: k == state.path.count - 1 ? state.relationCursor
                    : state.pathCursors.indices.contains(k) ? state.pathCursors[k] : 0)
            }.filter { document.partners[$0.id] != nil }
            state.path = steps.map(\.id)
            state.pathCursors = steps.dropLast().map(\.cursor)
            state.relationCursor = steps.last?.cursor ?? 0
        }
        if let shown = state.path.last {
            let rows = relationRows(state, shown).count
            state.relationCursor = max(0, min(state.relationCursor, rows - 1))
        } else {
            closeDetail(&state)
        }
    }

    /// Enter on the selected row: a category heading opens or closes, a partner opens.
    static func open(_ state: inout State) {
        let rows = PartnerList.rows(state.document, state.own)
        let selected = state.list.cursor.selected
        guard rows.indices.contains(selected) else { return }
        switch rows[selected] {
        case .group(let category, _, _):
            if state.collapsed.contains(category) {
                state.collapsed.remove(category)
            } else {
                state.collapsed.insert(category)
            }
        case .partner(let p):
            startWalk(&state, at: p.id)
            state.list.isDetailOpen = true
        }
    }

    static func relationRows(_ state: State, _ shown: RecordID) -> [RelationRow] {
        PartnerNetwork.rows(of: shown, in: state.document, folded: state.foldedRelations)
    }

    /// Enter in the detail view: a group heading folds or unfolds, a relation is followed to
    /// the other partner.
    static func follow(_ state: inout State) {
        guard let shown = state.path.last else { return }
        let rows = relationRows(state, shown)
        guard rows.indices.contains(state.relationCursor) else { return }
        switch rows[state.relationCursor] {
        case .group: toggleGroup(&state)
        case .link(let link):
            state.path.append(link.other)
            state.pathCursors.append(state.relationCursor)
            state.relationCursor = firstLink(state, link.other)
        }
    }

    /// Folds the selected row's group (the selection goes to its heading) or unfolds it.
    static func toggleGroup(_ state: inout State) {
        guard let shown = state.path.last else { return }
        let rows = relationRows(state, shown)
        guard rows.indices.contains(state.relationCursor) else { return }
        guard let heading = rows[...state.relationCursor].lastIndex(where: { if case .group = $0 { true } else { false } }),
              case .group(let group, _, let folded) = rows[heading] else { return }
        if folded { state.foldedRelations.remove(group) } else { state.foldedRelations.insert(group) }
        state.relationCursor = heading
    }

    static func moveRelation(_ state: inout State, _ move: ListCursor.Move) {
        guard let shown = state.path.last else { return }
        var cursor = ListCursor(selected: state.relationCursor)
        cursor.move(move, count: relationRows(state, shown).count)
        state.relationCursor = cursor.selected
    }

    /// The partner the detail view shows, else the selected row's partner.
    static func shownOrSelected(_ state: State) -> Partner? {
        if state.list.isDetailOpen, let id = state.path.last { return state.document.partners[id] }
        let rows = PartnerList.rows(state.document, state.own)
        let i = state.list.cursor.selected
        return rows.indices.contains(i) ? rows[i].partner : nil
    }

    /// Moves the list selection to a partner (after it was created or renamed, or to show it).
    static func select(_ state: inout State, _ id: RecordID) {
        let rows = PartnerList.rows(state.document, state.own)
        if let row = rows.firstIndex(where: { $0.partner?.id == id }) {
            state.list.cursor.select(row, count: rows.count)
        }
        if state.list.isDetailOpen, state.path.last != id, state.document.partners[id] != nil {
            // A new walk starts at this partner: its first relation, no way back.
            startWalk(&state, at: id)
        }
    }

    static func startWalk(_ state: inout State, at id: RecordID) {
        state.path = [id]
        state.pathCursors = []
        state.relationCursor = firstLink(state, id)
    }

    /// A partner opens on its first relation (under its group's heading), so Enter follows it.
    static func firstLink(_ state: State, _ id: RecordID) -> Int {
        relationRows(state, id).firstIndex { if case .link = $0 { true } else { false } } ?? 0
    }

    static func closeDetail(_ state: inout State) {
        state.path = []
        state.pathCursors = []
        state.relationCursor = 0
        state.list.isDetailOpen = false
    }
}
