/// The measures as the budget pane lists them: by year, then name.
public enum MeasureList {
    public static func rows(_ document: Document, query: String) -> [Measure] {
        let index = IndexCache.shared.index("measures", document.measures,
                                            text: { "\($0.name) \($0.year)" },
                                            sortKeys: ["name": \.name, "year": { "\($0.year) \($0.name)" }])
        let q = SearchKey.Query(query)
        let items = document.measures.items
        return index.order("year").filter { index.keys[$0].matches(q) }.map { items[$0] }
    }
}
