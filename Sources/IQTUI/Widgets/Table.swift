/// A column of a table: a title, a width, and how readily it is dropped when space is short.
public struct TableColumn: Equatable, Sendable {
    /// A fixed column keeps its width while any row on screen fills it. A flexible one gets what
    /// its visible cells need, at least its minimum (while they need that much) and at most its
    /// maximum; the weighted ones share a short width and take the spare (see `ColumnLayout`).
    public enum Width: Equatable, Sendable { case fixed(Int), flexible(minimum: Int, weight: Int = 1, maximum: Int = 1000) }
    public var title: String
    public var width: Width
    public var alignRight: Bool
    /// Columns with the highest number are dropped first when the table is too narrow.
    public var dropOrder: Int
    /// Shown instead of the title where the column is narrower than it ("Abk." for "Kurzname").
    public var shortTitle: String?

    public init(_ title: String, _ width: Width, alignRight: Bool = false, dropOrder: Int = 0, shortTitle: String? = nil) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.dropOrder = dropOrder
        self.shortTitle = shortTitle
    }
}

/// The rows of a table, made only for the lines on screen: a list of 10,000 partners costs
/// the few rows drawn, not 10,000 formatted lines per keystroke.
public struct RowSource {
    public var count: Int
    public var cells: (Int) -> [String]
    /// Rows drawn as headings across all columns (the partner tree's categories).
    public var isHeading: (Int) -> Bool
    /// How full each meter of a row is, by column index (a measure's money: bound, and of it
    /// spent); the column's text (its percentage) follows the bar, so the bar is never the only sign.
    public var meters: (Int) -> [Int: TableMeter]

    /// Told apart: the column whose cut texts must not look alike, and per row what is appended
    /// when two visible rows would (a partner's short name or city).
    public var distinct: (column: Int, tag: (Int) -> String)?

    public init(count: Int, cells: @escaping (Int) -> [String], isHeading: @escaping (Int) -> Bool = { _ in false },
                meters: @escaping (Int) -> [Int: TableMeter] = { _ in [:] }, distinct: (column: Int, tag: (Int) -> String)? = nil) {
        self.count = count
        self.cells = cells
        self.isHeading = isHeading
        self.meters = meters
        self.distinct = distinct
    }

    public init(_ rows: [[String]], meters: [[Int: TableMeter]] = []) {
        self.init(count: rows.count, cells: { rows[$0] }, meters: { meters.indices.contains($0) ? meters[$0] : [:] })
    }

    public var isEmpty: Bool { count == 0 }
}

/// A meter in a table cell: how full it is, and the part of that (spent of bound) drawn apart.
public struct TableMeter: Equatable, Sendable {
    public var fraction: Double
    public var inner: Double?

    public init(_ fraction: Double, inner: Double? = nil) {
        self.fraction = fraction
        self.inner = inner
    }
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

    /// The columns that fit in `width` and the width each gets, by what `visible` (the cells of
    /// the rows on screen, headings left out) hold.
    static func fit(_ columns: [TableColumn], width: Int, visible: [[String]]) -> [(index: Int, width: Int)] {
        let demands = columns.indices.map { i -> ColumnLayout.Demand in
            let content = visible.reduce(0) { i < $1.count ? max($0, TextWidth.of($1[i])) : $0 }
            let title = TextWidth.of(columns[i].title)
            switch columns[i].width {
            case .fixed(let w):
                return .init(minimum: w, maximum: w, weight: 0, dropOrder: columns[i].dropOrder, titleWidth: title, contentWidth: content)
            case .flexible(let minimum, let weight, let maximum):
                return .init(minimum: minimum, maximum: max(minimum, maximum), weight: weight, dropOrder: columns[i].dropOrder,
                             titleWidth: title, contentWidth: content)
            }
        }
        return ColumnLayout.widths(demands, width: width)
    }

