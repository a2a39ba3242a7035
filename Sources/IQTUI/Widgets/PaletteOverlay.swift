import IQCore

/// The command palette: a box over the screen with the query on top and under it the commands
/// that match, each with its pane, its description and its keys; the highlighted one runs on
/// Enter. The box keeps its size while typing, so the list does not jump.
enum PaletteOverlay {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let palette = state.palette else { return }
        let commands = CommandPalette.commands(state)
        let matches = CommandPalette.rank(commands, query: palette.query.text)
        let selected = CommandPalette.selected(state, in: matches)

        let box = canvas.bounds.centered(width: min(canvas.width - 4, 76), height: min(canvas.height - 2, 20))
        guard box.width > 12, box.height > 6 else { return }
        Block.overlay(title: state.t(PaletteText.paletteTitle)).draw(in: box, on: &canvas)

        // The query line, with the terminal cursor in it while the palette has the keys.
        let x = box.x + 2
        let inner = box.width - 4
        let prompt = ": "
        let promptWidth = canvas.put(prompt, x: x, y: box.y + 1, role: .key)
        let line = Rect(x: x + promptWidth, y: box.y + 1, width: inner - promptWidth, height: 1)
        TextLine(field: palette.query, role: .input, showsCursor: state.inputMode == .palette).draw(in: line, on: &canvas)
        if palette.query.isEmpty {
            canvas.put(state.t(PaletteText.palettePlaceholder), x: line.x, y: line.y, maxWidth: line.width - 1, role: .placeholder)
        }
        canvas.horizontalLine(x: box.x + 1, y: box.y + 2, width: box.width - 2, glyph: canvas.boxGlyphs.horizontal, role: .overlayBorder)

        // The matches, scrolled so the highlighted one is in view.
        let top = box.y + 3
        let rows = box.height - 5
        if matches.isEmpty {
            canvas.put(PaletteText.paletteNoMatch(palette.query.text).text(state.language), x: x, y: top, maxWidth: inner, role: .dim)
        }
        // The pane column is as wide as the widest pane name of all commands, so it stays put.
        let contextWidth = min(commands.map { TextWidth.of($0.context) }.max() ?? 0, inner / 3)
        let offset = max(0, selected - rows + 1)
        for (i, command) in matches.dropFirst(offset).prefix(rows).enumerated() {
            let y = top + i
            let isSelected = offset + i == selected
            if isSelected { canvas.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selection) }
            let keyWidth = min(TextWidth.of(command.keys), inner / 3)
            canvas.put(command.context, x: x, y: y, maxWidth: contextWidth, role: isSelected ? .selection : .dim)
            let textX = x + contextWidth + 2
            canvas.put(command.description, x: textX, y: y, maxWidth: max(0, box.maxX - 2 - keyWidth - 2 - textX),
                       role: isSelected ? .selection : .overlay)
            canvas.put(command.keys, x: box.maxX - 2 - keyWidth, y: y, maxWidth: keyWidth, role: isSelected ? .selection : .key)
        }

        let count = matches.isEmpty ? "0/0" : "\(selected + 1)/\(matches.count)"
        canvas.put("\(count)  \(state.t(PaletteText.paletteFooter))", x: x, y: box.maxY - 2, maxWidth: inner, role: .dim)
    }
}
