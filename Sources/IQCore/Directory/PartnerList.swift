/// The partner list as the pane shows it: filtered by the query, sorted by name.
public enum PartnerList {
    public static func rows(_ document: Document, query: String) -> [Partner] {
        document.partners.items
            .filter { SearchKey([$0.name, $0.shortName, $0.cities.joined(separator: " ")].joined(separator: " ")).matches(query) }
            .map { (key: SearchKey($0.name).stripped, partner: $0) }
            .sorted { $0.key < $1.key }
            .map(\.partner)
    }
}
