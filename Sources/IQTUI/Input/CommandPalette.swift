import IQCore

/// One command of the palette: a key binding of a pane (or of every pane), with the words the
/// palette shows and searches.
public struct PaletteCommand: Equatable, Sendable {
    /// The pane it belongs to ("Fälle", "Budgets · Zahlungen"), or "Überall" for the commands of
    /// every pane.
    public var context: String
    /// The help text of the binding.
    public var description: String
    /// The keys that do the same, as the palette shows them ("n", "d / Del", "Strg-S" / "Ctrl-S").
    public var keys: String
    /// The binding's action, performed in `pane`.
    public var action: Action
    /// The pane focused before the action; nil for the commands of every pane.
    public var pane: Pane?

    /// What Enter sends: the reducer closes the palette, focuses the pane, performs the action.
    public var run: Action { .palette(.run(action, focus: pane)) }
}

/// The command palette (`:`), like k9s's and visidata's: every command of every pane, taken from
/// the key map's own binding tables, searched by a fuzzy match over its pane, its description
/// and its keys.
///
/// Each pane's commands are those of its current context — exactly what pressing the pane's
/// number key and then the command's key does: the open entry's keys when an entry is open, the
/// site list's (`o`, `x`, `v`) when the locations pane shows its list, and in the budget pane
/// those of the view it shows (the context says which, e.g. "Budgets · Zahlungen"). No view is
/// switched on the way, because "new", "edit" and "remove" mean a measure in one view and a
/// payment in the other and act on that view's selection; `v` (a command itself) changes the
/// view. Movement (↑ ↓ PgUp PgDn Home End, Tab), help-only and mouse lines are left out, and a
/// binding found in several groups (the global keys in every pane) is listed once.
public enum CommandPalette {
    /// Every command: the focused pane's first, then those of every pane, then the other panes'
    /// in the order of their number keys.
    public static func commands(_ state: AppState) -> [PaletteCommand] {
        var base = state
        base.palette = nil
        base.overlay = nil
        base.form = nil
        base.locations.placeEntry = nil
        let panes = [state.focus] + state.visiblePanes.filter { $0 != state.focus }
        var own: [[PaletteCommand]] = []
        var global: [PaletteCommand] = []
        for pane in panes {
            var s = base
            s.focus = pane
            s[pane].isFiltering = false
            guard s.inputMode == .navigation else { continue }
            var seen: Set<String> = []
            var commands: [PaletteCommand] = []
            for group in KeyMap.groups(for: s) where group.title != HelpText.helpSectionMouse {
                let isGlobal = group.title == HelpText.helpSectionGlobal
                // The global keys are the same in every pane: taken once, from the focused one.
                if isGlobal, pane != state.focus { continue }
                for binding in group.bindings where isCommand(binding) {
                    let command = PaletteCommand(
                        context: isGlobal ? state.t(HelpText.helpSectionGlobal) : context(pane, state),
                        description: description(binding, state),
                        keys: KeyName.localized(binding.keys.map { label($0) }.joined(separator: " / "), state.language),
                        action: binding.action, pane: isGlobal ? nil : pane)
                    guard seen.insert((isGlobal ? "*" : "") + command.description).inserted else { continue }
                    if isGlobal { global.append(command) } else { commands.append(command) }
                }
            }
            own.append(commands)
        }
        guard let first = own.first else { return global }
        return first + global + own.dropFirst().flatMap { $0 }
    }

    /// The commands that match the palette's query, best first (all of them for an empty query).
    public static func matches(_ state: AppState) -> [PaletteCommand] {
        rank(commands(state), query: state.palette?.query.text ?? "")
    }

    /// Ranks by the fuzzy match of the query on the description (so "beenden" finds the
    /// description that starts with it first), on "pane description" and on the keys (as "Ctrl-S"
    /// and as "Strg-S"); on equal
    /// quality a shorter description first.
    public static func rank(_ commands: [PaletteCommand], query: String) -> [PaletteCommand] {
        FuzzyMatch.rank(commands, query: query, texts: { [$0.description, "\($0.context) \($0.description)", $0.keys, KeyName.english($0.keys)] },
                        length: { $0.description.count })
    }

    /// The highlighted match: the palette's selection kept within the matches.
    static func selected(_ state: AppState, in matches: [PaletteCommand]) -> Int {
        max(0, min(state.palette?.selection ?? 0, matches.count - 1))
    }

