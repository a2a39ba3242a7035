/// Editing a form: focus, typing, choices, check boxes, submit and cancel. Submitting a form
/// with an error never hands it on.
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

/// What a form action asks of the app beyond the form itself.
public enum FormDelegate: Equatable, Sendable {
    /// A valid form to save or apply; the app reducer hands it to its feature.
    case submitted(FormContent)
    /// The form is to close without a change.
    case closed
    /// A word in the status bar (a full field, errors on submit).
    case say(Message, StatusMessage.Severity)
}

/// The one engine every form runs on; it sees a form only through its ordered controls.
public enum FormReducer {
    public static func reduce(into form: inout FormState, action: FormAction, context: FormContext) -> FormDelegate? {
        let focused = form.focusedField
        var delegate: FormDelegate?
        switch action {
        case .focusNext: move(&form, by: 1)
        case .focusPrevious: move(&form, by: -1)
        case .focus(let i):
            let fields = form.fields
            if fields.indices.contains(i), fields[i].isEditable {
                form.touched.insert(form.focus)
                form.focus = i
                form.selectFocusedText()
            }
        case .edit(let edit):
            guard let focused else { break }
            if focused.searchesChoices, edit == .backspace || edit == .deleteToStart {
                // Backspace shortens the search in a long list of references.
                form.update(form.focus) {
                    $0.text.apply(edit)
                    searchChoice(&$0, step: 0)
                }
                break
            }
            guard focused.takesText else { break }
            var fits = true
            let replaces = form.textSelected && edit.replacesSelection
            form.textSelected = false
            form.update(form.focus) {
                if replaces { $0.setText("") }
                // Typing over the selection is the insert itself; erasing it is all it does.
                if case .insert = edit { fits = $0.text.apply(edit) } else if !replaces { fits = $0.text.apply(edit) }
            }
            if !fits { delegate = sayFull(focused, context.language) }
        case .newline:
            form.textSelected = false
            if focused?.kind == .multiline, let focused {
                var fits = true
                form.update(form.focus) { fits = $0.text.insert("\n") }
                if !fits { delegate = sayFull(focused, context.language) }
            } else if form.purpose.isFilter {
                // A filter form applies with Enter as with Ctrl-S: nothing in it needs Enter itself.
                return reduce(into: &form, action: .submit, context: context)
            } else {
                move(&form, by: 1)
            }
        case .choose(let step):
            guard let focused, case .choice(let options) = focused.kind, !options.isEmpty else { break }
            form.update(form.focus) { field in
                if field.searchesChoices, !field.text.isEmpty {
                    searchChoice(&field, step: step)
                } else {
                    let current = field.selected ?? -1
                    field.selected = ((current + step) % options.count + options.count) % options.count
                }
            }
        case .typeAhead(let ch):
            guard let focused, case .choice(let options) = focused.kind else { break }
            form.update(form.focus) { field in
                if field.searchesChoices {
                    // A long list (partners, sites, measures) is searched as you type.
                    field.text.insert(String(ch))
                    searchChoice(&field, step: 0)
                } else {
                    jump(&field, options, to: ch)
                }
            }
        case .toggle:
            if focused?.kind == .checkbox { form.update(form.focus) { $0.isOn.toggle() } }
        case .submit:
            form.submitted = true
            form.validate(context)
            guard let first = form.fields.firstIndex(where: { $0.error != nil }) else { return .submitted(form.content) }
            // Never save invalid data: go to the first wrong field and say so. Its text is not
            // selected: the mistake is often one character, corrected in place.
            form.focus = first
            form.textSelected = false
            return .say(FormText.formHasErrors, .error)
        case .cancel:
            if !form.isChanged { return .closed }
            form.askDiscard = true
        case .confirmDiscard:
            return .closed
        case .keepEditing:
            form.askDiscard = false
        }
        form.validate(context)
        return delegate
    }

    /// Typing or pasting past a field's limit stops there; the status bar says why nothing more appears.
    static func sayFull(_ field: FormField, _ language: Language) -> FormDelegate? {
        guard let limit = field.text.limit else { return nil }
        return .say(FormText.formFieldLimit(limit), .warning)
    }

    /// The next option starting with the letter, wrapping: typing "k" twice steps from Kammern
    /// to Kommunale Stellen.
    static func jump(_ field: inout FormField, _ options: [FormField.Choice], to ch: Character) {
        let typed = SearchKey.sortKey(String(ch))
        let start = (field.selected ?? -1) + 1
        for k in 0..<options.count {
            let i = (start + k) % options.count
            if SearchKey.sortKey(options[i].label).starts(with: typed) {
                field.selected = i
                return
            }
        }
    }

    /// Selects the first option matching the field's search (step 0), or the next / previous
    /// matching one (±1); an empty search leaves the choice as it is.
    static func searchChoice(_ field: inout FormField, step: Int) {
        guard case .choice(let options) = field.kind, !field.text.isEmpty else { return }
        let query = SearchKey.Query(field.text.text)
        let matching = options.indices.filter {
            SearchKey(options[$0].also.isEmpty ? options[$0].label : options[$0].label + " " + options[$0].also).matches(query)
        }
        guard !matching.isEmpty else { return }
        if step == 0 {
            // A code typed in full ("DE") picks its country before names that merely contain it.
            let typed = LookupFold.fold(field.text.text)
            field.selected = matching.first { LookupFold.fold(options[$0].also).split(separator: " ").contains(Substring(typed)) } ?? matching[0]
        } else {
            let at = matching.firstIndex(of: field.selected ?? -1) ?? -1
            field.selected = matching[((at + step) % matching.count + matching.count) % matching.count]
        }
    }

    static func move(_ form: inout FormState, by step: Int) {
        let fields = form.fields
        guard !fields.isEmpty else { return }
        if fields.indices.contains(form.focus), fields[form.focus].searchesChoices {
            form.update(form.focus) { $0.text = TextField() } // the search is over once the field is left
        }
        form.touched.insert(form.focus)
        var i = form.focus
        repeat {
            i = (i + step + fields.count) % fields.count
        } while !fields[i].isEditable && i != form.focus
        form.focus = i
        form.selectFocusedText()
    }
}

extension TextField.Edit {
    /// An edit that acts on a selected text as a whole: typing replaces it, erasing removes it;
    /// a movement keeps it and only ends the selection.
    var replacesSelection: Bool {
        switch self {
        case .insert, .backspace, .deleteForward, .deleteWordBackward, .deleteToStart: true
        case .left, .right, .home, .end, .wordLeft, .wordRight: false
        }
    }
}
