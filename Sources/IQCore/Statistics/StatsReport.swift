// `iq-tui stats`: the figures that may be handed out — the measures of a year (or of all years)
// with their money and places, the anonymised case figures, and the reference figures of the
// 2018 presentation with their sources.
//
// - Text: a heading per part and aligned tables in the interface language; money the German
//   way ("1.500.000 €"), "ca." before approximate figures.
// - CSV: one table per part, separated by an empty line, each with its header row; the separator
//   of the language (";" in German), a UTF-8 byte order mark for Excel, the formula guard of
//   CSV.swift. Money in whole euros without separators (the header says so), decimals with the
//   language's comma.
// - JSON: one object; money in whole euros as numbers (key "money" says so).
// Unknown figures are "unbekannt"/"unknown" in text, empty in CSV and null in JSON, never 0.
// Counts of people follow Suppression (CaseStatistics.swift): "<5" and "x" in every format
// (strings in JSON). A measure's enrolled participants are such a count; its committed money
// (enrolled × cost per participant) would give a suppressed count back, so it is withheld ("x")
// with it. Money is rounded to whole euros (half away from zero).

public enum StatsReport {
    /// A money figure as the report may show it.
    enum MoneyCell: Equatable {
        case amount(Money)
        case unknown
        /// Withheld with a suppressed count it would reveal.
        case withheld
    }

    /// One measure's row, suppression applied.
    struct MeasureRow {
        var measure: Measure
        var allocation: Money?
        var committed: MoneyCell
        var spent: Money
        var planned: Int?
        var enrolled: ShownCount
    }

    static func measureRows(_ document: Document, year: Int?) -> [MeasureRow] {
        BudgetFigures.measures(in: document, year: year).map { f in
            let enrolled = Suppression.shown(f.enrolled)
            let committed: MoneyCell = f.committed.map { enrolled.isSuppressed ? .withheld : .amount($0) } ?? .unknown
            return MeasureRow(measure: f.measure, allocation: f.measure.allocation, committed: committed, spent: f.spent,
                              planned: f.measure.plannedParticipants, enrolled: enrolled)
        }
    }

    /// Whole euros, rounded half away from zero.
    static func wholeEuros(_ m: Money) -> Int64 {
        m.cents >= 0 ? (m.cents + 50) / 100 : -((-m.cents + 50) / 100)
    }

    private static func title(_ year: Int?, _ language: Language) -> String {
        StatisticsText.statsTitle(year.map(String.init) ?? StatisticsText.statsAllYears.text(language)).text(language)
    }

    // MARK: Text

    public static func text(_ document: Document, year: Int?, language: Language) -> String {
        let t = { (key: Message) in key.text(language) }
        let unknown = t(CommonText.valueUnknown)
        func approx(_ s: String, _ flag: Bool) -> String { flag ? t(CommonText.valueApproximately) + " " + s : s }
        func money(_ cell: MoneyCell) -> String {
            switch cell {
            case .amount(let m): NumberFormat.money(Money(cents: wholeEuros(m) * 100), language)
            case .unknown: unknown
            case .withheld: Suppression.withheldMark
            }
        }
        var out: [String] = []
        func heading(_ text: String, _ underline: Character) {
            out += ["", text, String(repeating: underline, count: text.count)]
        }
        let head = title(year, language)
        out += [head, String(repeating: "=", count: head.count)]

        // Measures
        heading(t(StatisticsText.statsMeasures), "-")
        if let line = fundingPeriodLine(year: year, language) { out.append(line) }
        let rows = measureRows(document, year: year)
        if rows.isEmpty {
            out.append(t(StatisticsText.statsNoMeasures))
        } else {
            var table = [[t(CommonText.colYear), t(StatisticsText.statsColMeasure), t(CommonText.colField), t(CommonText.colAllocation), t(BudgetText.colCommitted),
                          t(StatisticsText.statsColSpent), t(CommonText.colParticipants), t(BudgetText.colEnrolled)]]
            for r in rows {
                table.append([String(r.measure.year), r.measure.name, t(r.measure.fieldOfAction.label),
                              r.allocation.map { approx(money(.amount($0)), r.measure.isApproximate) } ?? unknown,
                              money(r.committed), money(.amount(r.spent)),
                              r.planned.map { approx(NumberFormat.integer($0, language), r.measure.isApproximate) } ?? unknown,
                              r.enrolled.text(language)])
            }
            out += align(table, right: [3, 4, 5, 6, 7])
            out.append(t(StatisticsText.statsMoneyNote))
        }

        // Cases
        let stats = CaseStatistics.compute(document, year: year, language: language)
        heading(StatisticsText.statsCases(stats.total.text(language)).text(language), "-")
        out.append(t(StatisticsText.statsSuppressionNote))
        // Which year a case counts in, as the Statistik view says it.
        if let year { out.append(StatisticsText.statsYearBasis(String(year)).text(language)) }
        if stats.total == .count(0) {
            out.append(t(StatisticsText.statsNoCases))
        } else {
            for b in stats.breakdowns {
                out += ["", t(b.dimension.title)]
                if b.dimension == .month { out.append(t(StatisticsText.statsMonthBasis)) }
                var table = b.categories.map { [$0.label, $0.shown.text(language)] }
                table.append([t(StatisticsText.statsTotal), b.total.text(language)])
                out += align(table, right: [1], indent: "  ")
            }
        }

        // Reference figures
        heading(t(StatisticsText.statsReference), "-")
        for section in ReferenceFigures.sections {
            out += ["", t(section.title)]
            // A statement without a number gets a line of its own, so it does not widen the number column.
            let isStatement = { (f: ReferenceFigure) -> Bool in if case .words = f.value { return true } else { return false } }
            let source = { (f: ReferenceFigure) in StatisticsText.statsSource(t(f.source)).text(language) }
            let table = section.figures.filter { !isStatement($0) }.map { [t($0.label), $0.text(language), source($0)] }
            out += align(table, right: [1], indent: "  ")
            for f in section.figures where isStatement(f) { out.append("  \(t(f.label)): \(f.text(language))  \(source(f))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Rows as columns padded to their widest cell (two spaces apart); `right` columns align right.
    static func align(_ rows: [[String]], right: Set<Int>, indent: String = "") -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var cells: [String] = []
            for (c, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[c] - cell.count))
                let last = c == row.count - 1
                cells.append(right.contains(c) ? pad + cell : (last ? cell : cell + pad))
            }
            return indent + cells.joined(separator: "  ")
        }
    }

