import IQCore

/// Asked before quitting with unsaved changes.
enum ConfirmQuitDialog {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let body = state.t(.confirmQuitBody)
        let keys = state.t(.confirmQuitKeys)
        let width = min(canvas.width - 4, max(TextWidth.of(body), TextWidth.of(keys)) + 4)
        let lines = DetailView.wrap(body, width: width - 4)
        let box = canvas.bounds.centered(width: width, height: lines.count + 5)
        canvas.fill(box, role: .overlay)
        canvas.box(box, glyphs: canvas.boxGlyphs, role: .overlayBorder)
        canvas.put(" \(state.t(.confirmQuitTitle)) ", x: box.x + 2, y: box.y, maxWidth: box.width - 4, role: .overlayTitle)
        for (i, line) in lines.enumerated() {
            canvas.put(line, x: box.x + 2, y: box.y + 2 + i, maxWidth: box.width - 4, role: .overlay)
        }
        canvas.put(keys, x: box.x + 2, y: box.maxY - 2, maxWidth: box.width - 4, role: .key)
    }
}
