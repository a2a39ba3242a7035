import IQCore

/// A box over the screen with a title, wrapped text, the buttons that answer it and their keys.
struct Dialog {
    var title: String
    var body: [String]
    var width: Int = 64
    var answers: DialogAnswers

    /// A dialog answered by the buttons of the state's open question.
    init(title: String, body: [String], width: Int = 64, _ state: AppState) {
        self.title = title
        self.body = body
        self.width = width
        self.answers = DialogAnswers(state)
    }

    func draw(on canvas: inout Canvas) {
        let keys = answers.keys
        let w = min(canvas.width - 4, max(width, TextWidth.of(keys) + 4, answers.buttonsWidth + 4))
        // No more lines than the screen has: a dialog quoting a long field wraps only what shows.
        let text = answers.codePrompt.map { body + ["", $0] } ?? body
        let lines = text.flatMap { DetailView.wrap($0, width: w - 4, maxLines: canvas.height) }
        let keyLines = TextWidth.of(keys) <= w - 4 ? [keys] : DetailView.wrap(keys, width: w - 4)
        // Below the text: the code field (a purge), the buttons, each with a blank line above.
        let extra = (answers.labels.isEmpty ? 0 : 1) + (answers.code == nil ? 0 : 2)
        let h = min(canvas.height - 2, lines.count + keyLines.count + 5 + extra)
        let box = canvas.bounds.centered(width: w, height: h)
        Block.overlay(title: title).draw(in: box, on: &canvas)
        let keysTop = box.maxY - 1 - keyLines.count
        let buttonsY = keysTop - 2, codeY = keysTop - 4
        let room = (answers.code != nil ? codeY : answers.labels.isEmpty ? keysTop - 1 : buttonsY) - 1 - (box.y + 2)
        for (i, line) in lines.prefix(max(0, room)).enumerated() {
            canvas.put(line, x: box.x + 2, y: box.y + 2 + i, maxWidth: box.width - 4, role: .overlay)
        }
        if answers.code != nil, codeY > box.y { answers.drawCode(x: box.x + 2, y: codeY, on: &canvas) }
        var selectedButton: Point?
        if !answers.labels.isEmpty, buttonsY > box.y {
            selectedButton = answers.drawButtons(x: box.x + max(2, (box.width - answers.buttonsWidth) / 2), y: buttonsY,
                                                 maxWidth: box.width - 4, on: &canvas)
        }
        for (i, line) in keyLines.enumerated() {
            canvas.put(line, x: box.x + 2, y: keysTop + i, maxWidth: box.width - 4, role: .key)
        }
        // The attention (a screen reader follows it): the code field's insertion point while
        // digits are missing and no button was chosen, else the selected button, else the keys.
        if answers.codeActive, codeY > box.y {
            let insertion = answers.codeInsertion(x: box.x + 2, y: codeY)
            canvas.cursor = insertion
            canvas.focus = insertion
        } else {
            canvas.focus = selectedButton ?? Point(x: box.x + 2, y: box.maxY - 1 - keyLines.count)
        }
    }
}

/// The dialogs of the store and of quitting, each a Dialog with its own words.
enum Dialogs {
    static func confirmQuit(_ state: AppState) -> Dialog {
        var body = [state.t(CommonText.confirmQuitBody)]
        if let error = state.store.lastError { body.insert(error.message.text(state.language), at: 0) }
        return Dialog(title: state.t(CommonText.confirmQuitTitle), body: body, state)
    }

    static func recovery(_ state: AppState) -> Dialog? {
        guard let offer = state.store.recovery else { return nil }
        if offer.edits.isEmpty, let form = offer.draftForm { return draft(state, offer, form) }
        let body = StoreText.recoveryBody(GermanDate.dateTime(offer.lastAt, state.language), offer.records)
        // Say what the journal holds: the records it would change, the last version of each.
        var seen: Set<String> = []
        var items: [String] = []
        for edit in offer.edits.reversed() {
            switch edit {
            case .put(let record):
                guard seen.insert("\(record.kind)/\(record.id)").inserted else { continue }
                let verb = state.document.record(record.kind, record.id) == nil ? StoreText.recoveryAdded : StoreText.recoveryChanged
                items.append("• " + verb(ConflictDescription.name(record)).text(state.language))
            case .remove(let kind, let id):
                guard seen.insert("\(kind)/\(id)").inserted else { continue }
                let name = state.document.record(kind, id).map(ConflictDescription.name) ?? id.rawValue
                items.append("• " + StoreText.recoveryRemoved(name).text(state.language))
            case .insert, .batch:
                continue
            }
        }
        let shown = items.reversed().prefix(6)
        var lines = [body.text(state.language), ""] + shown
        if items.count > shown.count { lines.append("  … +\(items.count - shown.count)") }
        return Dialog(title: state.t(StoreText.recoveryTitle), body: lines, state)
    }