    /// A row whose cells would all look like another visible row's once cut gets its tag
    /// appended to its `column` cell (cut to fit), so two "Westdeutscher Handwer…" stay two.
    static func distinguish(_ visible: inout [[String]], rows: [Int], column: Int, layout: [(index: Int, width: Int)],
                            tag: (Int) -> String, ellipsis: String) {
        guard let width = layout.first(where: { $0.index == column })?.width, width > 0 else { return }
        func cut(_ row: Int, _ item: (index: Int, width: Int)) -> String {
            item.index < visible[row].count ? TextWidth.truncate(visible[row][item.index], to: item.width, ellipsis: ellipsis) : ""
        }
        let names = visible.indices.map { cut($0, (column, width)) }
        var tagged: [Int] = []
        for a in names.indices where !names[a].isEmpty {
            let twin = names.indices.contains { b in
                b != a && names[b] == names[a] && layout.allSatisfy { $0.index == column || cut(a, $0) == cut(b, $0) }
            }
            if twin { tagged.append(a) }
        }
        for a in tagged {
            let suffix = tag(rows[a])
            guard !suffix.isEmpty else { continue }
            let room = width - TextWidth.of(suffix) - 1
            // Too narrow for both: the tag alone still tells the rows apart.
            visible[a][column] = room >= 2 ? TextWidth.truncate(visible[a][column], to: room, ellipsis: ellipsis) + " " + suffix : suffix
        }
    }

    public func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 0 else { return }
        // Each visible row's cells are made once: measured for the layout, then drawn.
        let shown = max(0, min(rect.height - 1, rows.count - offset))
        var cellRows: [[String]] = []
        cellRows.reserveCapacity(shown)
        var listed: [Int] = []
        listed.reserveCapacity(shown)
        for line in 0..<shown where !rows.isHeading(offset + line) {
            cellRows.append(rows.cells(offset + line))
            listed.append(offset + line)
        }
        let layout = Table.fit(columns, width: rect.width, visible: cellRows)
        if let distinct = rows.distinct {
            Table.distinguish(&cellRows, rows: listed, column: distinct.column, layout: layout, tag: distinct.tag, ellipsis: canvas.ellipsis)
        }
        var titles = columns.map(\.title)
        for item in layout where TextWidth.of(titles[item.index]) > item.width {
            if let short = columns[item.index].shortTitle { titles[item.index] = short }
        }
        drawLine(titles, layout: layout, x: rect.x, y: rect.y, width: rect.width, role: .header, on: &canvas)
        // A meter column's bars are as wide in every row: the widest text on screen decides.
        var meterText: [Int: Int] = [:]
        for (k, r) in listed.enumerated() {
            for i in rows.meters(r).keys where i < cellRows[k].count { meterText[i] = max(meterText[i] ?? 0, TextWidth.of(cellRows[k][i])) }
        }
        var next = 0
        for line in 0..<shown {
            let r = offset + line
            let y = rect.y + 1 + line
            let selected = r == cursor
            let heading = rows.isHeading(r)
            let role: StyleRole = selected ? (focused ? .selection : .selectionUnfocused) : (heading ? .header : .normal)
            let cells = heading ? rows.cells(r) : cellRows[next]
            if !heading { next += 1 }
            if heading {
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role)
                canvas.put(cells.first ?? "", x: rect.x, y: y, maxWidth: rect.width, role: role)
            } else {
                drawLine(cells, layout: layout, x: rect.x, y: y, width: rect.width, role: role, on: &canvas)
                drawMeters(rows.meters(r), textWidths: meterText, layout: layout, x: rect.x, y: y, on: &canvas)
            }
        }
    }

    /// A meter cell: the bar on the left, the cell's text (right-aligned) after it. Narrow
    /// cells keep only the text.
    private func drawMeters(_ meters: [Int: TableMeter], textWidths: [Int: Int], layout: [(index: Int, width: Int)], x: Int, y: Int, on canvas: inout Canvas) {
        guard !meters.isEmpty else { return }
        var col = x
        for item in layout {
            defer { col += item.width + 1 }
            guard let meter = meters[item.index] else { continue }
            let cellsForBar = item.width - (textWidths[item.index] ?? 0) - 1
            guard cellsForBar >= Gauge.minimumBarCells else { continue }
            SplitBar(fraction: meter.fraction, inner: meter.inner).draw(in: Rect(x: col, y: y, width: cellsForBar, height: 1), on: &canvas)
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
