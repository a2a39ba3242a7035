import IQCore

/// One line of the key map: the keys, how the help shows them, what they do.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [Key]
    public var label: String
    public var action: Action
    public var description: Message
}

public struct BindingGroup: Equatable, Sendable {
    public var title: Message
    public var bindings: [KeyBinding]
}

/// Turns keys into actions by input mode. The same tables feed the help overlay, so the help
/// always lists exactly the bindings that work in the current context.
public enum KeyMap {
    /// `view`: the last frame's view state (the rows on screen, how far the open entry scrolls).
    public static func action(for key: Key, in state: AppState, layout: ScreenLayout, view: ViewState = ViewState()) -> Action? {
        if layout.isTooSmall { return tooSmallAction(for: key, in: state) }
        if case .mouse(let event) = key { return MouseMap.action(for: event, in: state, layout: layout, view: view) }
        // Typing into a form is the hot path (a paste is thousands of keys): no form binding is a
        // printable character (a test checks), so a character goes straight to the field.
        if state.inputMode == .form, case .char(let ch) = key { return formCharacter(ch, state) }
        // The help pages by its own height, not by a list's.
        let paging = state.inputMode == .help ? HelpOverlay.paging(state, height: layout.size.height) : Paging(layout: layout, view: view)
        for group in groups(for: state, paging: paging) {
            for binding in group.bindings where binding.keys.contains(key) { return binding.action }
        }
        if state.isWorkshop {
            // A key that does nothing in workshop mode (3, 4, n, e, d, Ctrl-S, u) still reaches
            // the reducer, which says why instead of staying silent.
            for group in contextGroups(for: state, paging: paging) {
                for binding in group.bindings where binding.keys.contains(key) { return binding.action }
            }
        }
        if state.inputMode == .textEntry, case .char(let ch) = key {
            return .filter(.edit(.insert(String(ch))))
        }
        if state.dialogModel != nil, case .char(let ch) = key {
            // Digits go into a purge's code field; any other letter confirms nothing and says how.
            return .dialog(.type(String(ch)))
        }
        if state.inputMode == .palette, case .char(let ch) = key {
            return .palette(.edit(.insert(String(ch))))
        }
        if state.inputMode == .placeEntry, case .char(let ch) = key {
            return .locations(.editPlace(.insert(String(ch))))
        }
        return nil
    }

    /// A printable character in a form: text in a text field, a choice's type-ahead, Space ticks.
    static func formCharacter(_ ch: Character, _ state: AppState) -> Action? {
        guard let field = state.form?.focusedField else { return nil }
        switch field.kind {
        case .text, .multiline: return .form(.edit(.insert(String(ch))))
        // Space steps to the next option, except in a long list being searched: there it goes
        // into the search ("Vereinigte Staaten", "Sri Lanka").
        case .choice: return ch == " " && !(field.searchesChoices && !field.text.isEmpty) ? .form(.choose(1)) : .form(.typeAhead(ch))
        case .checkbox: return ch == " " ? .form(.toggle) : nil
        case .heading: return nil
        }
    }

    /// The bindings of the current context, in the order the help shows them. In workshop mode
    /// only those that work there, so the help lists nothing that is refused. `paging` goes into
    /// the page-wise actions; the help and the palette only read labels.
    public static func groups(for state: AppState, paging: Paging = .unmeasured) -> [BindingGroup] {
        let groups = contextGroups(for: state, paging: paging)
        return state.isWorkshop ? workshopGroups(groups) : groups
    }

    /// Workshop mode: without the refused bindings (and groups left empty); the pane keys name
    /// the two panes there are.
    static func workshopGroups(_ groups: [BindingGroup]) -> [BindingGroup] {
        groups.compactMap { group in
            var group = group
            group.bindings = group.bindings.compactMap { binding -> KeyBinding? in
                guard WorkshopMode.refusal(binding.action) == nil else { return nil }
                var binding = binding
                switch (binding.action, binding.description) {
                case (.navigation(.focus(.partners)), _): binding.label = "1 2"; binding.description = HelpText.keyJumpPaneWorkshop
                case (.navigation(.focus), _): binding.description = HelpText.keyJumpPaneWorkshop
                case (_, HelpText.keyQuit): binding.description = HelpText.keyQuitWorkshop
                default: break
                }
                return binding
            }
            return group.bindings.isEmpty ? nil : group
        }
    }

