import IQCore

/// The buttons of a dialog as drawn: the selected one marked by "▸" and reversed (not by colour
/// alone), one that needs the code first dimmed until it is typed.
struct DialogAnswers {
    var labels: [String] = []
    var enabled: [Bool] = []
    var selected = 0
    /// The digits asked for (a purge) and those typed so far.
    var code: String?
    var typed = ""
    /// A button was chosen after the last digit: the attention is on it, not on the field.
    var onButtons = false
    var codePrompt: String?
    var keys = ""
    var ascii = false

    init(_ state: AppState) {
        ascii = state.options.ascii
        guard let model = state.dialogModel, model.buttons.indices.contains(model.safe) else { return }
        let selection = state.dialogSelection
        labels = model.buttons.map { state.t($0.label) }
        enabled = model.buttons.indices.map { model.isEnabled($0, typed: selection.typed) }
        selected = selection.selected
        code = model.code
        typed = selection.typed
        onButtons = selection.onButtons
        codePrompt = model.code.map { CommonText.dialogCodePrompt($0.count).text(state.language) }
        keys = (labels.count == 1 ? CommonText.dialogKeysSingle(labels[0]) : CommonText.dialogKeys(labels[model.safe])).text(state.language)
    }

    /// "▸[ Abbrechen ]" selected, " [ Löschen ]" not.
    func button(_ i: Int) -> String {
        (i == selected ? (ascii ? ">" : "▸") : " ") + "[ \(labels[i]) ]"
    }

    var buttonsWidth: Int {
        labels.indices.reduce(0) { $0 + TextWidth.of(button($1)) } + 3 * max(0, labels.count - 1)
    }

    /// Draws the buttons; returns where the selected one starts (the attention goes there).
    @discardableResult
    func drawButtons(x: Int, y: Int, maxWidth: Int, on canvas: inout Canvas) -> Point? {
        var column = x, selectedAt: Point?
        for i in labels.indices {
            let role: StyleRole = i == selected ? .selection : enabled[i] ? .overlay : .dim
            if i == selected { selectedAt = Point(x: column, y: y) }
            let used = canvas.put(button(i), x: column, y: y, maxWidth: max(0, x + maxWidth - column), role: role)
            column += used + 3
        }
        return selectedAt
    }

    /// Digits still missing and no button chosen since: the code field has the attention.
    var codeActive: Bool { !onButtons && (code.map { typed != $0 } ?? false) }

    /// Just after the typed digits ("[04▏_]"), where the next one goes.
    func codeInsertion(x: Int, y: Int) -> Point { Point(x: x + 1 + TextWidth.of(typed), y: y) }

    /// "[04_]" and, once the digits match, a tick.
    func drawCode(x: Int, y: Int, on canvas: inout Canvas) {
        guard let code else { return }
        let field = "[" + typed + String(repeating: "_", count: max(0, code.count - typed.count)) + "]"
        let used = canvas.put(field, x: x, y: y, role: .input)
        if typed == code { canvas.put(ascii ? " ok" : " ✓", x: x + used, y: y, role: .overlay) }
    }
}
