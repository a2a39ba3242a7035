import IQCore

/// Pane 4: the qualification money, one year at a time (y/Y). Views (v): measures with their
/// gauges and the year's fields of action summed above them, payments, the breakdown by Träger,
/// statistics.
enum BudgetsPane {
    static func model(_ state: AppState) -> PaneModel {
        var model: PaneModel
        switch state.budgets.view {
        case .measures: model = measuresModel(state)
        case .payments: model = paymentsModel(state)
        case .providers: model = providersModel(state)
        case .statistics: model = statisticsModel(state)
        }
        model.caption = caption(state)
        model.captionHints = 2
        return model
    }

    /// "Maßnahmen · 2021 · y/Y Jahr · v Ansicht": what is shown and how to change it.
    static func caption(_ state: AppState) -> String {
        let year = shownYear(state).map(String.init) ?? state.t(BudgetText.budgetAllYears)
        return [state.t(state.budgets.view.label), year, state.t(BudgetText.budgetSelectorHint)].joined(separator: " · ")
    }

    /// One year at a time: the one chosen with y/Y, else the current or last planned year.
    static func shownYear(_ state: AppState) -> Int? { state.budgets.shownYear(state.document, today: state.today) }

    // MARK: Measures

    /// A measure row's bar when the pane is zoomed; the column adds room for "100,0 %".
    static let zoomedBarCells = 20

    /// A row per measure of the year: its gauge (committed against the allocation, at least 20
    /// cells when zoomed), then the amounts committed, spent and allocated, then the places.
    /// Narrow panes drop the places first, the allocation last.
    static func measuresModel(_ state: AppState) -> PaneModel {
        let rows = BudgetList.measures(state)
        let lang = state.language
        // Nothing booked anywhere: no wall of 0 % (the summary says how to start).
        let blank = BudgetFigures.nothingRecorded(in: state.document)
        let meterText = { (f: Double?) in f.map { PercentFormat.percent($0, lang) } ?? state.t(CommonText.valueUnknown) }
        let gaugeCells = state.isZoomed ? zoomedBarCells + 9 : 14
        // An amount takes what it needs and is never cut, only dropped (the minimum is above any
        // amount).
        let amount = TableColumn.Width.flexible(minimum: 30, weight: 0)
        // Nothing recorded: no gauge and no sums, whose titles would take the names' room.
        let shown = blank ? [0, 4, 5] : Array(0..<6)
        let columns = [
            TableColumn(state.t(CommonText.colName), .flexible(minimum: 18, weight: 2)),
            // The gauge's width is its bar, not its text: fixed, or the layout would give it only the percentage's.
            TableColumn(state.t(BudgetText.colCommittedShare), .fixed(gaugeCells), alignRight: true),
            TableColumn(state.t(BudgetText.colCommitted), amount, alignRight: true, dropOrder: 3),
            TableColumn(state.t(BudgetText.colSpent), amount, alignRight: true, dropOrder: 2),
            TableColumn(state.t(CommonText.colAllocation), amount, alignRight: true, dropOrder: 1),
            TableColumn(state.t(BudgetText.budgetPlaces), amount, alignRight: true, dropOrder: 4),
        ]
        return PaneModel(
            columns: shown.map { columns[$0] },
            rows: RowSource(count: rows.count, cells: { i in
                let f = rows[i], m = f.measure
                let planned = m.plannedParticipants.map { NumberFormat.integer($0, lang) } ?? "?"
                let cells = [m.name,
                             meterText(moneyFraction(f.committed, m.allocation)),
                             f.committed.map { NumberFormat.money($0, lang) } ?? state.t(CommonText.valueUnknown),
                             NumberFormat.money(f.spent, lang),
                             money(m.allocation, m.isApproximate, state),
                             "\(NumberFormat.integer(f.enrolled, lang)) / \(planned)"]
                return shown.map { cells[$0] }
            }, meters: { i in
                // Spent drawn apart inside what is bound; a measure without a cost per
                // participant still shows what is spent.
                let f = rows[i], m = f.measure
                guard !blank, let spent = moneyFraction(f.spent, m.allocation) else { return [:] }
                return [1: TableMeter(moneyFraction(f.committed, m.allocation) ?? 0, inner: spent)]
            }),
            total: BudgetFigures.measures(in: state.document, year: shownYear(state)).count,
            detail: {
                let i = state[.budgets].cursor.selected
                return rows.indices.contains(i) ? measureDetail(rows[i], state) : nil
            },
            gauges: {
                let i = state[.budgets].cursor.selected
                return rows.indices.contains(i) && !blank ? gauges(rows[i], state) : []
            },
            summary: { fieldSummary(state) }
        )
    }