    static func contextGroups(for state: AppState, paging: Paging) -> [BindingGroup] {
        switch state.inputMode {
        case .confirm, .confirmDelete, .formDiscard, .recovery, .conflict, .damagedFile:
            return dialogGroup(state)
        case .form:
            return [formGroup(state)]
        case .placeEntry:
            return [placeEntryGroup]
        case .palette:
            return [paletteGroup(state)]
        case .help:
            return [BindingGroup(title: HelpText.helpSectionGlobal, bindings: [
                KeyBinding(keys: [.escape, .char("?"), .function(1), .enter, .char("q")], label: "Esc / ? / F1", action: .help(.close), description: HelpText.keyHelp),
                KeyBinding(keys: [.up, .char("k")], label: "↑ ↓ / k j", action: .help(.scroll(-1, end: paging.scrollEnd)), description: HelpText.keyMove),
                KeyBinding(keys: [.down, .char("j")], label: "↓ / j", action: .help(.scroll(1, end: paging.scrollEnd)), description: HelpText.keyMove),
                KeyBinding(keys: [.pageDown, .char(" ")], label: "PgUp / PgDn / Space", action: .help(.scroll(paging.rows, end: paging.scrollEnd)), description: HelpText.keyPage),
                KeyBinding(keys: [.pageUp], label: "PgUp", action: .help(.scroll(-paging.rows, end: paging.scrollEnd)), description: HelpText.keyPage),
                KeyBinding(keys: [.home, .char("g")], label: "Home / End", action: .help(.scroll(-paging.scrollEnd, end: paging.scrollEnd)), description: HelpText.keyHomeEnd),
                KeyBinding(keys: [.end, .char("G")], label: "End", action: .help(.scroll(paging.scrollEnd, end: paging.scrollEnd)), description: HelpText.keyHomeEnd),
                KeyBinding(keys: [.function(10)], label: "F10", action: .session(.requestQuit), description: HelpText.keyQuit),
                KeyBinding(keys: [.ctrl("l")], label: "Ctrl-L", action: .session(.redraw), description: HelpText.keyRedraw),
            ])]
        case .textEntry:
            return [filterGroup] + mouseGroups(state)
        case .navigation:
            let detailOpen = state[state.focus].isDetailOpen
            if state.focus == .partners {
                return [detailOpen ? partnerDetailGroup(paging) : listGroup(paging), partnerListGroup, globalGroup] + mouseGroups(state)
            }
            if state.focus == .cases, state.cases.agenda != nil {
                let own = state.cases.agendaCase == nil ? agendaGroup(paging) : caseAppointmentsGroup(paging)
                return [own, globalGroup] + mouseGroups(state)
            }
            if state.focus == .cases {
                return [detailOpen ? detailGroup(paging) : listGroup(paging), casesGroup, globalGroup] + mouseGroups(state)
            }
            if state.focus == .budgets {
                return budgetGroups(state, paging) + [globalGroup] + mouseGroups(state)
            }
            if state.focus == .locations, !detailOpen {
                return [siteListGroup(paging), locationsGroup, globalGroup] + mouseGroups(state)
            }
            return [detailOpen ? detailGroup(paging) : listGroup(paging), globalGroup] + mouseGroups(state)
        }
    }

