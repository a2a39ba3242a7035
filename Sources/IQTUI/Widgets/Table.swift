/// A column of a table: a title, a width, and how readily it is dropped when space is short.
public struct TableColumn: Equatable, Sendable {
    /// A flexible column gets at least its minimum and a share of the spare width by weight.
    public enum Width: Equatable, Sendable { case fixed(Int), flexible(minimum: Int, weight: Int = 1) }
    public var title: String
    public var width: Width
    public var alignRight: Bool
    /// Columns with the highest number are dropped first when the table is too narrow.
    public var dropOrder: Int

    public init(_ title: String, _ width: Width, alignRight: Bool = false, dropOrder: Int = 0) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.dropOrder = dropOrder
    }
}

/// The rows of a table, made only for the lines on screen: a list of 10,000 partners costs
/// the few rows drawn, not 10,000 formatted lines per keystroke.
public struct RowSource {
    public var count: Int
    public var cells: (Int) -> [String]
    /// Rows drawn as headings across all columns (the partner tree's categories).
    public var isHeading: (Int) -> Bool
    /// How full each meter of a row is, by column index (a measure's money and places); the
    /// column's text (its percentage) follows the bar, so the bar is never the only sign.
    public var meters: (Int) -> [Int: Double]

    public init(count: Int, cells: @escaping (Int) -> [String], isHeading: @escaping (Int) -> Bool = { _ in false },
                meters: @escaping (Int) -> [Int: Double] = { _ in [:] }) {
        self.count = count
        self.cells = cells
        self.isHeading = isHeading
        self.meters = meters
    }

    public init(_ rows: [[String]], meters: [[Int: Double]] = []) {
        self.init(count: rows.count, cells: { rows[$0] }, meters: { meters.indices.contains($0) ? meters[$0] : [:] })
    }

    public var isEmpty: Bool { count == 0 }
}

/// A list with a header row and a selection bar, drawn into a rectangle.
public struct Table {
    public var columns: [TableColumn]
    public var rows: RowSource
    public var cursor: Int
    public var offset: Int
    public var focused: Bool

    public init(columns: [TableColumn], rows: RowSource, cursor: Int, offset: Int, focused: Bool) {
        self.columns = columns
        self.rows = rows
        self.cursor = cursor
        self.offset = offset
        self.focused = focused
    }

    /// The columns that fit in `width` and the width each gets (one space between columns).
    static func fit(_ columns: [TableColumn], width: Int) -> [(index: Int, width: Int)] {
        var kept = Array(columns.indices)
        func needed(_ idx: [Int]) -> Int {
            idx.reduce(0) { sum, i in
                switch columns[i].width {
                case .fixed(let w): sum + w
                case .flexible(let m, _): sum + m
                }
            } + max(0, idx.count - 1)
        }
        while kept.count > 1, needed(kept) > width {
            guard let drop = kept.max(by: { columns[$0].dropOrder < columns[$1].dropOrder }), columns[drop].dropOrder > 0 else { break }
            kept.removeAll { $0 == drop }
        }
        var spare = max(0, width - needed(kept))
        let totalWeight = kept.reduce(0) { sum, i in
            if case .flexible(_, let w) = columns[i].width { return sum + w }
            return sum
        }
        let lastFlexible = kept.last { if case .flexible = columns[$0].width { return true } else { return false } }
        let spareAtStart = spare
        return kept.map { i in
            switch columns[i].width {
            case .fixed(let w): return (i, w)
            case .flexible(let minimum, let weight):
                // The last flexible column takes the rounding remainder.
                let share = i == lastFlexible ? spare : spareAtStart * weight / max(1, totalWeight)
                spare -= share
                return (i, minimum + share)
            }
        }
    }

    public func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 0 else { return }
        let layout = Table.fit(columns, width: rect.width)
        drawLine(columns.map(\.title), layout: layout, x: rect.x, y: rect.y, width: rect.width, role: .header, on: &canvas)
        let visible = rect.height - 1
        for line in 0..<visible {
            let r = offset + line
            guard r < rows.count else { break }
            let y = rect.y + 1 + line
            let selected = r == cursor
            let heading = rows.isHeading(r)
            let role: StyleRole = selected ? (focused ? .selection : .selectionUnfocused) : (heading ? .header : .normal)
            let cells = rows.cells(r)
            if heading {
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role)
                canvas.put(cells.first ?? "", x: rect.x, y: y, maxWidth: rect.width, role: role)
            } else {
                drawLine(cells, layout: layout, x: rect.x, y: y, width: rect.width, role: role, on: &canvas)
                drawMeters(rows.meters(r), cells, layout: layout, x: rect.x, y: y, on: &canvas)
            }
        }
    }

    /// A meter cell: the bar on the left, the cell's text (right-aligned) after it. Narrow
    /// cells keep only the text.
    private func drawMeters(_ meters: [Int: Double], _ cells: [String], layout: [(index: Int, width: Int)], x: Int, y: Int, on canvas: inout Canvas) {
        guard !meters.isEmpty else { return }
        var col = x
        for item in layout {
            defer { col += item.width + 1 }
            guard let fraction = meters[item.index] else { continue }
            let text = item.index < cells.count ? cells[item.index] : ""
            let cellsForBar = item.width - TextWidth.of(text) - 1
            guard cellsForBar >= Gauge.minimumBarCells else { continue }
            FillBar(fraction: fraction, filled: Gauge.level(fraction).role, track: .dim)
                .draw(in: Rect(x: col, y: y, width: cellsForBar, height: 1), on: &canvas)
        }
    }

    private func drawLine(_ cells: [String], layout: [(index: Int, width: Int)], x: Int, y: Int, width: Int, role: StyleRole, on canvas: inout Canvas) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        var col = x
        for (n, item) in layout.enumerated() {
            let text = item.index < cells.count ? cells[item.index] : ""
            let align = columns[item.index].alignRight
            let fitted = TextWidth.truncate(text, to: item.width, ellipsis: canvas.ellipsis)
            let start = align ? col + item.width - TextWidth.of(fitted) : col
            canvas.put(fitted, x: start, y: y, maxWidth: x + width - start, role: role)
            col += item.width + (n < layout.count - 1 ? 1 : 0)
        }
    }
}
