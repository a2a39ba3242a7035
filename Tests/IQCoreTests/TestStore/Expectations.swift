import Foundation
@testable import IQCore
import IQTestSupport

// Building blocks for the changes a TestStore send asserts, so a test states what happened
// in the domain's words instead of repeating the reducer's bookkeeping field by field.

/// A status message as the reducer shows it: for five seconds from the clock (the test clock
/// unless a test runs another).
func shown(_ message: Message, _ severity: StatusMessage.Severity = .info, at now: Date = fixedDate) -> StatusMessage {
    StatusMessage(message, severity: severity, expiresAt: now.addingTimeInterval(5))
}

extension Record {
    /// The record as the reducer writes it: `revision`, stamped with the test clock and user.
    func stamped(revision: Int = 2) -> Self {
        var record = self
        record.meta = RecordMeta(revision: revision, modifiedAt: fixedDate, modifiedBy: "tester")
        return record
    }
}

extension AppState {
    /// What an edit the user made does to a state without a data file: the edit applied and
    /// undoable under `label`, the document marked changed for the next save.
    mutating func expectEdit(_ edit: DocumentEdit, label: Message, at now: Date = fixedDate) {
        documentState.history.perform(edit, label: label, on: &documentState.document)
        expectChanged(at: now)
    }

    /// The document counts as changed: one more edit generation for the save to catch up with.
    mutating func expectChanged(at now: Date = fixedDate) {
        hasUnsavedChanges = true
        store.editGeneration += 1
        store.lastEditAt = now
    }

    /// Undo of the last step, as the reducer reports it.
    mutating func expectUndo(at now: Date = fixedDate) {
        let label = documentState.history.undo(on: &documentState.document)
        expectChanged(at: now)
        status = shown(CommonText.statusUndone(label?.text(language) ?? ""), at: now)
    }

    /// Redo of the last undone step, as the reducer reports it.
    mutating func expectRedo(at now: Date = fixedDate) {
        let label = documentState.history.redo(on: &documentState.document)
        expectChanged(at: now)
        status = shown(CommonText.statusRedone(label?.text(language) ?? ""), at: now)
    }
}
