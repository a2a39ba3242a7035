import IQCore

/// The hint line of the status bar: the mode (form, filter, dialog …) and the focused pane's most
/// used keys. Each hint names an action (or a help line) and takes its key from the key map's
/// current bindings, so a hint cannot show a key that does something else, and a key the context
/// refuses (workshop mode) drops out. When the line is too narrow the least important hints go
/// first; a hint is shown whole or not at all.
enum StatusHints {
    struct Spec {
        /// The binding is the first one whose action or description matches.
        var matches: [Match]
        var word: Message
        /// Higher stays longer when the line is narrow.
        var rank: Int
    }

    enum Match {
        case action(Action)
        case described(Message)
        /// Whatever this key is bound to (the palette's ↑ ↓, whose actions carry the selection).
        case key(Key)

        func accepts(_ binding: KeyBinding) -> Bool {
            switch self {
            case .action(let a): binding.action == a
            case .described(let d): binding.description == d
            case .key(let k): binding.keys.contains(k)
            }
        }
    }

    /// One hint as shown, with the keys it names and what they do (for the tests that keep the
    /// two together).
    struct Hint {
        var text: String
        var rank: Int
        var keys: [(key: Key, action: Action)]
    }

    /// The mode's name (nil in the panes' lists and entries) and every hint, in display order,
    /// with its rank.
    /// `paging` only fills in the page-wise actions (for the tests that press the keys).
    static func line(_ state: AppState, paging: Paging = .unmeasured) -> (mode: Message?, hints: [Hint]) {
        func make() -> (mode: Message?, hints: [Hint]) {
            let (mode, specs) = specs(state)
            return (mode, hints(state, specs, paging: paging))
        }
        guard paging == .unmeasured, let key = MemoKey(state) else { return make() }
        return memo.line(key, compute: make)
    }

    static func hints(_ state: AppState, _ specs: [Spec], paging: Paging) -> [Hint] {
        let bindings = KeyMap.groups(for: state, paging: paging).flatMap(\.bindings).filter { !$0.keys.isEmpty }
        return specs.compactMap { spec in
            var keys: [(key: Key, action: Action)] = []
            for match in spec.matches {
                guard let binding = bindings.first(where: match.accepts), let first = binding.keys.first else { return nil }
                if case .key(let key) = match { keys.append((key, binding.action)) } else { keys.append((first, binding.action)) }
            }
            let names = keys.map { KeyName.of($0.key, state.language) }
            // Arrows read as one key pair ("↑↓"); other pairs keep a slash ("PgUp/PgDn").
            let joined = names.allSatisfy { $0.count == 1 } ? names.joined() : names.joined(separator: "/")
            return Hint(text: joined + ":" + state.t(spec.word), rank: spec.rank, keys: keys)
        }
    }

    /// As much of the line as fits in `width` columns: lowest ranks dropped first, order kept.
    static func fit(_ state: AppState, width: Int, ascii: Bool = false) -> String {
        guard let key = MemoKey(state) else { return fitAnew(state, width: width, ascii: ascii) }
        return memo.fit(.init(key: key, width: width, ascii: ascii)) { fitAnew(state, width: width, ascii: ascii) }
    }

    static func fitAnew(_ state: AppState, width: Int, ascii: Bool) -> String {
        let prefix = modePrefix(state, ascii: ascii)
        let room = width - TextWidth.of(prefix)
        return room < 0 ? "" : prefix + keys(state, width: room)
    }

    /// "Formular │ " in a form, filter, dialog …; nothing in the panes' lists and entries.
    static func modePrefix(_ state: AppState, ascii: Bool = false) -> String {
        specs(state).0.map { state.t($0) + separator(ascii) } ?? ""
    }

    /// The hints alone that fit in `width`: lowest ranks dropped first, order kept.
    static func keys(_ state: AppState, width: Int) -> String {
        guard let key = MemoKey(state) else { return keysAnew(state, width: width) }
        return memo.fit(.init(key: key, width: width, ascii: false, keysOnly: true)) { keysAnew(state, width: width) }
    }

