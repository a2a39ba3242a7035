/// The partner pane's own actions: sort, tree, facet filters and walking the network.
public enum DirectoryAction: Equatable, Sendable {
    case cycleSort
    case toggleTree
    case setFilter(PartnerFilter)
    case clearFilter
    /// Space in the detail view: folds or unfolds the selected relation's group.
    case toggleRelationGroup
    /// Backspace in the detail view: back along the path walked.
    case walkBack
    /// `f`: the filter form for category, field of action, city and level.
    case openFilter
    /// `n`, `e`: the partner form, empty or for the selected partner.
    case newPartner, editPartner
    /// `d`: asks first; `confirmDelete` removes (undoable), `cancelDelete` keeps it.
    case deletePartner, confirmDelete, cancelDelete
    /// The partner list's moving, opening, going back and filtering.
    case list(ListAction)
    /// Opens a partner in the detail view, coming from elsewhere (a site's operator, a Träger).
    case show(RecordID)
    /// Selects a partner just saved; an open detail view starts a new walk at it.
    case reveal(RecordID)
}