    static func moneyFraction(_ value: Money?, _ of: Money?) -> Double? {
        guard let value, let of, of.cents > 0 else { return nil }
        return Double(value.cents) / Double(of.cents)
    }

    static func placesFraction(_ enrolled: Int, _ planned: Int?) -> Double? {
        guard let planned, planned > 0 else { return nil }
        return Double(enrolled) / Double(planned)
    }

    static func approx(_ s: String, _ isApproximate: Bool, _ state: AppState) -> String {
        isApproximate ? "\(state.t(CommonText.valueApproximately)) \(s)" : s
    }

    static func money(_ m: Money?, _ isApproximate: Bool, _ state: AppState) -> String {
        m.map { approx(NumberFormat.money($0, state.language), isApproximate, state) } ?? state.t(CommonText.valueUnknown)
    }

    /// A meter with its numbers: "930.000 € / 1.500.000 €  62,0 %". A total missing some
    /// measures' figures is marked "≥": the true value is at least that.
    static func gauge(_ label: String, value: Double, valueText: String, maximum: Double?, maximumText: String?, _ state: AppState) -> Gauge {
        let percent = maximum.flatMap { $0 > 0 ? "  " + PercentFormat.percent(value / $0, state.language) : nil } ?? ""
        return Gauge(label: label, value: value, maximum: maximum,
                     text: "\(valueText) / \(maximumText ?? state.t(CommonText.valueUnknown))\(percent)")
    }

    /// Committed and spent against the allocation, places taken against those planned.
    static func gauges(_ f: MeasureFigures, _ state: AppState) -> [Gauge] {
        let lang = state.language, m = f.measure
        let allocation = m.allocation.map { Double($0.cents) }
        let allocationText = m.allocation.map { approx(NumberFormat.money($0, lang), m.isApproximate, state) }
        return aligned([
            gauge(state.t(BudgetText.colCommitted), value: Double(f.committed?.cents ?? 0),
                  valueText: f.committed.map { NumberFormat.money($0, lang) } ?? state.t(CommonText.valueUnknown),
                  maximum: f.committed == nil ? nil : allocation, maximumText: allocationText, state),
            gauge(state.t(BudgetText.colSpent), value: Double(f.spent.cents), valueText: NumberFormat.money(f.spent, lang),
                  maximum: allocation, maximumText: allocationText, state),
            gauge(state.t(BudgetText.budgetPlaces), value: Double(f.enrolled), valueText: NumberFormat.integer(f.enrolled, lang),
                  maximum: m.plannedParticipants.map(Double.init), maximumText: m.plannedParticipants.map { approx(NumberFormat.integer($0, lang), m.isApproximate, state) }, state),
        ])
    }

    /// Gauges one under the other start their bars in the same column.
    static func aligned(_ gauges: [Gauge]) -> [Gauge] {
        let width = gauges.map { TextWidth.of($0.label) }.max() ?? 0
        let textWidth = gauges.map { TextWidth.of($0.text) }.max() ?? 0
        return gauges.map { g in
            var g = g
            g.label += String(repeating: " ", count: width - TextWidth.of(g.label))
            g.textColumns = textWidth
            return g
        }
    }

