import IQCore

/// What the screen keeps between frames that the state does not hold, like ratatui's
/// `ListState`: the first row each list shows, and how far the focused pane's scrolled view can
/// go. Each frame derives it from the last one, the state and the layout; the reducer never
/// sees it, and a page-wise key or a click takes its numbers from it when it is mapped.
public struct ViewState: Equatable, Sendable {
    /// The first row of each pane's list on a page of the layout's `listPage` rows; a pane
    /// showing fewer rows (under summary lines) scrolls further from there as it draws.
    public var listOffsets: [Pane: Int] = [:]
    /// The last first line the focused pane's open entry or statistics can show; nil when the
    /// last frame showed none.
    public var scrollEnd: Int?

    public init(listOffsets: [Pane: Int] = [:], scrollEnd: Int? = nil) {
        self.listOffsets = listOffsets
        self.scrollEnd = scrollEnd
    }

    public func offset(of pane: Pane) -> Int { listOffsets[pane] ?? 0 }

    /// The offsets for this state and layout: every list shown scrolls as little as keeps its
    /// selection on the page, so moving inside the page never moves the rows. A list not shown
    /// (another pane zoomed, below the minimum size) keeps its rows until it shows again.
    public func following(_ state: AppState, layout: ScreenLayout) -> ViewState {
        guard !layout.isTooSmall else { return self }
        var next = self
        for pane in layout.panes.keys {
            next.listOffsets[pane] = Self.offset(from: offset(of: pane), selected: state[pane].cursor.selected,
                                                 count: state.rowCount(pane), page: layout.listPage)
        }
        return next
    }

    /// The first row to show of `count` rows, `page` at a time, starting from `offset`: the
    /// least change that shows `selected`, and no empty rows below a list that fills the page.
    public static func offset(from offset: Int, selected: Int, count: Int, page: Int) -> Int {
        let page = max(1, page)
        var offset = offset
        if selected < offset { offset = selected }
        if selected >= offset + page { offset = selected - page + 1 }
        return max(0, min(offset, max(0, count - page)))
    }
}
