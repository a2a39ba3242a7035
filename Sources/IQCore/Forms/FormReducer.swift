/// Editing a form: focus, typing, choices, check boxes, submit and cancel. Submitting asks the
/// form's purpose to validate and apply; a form with an error is never applied.
public enum FormAction: Equatable, Sendable {
    case focusNext, focusPrevious
    case focus(Int)
    case edit(TextField.Edit)
    /// Enter in a multi-line field.
    case newline
    /// ←/→ on a choice.
    case choose(Int)
    case typeAhead(Character)
    /// Space on a check box.
    case toggle
    /// Ctrl-S.
    case submit
    /// Esc: closes at once when nothing changed, else asks.
    case cancel
    case confirmDiscard, keepEditing
}

public enum FormReducer {
    public static func reduce(into state: inout AppState, action: FormAction, environment env: Environment) -> [Effect] {
        guard var form = state.form else { return [] }
        switch action {
        case .focusNext: move(&form, by: 1)
        case .focusPrevious: move(&form, by: -1)
        case .focus(let i):
            if form.fields.indices.contains(i), form.fields[i].isEditable {
                form.touched.insert(form.focus)
                form.focus = i
            }
        case .edit(let edit):
            guard form.focusedField?.takesText == true else { break }
            form.fields[form.focus].text.apply(edit)
        case .newline:
            if form.focusedField?.kind == .multiline {
                form.fields[form.focus].text.insert("\n")
            } else {
                move(&form, by: 1)
            }
        case .choose(let step):
            guard case .choice(let options)? = form.focusedField?.kind, !options.isEmpty else { break }
            let current = form.fields[form.focus].selected ?? -1
            form.fields[form.focus].selected = ((current + step) % options.count + options.count) % options.count
        case .typeAhead(let ch):
            guard case .choice(let options)? = form.focusedField?.kind else { break }
            let typed = SearchKey.sortKey(String(ch))
            let start = (form.fields[form.focus].selected ?? -1) + 1
            // The next option starting with the letter, wrapping: typing "k" twice steps
            // from Kammern to Kommunale Stellen.
            for k in 0..<options.count {
                let i = (start + k) % options.count
                if SearchKey.sortKey(options[i].label).starts(with: typed) {
                    form.fields[form.focus].selected = i
                    break
                }
            }
        case .toggle:
            if form.focusedField?.kind == .checkbox { form.fields[form.focus].isOn.toggle() }
        case .submit:
            form.submitted = true
            state.form = form
            return FormSubmission.submit(&state, environment: env)
        case .cancel:
            if form.isChanged {
                form.askDiscard = true
            } else {
                state.form = nil
                return []
            }
        case .confirmDiscard:
            state.form = nil
            return []
        case .keepEditing:
            form.askDiscard = false
        }
        state.form = form
        FormSubmission.validate(&state)
        return []
    }

    static func move(_ form: inout FormState, by step: Int) {
        guard !form.fields.isEmpty else { return }
        form.touched.insert(form.focus)
        var i = form.focus
        repeat {
            i = (i + step + form.fields.count) % form.fields.count
        } while !form.fields[i].isEditable && i != form.focus
        form.focus = i
    }
}
