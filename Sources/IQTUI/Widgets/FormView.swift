import IQCore

/// A form over the screen: labels on the left, inputs on the right, messages under the field
/// they belong to, the focused field highlighted with the terminal cursor in it. Scrolls to
/// keep the focused field in view when the form is taller than the terminal.
enum FormView {
    /// One screen line of the form.
    struct Line {
        var field: Int
        var label: String
        var text: String
        var role: StyleRole
        var labelRole: StyleRole
        var cursorColumn: Int?
        /// The text is selected (the field just gained the focus): drawn reversed.
        var selected = false
    }

    /// The label column of every form on a wide enough screen, so the values line up from one
    /// form to the next and do not jump when a form shows other fields (the status step).
    static let labelColumn = 24

    static let multilineRows = 3
    /// Lines of a message under a field, at most: enough for the longest authority suggestion
    /// with its notes (abroad, the date of a change) at the narrowest value column; the form
    /// scrolls when they do not fit.
    static let messageLines = 10

    static func draw(_ form: FormState, _ state: AppState, on canvas: inout Canvas) {
        let width = canvas.width <= 84 ? canvas.width : 80
        // The whole height but the status bar: the form covers the panes' frames cleanly.
        let box = Rect(x: (canvas.width - width) / 2, y: 0, width: width, height: canvas.height - 1)
        Block.overlay(title: form.title).draw(in: box, on: &canvas)
        // A narrow screen gives the values what the labels need less.
        let measured = (form.fields.map { TextWidth.of($0.label) + ($0.isRequired ? 2 : 0) }.max() ?? 8) + 1
        let labelWidth = width >= 72 ? labelColumn : min(labelColumn, measured)
        let valueX = box.x + 2 + labelWidth + 1
        let valueWidth = box.maxX - 2 - valueX
        let lines = layout(form, state, valueWidth: valueWidth, ascii: canvas.ascii)
        let room = box.height - 4
        // Keep the whole focused field (and its message) in view.
        let focusLines = lines.indices.filter { lines[$0].field == form.focus }
        var first = 0
        if let last = focusLines.last, last >= room { first = last - room + 1 }
        if let top = focusLines.first, top < first { first = top }
        var marked = false
        for (i, line) in lines.dropFirst(first).prefix(room).enumerated() {
            let y = box.y + 2 + i
            // A heading runs across the whole form; a label keeps to its column.
            canvas.put(line.label, x: box.x + 2, y: y, maxWidth: line.labelRole == .overlayTitle ? box.width - 4 : labelWidth, role: line.labelRole)
            if line.role == .input || line.role == .selection {
                canvas.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), role: line.role)
            }
            canvas.put(line.text, x: valueX, y: y, maxWidth: valueWidth, role: line.selected ? .selection : line.role)
            if let c = line.cursorColumn { canvas.cursor = Point(x: valueX + min(c, valueWidth - 1), y: y) }
            if line.field == form.focus, line.labelRole == .titleFocused, !marked {
                // The focused field's first line: marked in the text, and the attention's place.
                canvas.put(canvas.selectionMark, x: box.x + 1, y: y, maxWidth: 1, role: .titleFocused)
                canvas.focus = Point(x: valueX, y: y)
                marked = true
            }
        }
        if lines.count > room {
            let more = canvas.ascii ? "(more)" : "↕"
            canvas.put(" \(more) \(first + 1)–\(min(lines.count, first + room))/\(lines.count) ", x: box.maxX - 16, y: box.y, role: .overlayTitle)
        }
        let keys = state.t(form.purpose == .partnerFilter || form.purpose == .caseFilter ? FormText.formFilterKeys : FormText.formKeys)
        canvas.put(keys, x: box.x + 2, y: box.maxY - 2, maxWidth: box.width - 4, role: .key)
    }

    static func layout(_ form: FormState, _ state: AppState, valueWidth: Int, ascii: Bool) -> [Line] {
        var lines: [Line] = []
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.focus
            let labelRole: StyleRole = focused ? .titleFocused : .label
            let mark = field.isRequired ? " *" : ""
            switch field.kind {
            case .heading:
                lines.append(Line(field: i, label: field.label, text: "", role: .overlay, labelRole: .overlayTitle))
            case .text:
                // Out of focus a field shows its start (cut with "…" at its end); in focus the
                // part around the cursor, with "…" in front where the start is hidden (a long
                // pasted name would otherwise look whole).
                var text = field.text
                if !focused { text.apply(.home) }
                var (shown, column, hidesStart) = TextLine.window(text, width: valueWidth)
                if hidesStart, !shown.isEmpty { shown = (ascii ? "..." : "…") + shown.dropFirst(ascii ? 3 : 1) }
                lines.append(Line(field: i, label: field.label + mark, text: shown, role: focused ? .input : .overlay,
                                  labelRole: labelRole, cursorColumn: focused ? column : nil, selected: focused && form.textSelected))
            case .multiline:
                let (wrapped, cursorLine, cursorColumn) = wrap(field.text, width: valueWidth)
                let top = max(0, min(cursorLine - multilineRows + 1, wrapped.count - multilineRows))
                for r in 0..<multilineRows {
                    let n = top + r
                    lines.append(Line(field: i, label: r == 0 ? field.label + mark : "", text: n < wrapped.count ? wrapped[n] : "",
                                      role: focused ? .input : .overlay, labelRole: labelRole,
                                      cursorColumn: focused && n == cursorLine ? cursorColumn : nil))
                }
            case .choice(let options):
                let label = field.selected.flatMap { options.indices.contains($0) ? options[$0].label : nil } ?? ""
                var text = ascii ? "< \(label) >" : "◂ \(label) ▸"
                if focused, field.searchesChoices {
                    text += field.text.isEmpty ? "  " + state.t(CaseText.formReferenceHint) : "  ⌕ " + field.text.text
                }
                lines.append(Line(field: i, label: field.label + mark, text: text, role: focused ? .selection : .overlay, labelRole: labelRole))
                // What the highlighted partner or site does, under it while choosing.
                if focused, let about = field.selected.flatMap({ options.indices.contains($0) ? options[$0].about : nil }), !about.isEmpty {
                    for part in DetailView.wrap(about, width: valueWidth, maxLines: 2) {
                        lines.append(Line(field: i, label: "", text: part, role: .overlay, labelRole: .overlay))
                    }
                }
            case .checkbox:
                let box = field.isOn ? "[x]" : "[ ]"
                lines.append(Line(field: i, label: "", text: "\(box) \(field.label)", role: focused ? .selection : .overlay,
                                  labelRole: labelRole, cursorColumn: focused ? 1 : nil))
            }
            // Messages wrap: a rule cut off at the edge ("mindestens 5 Ziffern") helps nobody.
            if let error = field.error, form.showsError(i) {
                for part in DetailView.wrap("! " + error.text(state.language), width: valueWidth, maxLines: messageLines) {
                    lines.append(Line(field: i, label: "", text: part, role: .statusError, labelRole: .overlay))
                }
            } else if let warning = field.warning {
                for part in DetailView.wrap(warning.text(state.language), width: valueWidth, maxLines: messageLines) {
                    lines.append(Line(field: i, label: "", text: part, role: .statusWarning, labelRole: .overlay))
                }
            }
        }
        return lines
    }

    /// Wraps a multi-line text by width; returns the lines and where the cursor is. Only the
    /// text near the cursor is wrapped: from the start, or in a long text from a fixed point at
    /// least `anchorBytes` before the cursor (a multiple of it, so the lines stay put while one
    /// types; the next paragraph start after it when there is one), and no further than the
    /// lines shown below the cursor.
    static func wrap(_ field: TextField, width: Int, measure: (Character) -> Int = TextWidth.of) -> ([String], Int, Int) {
        let text = field.text, caret = field.cursorIndex
        let caretByte = text.utf8.distance(from: text.utf8.startIndex, to: caret)
        let anchor = max(0, caretByte / anchorBytes - 1) * anchorBytes
        var start = text.index(text.utf8.index(text.utf8.startIndex, offsetBy: anchor), offsetBy: 0)
        // From there, the next paragraph that starts well before the cursor, if any.
        let before = text.utf8.index(text.utf8.startIndex, offsetBy: max(anchor, caretByte - anchorBytes / 2))
        if anchor > 0, let newline = text.utf8[start..<before].firstIndex(of: UInt8(ascii: "\n")) {
            start = text.index(text.utf8.index(after: newline), offsetBy: 0)
        }
        var lines: [String] = [""]
        var col = 0
        var cursorLine = 0, cursorColumn = 0, passed = false
        var i = start
        while i < text.endIndex {
            if !passed, i >= caret { (cursorLine, cursorColumn, passed) = (lines.count - 1, col, true) }
            if passed, lines.count > cursorLine + multilineRows { break }
            let ch = text[i]
            i = text.index(after: i)
            if ch == "\n" {
                lines.append("")
                col = 0
                continue
            }
            let w = measure(ch)
            if col + w > width - 1 {
                lines.append("")
                col = 0
            }
            lines[lines.count - 1].append(ch)
            col += w
        }
        if !passed {
            cursorLine = lines.count - 1
            cursorColumn = col
        }
        return (lines, cursorLine, cursorColumn)
    }

    /// How far back from the cursor a long paragraph is wrapped, in bytes: lines enough for
    /// the rows shown at any width.
    static let anchorBytes = 4_096
}
