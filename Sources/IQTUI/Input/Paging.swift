import IQCore

/// What page-wise keys take from the screen when they are mapped, so their actions carry it and
/// the reducer needs no view facts: the rows of a page, how far the open entry can scroll.
public struct Paging: Equatable, Sendable {
    /// Rows PgUp/PgDn move a list by (the layout's `listPage`).
    public var rows: Int
    /// The last first line the focused pane's open entry or statistics can show.
    public var scrollEnd: Int

    public init(rows: Int, scrollEnd: Int) {
        self.rows = rows
        self.scrollEnd = scrollEnd
    }

    /// With no view drawn yet the end is unknown: the scroll position goes where it is sent,
    /// and the view shows as much of that as there is.
    public init(layout: ScreenLayout, view: ViewState) {
        self.init(rows: layout.listPage, scrollEnd: view.scrollEnd ?? .max)
    }

    /// For the help and the palette, which list bindings but never run a page-wise one.
    public static let unmeasured = Paging(rows: 1, scrollEnd: .max)
}
