/// The partner directory: sorting, facets, the relation walk.
public enum PartnerText {
    public static func sortedBy(_ sort: String) -> Message {
        Message(de: "sortiert nach \(sort)",
                en: "sorted by \(sort)")
    }
    public static func filteredBy(_ facets: String) -> Message {
        Message(de: "Filter: \(facets)",
                en: "filter: \(facets)")
    }
    public static var detailPath: Message { Message(de: "Weg", en: "Path") }
}
