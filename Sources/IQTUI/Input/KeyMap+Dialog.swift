import IQCore

/// The keys of every dialog. Only Enter takes a button and it starts on the safe one; no key
/// that moves elsewhere (j k h l g G Space) answers anything.
extension KeyMap {
    static func dialogGroup(_ state: AppState) -> [BindingGroup] {
        guard let model = state.dialogModel, model.buttons.indices.contains(model.safe) else { return [] }
        let safe = state.t(model.buttons[model.safe].label)
        // One button: nothing to choose, only Enter (and the safe keys) answer.
        var bindings = model.buttons.count == 1 ? [] : [
            KeyBinding(keys: [.left, .backTab], label: "← → Tab", action: .dialog(.move(-1)), description: CommonText.keyDialogMove),
            KeyBinding(keys: [.right, .tab], label: "→", action: .dialog(.move(1)), description: CommonText.keyDialogMove),
        ]
        bindings.append(KeyBinding(keys: [.enter], label: "Enter", action: .dialog(.press), description: CommonText.keyDialogPress))
        var cancel: [Key] = [.escape]
        // Single letters only where they are safe and move nothing: "n" (nein/no) where the safe
        // answer is no, the quit keys and "b" (keep both / the backup) as before.
        switch model.kind {
        case .overlay(.recovery): break
        case .overlay(.conflict): cancel += [.char("b"), .char("B")]
        case .damagedFile:
            cancel += [.char("q"), .function(10)]
            if model.buttons.count > 1 {
                bindings.append(KeyBinding(keys: [.char("b"), .char("B")], label: "b", action: model.buttons[1].action, description: HelpText.keyRestoreBackup))
            }
        default: cancel += [.char("n"), .char("N")]
        }
        let label = cancel.contains(.char("n")) ? "n / Esc" : cancel.contains(.char("b")) ? "b / Esc" : cancel.contains(.char("q")) ? "q / Esc" : "Esc"
        bindings.append(KeyBinding(keys: cancel, label: label, action: .dialog(.cancel), description: CommonText.keyDialogSafe(safe)))
        if model.code != nil {
            bindings.append(KeyBinding(keys: [.backspace], label: "0–9 ⌫", action: .dialog(.erase), description: CommonText.keyDialogCode))
        }
        return [BindingGroup(title: CommonText.helpSectionDialog, bindings: bindings)]
    }
}