    /// "Entwurf: Neuer Fall, 12 Felder, 14:02 — wiederherstellen?"
    static func draft(_ state: AppState, _ offer: RecoveryOffer, _ form: FormState) -> Dialog {
        let fields = StoreText.recoveryDraftFields(offer.draftFields).text(state.language)
        let at = GermanDate.dateTime(offer.draft?.at ?? offer.lastAt, state.language)
        let body = StoreText.recoveryDraftBody(form.title, fields, at).text(state.language)
        return Dialog(title: state.t(StoreText.recoveryDraftTitle), body: [body], width: 72, state)
    }

    static func conflict(_ state: AppState) -> Dialog? {
        guard let conflict = state.store.conflicts.first else { return nil }
        let d = ConflictDescription(conflict)
        var body = [d.message.text(state.language), ""]
        let deleted = state.t(StoreText.conflictDeleted), personal = state.t(StoreText.conflictPersonalHidden)
        for diff in d.differences.prefix(8) {
            let mine = conflict.mine == nil ? deleted : diff.isPersonal ? personal : fieldValue(diff.field, diff.mine, state)
            let theirs = conflict.theirs == nil ? deleted : diff.isPersonal ? personal : fieldValue(diff.field, diff.theirs, state)
            body.append("\(fieldLabel(diff.field, state)): \(state.t(StoreText.conflictMine)) „\(mine)“ – \(state.t(StoreText.conflictTheirs)) „\(theirs)“")
        }
        let title = StoreText.conflictTitle(1, state.store.conflicts.count).text(state.language)
        return Dialog(title: title, body: body, width: 72, state)
    }

    /// The interface's word for a snapshot key (docs/SNAPSHOT-SCHEMA.md).
    static func fieldLabel(_ key: String, _ state: AppState) -> String {
        let labels: [String: Message] = [
            "name": CommonText.colName, "shortName": CommonText.colShortName, "category": CommonText.colCategory, "level": CommonText.detailLevel,
            "fieldsOfAction": CommonText.detailFields, "cities": CommonText.detailCities, "role": CommonText.detailRole, "website": CommonText.detailWebsite,
            "email": CommonText.detailEmail, "phone": CommonText.detailPhone, "address": CommonText.detailAddress, "relations": CommonText.detailRelations,
            "operator": CommonText.colOperator, "city": CommonText.colCity, "services": CommonText.colServices, "latitude": CommonText.detailCoordinates,
            "longitude": CommonText.detailCoordinates, "note": CommonText.detailNote, "fieldOfAction": CommonText.colField, "providers": CommonText.detailProviders,
            "year": CommonText.colYear, "allocationCents": CommonText.colAllocation, "plannedParticipants": CommonText.colParticipants,
            "costPerParticipantCents": CommonText.colCostPerParticipant, "person": CaseText.caseIdentity, "notes": CaseText.caseNotes, "timeline": CaseText.caseTimeline,
        ]
        return labels[key].map(state.t) ?? key
    }

    static func fieldValue(_ key: String, _ value: String, _ state: AppState) -> String {
        if key.hasSuffix("Cents"), let cents = Int64(value) { return NumberFormat.money(Money(cents: cents), state.language) }
        return value
    }

    static func damagedFile(_ state: AppState) -> Dialog? {
        guard case .failed(let error, let backup) = state.store.phase else { return nil }
        var body = [error.message.text(state.language), ""]
        if let backup {
            body.append(StoreText.damagedBackup(backup.path, GermanDate.dateTime(backup.savedAt, state.language)).text(state.language))
            body.append(state.t(CommonText.dialogBackupKept))
        } else {
            body.append(state.t(StoreText.damagedNoBackup))
            body.append(state.t(StoreText.damagedAdvice))
        }
        return Dialog(title: state.t(StoreText.damagedTitle), body: body, width: 72, state)
    }
}