    /// The funding period of the year, then the fields of action of the year, each with its
    /// summed meters; while nothing is recorded, how to start instead of gauges at 0 %.
    static func fieldSummary(_ state: AppState) -> [PaneModel.SummaryLine] {
        let lang = state.language, year = shownYear(state)
        let period = Seed.fundingPeriods.heading(year: year, lang).map { [PaneModel.SummaryLine.heading($0)] } ?? []
        // A role that reads no case (the coordination on a database) sees no enrolment: said,
        // never shown as "no case enrolled".
        let blind = state.store.access.readOnlyKinds.contains(.case)
        let hidden = blind ? [PaneModel.SummaryLine.heading(state.t(BudgetText.budgetCasesHidden))] : []
        if BudgetFigures.nothingRecorded(in: state.document) {
            let start = blind ? [BudgetText.budgetHowToPay]
                : [BudgetText.budgetNothingRecorded, BudgetText.budgetHowToPay, BudgetText.budgetHowToEnrol(state.t(CaseText.caseMeasure))]
            return period + hidden + start.map { .heading(state.t($0)) }
        }
        let legend = PaneModel.SummaryLine.heading(state.t(BudgetText.budgetRowGaugeLegend))
        return period + hidden + [legend] + BudgetFigures.byField(in: state.document, year: year).flatMap { field, t -> [PaneModel.SummaryLine] in
            // "≥": some measures lack the figure; "ca.": some figures are approximate.
            func sum(_ m: Money?, partial: Bool) -> String? {
                m.map { (partial ? "≥ " : "") + approx(NumberFormat.money($0, lang), t.isApproximate, state) }
            }
            let allocation = t.allocation.map { Double($0.cents) }
            let count = BudgetText.budgetMeasureMany(t.measures).text(lang)
            let heading = "\(state.t(field.label)) (\(count))"
            return [.heading(heading)] + aligned([
                gauge(state.t(BudgetText.colCommitted), value: Double(t.committed?.cents ?? 0),
                      valueText: t.committed.map { (t.committedIsPartial ? "≥ " : "") + NumberFormat.money($0, lang) } ?? state.t(CommonText.valueUnknown),
                      maximum: t.committed == nil ? nil : allocation, maximumText: sum(t.allocation, partial: t.allocationIsPartial), state),
                gauge(state.t(BudgetText.colSpent), value: Double(t.spent.cents), valueText: NumberFormat.money(t.spent, lang),
                      maximum: allocation, maximumText: sum(t.allocation, partial: t.allocationIsPartial), state),
                gauge(state.t(BudgetText.budgetPlaces), value: Double(t.enrolled), valueText: NumberFormat.integer(t.enrolled, lang),
                      maximum: t.planned.map(Double.init),
                      maximumText: t.planned.map { (t.plannedIsPartial ? "≥ " : "") + approx(NumberFormat.integer($0, lang), t.isApproximate, state) }, state),
            ]).map { PaneModel.SummaryLine.gauge($0) }
        }
    }

    static func forecastText(_ outcome: Forecast.Outcome, _ state: AppState) -> String {
        switch outcome {
        case .unknown: state.t(BudgetText.forecastUnknown)
        case .notStarted: state.t(BudgetText.forecastNotStarted)
        case .noEnrolments: state.t(BudgetText.forecastNoEnrolments)
        case .exhausted: state.t(BudgetText.forecastExhausted)
        case .runsOut(let year, let month): BudgetText.forecastRunsOut(GermanDate.month(year: year, month: month, state.language)).text(state.language)
        case .lastsTheYear: state.t(BudgetText.forecastLastsTheYear)
        case .yearEnded: state.t(BudgetText.forecastYearEnded)
        }
    }

    static func measureDetail(_ f: MeasureFigures, _ state: AppState) -> DetailView {
        let m = f.measure, lang = state.language, doc = state.document
        let providers = m.providerIDs.map { BudgetList.providerName($0, doc) }
        let forecast = Forecast.of(f, today: state.today)
        let blank = BudgetFigures.nothingRecorded(in: doc)
        // Nothing recorded: not "year over, not used up" for every measure; unknown stays unknown.
        let forecastLine = { (o: Forecast.Outcome) in blank && o != .unknown ? state.t(BudgetText.forecastNothingRecorded) : forecastText(o, state) }
        let payments = doc.payments.items.filter { $0.measureID == m.id }.sorted { $0.day < $1.day }.map { p in
            [p.day.text(lang), NumberFormat.money(p.amount, lang), BudgetList.providerName(p.providerID, doc), p.reference]
                .filter { !$0.isEmpty }.joined(separator: "  ")
        }
        return DetailView(heading: "\(m.name) \(m.year)", lines: [
            .init(state.t(CommonText.colField), state.t(m.fieldOfAction.label)),
            .init(state.t(CommonText.colYear), String(m.year)),
            .init(state.t(BudgetText.colFundingPeriod),
                  Seed.fundingPeriods.period(containing: m.year).map { Seed.fundingPeriods.text($0, lang) } ?? "–"),
            .init(state.t(CommonText.colAllocation), money(m.allocation, m.isApproximate, state)),
            .init(state.t(CommonText.colParticipants), m.plannedParticipants.map { approx(NumberFormat.integer($0, lang), m.isApproximate, state) } ?? state.t(CommonText.valueUnknown)),
            .init(state.t(CommonText.colCostPerParticipant), money(m.costPerParticipant, m.isApproximate, state)),
            .init(state.t(BudgetText.colEnrolled), NumberFormat.integer(f.enrolled, lang)),
            .init(state.t(BudgetText.colCommitted), f.committed.map { NumberFormat.money($0, lang) } ?? state.t(CommonText.valueUnknown)),
            .init(state.t(BudgetText.colSpent), NumberFormat.money(f.spent, lang)),
            .init(state.t(BudgetText.budgetRate), forecast.ratePerMonth.map { NumberFormat.decimal($0, digits: 1, lang) } ?? "–"),
            .init("\(state.t(BudgetText.budgetForecast)) \(state.t(BudgetText.forecastMoney))", forecastLine(forecast.money)),
            .init("\(state.t(BudgetText.budgetForecast)) \(state.t(BudgetText.forecastPlaces))", forecastLine(forecast.places)),
            .init(state.t(CommonText.detailProviders), providers.isEmpty ? state.t(CommonText.valueUnknown) : providers.joined(separator: "\n")),
            .init(state.t(BudgetText.budgetPayments), payments.isEmpty ? state.t(BudgetText.budgetNoPayments) : payments.joined(separator: "\n")),
        ])
    }

