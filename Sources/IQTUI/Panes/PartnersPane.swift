import IQCore

/// Pane 1: the organisations of the network — a list or a tree by category, and a detail view
/// that walks the network along the relations.
enum PartnersPane {
    static func model(_ state: AppState) -> PaneModel {
        let rows = PartnerList.rows(state)
        let cells = { (i: Int) -> [String] in
            switch rows[i] {
            case .group(let category, let count, let expanded):
                let marker = state.options.ascii ? (expanded ? "-" : "+") : (expanded ? "▾" : "▸")
                return ["\(marker) \(state.t(category.label)) (\(NumberFormat.integer(count, state.language)))"]
            case .partner(let p):
                let indent = state.directory.showsTree ? "  " : ""
                return [indent + p.name, p.shortName, state.t(p.category.label), p.cities.joined(separator: ", ")]
            }
        }
        let isHeading = { (i: Int) -> Bool in rows[i].partner == nil }
        return PaneModel(
            columns: [
                TableColumn(state.t(CommonText.colName), .flexible(minimum: 22, weight: 3)),
                TableColumn(state.t(CommonText.colShortName), .flexible(minimum: 8, weight: 0, maximum: 12), dropOrder: 1,
                            shortTitle: state.t(CommonText.colShortNameList)),
                TableColumn(state.t(CommonText.colCategory), .flexible(minimum: 12, weight: 0, maximum: 26), dropOrder: 3),
                TableColumn(state.t(CommonText.colCity), .flexible(minimum: 10, weight: 1), dropOrder: 2),
            ],
            rows: RowSource(count: rows.count, cells: cells, isHeading: isHeading, distinct: (0, { i in
                guard let p = rows[i].partner else { return "" }
                return p.shortName.isEmpty ? p.cities.first ?? "" : p.shortName
            })),
            total: state.document.partners.count,
            detail: { detail(state) },
            entryCount: state.directory.showsTree ? rows.partnerCount : nil,
            caption: caption(state)
        )
    }

    /// "sortiert nach Ort · Filter: Kammern, Köln" in the frame's bottom edge.
    static func caption(_ state: AppState) -> String {
        let d = state.directory
        var parts: [String] = []
        if d.sort != .name { parts.append(PartnerText.sortedBy(state.t(d.sort.label)).text(state.language)) }
        let f = d.filter
        let facets = [f.category.map { state.t($0.label) }, f.field.map { state.t($0.label) }, f.city, f.level.map { state.t($0.label) }].compactMap { $0 }
        if !facets.isEmpty { parts.append(PartnerText.filteredBy(facets.joined(separator: ", ")).text(state.language)) }
        return parts.joined(separator: " · ")
    }

    static func detail(_ state: AppState) -> DetailView? {
        guard let id = state.directory.path.last, let p = state.document.partners[id] else { return nil }
        let none = state.t(CommonText.valueNone)
        var view = DetailView(heading: p.shortName.isEmpty ? p.name : "\(p.name) (\(p.shortName))", lines: [
            .init(state.t(CommonText.colCategory), state.t(p.category.label)),
            .init(state.t(CommonText.detailLevel), p.level.map { state.t($0.label) } ?? "", or: state.t(CommonText.valueUnknown)),
            .init(state.t(CommonText.detailFields), p.fieldsOfAction.map { state.t($0.label) }.joined(separator: ", "), or: none),
            .init(state.t(CommonText.detailCities), p.cities.joined(separator: ", "), or: none),
            .init(state.t(CommonText.detailRole), p.role, or: none),
            .init(state.t(CommonText.detailWebsite), p.website, or: none),
            .init(state.t(CommonText.detailEmail), p.email, or: none),
            .init(state.t(CommonText.detailPhone), p.phone, or: none),
            .init(state.t(CommonText.detailAddress), p.address, or: none),
        ])
        view.linksTitle = state.t(CommonText.detailRelations)
        // The name (heading) and category stay on top while the relations scroll.
        view.pinned = 1
        let ascii = state.options.ascii
        let rows = PartnerNetwork.rows(of: id, in: state.document, folded: state.directory.foldedRelations)
        view.links = rows.map { row in
            switch row {
            case .group(let group, let count, let folded):
                let marker = ascii ? (folded ? "+" : "-") : (folded ? "▸" : "▾")
                return "\(marker) \(state.t(group.label)) (\(NumberFormat.integer(count, state.language)))"
            case .link(let link):
                let other = state.document.partners[link.other]
                return "  " + (other.map { $0.shortName.isEmpty ? $0.name : $0.shortName } ?? link.other.rawValue)
            }
        }
        view.linkHeadings = Set(rows.indices.filter { if case .group = rows[$0] { true } else { false } })
        if view.links.isEmpty { view.lines.append(.init(state.t(CommonText.detailRelations), none)) }
        view.linkCursor = state.directory.relationCursor
        if state.directory.path.count > 1 {
            let names = state.directory.path.map { pid in
                state.document.partners[pid].map { $0.shortName.isEmpty ? $0.name : $0.shortName } ?? pid.rawValue
            }
            view.trail = "\(state.t(PartnerText.detailPath)): " + names.joined(separator: state.options.ascii ? " > " : " › ")
        }
        return view
    }
}