    // MARK: CSV

    public static func csv(_ document: Document, year: Int?, language: Language, byteOrderMark: Bool = false) -> String {
        let t = { (key: Message) in key.text(language) }
        func euros(_ cell: MoneyCell) -> String {
            switch cell {
            case .amount(let m): String(wholeEuros(m))
            case .unknown: ""
            case .withheld: Suppression.withheldMark
            }
        }
        var rows: [[String]] = [[t(CommonText.colYear), t(StatisticsText.statsColMeasure), t(CommonText.colField), t(StatisticsText.statsColAllocationEuros), t(StatisticsText.statsColApproximate),
                                 t(StatisticsText.statsColCommittedEuros), t(StatisticsText.statsColSpentEuros), t(CommonText.colParticipants), t(BudgetText.colEnrolled)]]
        for r in measureRows(document, year: year) {
            rows.append([String(r.measure.year), r.measure.name, t(r.measure.fieldOfAction.label),
                         r.allocation.map { euros(.amount($0)) } ?? "", r.measure.isApproximate ? t(CommonText.valueApproximately) : "",
                         euros(r.committed), euros(.amount(r.spent)), r.planned.map(String.init) ?? "", r.enrolled.plain])
        }

        let stats = CaseStatistics.compute(document, year: year, language: language)
        rows += [[], [t(StatisticsText.statsColBreakdown), t(StatisticsText.statsColCategory), t(StatisticsText.statsColCount)]]
        rows.append([t(StatisticsText.statsCasesTotal), "", stats.total.plain])
        for b in stats.breakdowns {
            let title = t(b.dimension.title) + (b.dimension == .month ? " – " + t(StatisticsText.statsMonthBasis) : "")
            for c in b.categories { rows.append([title, c.label, c.shown.plain]) }
            rows.append([title, t(StatisticsText.statsTotal), b.total.plain])
        }

        rows += [[], [t(StatisticsText.statsColSection), t(StatisticsText.statsColFigure), t(StatisticsText.statsColValue), t(StatisticsText.statsColUnit), t(StatisticsText.statsColQualifier),
                      t(StatisticsText.statsColStatement), t(StatisticsText.statsColSource)]]
        for section in ReferenceFigures.sections {
            for f in section.figures {
                let (value, unit) = csvValue(f.value, language)
                rows.append([t(section.title), t(f.label), value, unit, qualifierText(f.qualifier, language), f.text(language), t(f.source)])
            }
        }
        rows += fundingPeriodRows(language)
        // An empty row is an empty line between the tables.
        let text = CSV.write(rows.map { $0.isEmpty ? [""] : $0 }, separator: PartnerExchange.separator(language))
        return (byteOrderMark ? "\u{FEFF}" : "") + text
    }

    private static func csvValue(_ value: ReferenceFigure.Value, _ language: Language) -> (value: String, unit: String) {
        let t = { (key: Message) in key.text(language) }
        func decimal(_ tenths: Int) -> String {
            NumberFormat.decimal(Double(tenths) / 10, digits: tenths % 10 == 0 ? 0 : 1, language).replacingOccurrences(of: language == .de ? "." : ",", with: "")
        }
        switch value {
        case .count(let n): return (String(n), t(StatisticsText.statsUnitCount))
        case .percent(let tenths): return (decimal(tenths), "%")
        case .millions(let tenths): return (decimal(tenths), t(StatisticsText.statsUnitMillions))
        case .doubling: return ("2", t(StatisticsText.statsUnitFactor))
        case .words, .notGiven: return ("", "")
        }
    }