    // MARK: Payments

    static func paymentsModel(_ state: AppState) -> PaneModel {
        let rows = BudgetList.payments(state)
        let doc = state.document, lang = state.language
        return PaneModel(
            columns: [
                TableColumn(state.t(BudgetText.colDate), .fixed(10)),
                TableColumn(state.t(BudgetText.colMeasure), .flexible(minimum: 12, weight: 2)),
                TableColumn(state.t(CaseText.caseProvider), .flexible(minimum: 10), dropOrder: 2),
                TableColumn(state.t(BudgetText.colAmount), .fixed(15), alignRight: true),
                TableColumn(state.t(BudgetText.colReference), .flexible(minimum: 10), dropOrder: 1),
            ],
            rows: RowSource(count: rows.count, cells: { i in
                let p = rows[i]
                return [p.day.text(lang), BudgetList.measureName(p.measureID, doc), BudgetList.providerName(p.providerID, doc),
                        NumberFormat.money(p.amount, lang), p.reference]
            }),
            total: doc.payments.items.filter { p in shownYear(state).map { doc.measures[p.measureID]?.year == $0 } ?? true }.count,
            detail: {
                let i = state[.budgets].cursor.selected
                guard rows.indices.contains(i) else { return nil }
                let p = rows[i]
                return DetailView(heading: "\(p.day.text(lang))  \(NumberFormat.money(p.amount, lang))", lines: [
                    .init(state.t(BudgetText.colMeasure), BudgetList.measureName(p.measureID, doc)),
                    .init(state.t(CaseText.caseProvider), p.providerID == nil ? state.t(CommonText.valueUnknown) : BudgetList.providerName(p.providerID, doc)),
                    .init(state.t(BudgetText.colDate), p.day.text(lang)),
                    .init(state.t(BudgetText.colAmount), NumberFormat.money(p.amount, lang)),
                    .init(state.t(BudgetText.colReference), p.reference),
                ])
            }
        )
    }

    // MARK: Träger

    static func providersModel(_ state: AppState) -> PaneModel {
        let rows = BudgetList.providers(state)
        let lang = state.language
        return PaneModel(
            columns: [
                TableColumn(state.t(CaseText.caseProvider), .flexible(minimum: 14)),
                TableColumn(state.t(BudgetText.colMeasures), .fixed(9), alignRight: true, dropOrder: 3),
                TableColumn(state.t(BudgetText.colEnrolled), .fixed(8), alignRight: true),
                TableColumn(state.t(BudgetText.colCommitted), .fixed(14), alignRight: true, dropOrder: 1),
                TableColumn(state.t(BudgetText.colSpent), .fixed(14), alignRight: true, dropOrder: 2),
            ],
            rows: RowSource(count: rows.count, cells: { i in
                let r = rows[i]
                return [r.name, NumberFormat.integer(r.measures, lang), NumberFormat.integer(r.enrolled, lang),
                        r.committed.map { NumberFormat.money($0, lang) } ?? state.t(CommonText.valueUnknown), NumberFormat.money(r.spent, lang)]
            }),
            total: BudgetFigures.byProvider(in: state.document, year: shownYear(state)).count,
            detail: { nil }
        )
    }

    // MARK: Statistics

    static func statisticsModel(_ state: AppState) -> PaneModel {
        var model = PaneModel(columns: [], rows: RowSource([]), total: 0, detail: { nil })
        model.custom = { rect, canvas in
            StatisticsView.draw(state, year: shownYear(state), scroll: state[.budgets].detailScroll, in: rect, on: &canvas)
        }
        return model
    }
}
