import IQCore

/// Pane 1: the organisations of the network.
enum PartnersPane {
    static func model(_ state: AppState) -> PaneModel {
        let partners = PartnerList.rows(state.document, query: state[.partners].filter.text)
        return PaneModel(
            columns: [
                TableColumn(state.t(.colName), .flexible(minimum: 16, weight: 3)),
                TableColumn(state.t(.colShortName), .fixed(10), dropOrder: 2),
                TableColumn(state.t(.colCategory), .flexible(minimum: 18, weight: 1), dropOrder: 3),
                TableColumn(state.t(.colCity), .flexible(minimum: 12, weight: 1), dropOrder: 1),
            ],
            rows: partners.map { [$0.name, $0.shortName, state.t($0.category.label), $0.cities.joined(separator: ", ")] },
            total: state.document.partners.count,
            detail: { detail(partners[$0], state) }
        )
    }

    static func detail(_ p: Partner, _ state: AppState) -> DetailView {
        let none = state.t(.valueNone)
        func orNone(_ s: String) -> String { s.isEmpty ? none : s }
        let relations = p.relations.map { r in
            "\(state.t(r.kind.label)) \(state.document.partners[r.target]?.name ?? r.target.rawValue)"
        }
        return DetailView(heading: p.shortName.isEmpty ? p.name : "\(p.name) (\(p.shortName))", lines: [
            .init(state.t(.colCategory), state.t(p.category.label)),
            .init(state.t(.detailLevel), p.level.map { state.t($0.label) } ?? state.t(.valueUnknown)),
            .init(state.t(.detailFields), orNone(p.fieldsOfAction.map { state.t($0.label) }.joined(separator: ", "))),
            .init(state.t(.detailCities), orNone(p.cities.joined(separator: ", "))),
            .init(state.t(.detailRole), orNone(p.role)),
            .init(state.t(.detailWebsite), orNone(p.website)),
            .init(state.t(.detailEmail), orNone(p.email)),
            .init(state.t(.detailPhone), orNone(p.phone)),
            .init(state.t(.detailAddress), orNone(p.address)),
            .init(state.t(.detailRelations), orNone(relations.joined(separator: "\n"))),
        ])
    }
}
