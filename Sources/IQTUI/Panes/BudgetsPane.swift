import IQCore

/// Pane 4: the qualification measures with their money and places.
enum BudgetsPane {
    static func model(_ state: AppState) -> PaneModel {
        let measures = MeasureList.rows(state.document, query: state[.budgets].filter.text)
        return PaneModel(
            columns: [
                TableColumn(state.t(.colYear), .fixed(4)),
                TableColumn(state.t(.colName), .flexible(minimum: 12)),
                TableColumn(state.t(.colAllocation), .fixed(15), alignRight: true),
                TableColumn(state.t(.colParticipants), .fixed(10), alignRight: true, dropOrder: 1),
                TableColumn(state.t(.colCommitted), .fixed(13), alignRight: true, dropOrder: 2),
                TableColumn(state.t(.colEnrolled), .fixed(8), alignRight: true, dropOrder: 3),
            ],
            rows: RowSource(measures.map { m in
                let c = Commitment.of(m, in: state.document)
                return [String(m.year), m.name, money(m.allocation, m.isApproximate, state),
                        m.plannedParticipants.map { approx(NumberFormat.integer($0, state.language), m.isApproximate, state) } ?? state.t(.valueUnknown),
                        c.committed.map { NumberFormat.money($0, state.language) } ?? state.t(.valueUnknown),
                        NumberFormat.integer(c.enrolled, state.language)]
            }),
            total: state.document.measures.count,
            detail: {
                let i = state[.budgets].cursor.selected
                return measures.indices.contains(i) ? detail(measures[i], state) : nil
            },
            gauges: {
                let i = state[.budgets].cursor.selected
                return measures.indices.contains(i) ? gauges(measures[i], state) : []
            }
        )
    }

    static func approx(_ s: String, _ isApproximate: Bool, _ state: AppState) -> String {
        isApproximate ? "\(state.t(.valueApproximately)) \(s)" : s
    }

    static func money(_ m: Money?, _ isApproximate: Bool, _ state: AppState) -> String {
        m.map { approx(NumberFormat.money($0, state.language), isApproximate, state) } ?? state.t(.valueUnknown)
    }

    /// The money bound by enrolled cases against the allocation, and the places taken against
    /// those planned — each with its numbers, so colour is never the only sign.
    static func gauges(_ m: Measure, _ state: AppState) -> [Gauge] {
        let c = Commitment.of(m, in: state.document)
        let lang = state.language
        let committed = Double(c.committed?.cents ?? 0), allocation = m.allocation.map { Double($0.cents) }
        let moneyText = [c.committed.map { NumberFormat.money($0, lang) } ?? state.t(.valueUnknown),
                         m.allocation.map { NumberFormat.money($0, lang) } ?? state.t(.valueUnknown)].joined(separator: " / ")
            + (allocation.map { $0 > 0 ? "  " + PercentFormat.percent(committed / $0, lang) : "" } ?? "")
        let planned = m.plannedParticipants.map(Double.init)
        let placesText = "\(NumberFormat.integer(c.enrolled, lang)) / " + (m.plannedParticipants.map { NumberFormat.integer($0, lang) } ?? state.t(.valueUnknown))
            + (planned.map { $0 > 0 ? "  " + PercentFormat.percent(Double(c.enrolled) / $0, lang) : "" } ?? "")
        return [
            Gauge(label: state.t(.colCommitted), value: committed, maximum: allocation, text: moneyText),
            Gauge(label: state.t(.colEnrolled), value: Double(c.enrolled), maximum: planned, text: placesText),
        ]
    }

    static func detail(_ m: Measure, _ state: AppState) -> DetailView {
        let providers = m.providerIDs.map { state.document.partners[$0]?.name ?? $0.rawValue }
        return DetailView(heading: "\(m.name) \(m.year)", lines: [
            .init(state.t(.colField), state.t(m.fieldOfAction.label)),
            .init(state.t(.colYear), String(m.year)),
            .init(state.t(.colAllocation), money(m.allocation, m.isApproximate, state)),
            .init(state.t(.colParticipants), m.plannedParticipants.map { approx(NumberFormat.integer($0, state.language), m.isApproximate, state) } ?? state.t(.valueUnknown)),
            .init(state.t(.colCostPerParticipant), money(m.costPerParticipant, m.isApproximate, state)),
            .init(state.t(.colEnrolled), NumberFormat.integer(Commitment.of(m, in: state.document).enrolled, state.language)),
            .init(state.t(.colCommitted), Commitment.of(m, in: state.document).committed.map { NumberFormat.money($0, state.language) } ?? state.t(.valueUnknown)),
            .init(state.t(.detailProviders), providers.isEmpty ? state.t(.valueUnknown) : providers.joined(separator: "\n")),
        ])
    }
}