    static let globalGroup = BindingGroup(title: HelpText.helpSectionGlobal, bindings: [
        KeyBinding(keys: [.tab], label: "Tab / Shift-Tab", action: .navigation(.focusNext), description: HelpText.keyNextPane),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .navigation(.focusPrevious), description: HelpText.keyNextPane),
        KeyBinding(keys: [.char("1")], label: "1 2 3 4", action: .navigation(.focus(.partners)), description: HelpText.keyJumpPane),
        KeyBinding(keys: [.char("2")], label: "2", action: .navigation(.focus(.locations)), description: HelpText.keyJumpPane),
        KeyBinding(keys: [.char("3")], label: "3", action: .navigation(.focus(.cases)), description: HelpText.keyJumpPane),
        KeyBinding(keys: [.char("4")], label: "4", action: .navigation(.focus(.budgets)), description: HelpText.keyJumpPane),
        KeyBinding(keys: [.char("z")], label: "z", action: .navigation(.toggleZoom), description: HelpText.keyZoom),
        KeyBinding(keys: [.char("u"), .ctrl("z")], label: "u / Ctrl-Z", action: .document(.undo), description: HelpText.keyUndo),
        KeyBinding(keys: [.ctrl("r"), .ctrl("y")], label: "Ctrl-R / Ctrl-Y", action: .document(.redo), description: HelpText.keyRedo),
        KeyBinding(keys: [.ctrl("s")], label: "Ctrl-S", action: .store(.save), description: HelpText.keySave),
        KeyBinding(keys: [.char("?"), .function(1)], label: "? / F1", action: .help(.toggle), description: HelpText.keyHelp),
        KeyBinding(keys: [.char(":")], label: ":", action: .palette(.open), description: HelpText.keyPalette),
        KeyBinding(keys: [.ctrl("l")], label: "Ctrl-L", action: .session(.redraw), description: HelpText.keyRedraw),
        KeyBinding(keys: [.char("q"), .function(10)], label: "q / F10", action: .session(.requestQuit), description: HelpText.keyQuit),
    ])

    static func movement(_ paging: Paging) -> [KeyBinding] { [
        KeyBinding(keys: [.up, .char("k")], label: "↑ ↓ / k j", action: .navigation(.move(.up)), description: HelpText.keyMove),
        KeyBinding(keys: [.down, .char("j")], label: "↓ / j", action: .navigation(.move(.down)), description: HelpText.keyMove),
        KeyBinding(keys: [.pageUp], label: "PgUp / PgDn", action: .navigation(.move(.by(-paging.rows))), description: HelpText.keyPage),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: .navigation(.move(.by(paging.rows))), description: HelpText.keyPage),
        KeyBinding(keys: [.home, .char("g")], label: "Home / End", action: .navigation(.move(.home)), description: HelpText.keyHomeEnd),
        KeyBinding(keys: [.end, .char("G")], label: "End", action: .navigation(.move(.end)), description: HelpText.keyHomeEnd),
    ] }

    static func listGroup(_ paging: Paging) -> BindingGroup { BindingGroup(title: HelpText.helpSectionList, bindings: movement(paging) + [
        KeyBinding(keys: [.enter], label: "Enter", action: .navigation(.open), description: HelpText.keyOpen),
        KeyBinding(keys: [.char("/")], label: "/", action: .filter(.begin), description: HelpText.keyFilter),
        KeyBinding(keys: [.escape], label: "Esc", action: .navigation(.back), description: HelpText.keyBack),
    ]) }

    static func detailGroup(_ paging: Paging) -> BindingGroup { BindingGroup(title: HelpText.helpSectionDetail, bindings: [
        KeyBinding(keys: [.up, .char("k")], label: "↑ ↓ / k j", action: .navigation(.move(.up)), description: HelpText.keyDetailMove),
        KeyBinding(keys: [.down, .char("j")], label: "↓ / j", action: .navigation(.move(.down)), description: HelpText.keyDetailMove),
        KeyBinding(keys: [.pageDown, .char(" ")], label: "PgUp / PgDn", action: .navigation(.scrollDetail(by: 10, limit: paging.scrollEnd)), description: HelpText.keyScrollDetail),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .navigation(.scrollDetail(by: -10, limit: paging.scrollEnd)), description: HelpText.keyScrollDetail),
    ] + scrollEnds(paging) + [
        KeyBinding(keys: [.escape, .backspace], label: "Esc", action: .navigation(.back), description: HelpText.keyBack),
    ]) }

    /// Home/End (g/G) to the first and last line of a scrolled view, as in every list.
    static func scrollEnds(_ paging: Paging) -> [KeyBinding] { [
        KeyBinding(keys: [.home, .char("g")], label: "Home / End", action: .navigation(.scrollDetail(by: -paging.scrollEnd, limit: paging.scrollEnd)), description: HelpText.keyHomeEnd),
        KeyBinding(keys: [.end, .char("G")], label: "End", action: .navigation(.scrollDetail(by: paging.scrollEnd, limit: paging.scrollEnd)), description: HelpText.keyHomeEnd),
    ] }

    /// The site list: Enter goes to the operator (the wish), `i` shows the site itself.
    static func siteListGroup(_ paging: Paging) -> BindingGroup { BindingGroup(title: HelpText.helpSectionList, bindings: movement(paging) + [
        KeyBinding(keys: [.enter], label: "Enter", action: .locations(.openOperator), description: HelpText.keyOpenOperator),
        KeyBinding(keys: [.char("i")], label: "i", action: .navigation(.open), description: HelpText.keySiteDetail),
        KeyBinding(keys: [.char("/")], label: "/", action: .filter(.begin), description: HelpText.keyFilter),
        KeyBinding(keys: [.escape], label: "Esc", action: .navigation(.back), description: HelpText.keyBack),
    ]) }

    static let locationsGroup = BindingGroup(title: HelpText.helpSectionLocations, bindings: [
        KeyBinding(keys: [.char("o")], label: "o", action: .locations(.beginPlace), description: HelpText.keyPlace),
        KeyBinding(keys: [.char("x")], label: "x", action: .locations(.clearPlace), description: HelpText.keyClearPlace),
        KeyBinding(keys: [.char("v")], label: "v", action: .locations(.cycleService), description: HelpText.keyServiceFilter),
    ])

    /// The case pane: new and edit open the case form; the workflow, appointments and referrals
    /// each have a small form that writes the case's timeline.
    static let casesGroup = BindingGroup(title: HelpText.helpSectionCases, bindings: [
        KeyBinding(keys: [.char("n")], label: "n", action: .cases(.newCase), description: HelpText.keyNewCase),
        KeyBinding(keys: [.char("e")], label: "e", action: .cases(.editCase), description: HelpText.keyEditCase),
        KeyBinding(keys: [.char("w")], label: "w", action: .cases(.stepStatus), description: HelpText.keyStatusStep),
        KeyBinding(keys: [.char("a")], label: "a", action: .cases(.addAppointment), description: HelpText.keyAppointment),
        KeyBinding(keys: [.char("r")], label: "r", action: .cases(.addReferral), description: HelpText.keyReferral),
        KeyBinding(keys: [.char("f")], label: "f", action: .cases(.openFilter), description: HelpText.keyCaseFilter),
        KeyBinding(keys: [.char("s")], label: "s", action: .cases(.cycleSort), description: HelpText.keyCaseSort),
        KeyBinding(keys: [.char("D")], label: "D", action: .cases(.toggleDue), description: HelpText.keyDueView),
        KeyBinding(keys: [.char("P")], label: "P", action: .cases(.purge), description: HelpText.keyPurge),
        KeyBinding(keys: [.char("A")], label: "A", action: .cases(.writeReport), description: CaseText.keyCaseReport),
        KeyBinding(keys: [.char("t")], label: "t", action: .cases(.agenda(.toggle)), description: HelpText.keyAgenda),
        KeyBinding(keys: [.char("T")], label: "T", action: .cases(.agenda(.caseAppointments)), description: HelpText.keyCaseAppointments),
    ])

    /// The agenda in the case pane: the list keys, Enter opens the case, ←/→ the range.
    static func agendaGroup(_ paging: Paging) -> BindingGroup { BindingGroup(title: HelpText.helpSectionAgenda, bindings: movement(paging) + [
        KeyBinding(keys: [.enter], label: "Enter", action: .navigation(.open), description: HelpText.keyAgendaOpen),
        KeyBinding(keys: [.char("e")], label: "e", action: .cases(.agenda(.change)), description: HelpText.keyAgendaChange),
        KeyBinding(keys: [.right], label: "← →", action: .cases(.agenda(.range(1))), description: HelpText.keyAgendaRange),
        KeyBinding(keys: [.left], label: "←", action: .cases(.agenda(.range(-1))), description: HelpText.keyAgendaRange),
        KeyBinding(keys: [.char("t"), .escape], label: "t / Esc", action: .cases(.agenda(.toggle)), description: HelpText.keyAgendaBack),
    ]) }

    /// One case's appointments (`T`): choosing one (Enter or `e`) opens the agenda's change form.
    static func caseAppointmentsGroup(_ paging: Paging) -> BindingGroup { BindingGroup(title: HelpText.helpSectionAgenda, bindings: movement(paging) + [
        KeyBinding(keys: [.enter, .char("e")], label: "Enter / e", action: .cases(.agenda(.change)), description: HelpText.keyAgendaChange),
        KeyBinding(keys: [.escape, .char("T"), .char("t")], label: "Esc / T", action: .cases(.agenda(.toggle)), description: HelpText.keyCaseAppointmentsBack),
    ]) }

    /// The budget pane: its views and year in every view; editing where the view lists records;
    /// the statistics view scrolls instead of moving a cursor.
    static func budgetGroups(_ state: AppState, _ paging: Paging) -> [BindingGroup] {
        let view = state.budgets.view
        var own = [
            KeyBinding(keys: [.char("v")], label: "v / V", action: .budgets(.cycleView(1)), description: HelpText.keyBudgetView),
            KeyBinding(keys: [.char("V")], label: "V", action: .budgets(.cycleView(-1)), description: HelpText.keyBudgetView),
            KeyBinding(keys: [.char("y")], label: "y / Y", action: .budgets(.cycleYear(1)), description: HelpText.keyBudgetYear),
            KeyBinding(keys: [.char("Y")], label: "Y", action: .budgets(.cycleYear(-1)), description: HelpText.keyBudgetYear),
        ]
        if view == .measures || view == .payments {
            own += [
                KeyBinding(keys: [.char("n")], label: "n", action: .budgets(.new), description: HelpText.keyNewBudget),
                KeyBinding(keys: [.char("e")], label: "e", action: .budgets(.edit), description: HelpText.keyEditBudget),
                KeyBinding(keys: [.char("d"), .delete], label: "d / Del", action: .budgets(.delete), description: HelpText.keyDeleteBudget),
                KeyBinding(keys: [.char("b")], label: "b", action: .budgets(.bookPayment), description: HelpText.keyBookPayment),
            ]
        }
        let budgets = BindingGroup(title: HelpText.helpSectionBudgets, bindings: own)
        switch view {
        case .statistics:
            return [BindingGroup(title: HelpText.helpSectionDetail, bindings: [
                KeyBinding(keys: [.up, .char("k")], label: "↑ ↓ / k j", action: .navigation(.scrollDetail(by: -1, limit: paging.scrollEnd)), description: HelpText.keyStatisticsScroll),
                KeyBinding(keys: [.down, .char("j")], label: "↓ / j", action: .navigation(.scrollDetail(by: 1, limit: paging.scrollEnd)), description: HelpText.keyStatisticsScroll),
                KeyBinding(keys: [.pageDown, .char(" ")], label: "PgUp / PgDn", action: .navigation(.scrollDetail(by: 10, limit: paging.scrollEnd)), description: HelpText.keyScrollDetail),
                KeyBinding(keys: [.pageUp], label: "PgUp", action: .navigation(.scrollDetail(by: -10, limit: paging.scrollEnd)), description: HelpText.keyScrollDetail),
            ] + scrollEnds(paging)), budgets]
        case .providers where !state[.budgets].isDetailOpen:
            var list = listGroup(paging)
            list.bindings = list.bindings.map { b in
                b.keys == [.enter] ? KeyBinding(keys: [.enter], label: "Enter", action: .budgets(.openProvider), description: HelpText.keyOpenProvider) : b
            }
            return [list, budgets]
        default:
            return [state[.budgets].isDetailOpen ? detailGroup(paging) : listGroup(paging), budgets]
        }
    }

    static let placeEntryGroup = BindingGroup(title: HelpText.helpSectionPlace, bindings: [
        KeyBinding(keys: [.down, .tab], label: "↑ ↓ / Tab", action: .locations(.moveCompletion(1)), description: HelpText.keyPlaceChoose),
        KeyBinding(keys: [.up, .backTab], label: "↑", action: .locations(.moveCompletion(-1)), description: HelpText.keyPlaceChoose),
        KeyBinding(keys: [.enter], label: "Enter", action: .locations(.acceptPlace), description: HelpText.keyPlaceAccept),
        KeyBinding(keys: [.escape], label: "Esc", action: .locations(.cancelPlace), description: HelpText.keyFilterCancel),
        KeyBinding(keys: [.left], label: "← → Home End", action: .locations(.editPlace(.left)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.right], label: "→", action: .locations(.editPlace(.right)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.home, .ctrl("a")], label: "Home", action: .locations(.editPlace(.home)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.end, .ctrl("e")], label: "End", action: .locations(.editPlace(.end)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.backspace], label: "⌫ Del Ctrl-W Ctrl-U", action: .locations(.editPlace(.backspace)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.delete], label: "Del", action: .locations(.editPlace(.deleteForward)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.ctrl("w")], label: "Ctrl-W", action: .locations(.editPlace(.deleteWordBackward)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.ctrl("u")], label: "Ctrl-U", action: .locations(.editPlace(.deleteToStart)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.function(10)], label: "F10", action: .session(.requestQuit), description: HelpText.keyQuit),
    ])

    /// The partner pane's own keys, in its list and tree.
    static let partnerListGroup = BindingGroup(title: HelpText.helpSectionPartners, bindings: [
        KeyBinding(keys: [.char("n")], label: "n", action: .directory(.newPartner), description: HelpText.keyNewPartner),
        KeyBinding(keys: [.char("e")], label: "e", action: .directory(.editPartner), description: HelpText.keyEditPartner),
        KeyBinding(keys: [.char("d"), .delete], label: "d / Del", action: .directory(.deletePartner), description: HelpText.keyDeletePartner),
        KeyBinding(keys: [.char("f")], label: "f", action: .directory(.openFilter), description: HelpText.keyFacetFilter),
        KeyBinding(keys: [.char("s")], label: "s", action: .directory(.cycleSort), description: HelpText.keySort),
        KeyBinding(keys: [.char("t")], label: "t", action: .directory(.toggleTree), description: HelpText.keyTree),
        KeyBinding(keys: [], label: "Enter", action: .navigation(.open), description: HelpText.keyToggleGroup),
    ])

    /// The partner detail walks the network: arrows, pages, Home/End choose a relation or a
    /// group, Enter follows a relation or folds a group, Space folds the selection's group.
    static func partnerDetailGroup(_ paging: Paging) -> BindingGroup { BindingGroup(title: HelpText.helpSectionDetail, bindings: [
        KeyBinding(keys: [.up, .char("k")], label: "↑ ↓ / k j", action: .navigation(.move(.up)), description: HelpText.keyRelationMove),
        KeyBinding(keys: [.down, .char("j")], label: "↓ / j", action: .navigation(.move(.down)), description: HelpText.keyRelationMove),
    ] + movement(paging).dropFirst(2) + [
        KeyBinding(keys: [.enter], label: "Enter", action: .navigation(.open), description: HelpText.keyFollowRelationOrFold),
        KeyBinding(keys: [.char(" ")], label: "Space", action: .directory(.toggleRelationGroup), description: HelpText.keyFoldRelationGroup),
        KeyBinding(keys: [.backspace], label: "Backspace", action: .directory(.walkBack), description: HelpText.keyWalkBack),
        KeyBinding(keys: [.escape], label: "Esc", action: .navigation(.back), description: HelpText.keyBack),
    ]) }

    /// Keys in a form; what Enter, arrows and Space do depends on the focused field.
    static func formGroup(_ state: AppState) -> BindingGroup {
        let focused = state.form?.focusedField
        let kind = focused?.kind
        var bindings = [
            KeyBinding(keys: [.tab, .down], label: "Tab / Shift-Tab, ↓ ↑", action: .form(.focusNext), description: HelpText.keyFormNext),
            KeyBinding(keys: [.backTab, .up], label: "Shift-Tab", action: .form(.focusPrevious), description: HelpText.keyFormNext),
            KeyBinding(keys: [.ctrl("s")], label: "Ctrl-S", action: .form(.submit), description: HelpText.keyFormSubmit),
            KeyBinding(keys: [.escape], label: "Esc", action: .form(.cancel), description: HelpText.keyFormCancel),
            KeyBinding(keys: [.enter], label: "Enter", action: .form(.newline),
                       description: state.form?.purpose.isFilter == true ? HelpText.keyFilterFormApply : HelpText.keyFormNewline),
        ]
        switch kind {
        case .choice?:
            if focused?.searchesChoices == true {
                bindings += [
                    KeyBinding(keys: [.backspace], label: "⌫", action: .form(.edit(.backspace)), description: HelpText.keyFormSearchBack),
                    KeyBinding(keys: [.ctrl("u")], label: "Ctrl-U", action: .form(.edit(.deleteToStart)), description: HelpText.keyFormSearchBack),
                ]
            }
            bindings += [
                KeyBinding(keys: [.right], label: state.t(HelpText.keyLabelChoose), action: .form(.choose(1)), description: HelpText.keyFormChoice),
                KeyBinding(keys: [.left], label: "←", action: .form(.choose(-1)), description: HelpText.keyFormChoice),
            ]
        case .checkbox?:
            bindings.append(KeyBinding(keys: [], label: "Space", action: .form(.toggle), description: HelpText.keyFormToggle))
        default:
            bindings += [
                KeyBinding(keys: [.left], label: "← → Home End Ctrl-← →", action: .form(.edit(.left)), description: HelpText.keyFilterCursor),
                KeyBinding(keys: [.right], label: "→", action: .form(.edit(.right)), description: HelpText.keyFilterCursor),
                KeyBinding(keys: [.home, .ctrl("a")], label: "Home", action: .form(.edit(.home)), description: HelpText.keyFilterCursor),
                KeyBinding(keys: [.end, .ctrl("e")], label: "End", action: .form(.edit(.end)), description: HelpText.keyFilterCursor),
                KeyBinding(keys: [.ctrlLeft], label: "Ctrl-←", action: .form(.edit(.wordLeft)), description: HelpText.keyFilterCursor),
                KeyBinding(keys: [.ctrlRight], label: "Ctrl-→", action: .form(.edit(.wordRight)), description: HelpText.keyFilterCursor),
                KeyBinding(keys: [.backspace], label: "⌫ Del Ctrl-W Ctrl-U", action: .form(.edit(.backspace)), description: HelpText.keyFilterDelete),
                KeyBinding(keys: [.delete], label: "Del", action: .form(.edit(.deleteForward)), description: HelpText.keyFilterDelete),
                KeyBinding(keys: [.ctrl("w")], label: "Ctrl-W", action: .form(.edit(.deleteWordBackward)), description: HelpText.keyFilterDelete),
                KeyBinding(keys: [.ctrl("u")], label: "Ctrl-U", action: .form(.edit(.deleteToStart)), description: HelpText.keyFilterDelete),
            ]
        }
        bindings.append(KeyBinding(keys: [.function(1)], label: "F1", action: .help(.toggle), description: HelpText.keyHelp))
        return BindingGroup(title: HelpText.helpSectionForm, bindings: bindings)
    }

    static let filterGroup = BindingGroup(title: HelpText.helpSectionFilter, bindings: [
        KeyBinding(keys: [.enter], label: "Enter", action: .filter(.accept), description: HelpText.keyFilterAccept),
        KeyBinding(keys: [.escape], label: "Esc", action: .filter(.cancel), description: HelpText.keyFilterCancel),
        KeyBinding(keys: [.up], label: "↑ ↓", action: .navigation(.move(.up)), description: HelpText.keyMove),
        KeyBinding(keys: [.down], label: "↓", action: .navigation(.move(.down)), description: HelpText.keyMove),
        KeyBinding(keys: [.left], label: "← → Ctrl-← →", action: .filter(.edit(.left)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.right], label: "→", action: .filter(.edit(.right)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.home, .ctrl("a")], label: "Home", action: .filter(.edit(.home)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.end, .ctrl("e")], label: "End", action: .filter(.edit(.end)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.ctrlLeft], label: "Ctrl-←", action: .filter(.edit(.wordLeft)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.ctrlRight], label: "Ctrl-→", action: .filter(.edit(.wordRight)), description: HelpText.keyFilterCursor),
        KeyBinding(keys: [.backspace], label: "⌫ Del Ctrl-W Ctrl-U", action: .filter(.edit(.backspace)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.delete], label: "Del", action: .filter(.edit(.deleteForward)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.ctrl("w")], label: "Ctrl-W", action: .filter(.edit(.deleteWordBackward)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.ctrl("u")], label: "Ctrl-U", action: .filter(.edit(.deleteToStart)), description: HelpText.keyFilterDelete),
        KeyBinding(keys: [.ctrl("s")], label: "Ctrl-S", action: .store(.save), description: HelpText.keySave),
        KeyBinding(keys: [.function(10)], label: "F10", action: .session(.requestQuit), description: HelpText.keyQuit),
    ])

    /// Shown in the help only (the mouse is handled by MouseMap), and only when the mouse is on.
    static func mouseGroups(_ state: AppState) -> [BindingGroup] {
        guard state.options.mouse else { return [] }
        return [BindingGroup(title: HelpText.helpSectionMouse, bindings: [
            KeyBinding(keys: [], label: state.t(HelpText.keyLabelMouseClick), action: .navigation(.open), description: HelpText.keyMouseClick),
            KeyBinding(keys: [], label: state.t(HelpText.keyLabelMouseWheel), action: .navigation(.move(.down)), description: HelpText.keyMouseWheel),
        ])]
    }
}
