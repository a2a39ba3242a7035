import IQCore

/// The whole frame as a pure function of the state and the last frame's view state:
/// render(state, size, view) -> (Canvas, ViewState). The runtime keeps the view state for the
/// next frame and for mapping keys.
public enum Screen {
    public static func render(_ state: AppState, size: Size, view: ViewState) -> (canvas: Canvas, view: ViewState) {
        let layout = ScreenLayout(state: state, size: size)
        var next = view.following(state, layout: layout)
        let canvas = draw(state, layout: layout, view: next)
        next.scrollEnd = canvas.scrollEnd
        return (canvas, next)
    }

    /// A first frame, with no earlier one to scroll from.
    public static func render(_ state: AppState, size: Size) -> Canvas {
        render(state, size: size, view: ViewState()).canvas
    }

    private static func draw(_ state: AppState, layout: ScreenLayout, view: ViewState) -> Canvas {
        let size = layout.size
        var canvas = Canvas(width: size.width, height: size.height, ascii: state.options.ascii)
        if layout.isTooSmall {
            TooSmallView.draw(state, layout: layout, on: &canvas)
            return canvas
        }
        for (pane, rect) in layout.panes.sorted(by: { $0.key < $1.key }) {
            PaneView.draw(pane, state, listOffset: view.offset(of: pane), in: rect, on: &canvas)
        }
        StatusBar.draw(state, in: layout.statusBar, on: &canvas)
        if let damaged = Dialogs.damagedFile(state) {
            damaged.draw(on: &canvas)
            return canvas
        }
        if let form = state.form {
            FormView.draw(form, state, on: &canvas)
            if form.askDiscard {
                Dialog(title: state.t(FormText.formDiscardTitle), body: [state.t(FormText.formDiscardBody)], state).draw(on: &canvas)
            }
            if state.overlay == .help { HelpOverlay.draw(state, on: &canvas) }
            return canvas
        }
        // The palette under the help and the store's questions, which may come while it is open.
        if state.palette != nil { PaletteOverlay.draw(state, on: &canvas) }
        switch state.overlay {
        case .confirmPurge(let id):
            let number = state.document.cases[id]?.number ?? id.rawValue
            Dialog(title: state.t(CaseText.confirmPurgeTitle), body: [CaseText.confirmPurgeBody(number).text(state.language)], state).draw(on: &canvas)
        case .confirmDelete(let id):
            let name = state.document.partners[id]?.name ?? id.rawValue
            Dialog(title: state.t(FormText.confirmDeleteTitle), body: [FormText.confirmDeleteBody(name).text(state.language)], state).draw(on: &canvas)
        case .confirmRemove(let kind, let id):
            let name = state.document.record(kind, id).map { BudgetsReducer.name($0, state) } ?? id.rawValue
            Dialog(title: state.t(BudgetText.confirmRemoveTitle), body: [BudgetText.confirmRemoveBody(name).text(state.language)], state).draw(on: &canvas)
        case .help: HelpOverlay.draw(state, on: &canvas)
        case .confirmQuit: Dialogs.confirmQuit(state).draw(on: &canvas)
        case .recovery: Dialogs.recovery(state)?.draw(on: &canvas)
        case .conflict: Dialogs.conflict(state)?.draw(on: &canvas)
        case nil: break
        }
        return canvas
    }
}

/// Below the minimum size: a plain message naming the size needed, centred.
enum TooSmallView {
    static func draw(_ state: AppState, layout: ScreenLayout, on canvas: inout Canvas) {
        let min = ScreenLayout.minimum
        let body = CommonText.tooSmallBody(String(min.width), String(min.height), String(layout.size.width), String(layout.size.height)).text(state.language)
        let keys = state.t(KeyMap.quitsWhenTooSmall(state) ? CommonText.tooSmallKeysQuit : CommonText.tooSmallKeysNone)
        let lines = [state.t(CommonText.tooSmallTitle), ""] + DetailView.wrap(body, width: max(1, canvas.width - 2))
            + [""] + DetailView.wrap(keys, width: max(1, canvas.width - 2))
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (canvas.width - TextWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + i, role: i == 0 ? .statusWarning : .normal)
        }
    }
}
