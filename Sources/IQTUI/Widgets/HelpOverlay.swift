import IQCore

/// Every key binding of the current context, in a box over the screen. Built from the key map's
/// own tables, so it cannot drift from what the keys do. Scrolls when the terminal is too low
/// (↑↓, PgUp/PgDn and Space, Home/End).
enum HelpOverlay {
    struct Line: Equatable {
        var key: String
        var text: String
        var isTitle: Bool
    }

    static func lines(_ state: AppState, separated: Bool) -> [Line] {
        // The help describes the context under it, so ask the key map as if it were closed.
        var underlying = state
        underlying.overlay = nil
        var lines: [Line] = []
        for group in KeyMap.groups(for: underlying) {
            if separated, !lines.isEmpty { lines.append(Line(key: "", text: "", isTitle: false)) }
            lines.append(Line(key: "", text: state.t(group.title), isTitle: true))
            var seen: Set<Message> = []
            for binding in group.bindings where seen.insert(binding.description).inserted {
                lines.append(Line(key: binding.label, text: state.t(binding.description), isTitle: false))
            }
        }
        return lines
    }

    /// The lines drawn at a terminal height and how many of them fit: with blank lines between
    /// the groups when all fit, without when not. Frame, footer and frame take three rows, and
    /// the status bar stays visible below (it names the help's keys).
    static func measure(_ state: AppState, height: Int) -> (lines: [Line], visible: Int) {
        let room = max(1, height - 4)
        var lines = lines(state, separated: true)
        if lines.count > room { lines = self.lines(state, separated: false) }
        return (lines, min(lines.count, room))
    }

    /// How PgUp/PgDn page the help at this terminal height: a page, and the last first line.
    static func paging(_ state: AppState, height: Int) -> Paging {
        let (lines, visible) = measure(state, height: height)
        return Paging(rows: max(1, visible - 1), scrollEnd: max(0, lines.count - visible))
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let (lines, visible) = measure(state, height: canvas.height)
        let keyWidth = lines.map { TextWidth.of(KeyName.localized($0.key, state.language)) }.max() ?? 0
        let textWidth = lines.map { TextWidth.of($0.text) }.max() ?? 0
        let footer = state.t(HelpText.helpFooter)
        let inner = max(keyWidth + 2 + textWidth, TextWidth.of(footer))
        let above = Rect(x: 0, y: 0, width: canvas.width, height: max(1, canvas.height - 1))
        let box = above.centered(width: inner + 4, height: visible + 3)
        Block.overlay(title: state.t(HelpText.helpTitle)).draw(in: box, on: &canvas)
        let first = min(state.helpScroll, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = box.y + 1 + i
            if line.isTitle {
                canvas.put(line.text, x: box.x + 2, y: y, maxWidth: box.width - 4, role: .overlayTitle)
            } else {
                canvas.put(KeyName.localized(line.key, state.language), x: box.x + 2, y: y, maxWidth: keyWidth, role: .key)
                let x = box.x + 4 + keyWidth
                canvas.put(line.text, x: x, y: y, maxWidth: box.maxX - 2 - x, role: .overlay)
            }
        }
        var footerText = footer
        if lines.count > visible {
            let arrows = canvas.ascii ? "(j/k PgUp PgDn)" : "↑↓ PgUp PgDn"
            footerText = "\(first + 1)–\(first + visible)/\(lines.count) \(arrows)  " + footer
        }
        canvas.put(footerText, x: box.x + 2, y: box.maxY - 2, maxWidth: box.width - 4, role: .dim)
    }
}
