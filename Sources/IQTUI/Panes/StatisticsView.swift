import IQCore

/// One line of the statistics view before it is fitted to a width.
public struct StatisticsLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The view's heading.
        case title(String)
        /// A part: the cases, the reference figures.
        case heading(String)
        /// A breakdown or a section of reference figures.
        case subheading(String)
        /// An explanation or a source, wrapped to the width.
        case note(String)
        /// A label with its value on the right (the value goes to its own row when both do not fit).
        case field(label: String, value: String)
        /// One bar of a chart; the rows of one chart share its layout.
        case bar(BarChart, row: Int)
        case blank
    }

    public var kind: Kind
    public init(_ kind: Kind) { self.kind = kind }
}

/// The statistics of the budgets pane: the case figures of a year (or of all years) as bar
/// charts by status, country of training, Referenzberuf, site and month — suppressed as for
/// anything that leaves the office ("<5", "x"; such bars are a single dim mark, never to scale)
/// — and the reference figures of the 2018 presentation with their sources.
public enum StatisticsView {
    /// Indent of the lines under a subheading.
    static let indent = 2

    public static func lines(_ state: AppState, year: Int?) -> [StatisticsLine] {
        let language = state.language
        let t = { (key: Message) in key.text(language) }
        var out: [StatisticsLine] = []
        func add(_ kind: StatisticsLine.Kind) { out.append(StatisticsLine(kind)) }

        add(.title(StatisticsText.statsTitle(year.map(String.init) ?? t(StatisticsText.statsAllYears)).text(language)))
        add(.note(t(StatisticsText.statsSuppressionNote)))
        if let year { add(.note(StatisticsText.statsYearBasis(String(year)).text(language))) }

        let stats = CaseStatistics.compute(state.document, year: year, language: language)
        add(.blank)
        add(.heading(StatisticsText.statsCases(stats.total.text(language)).text(language)))
        if stats.total == .count(0) {
            add(.note(t(StatisticsText.statsNoCases)))
        } else {
            for b in stats.breakdowns {
                add(.blank)
                add(.subheading(t(b.dimension.title)))
                // Which date the month is: the view says so, as the printed statistics do.
                if b.dimension == .month { add(.note(t(StatisticsText.statsMonthBasis))) }
                let chart = BarChart(bars: b.categories.map {
                    BarChart.Bar(label: $0.label, value: $0.shown.value.map(Double.init), text: $0.shown.text(language))
                })
                for row in chart.bars.indices { add(.bar(chart, row: row)) }
                add(.field(label: t(StatisticsText.statsTotal), value: b.total.text(language)))
            }
        }

        add(.blank)
        add(.heading(t(StatisticsText.statsReference)))
        for section in ReferenceFigures.sections {
            add(.blank)
            add(.subheading(t(section.title)))
            // Each run of figures from one source, then that source: a section citing two
            // sources still says which figure comes from which.
            var runs: [[ReferenceFigure]] = []
            for f in section.figures {
                if let last = runs.last?.last, last.source == f.source { runs[runs.count - 1].append(f) } else { runs.append([f]) }
            }
            for run in runs {
                if section.isChart {
                    let chart = BarChart(bars: run.map {
                        BarChart.Bar(label: t($0.label), value: $0.countValue.map(Double.init), text: $0.text(language))
                    })
                    for row in chart.bars.indices { add(.bar(chart, row: row)) }
                } else {
                    for f in run { add(.field(label: t(f.label), value: f.text(language))) }
                }
                if let source = run.first?.source { add(.note(StatisticsText.statsSource(t(source)).text(language))) }
            }
        }
        return out
    }

    /// How many rows the view takes at this width (for the caller's scroll limit).
    public static func rowCount(_ state: AppState, year: Int?, width: Int) -> Int {
        rows(lines(state, year: year), width: width).count
    }

    /// Draws the view from row `scroll` on (clamped to the content), clipped to `rect`.
    public static func draw(_ state: AppState, year: Int?, scroll: Int, in rect: Rect, on canvas: inout Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        let all = rows(lines(state, year: year), width: rect.width)
        let end = max(0, all.count - rect.height)
        let first = max(0, min(scroll, end))
        canvas.scrollEnd = end
        for (i, row) in all.dropFirst(first).prefix(rect.height).enumerated() {
            let y = rect.y + i
            switch row {
            case .text(let text, let role, let indent):
                canvas.put(text, x: rect.x + indent, y: y, maxWidth: rect.width - indent, role: role)
            case .field(let label, let value, let indent):
                let room = rect.width - indent
                let valueWidth = min(TextWidth.of(value), room)
                if !label.isEmpty { canvas.put(label, x: rect.x + indent, y: y, maxWidth: max(0, room - valueWidth - 2), role: .label) }
                canvas.put(value, x: rect.maxX - valueWidth, y: y, maxWidth: valueWidth, role: .normal)
            case .bar(let chart, let index, let indent):
                chart.drawRow(index, in: Rect(x: rect.x + indent, y: y, width: rect.width - indent, height: 1), on: &canvas)
            }
        }
    }

    /// A screen row.
    enum Row: Equatable {
        case text(String, StyleRole, indent: Int)
        case field(label: String, value: String, indent: Int)
        case bar(BarChart, Int, indent: Int)
    }

    /// The lines fitted to a width: notes wrapped, a field whose label and value do not fit side
    /// by side split over two rows.
    static func rows(_ lines: [StatisticsLine], width: Int) -> [Row] {
        var rows: [Row] = []
        let inner = max(1, width - indent)
        for line in lines {
            switch line.kind {
            case .title(let text): rows.append(.text(text, .accent, indent: 0))
            case .heading(let text): rows.append(.text(text, .header, indent: 0))
            case .subheading(let text): rows.append(.text(text, .title, indent: 0))
            case .note(let text):
                rows += DetailView.wrap(text, width: inner).map { .text($0, .dim, indent: indent) }
            case .field(let label, let value):
                if TextWidth.of(label) + 2 + TextWidth.of(value) <= inner {
                    rows.append(.field(label: label, value: value, indent: indent))
                } else {
                    // The label wrapped; the value beside its last part when it fits, else below.
                    var parts = DetailView.wrap(label, width: inner)
                    let last = parts.removeLast()
                    rows += parts.map { .text($0, .label, indent: indent) }
                    if TextWidth.of(last) + 2 + TextWidth.of(value) <= inner {
                        rows.append(.field(label: last, value: value, indent: indent))
                    } else {
                        rows.append(.text(last, .label, indent: indent))
                        rows.append(.field(label: "", value: value, indent: indent))
                    }
                }
            case .bar(let chart, let row): rows.append(.bar(chart, row, indent: indent))
            case .blank: rows.append(.text("", .normal, indent: 0))
            }
        }
        return rows
    }
}
