extension AppState {
    /// How many rows the pane's list shows with its current filter.
    public func rowCount(_ pane: Pane) -> Int {
        switch pane {
        case .partners: return PartnerList.rows(self).count
        case .locations: return SiteList.rows(self).count
        case .cases: return CaseList.rows(self).count
        case .budgets: return BudgetList.count(self)
        }
    }
}
