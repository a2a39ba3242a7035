/// The measures as the budget pane lists them: by year, then name.
public enum MeasureList {
    public static func rows(_ document: Document, query: String) -> [Measure] {
        document.measures.items
            .filter { SearchKey("\($0.name) \($0.year)").matches(query) }
            .sorted { ($0.year, $0.name) < ($1.year, $1.name) }
    }
}
