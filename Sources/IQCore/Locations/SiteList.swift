/// The site list as the pane shows it: filtered by the query, sorted by city, then name.
public enum SiteList {
    public static func rows(_ document: Document, query: String) -> [Site] {
        document.sites.items
            .filter { site in
                let operatorName = site.operatorID.flatMap { document.partners[$0]?.name } ?? ""
                return SearchKey([site.name, site.city, operatorName].joined(separator: " ")).matches(query)
            }
            .map { (key: SearchKey($0.city + " " + $0.name).stripped, site: $0) }
            .sorted { $0.key < $1.key }
            .map(\.site)
    }
}
