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
            let text = "\(spinner) " + StoreText.statusLoading(file.path).text(state.language) + seconds
            canvas.put(fitting(text, path: file.path, width: room, ellipsis: canvas.ellipsis), x: x, y: rect.y, maxWidth: room, role: .statusInfo)
        } else if let status = state.status {
            let role: StyleRole = switch status.severity {
            case .info: .statusInfo
            case .warning: .statusWarning
            case .error: .statusError
            }
            canvas.put(fitting(status.message.text(state.language), path: state.store.file?.path, width: room, ellipsis: canvas.ellipsis), x: x, y: rect.y, maxWidth: room, role: role)
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