    /// A binding worth running from the palette: it has keys, and it does not only move.
    static func isCommand(_ binding: KeyBinding) -> Bool {
        guard !binding.keys.isEmpty else { return false }
        switch binding.action {
        case .navigation(.move), .navigation(.scroll), .navigation(.scrollDetail), .navigation(.select),
             .navigation(.focusNext), .navigation(.focusPrevious),
             .help(.scroll), .locations(.moveCompletion), .palette:
            return false
        default:
            return true
        }
    }

    /// The pane's name; the budget pane's with its view, whose records its commands act on.
    static func context(_ pane: Pane, _ state: AppState) -> String {
        pane == .budgets ? state.t(pane.title) + " · " + state.t(state.budgets.view.label) : state.t(pane.title)
    }

    /// The binding's help text, capitalised like a menu entry; the pane jumps, which share one
    /// text in the help, each name their pane.
    static func description(_ binding: KeyBinding, _ state: AppState) -> String {
        let text = if case .navigation(.focus(let pane)) = binding.action {
            PaletteText.paletteGoToPane(state.t(pane.title)).text(state.language)
        } else {
            state.t(binding.description)
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// How the palette names one key.
    static func label(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        case .mouse, .resize: ""
        }
    }
}

extension KeyMap {
    /// Keys while the palette is open: typing edits the query (see `action(for:)`), arrows and
    /// Ctrl-P / Ctrl-N choose, Enter runs the highlighted command, Esc closes.
    static func paletteGroup(_ state: AppState) -> BindingGroup {
        let matches = CommandPalette.matches(state)
        let selected = CommandPalette.selected(state, in: matches)
        let last = max(0, matches.count - 1)
        var bindings: [KeyBinding] = []
        if matches.indices.contains(selected) {
            bindings.append(KeyBinding(keys: [.enter], label: "Enter", action: matches[selected].run, description: HelpText.keyPaletteRun))
        }
        bindings += [
            KeyBinding(keys: [.escape], label: "Esc", action: .palette(.close), description: HelpText.keyPaletteClose),
            KeyBinding(keys: [.down, .ctrl("n"), .tab], label: "↑ ↓ Tab / Ctrl-P Ctrl-N", action: .palette(.select(min(selected + 1, last))),
                       description: HelpText.keyPaletteChoose),
            KeyBinding(keys: [.up, .ctrl("p"), .backTab], label: "↑", action: .palette(.select(max(0, selected - 1))), description: HelpText.keyPaletteChoose),
            KeyBinding(keys: [.pageDown], label: "PgDn", action: .palette(.select(min(selected + 10, last))), description: HelpText.keyPaletteChoose),
            KeyBinding(keys: [.pageUp], label: "PgUp", action: .palette(.select(max(0, selected - 10))), description: HelpText.keyPaletteChoose),
            KeyBinding(keys: [.left], label: "← → Home End Ctrl-← →", action: .palette(.edit(.left)), description: HelpText.keyFilterCursor),
            KeyBinding(keys: [.right], label: "→", action: .palette(.edit(.right)), description: HelpText.keyFilterCursor),
            KeyBinding(keys: [.home, .ctrl("a")], label: "Home", action: .palette(.edit(.home)), description: HelpText.keyFilterCursor),
            KeyBinding(keys: [.end, .ctrl("e")], label: "End", action: .palette(.edit(.end)), description: HelpText.keyFilterCursor),
            KeyBinding(keys: [.ctrlLeft], label: "Ctrl-←", action: .palette(.edit(.wordLeft)), description: HelpText.keyFilterCursor),
            KeyBinding(keys: [.ctrlRight], label: "Ctrl-→", action: .palette(.edit(.wordRight)), description: HelpText.keyFilterCursor),
            KeyBinding(keys: [.backspace], label: "⌫ Del Ctrl-W Ctrl-U", action: .palette(.edit(.backspace)), description: HelpText.keyFilterDelete),
            KeyBinding(keys: [.delete], label: "Del", action: .palette(.edit(.deleteForward)), description: HelpText.keyFilterDelete),
            KeyBinding(keys: [.ctrl("w")], label: "Ctrl-W", action: .palette(.edit(.deleteWordBackward)), description: HelpText.keyFilterDelete),
            KeyBinding(keys: [.ctrl("u")], label: "Ctrl-U", action: .palette(.edit(.deleteToStart)), description: HelpText.keyFilterDelete),
            KeyBinding(keys: [.function(1)], label: "F1", action: .help(.toggle), description: HelpText.keyHelp),
            KeyBinding(keys: [.function(10)], label: "F10", action: .session(.requestQuit), description: HelpText.keyQuit),
        ]
        return BindingGroup(title: HelpText.helpSectionPalette, bindings: bindings)
    }
}
