/// The budget pane's own actions: views, the year, and editing measures and payments.
public enum BudgetAction: Equatable, Sendable {
    /// `v` / `V`: the next or previous view.
    case cycleView(Int)
    /// `y` / `Y`: the next or previous year (after the last comes "all years").
    case cycleYear(Int)
    /// `n`, `e`: a new or the selected measure (measures view) or payment (payments view).
    case new, edit
    /// `b`: books a payment to the selected measure.
    case bookPayment
    /// `d`: asks first; removing is undoable.
    case delete, confirmDelete, cancelDelete
    /// Enter in the Träger view: the partner in pane 1.
    case openProvider
    /// The list's moving, opening, going back and filtering.
    case list(ListAction)
    /// Shows a measure or payment just saved: its view, its year and its row.
    indirect case reveal(AnyRecord)
}
