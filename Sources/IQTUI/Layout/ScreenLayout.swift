import IQCore

/// Where everything goes for a terminal size: four panes in a 2×2 grid (or the focused one
/// alone when zoomed) and a status bar on the last line. In workshop mode only two panes exist:
/// side by side, or one above the other when the terminal is narrow or tall. Below the minimum
/// size the screen only says how large it has to be.
public struct ScreenLayout: Equatable, Sendable {
    public static let minimum = Size(width: 60, height: 16)

    public let size: Size
    public let panes: [Pane: Rect]
    public let statusBar: Rect

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

    public init(size: Size, zoomed: Pane?, shown: [Pane] = Pane.allCases) {
        self.size = size
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        statusBar = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if let zoomed {
            panes = [zoomed: body]
        } else if shown.count == 2 {
            // Side by side when each half is wide enough for a list and wider than it is tall
            // (cells are twice as tall as wide); else stacked, so each pane keeps a useful width.
            let sideBySide = body.width >= 72 && body.width >= 2 * body.height
            let first = sideBySide ? Rect(x: 0, y: 0, width: body.width / 2, height: body.height)
                : Rect(x: 0, y: 0, width: body.width, height: body.height / 2)
            let second = sideBySide ? Rect(x: first.width, y: 0, width: body.width - first.width, height: body.height)
                : Rect(x: 0, y: first.height, width: body.width, height: body.height - first.height)
            panes = [shown[0]: first, shown[1]: second]
        } else {
            let leftWidth = body.width / 2
            let topHeight = body.height / 2
            panes = [
                .partners: Rect(x: 0, y: 0, width: leftWidth, height: topHeight),
                .locations: Rect(x: leftWidth, y: 0, width: body.width - leftWidth, height: topHeight),
                .cases: Rect(x: 0, y: topHeight, width: leftWidth, height: body.height - topHeight),
                .budgets: Rect(x: leftWidth, y: topHeight, width: body.width - leftWidth, height: body.height - topHeight),
            ]
        }
    }

    public init(state: AppState, size: Size) {
        self.init(size: size, zoomed: state.isZoomed ? state.focus : nil, shown: state.visiblePanes)
    }

    /// The inside of a pane's frame.
    public func content(of pane: Pane) -> Rect? {
        panes[pane].map(Block.inner)
    }

    /// The rows of a pane's list: the inside of its frame below the column header.
    public func listRows(of pane: Pane) -> Rect? {
        guard var c = content(of: pane) else { return nil }
        // The locations list shares its pane with the map (stacked under it when narrow).
        if pane == .locations { c = LocationsPane.split(c).list }
        return Rect(x: c.x, y: c.y + 1, width: c.width, height: c.height - 1)
    }

    /// Rows a list shows at once; the smallest visible pane decides so paging never skips rows.
    public var listPage: Int {
        max(1, Pane.allCases.compactMap { listRows(of: $0)?.height }.min() ?? 1)
    }
}
