import IQCore

/// What a pane shows, independent of where: its table, the open record and the total count.
struct PaneModel {
    var columns: [TableColumn]
    var rows: RowSource
    var total: Int
    /// The record the detail view shows, built only when it is open.
    var detail: () -> DetailView?
    /// Entries shown, when rows are not all entries (the partner tree: headings, closed groups).
    var entryCount: Int?
    /// The frame's title when it is not the pane's name (the agenda and its range).
    var title: String? = nil
    /// Said in the frame's bottom edge: the sort order and filters in force.
    var caption: String = ""
    /// How many of the caption's last " · " parts are key hints, left out (the last first) where
    /// the edge is too short for them: the status bar and the help name those keys too.
    var captionHints = 0
    /// Drawn beside (or under) the list: the map of the locations pane, built only when the pane
    /// has room to show it (its outline is parsed on first use, not with every frame).
    var map: (() -> MapView)? = nil
    /// Gauges drawn above the open entry (a measure's money and places).
    var gauges: () -> [Gauge] = { [] }
    /// The highlighted row when it is not the pane's own cursor (a completion list).
    var selection: Int? = nil
    /// Shown instead of the table when the pane has nothing to list.
    var placeholder: [String]? = nil
    /// Lines above the list when the pane is tall enough (the budgets' fields of action).
    var summary: () -> [SummaryLine] = { [] }
    /// Draws the pane's inside instead of a list (the statistics view).
    var custom: ((Rect, inout Canvas) -> Void)? = nil

    enum SummaryLine {
        case heading(String)
        case gauge(Gauge)
    }

    static func make(_ pane: Pane, _ state: AppState) -> PaneModel {
        switch pane {
        case .partners: PartnersPane.model(state)
        case .locations: LocationsPane.model(state)
        case .cases: state.cases.agenda != nil ? AgendaPane.model(state) : CasesPane.model(state)
        case .budgets: BudgetsPane.model(state)
        }
    }
}

extension AppState {
    func t(_ key: Message) -> String { key.text(language) }
}