    static func keysAnew(_ state: AppState, width: Int) -> String {
        let hints = line(state).hints.map { (text: $0.text, rank: $0.rank) }
        var kept = Array(hints.indices)
        func text() -> String { kept.map { hints[$0].text }.joined(separator: "  ") }
        while TextWidth.of(text()) > width, let lowest = kept.min(by: { hints[$0].rank < hints[$1].rank }) {
            kept.removeAll { $0 == lowest }
        }
        return text()
    }

    /// Between the mode and the hints.
    static func separator(_ ascii: Bool) -> String { ascii ? " | " : " │ " }

    // MARK: What each context shows

    static func own(_ items: [(Match, Message)]) -> [Spec] {
        items.enumerated().map { Spec(matches: [$0.element.0], word: $0.element.1, rank: 100 - $0.offset) }
    }

    /// Help, commands, panes and quit: help stays longest, quit goes first.
    static let global: [Spec] = [
        Spec(matches: [.action(.help(.toggle))], word: HelpText.hintHelp, rank: 200),
        Spec(matches: [.action(.palette(.open))], word: HelpText.hintCommands, rank: 50),
        Spec(matches: [.action(.navigation(.focusNext))], word: HelpText.hintPane, rank: 40),
        Spec(matches: [.action(.session(.requestQuit))], word: HelpText.hintQuit, rank: 30),
    ]

    static let move = Spec(matches: [.key(.up), .key(.down)], word: HelpText.hintNext, rank: 95)

    static func specs(_ state: AppState) -> (Message?, [Spec]) {
        let filterForm = state.form?.purpose == .partnerFilter || state.form?.purpose == .caseFilter
        switch state.inputMode {
        case .navigation:
            return (nil, navigation(state) + global)
        case .textEntry:
            return (HelpText.modeSearch, own([(.action(.filter(.accept)), HelpText.hintKeep), (.action(.filter(.cancel)), HelpText.hintDiscard)])
                + [Spec(matches: [.key(.up), .key(.down)], word: HelpText.hintChoose, rank: 90)])
        case .form:
            return (filterForm ? HelpText.modeFilter : HelpText.modeForm, own([
                (.action(.form(.submit)), filterForm ? HelpText.hintApply : HelpText.hintSave),
                (.action(.form(.cancel)), HelpText.hintCancel),
                (.action(.form(.focusNext)), HelpText.hintField),
                (.action(.form(.choose(1))), HelpText.hintChoose),
                (.action(.help(.toggle)), HelpText.hintHelp),
            ]))
        case .help:
            return (HelpText.modeHelp, own([
                (.action(.help(.close)), HelpText.hintClose),
            ]) + [Spec(matches: [.key(.pageUp), .key(.pageDown)], word: HelpText.hintScroll, rank: 99),
                  Spec(matches: [.key(.home), .key(.end)], word: HelpText.hintStartEnd, rank: 98)])
        case .palette:
            return (HelpText.modePalette, own([
                (.described(HelpText.keyPaletteRun), HelpText.hintRun),
                (.action(.palette(.close)), HelpText.hintClose),
            ]) + [Spec(matches: [.key(.up), .key(.down)], word: HelpText.hintChoose, rank: 99)])
        case .placeEntry:
            return (HelpText.modePlace, own([
                (.action(.locations(.acceptPlace)), HelpText.hintKeep),
                (.action(.locations(.cancelPlace)), HelpText.hintCancel),
            ]) + [Spec(matches: [.key(.up), .key(.down)], word: HelpText.hintChoose, rank: 99)])
        case .confirm, .recovery, .conflict, .damagedFile, .formDiscard, .confirmDelete:
            // The dialog's own line says its choices (`StatusBar.dialogKeys`).
            return (HelpText.modeDialog, [])
        }
    }

