import IQCore

/// The last line: the program's name, then a message or the keys that matter now, and on the
/// right whether there are unsaved changes. In workshop mode the list's hint is the notice that
/// only the network is shown and nothing is saved; whenever something else stands there, the
/// right names the mode.
enum StatusBar {
    static func draw(_ state: AppState, in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, role: .statusBar)
        var x = rect.x
        x += canvas.put(" iq-tui ", x: x, y: rect.y, role: .accent)
        x += 1
        var markers: [String] = []
        if state.isWorkshop, !showsWorkshopNotice(state) { markers.append(state.t(WorkshopText.workshopMarker)) }
        if state.store.isSaving { markers.append(state.t(StoreText.savingMarker)) }
        if state.store.readOnly != nil { markers.append(state.t(StoreText.readOnlyMarker)) }
        if state.store.watchLost { markers.append(state.t(StoreText.offlineMarker)) }
        if !state.store.conflicts.isEmpty { markers.append(StoreText.conflictMarker(state.store.conflicts.count).text(state.language)) }
        if state.store.journalError != nil { markers.append(state.t(StoreText.journalMarker)) }
        if state.hasUnsavedChanges { markers.append(state.t(CommonText.unsavedMarker)) }
        let right = markers.isEmpty ? "" : markers.joined(separator: " · ") + " "
        let rightWidth = TextWidth.of(right)
        let room = rect.maxX - x - rightWidth - 1
        if case .loading(let since) = state.store.phase, let file = state.store.file {
            // A spinner and the seconds so far: a large file takes a moment, the screen is alive.
            let elapsed = max(0, (state.lastTick ?? since).timeIntervalSince(since))
            let frames = canvas.ascii ? ["|", "/", "-", "\\"] : ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
            let spinner = frames[Int(elapsed * 4) % frames.count]
            let seconds = elapsed >= 0.5 ? " " + NumberFormat.decimal(elapsed, digits: 1, state.language) + " s" : ""
            let shown = state.store.source ?? file.path
            let text = "\(spinner) " + StoreText.statusLoading(shown).text(state.language) + seconds
            canvas.put(fitting(text, path: shown, width: room, ellipsis: canvas.ellipsis), x: x, y: rect.y, maxWidth: room, role: .statusInfo)
        } else if let status = state.status {
            let role: StyleRole = switch status.severity {
            case .info: .statusInfo
            case .warning: .statusWarning
            case .error: .statusError
            }
            drawMessage(status.message.text(state.language), role: role, keysFirst: status.severity == .info, state, x: x, y: rect.y, room: room, on: &canvas)
        } else if let error = state.store.journalError {
            // Until a save succeeds, a kill would lose edits: say so rather than show the keys.
            let warning = StoreText.statusJournalFailed(error.message.text(state.language)).text(state.language)
            canvas.put(warning, x: x, y: rect.y, maxWidth: room, role: .statusWarning)
        } else {
            canvas.put(hint(state, width: room, ascii: canvas.ascii), x: x, y: rect.y, maxWidth: room, role: .statusBar)
        }
        if !right.isEmpty {
            canvas.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .statusWarning)
        }
    }

    /// A message beside the mode and the most important keys, not over them: the mode pinned
    /// left, the keys right (at least the most important one), the message in between (a path
    /// in it shortened at the front). A message whose words would not fit beside the keys takes
    /// their room when it is a warning or an error, or in a list (no mode): its keys come back
    /// when it goes; in a form or dialog a plain notice ("Gespeichert") leaves the keys.
    static func drawMessage(_ message: String, role: StyleRole, keysFirst: Bool, _ state: AppState, x: Int, y: Int, room: Int,
                            on canvas: inout Canvas) {
        let dialog = dialogKeys(state)
        let mode = dialog != nil ? state.t(HelpText.modeDialog) + StatusHints.separator(canvas.ascii) : StatusHints.modePrefix(state, ascii: canvas.ascii)
        let modeWidth = min(max(0, room), TextWidth.of(mode))
        let rest = room - modeWidth
        let top = StatusHints.line(state).hints.max { $0.rank < $1.rank }.map { TextWidth.of($0.text) } ?? 0
        let keyRoom = max(rest - TextWidth.of(message) - 2, top)
        var keys = dialog ?? StatusHints.keys(state, width: keyRoom)
        if TextWidth.of(keys) > keyRoom { keys = "" }
        let ellipsis = canvas.ellipsis
        let fitted = { (width: Int) in fitting(message, path: state.store.file?.path, width: width, ellipsis: ellipsis) }
        var messageRoom = rest - (keys.isEmpty ? 0 : TextWidth.of(keys) + 2)
        var shown = fitted(messageRoom)
        let wordsFit = TextWidth.of(shown) <= messageRoom && shown.first == message.first
        if !keys.isEmpty, !wordsFit, !keysFirst || mode.isEmpty {
            keys = ""
            messageRoom = rest
            shown = fitted(rest)
        }
        let keysWidth = TextWidth.of(keys)
        canvas.put(mode, x: x, y: y, maxWidth: modeWidth, role: .statusBar)
        canvas.put(shown, x: x + modeWidth, y: y, maxWidth: max(0, messageRoom), role: role)
        if !keys.isEmpty { canvas.put(keys, x: x + room - keysWidth, y: y, maxWidth: keysWidth, role: .statusBar) }
    }

    /// Workshop mode, a list in front and no message: the hint line carries the notice.
    static func showsWorkshopNotice(_ state: AppState) -> Bool {
        state.isWorkshop && state.status == nil && state.inputMode == .navigation && !state[state.focus].isDetailOpen
    }

    /// The workshop notice, a dialog's choices, or the mode and the keys that fit in `width`.
    static func hint(_ state: AppState, width: Int, ascii: Bool = false) -> String {
        if state.inputMode == .navigation, showsWorkshopNotice(state) { return state.t(WorkshopText.workshopNotice) }
        if let keys = dialogKeys(state) { return state.t(HelpText.modeDialog) + StatusHints.separator(ascii) + keys }
        return StatusHints.fit(state, width: width, ascii: ascii)
    }

    /// A dialog says its own keys (its buttons are chosen with ←/→ and taken with Enter).
    static func dialogKeys(_ state: AppState) -> String? {
        switch state.inputMode {
        case .confirm, .recovery, .conflict, .damagedFile, .formDiscard, .confirmDelete: DialogAnswers(state).keys
        case .navigation, .textEntry, .help, .form, .placeEntry, .palette: nil
        }
    }
}
