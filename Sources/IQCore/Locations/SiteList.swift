/// The site list as the pane shows it: searched, filtered by service, and ordered by city — or
/// by distance from the client's place once one is set (the mobile team, without a fixed place,
/// comes last).
public enum SiteList {
    public static func rows(_ document: Document, query: String) -> [Site] {
        // The index keeps its text maker until the keys are made: the partners table, not the
        // document, whose memo holds the index (that would be a cycle). A renamed Träger makes
        // the keys anew (`reads`).
        let partners = document.partners
        let index = document.memo.slots.siteIndex.index(document.sites, reads: partners.version,
                                                        text: { site in "\(site.name) \(site.city) \(site.operatorID.flatMap { partners[$0]?.name } ?? "")" },
                                                        sortKeys: ["name": \.name, "city": { $0.isMobile ? "\u{10FFFF}" : "\($0.city) \($0.name)" }])
        let q = SearchKey.Query(query)
        let items = document.sites.items
        let order = index.order("city")
        guard !q.isEmpty else { return order.map { items[$0] } }
        let keys = index.keys
        return order.filter { keys.matches($0, q) }.map { items[$0] }
    }

    public static func rows(_ state: AppState) -> [SiteRow] { rows(state.document, state.locations) }

    public static func rows(_ document: Document, _ l: LocationsState) -> [SiteRow] {
        let sites = rows(document, query: l.list.filter.text)
            .filter { site in l.service.map { site.services.contains($0) } ?? true }
        guard let origin = l.origin else { return sites.map { SiteRow(site: $0, km: nil) } }
        let ranked = NearestSites.rank(sites, from: origin.point, service: l.service).map { SiteRow(site: $0.site, km: $0.km) }
        return ranked + sites.filter(\.isMobile).map { SiteRow(site: $0, km: nil) }
    }
}
