import Foundation

/// A feature's request for something beyond its own state, in the order asked. The app reducer
/// routes each one (AppReducer+Delegates), so a feature never names another feature.
public enum Delegate: Equatable, Sendable {
    /// Work for the runtime, passed through as it is.
    case run(Effect)
    /// An undoable change to the document; `stamp: false` keeps the records' revisions as they
    /// are (a restored journal, a conflict decided for one side).
    case perform(DocumentEdit, label: Message, stamp: Bool = true)
    /// The document changed through the store (load, merge): the edit goes into the journal.
    case noteEdit(DocumentEdit)
    /// Save the data file now.
    case save
    /// Open a form (a preset measure for a new payment).
    case openForm(FormPurpose, measure: RecordID? = nil)
    case closeForm
    /// Show a question or the help over the panes.
    case ask(AppState.Overlay)
    case closeOverlay
    /// A message in the status bar for a few seconds.
    case say(Message, StatusMessage.Severity = .info)
    /// A message in the status bar that stays until the next one (a failed save).
    case report(Message, StatusMessage.Severity)
    /// Closes this question if it is the one still open.
    case dismiss(AppState.Overlay)
    /// Put the focus on a pane.
    case focus(Pane)
    /// Esc with nothing to leave in the list: the zoomed pane shrinks back.
    case leaveZoom
    /// Show a partner in the directory's detail view (from a site, a Träger of the budgets).
    case showPartner(RecordID)
    /// Select a record just saved in the list of its pane.
    indirect case reveal(AnyRecord)
    /// A list action for a pane's feature (navigation and the filter act on the focused list).
    case list(Pane, ListAction)
    /// The palette's chosen command: focus its pane (nil: where the user is), then perform it
    /// as if its key had been pressed.
    indirect case command(Action, focus: Pane?)
    /// Put a recovered draft's form back on screen, checked, and keep it as this session's draft.
    case restoreDraft(FormState)
    /// Write the open form's draft now (the program is about to end).
    case flushDraft
    /// The clock ticked: autosave, a look at the file, a resting draft written.
    case tick(Date)
    /// Quit: with unsaved changes, save first (or ask when that is not possible).
    case saveThenQuit
    /// The quit was called off: a save under way no longer ends the program.
    case keepRunning
    /// The program is being ended from outside: save what can be saved.
    case saveBeforeExit
    /// Delete a case for good: from the document, the undo history and the file.
    case purge(RecordID)
    /// Write a case's Art. 15 report beside the data file.
    case writeCaseReport(RecordID)
}
