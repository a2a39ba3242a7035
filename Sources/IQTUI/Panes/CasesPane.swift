import IQCore

/// Pane 3: counselling cases. Case management is not built yet; the pane says so plainly.
enum CasesPane {
    static func model(_ state: AppState) -> PaneModel {
        PaneModel(
            columns: [],
            rows: [],
            total: 0,
            detail: { _ in DetailView(heading: "", lines: []) },
            placeholder: [state.t(.casesPlaceholder), "", state.t(.casesPlaceholderDetail)]
        )
    }
}