    private static func qualifierText(_ q: ReferenceFigure.Qualifier, _ language: Language) -> String {
        switch q {
        case .exact: StatisticsText.statsQualifierExact.text(language)
        case .about: CommonText.valueApproximately.text(language)
        case .almost: ReferenceText.refAlmost.text(language)
        }
    }

    // MARK: JSON

    public static func json(_ document: Document, year: Int?, language: Language) -> String {
        let t = { (key: Message) in key.text(language) }
        func s(_ text: String) -> String { PartnerExchange.jsonString(text) }
        func count(_ c: ShownCount) -> String { c.value.map(String.init) ?? s(c.plain) }
        func euros(_ cell: MoneyCell) -> String {
            switch cell {
            case .amount(let m): String(wholeEuros(m))
            case .unknown: "null"
            case .withheld: s(Suppression.withheldMark)
            }
        }
        var top: [String] = []
        func add(_ key: String, _ value: String) { top.append("  \(s(key)): \(value)") }
        add("title", s(title(year, language)))
        add("year", year.map(String.init) ?? "null")
        add("money", s(t(StatisticsText.statsJSONMoney)))
        add("suppression", s(t(StatisticsText.statsSuppressionNote)))
        add("fundingPeriods", fundingPeriodsJSON(language))

        let measures = measureRows(document, year: year).map { r -> String in
            let fields = [
                "\"year\": \(r.measure.year)", "\"name\": \(s(r.measure.name))",
                "\"fieldOfAction\": \(s(r.measure.fieldOfAction.rawValue))",
                "\"fieldOfActionLabel\": \(s(t(r.measure.fieldOfAction.label)))",
                "\"allocation\": \(r.allocation.map { euros(.amount($0)) } ?? "null")",
                "\"approximate\": \(r.measure.isApproximate)",
                "\"committed\": \(euros(r.committed))", "\"spent\": \(euros(.amount(r.spent)))",
                "\"planned\": \(r.planned.map(String.init) ?? "null")", "\"enrolled\": \(count(r.enrolled))",
            ]
            return "    { " + fields.joined(separator: ", ") + " }"
        }
        add("measures", measures.isEmpty ? "[]" : "[\n" + measures.joined(separator: ",\n") + "\n  ]")

        let stats = CaseStatistics.compute(document, year: year, language: language)
        let breakdowns = stats.breakdowns.map { b -> String in
            let categories = b.categories.map {
                "          { \"key\": \(s($0.key)), \"label\": \(s($0.label)), \"count\": \(count($0.shown)) }"
            }
            var lines = ["        \"dimension\": \(s(b.dimension.rawValue))", "        \"title\": \(s(t(b.dimension.title)))"]
            if b.dimension == .month { lines.append("        \"basis\": \(s(t(StatisticsText.statsMonthBasis)))") }
            lines.append("        \"total\": \(count(b.total))")
            lines.append("        \"categories\": " + (categories.isEmpty ? "[]" : "[\n" + categories.joined(separator: ",\n") + "\n        ]"))
            return "      {\n" + lines.joined(separator: ",\n") + "\n      }"
        }
        add("cases", "{\n    \"total\": \(count(stats.total)),\n    \"breakdowns\": [\n" + breakdowns.joined(separator: ",\n") + "\n    ]\n  }")

        let sections = ReferenceFigures.sections.map { section -> String in
            let figures = section.figures.map { f -> String in
                let (value, unit) = jsonValue(f.value, language)
                return "        { \"key\": \(s(f.label.name)), \"label\": \(s(t(f.label))), \"value\": \(value), "
                    + "\"unit\": \(s(unit)), \"qualifier\": \(s(f.qualifier.rawValue)), \"text\": \(s(f.text(language))), "
                    + "\"source\": \(s(t(f.source))) }"
            }
            return "    {\n      \"title\": \(s(t(section.title))),\n      \"figures\": [\n" + figures.joined(separator: ",\n") + "\n      ]\n    }"
        }
        add("referenceFigures", "[\n" + sections.joined(separator: ",\n") + "\n  ]")
        return "{\n" + top.joined(separator: ",\n") + "\n}\n"
    }

    private static func jsonValue(_ value: ReferenceFigure.Value, _ language: Language) -> (value: String, unit: String) {
        func decimal(_ tenths: Int) -> String { tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)" }
        switch value {
        case .count(let n): return (String(n), "count")
        case .percent(let tenths): return (decimal(tenths), "percent")
        case .millions(let tenths): return (decimal(tenths), "million")
        case .doubling: return ("2", "factor")
        case .words(let key): return (PartnerExchange.jsonString(key.text(language)), "text")
        case .notGiven: return ("null", "count")
        }
    }
}
