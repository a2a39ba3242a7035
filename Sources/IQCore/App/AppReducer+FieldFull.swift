/// "Das Feld ist voll" is about the field being typed in: it goes when typing there ends (the
/// focus moves on with Enter or Tab, the form closes, the filter line is kept or dropped)
/// instead of standing beside the next field for its five seconds.
extension AppReducer {
    /// What a "field full" message is called, whatever its limit (`Message.name`).
    static let fieldFullName = FormText.formFieldLimit(0).name

    /// The field typed in now and what its full message would say; nil when none is.
    static func typingField(_ state: AppState) -> (field: String, full: Message)? {
        if let form = state.form {
            guard let limit = form.focusedField?.text.limit else { return nil }
            return ("form \(form.focus)", FormText.formFieldLimit(limit))
        }
        if state[state.focus].isFiltering { return ("filter \(state.focus)", FormText.formFieldLimit(FieldLimit.search)) }
        return nil
    }

    static func dropFieldFull(typedBefore: (field: String, full: Message)?, _ state: inout AppState) {
        guard let before = typedBefore, state.status?.message == before.full,
              typingField(state)?.field != before.field else { return }
        state.status = nil
    }
}
