/// The site list as the pane shows it: filtered by the query, sorted by city, then name.
public enum SiteList {
    public static func rows(_ document: Document, query: String) -> [Site] {
        let index = IndexCache.shared.index("sites", document.sites,
                                            text: { site in "\(site.name) \(site.city) \(site.operatorID.flatMap { document.partners[$0]?.name } ?? "")" },
                                            sortKeys: ["name": \.name, "city": { "\($0.city) \($0.name)" }])
        let q = SearchKey.Query(query)
        let items = document.sites.items
        return index.order("city").filter { index.keys[$0].matches(q) }.map { items[$0] }
    }
}
