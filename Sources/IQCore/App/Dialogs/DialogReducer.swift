/// Answering the open dialog: moving between its buttons, typing its code, taking a button.
extension AppReducer {
    static func reduceDialog(_ action: DialogAction, _ state: inout AppState, _ env: Environment) -> [Effect] {
        guard let model = state.dialogModel, !model.buttons.isEmpty else { return [] }
        var dialog = state.dialogSelection
        switch action {
        case .move(let delta):
            let n = model.buttons.count
            dialog.selected = ((dialog.selected + delta) % n + n) % n
            dialog.onButtons = model.code != nil
        case .type(let text):
            // A letter that once meant "yes" (j, y) confirms nothing; it says how to answer.
            guard let code = model.code else {
                let only = model.buttons.count == 1 ? CommonText.dialogKeysSingle(model.buttons[0].label.text(state.language)) : nil
                return route(.say(only ?? CommonText.statusChooseButton), &state, env)
            }
            let digits = text.filter(\.isASCIIDigit)
            guard !digits.isEmpty else { return route(.say(CommonText.statusTypeCode(code.count), .warning), &state, env) }
            dialog.typed = String((dialog.typed + digits).prefix(code.count))
            dialog.onButtons = false
        case .erase:
            guard !dialog.typed.isEmpty else { return [] }
            dialog.typed.removeLast()
            dialog.onButtons = false
        case .press:
            guard model.isEnabled(dialog.selected, typed: dialog.typed) else {
                let code = model.code ?? ""
                return route(.say(CommonText.statusTypeCode(code.count), .warning), &state, env)
            }
            return answer(model.buttons[dialog.selected].action, &state, env)
        case .cancel:
            return answer(model.buttons[model.safe].action, &state, env)
        }
        state.dialog = dialog
        return []
    }

    /// The answer goes to the feature that asked; whatever opens next starts from its defaults.
    private static func answer(_ action: Action, _ state: inout AppState, _ env: Environment) -> [Effect] {
        state.dialog = DialogState()
        return route(&state, action, env)
    }
}
