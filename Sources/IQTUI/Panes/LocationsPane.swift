import Foundation
import IQCore

/// Pane 2: the counselling and qualification sites.
enum LocationsPane {
    static func model(_ state: AppState) -> PaneModel {
        let sites = SiteList.rows(state.document, query: state[.locations].filter.text)
        return PaneModel(
            columns: [
                TableColumn(state.t(.colCity), .fixed(14)),
                TableColumn(state.t(.colName), .flexible(minimum: 14, weight: 2)),
                TableColumn(state.t(.colServices), .flexible(minimum: 24, weight: 1), dropOrder: 1),
            ],
            rows: RowSource(sites.map { site in
                [site.isMobile ? state.t(.valueMobile) : site.city,
                 site.name,
                 site.services.map { state.t($0.label) }.joined(separator: ", ")]
            }),
            total: state.document.sites.count,
            detail: {
                let i = state[.locations].cursor.selected
                return sites.indices.contains(i) ? detail(sites[i], state) : nil
            }
        )
    }

    static func detail(_ site: Site, _ state: AppState) -> DetailView {
        let east = state.language == .de ? "O" : "E"
        let coordinate = site.coordinate.map { String(format: "%.4f° N, %.4f° \(east)", $0.latitude, $0.longitude) }
        var lines: [DetailView.Line] = [
            .init(state.t(.colCity), site.city),
            .init(state.t(.colOperator), site.operatorID.flatMap { state.document.partners[$0]?.name } ?? state.t(.valueUnknown)),
            .init(state.t(.colServices), site.services.map { state.t($0.label) }.joined(separator: "\n")),
            .init(state.t(.detailCoordinates), coordinate ?? state.t(.detailMobileSite)),
        ]
        if !site.note.isEmpty { lines.append(.init(state.t(.detailNote), site.note)) }
        return DetailView(heading: site.name, lines: lines)
    }
}
