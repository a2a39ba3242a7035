import IQCore

/// Pane 3: counselling cases. Case management is not built yet; the pane says so plainly.
enum CasesPane {
    static func model(_ state: AppState) -> PaneModel {
        PaneModel(
            columns: [],
            rows: RowSource([]),
            total: 0,
            detail: { nil },
            placeholder: [state.t(.casesPlaceholder), "", state.t(.casesPlaceholderDetail)]
        )
    }
}
