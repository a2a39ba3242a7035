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
            if form.focusedField?.searchesChoices == true, edit == .backspace || edit == .deleteToStart {
                // Backspace shortens the search in a long list of references.
                form.fields[form.focus].text.apply(edit)
                FormReducer.searchChoice(&form.fields[form.focus], step: 0)
                break
            }
            guard form.focusedField?.takesText == true else { break }
            if !form.fields[form.focus].text.apply(edit) { sayFull(form.fields[form.focus], &state, env) }
        case .newline:
            if form.focusedField?.kind == .multiline {
                if !form.fields[form.focus].text.insert("\n") { sayFull(form.fields[form.focus], &state, env) }
            } else {
                move(&form, by: 1)
            }
        case .choose(let step):
            guard case .choice(let options)? = form.focusedField?.kind, !options.isEmpty else { break }
            if form.fields[form.focus].searchesChoices, !form.fields[form.focus].text.isEmpty {
                FormReducer.searchChoice(&form.fields[form.focus], step: step)
                break
            }
            let current = form.fields[form.focus].selected ?? -1
            form.fields[form.focus].selected = ((current + step) % options.count + options.count) % options.count
        case .typeAhead(let ch):
            guard case .choice(let options)? = form.focusedField?.kind else { break }
            if form.fields[form.focus].searchesChoices {
                // A long list (partners, sites, measures) is searched as you type.
                form.fields[form.focus].text.insert(String(ch))
                FormReducer.searchChoice(&form.fields[form.focus], step: 0)
                break
            }
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

    /// Typing or pasting past a field's limit stops there; the status bar says why nothing more appears.
    static func sayFull(_ field: FormField, _ state: inout AppState, _ env: Environment) {
        let limit = field.text.limit ?? FieldLimit.of(multiline: field.kind == .multiline)
        _ = AppReducer.route(.say(Message(.formFieldLimit, NumberFormat.integer(limit, state.language)), .warning), &state, env)
    }

    /// Selects the first option matching the field's search (step 0), or the next / previous
    /// matching one (±1); an empty search leaves the choice as it is.
    static func searchChoice(_ field: inout FormField, step: Int) {
        guard case .choice(let options) = field.kind, !field.text.isEmpty else { return }
        let query = SearchKey.Query(field.text.text)
        let matching = options.indices.filter { SearchKey(options[$0].label).matches(query) }
        guard !matching.isEmpty else { return }
        if step == 0 {
            field.selected = matching[0]
        } else {
            let at = matching.firstIndex(of: field.selected ?? -1) ?? -1
            field.selected = matching[((at + step) % matching.count + matching.count) % matching.count]
        }
    }

    static func move(_ form: inout FormState, by step: Int) {
        guard !form.fields.isEmpty else { return }
        if form.fields.indices.contains(form.focus), form.fields[form.focus].searchesChoices {
            form.fields[form.focus].text = TextField() // the search is over once the field is left
        }
        form.touched.insert(form.focus)
        var i = form.focus
        repeat {
            i = (i + step + form.fields.count) % form.fields.count
        } while !form.fields[i].isEditable && i != form.focus
        form.focus = i
    }
}