    static func navigation(_ state: AppState) -> [Spec] {
        let detailOpen = state[state.focus].isDetailOpen
        switch (state.focus, detailOpen) {
        case (.cases, _) where state.cases.agendaCase != nil:
            return own([(.action(.cases(.agenda(.change))), HelpText.hintEdit), (.action(.cases(.agenda(.toggle))), HelpText.hintBack)]) + [move]
        case (.cases, _) where state.cases.agenda != nil:
            return own([(.action(.navigation(.open)), HelpText.hintOpen), (.action(.cases(.agenda(.change))), HelpText.hintEdit),
                        (.action(.cases(.agenda(.toggle))), HelpText.hintBack)])
                + [Spec(matches: [.key(.left), .key(.right)], word: HelpText.hintRange, rank: 96)]
        case (.partners, true):
            return own([(.action(.navigation(.open)), HelpText.hintFollow), (.action(.directory(.toggleRelationGroup)), HelpText.hintFold),
                        (.action(.navigation(.back)), HelpText.hintClose), (.action(.directory(.walkBack)), HelpText.hintBack)])
                + [Spec(matches: [.key(.up), .key(.down)], word: HelpText.hintRelation, rank: 101)]
        case (.partners, false):
            return own([(.action(.directory(.newPartner)), HelpText.hintNew), (.action(.directory(.editPartner)), HelpText.hintEdit),
                        (.action(.filter(.begin)), HelpText.hintSearch), (.action(.directory(.openFilter)), HelpText.hintFilter),
                        (.action(.directory(.toggleTree)), HelpText.hintTree), (.action(.navigation(.open)), HelpText.hintOpen),
                        (.action(.directory(.deletePartner)), HelpText.hintDelete)])
        case (.cases, false):
            return own([(.action(.cases(.newCase)), HelpText.hintNew), (.action(.cases(.editCase)), HelpText.hintEdit),
                        (.action(.cases(.stepStatus)), HelpText.hintStep), (.action(.cases(.addAppointment)), HelpText.hintAppointment),
                        (.action(.cases(.addReferral)), HelpText.hintReferral), (.action(.filter(.begin)), HelpText.hintSearch),
                        (.action(.cases(.openFilter)), HelpText.hintFilter), (.action(.navigation(.open)), HelpText.hintOpen)])
        case (.cases, true):
            return own([(.action(.navigation(.back)), HelpText.hintBack), (.action(.cases(.editCase)), HelpText.hintEdit),
                        (.action(.cases(.stepStatus)), HelpText.hintStep), (.action(.cases(.addAppointment)), HelpText.hintAppointment),
                        (.action(.cases(.addReferral)), HelpText.hintReferral), (.action(.cases(.agenda(.caseAppointments))), HelpText.hintAppointments),
                        (.key(.pageDown), HelpText.hintScroll)])
                + [move]
        case (.locations, false):
            return own([(.action(.filter(.begin)), HelpText.hintSearch), (.action(.locations(.beginPlace)), HelpText.hintPlace),
                        (.action(.locations(.cycleService)), HelpText.hintService), (.action(.locations(.openOperator)), HelpText.hintOperator),
                        (.action(.navigation(.open)), HelpText.hintOpen)])
        case (.budgets, _) where state.budgets.view == .statistics:
            return own([(.action(.budgets(.cycleView(1))), HelpText.hintView), (.action(.budgets(.cycleYear(1))), HelpText.hintYear),
                        (.key(.pageDown), HelpText.hintScroll)])
        case (.budgets, false):
            return own([(.action(.budgets(.cycleView(1))), HelpText.hintView), (.action(.budgets(.cycleYear(1))), HelpText.hintYear),
                        (.action(.budgets(.new)), HelpText.hintNew), (.action(.budgets(.edit)), HelpText.hintEdit),
                        (.action(.budgets(.bookPayment)), HelpText.hintPayment), (.action(.filter(.begin)), HelpText.hintSearch),
                        (.action(.navigation(.open)), HelpText.hintOpen), (.action(.budgets(.openProvider)), HelpText.hintOpen)])
        default:
            return own([(.action(.navigation(.back)), HelpText.hintBack), (.key(.pageDown), HelpText.hintScroll)]) + [move]
        }
    }
}
