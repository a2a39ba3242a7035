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
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height).rows([.fill, .fixed(1)])
        let body = screen[0]
        statusBar = screen[1]
        let halves: [Constraint] = [.percent(50), .fill]
        if let zoomed {
            panes = [zoomed: body]
        } else if shown.count == 2 {
            // Side by side when each half is wide enough for a list and wider than it is tall
            // (cells are twice as tall as wide); else stacked, so each pane keeps a useful width.
            let sideBySide = body.width >= 72 && body.width >= 2 * body.height
            let parts = sideBySide ? body.columns(halves) : body.rows(halves)
            panes = [shown[0]: parts[0], shown[1]: parts[1]]
        } else {
            let rows = body.rows(halves)
            let top = rows[0].columns(halves), bottom = rows[1].columns(halves)
            panes = [.partners: top[0], .locations: top[1], .cases: bottom[0], .budgets: bottom[1]]
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
