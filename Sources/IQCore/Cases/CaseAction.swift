/// The case pane's actions: new, edit, the workflow step, appointments, referrals, filter, sort.
public enum CaseAction: Equatable, Sendable {
    case newCase, editCase
    case stepStatus, addAppointment, addReferral
    case openFilter, cycleSort
    /// `D`: only the cases due for deletion (and back).
    case toggleDue
    /// `P`: delete the selected case for good (asks first); no undo keeps it.
    case purge, confirmPurge, cancelPurge
    /// The case list's moving, opening, going back and filtering.
    case list(ListAction)
    /// The filter form's choices.
    case setFilter(CaseFilter)
    /// Selects a case just saved.
    case reveal(RecordID)
    /// `A`: write the selected case's Art. 15 report to a private file; how that went.
    case writeReport
    case reportWritten(path: String)
    case reportFailed(SnapshotError)
    /// The agenda ("Termine"): AgendaReducer.swift.
    case agenda(AgendaAction)
}
