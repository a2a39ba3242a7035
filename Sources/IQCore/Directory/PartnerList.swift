/// The partner list as the pane shows it: searched, filtered, sorted, flat or grouped.
public enum PartnerList {
    static func index(_ document: Document) -> ListIndex<Partner> {
        document.memo.slots.partnerIndex.index(document.partners,
                                               text: { "\($0.name) \($0.shortName) \($0.cities.joined(separator: " "))" },
                                               sortKeys: ["name": \.name, "category": { categoryRank($0.category) + " " + $0.name },
                                                          "city": { $0.cities.first ?? "\u{10FFFF}" }])
    }

    /// Categories sort in the tree's order (the order of PartnerCategory), whatever the language.
    static func categoryRank(_ c: PartnerCategory) -> String {
        let i = PartnerCategory.allCases.firstIndex(of: c) ?? 0
        return i < 10 ? "0\(i)" : "\(i)"
    }

    /// Builds the search index and the name order off the UI loop (after a load), so the first
    /// frame with a large file does not wait for them.
    public static func prewarm(_ document: Document) {
        _ = index(document).order(PartnerSort.name.rawValue)
    }

    /// Matching partners in the chosen order.
    public static func rows(_ document: Document, query: String, filter: PartnerFilter = PartnerFilter(), sort: PartnerSort = .name) -> [Partner] {
        let index = index(document)
        let q = SearchKey.Query(query)
        let items = document.partners.items
        var out: [Partner] = []
        for i in index.order(sort.rawValue) where index.keys[i].matches(q) && filter.matches(items[i]) {
            out.append(items[i])
        }
        return out
    }

    /// The rows the pane shows for the state: the flat list, or the tree grouped by category.
    /// Remembered for the last state asked, since the reducer and the frame ask several times.
    public static func rows(_ state: AppState) -> [PartnerRow] { rows(state.document, state.directory) }

    public static func rows(_ document: Document, _ directory: DirectoryState) -> [PartnerRow] {
        let key = RowsKey(version: document.partners.version, query: directory.list.filter.text, filter: directory.filter,
                          sort: directory.sort, tree: directory.showsTree, collapsed: directory.collapsed)
        return document.memo.slots.partnerRows.value(for: key) { computeRows(document, directory) }
    }

    struct RowsKey: Equatable {
        var version: UInt64
        var query: String
        var filter: PartnerFilter
        var sort: PartnerSort
        var tree: Bool
        var collapsed: Set<PartnerCategory>
    }

    static func computeRows(_ document: Document, _ d: DirectoryState) -> [PartnerRow] {
        let partners = rows(document, query: d.list.filter.text, filter: d.filter, sort: d.sort)
        guard d.showsTree else { return partners.map(PartnerRow.partner) }
        var groups: [PartnerCategory: [Partner]] = [:]
        for p in partners { groups[p.category, default: []].append(p) }
        var out: [PartnerRow] = []
        for category in PartnerCategory.allCases {
            guard let members = groups[category] else { continue }
            let expanded = !d.collapsed.contains(category)
            out.append(.group(category, count: members.count, expanded: expanded))
            if expanded { out += members.map(PartnerRow.partner) }
        }
        return out
    }
}
