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

    /// Matching partners in the chosen order.
    public static func rows(_ document: Document, query: String, filter: PartnerFilter = PartnerFilter(), sort: PartnerSort = .name) -> [Partner] {
        let items = document.partners.items
        return matching(document, query: query, filter: filter, sort: sort, within: nil).map { items[Int($0)] }
    }

    /// Positions of the matching partners in the chosen order; `earlier` (the matches of a
    /// shorter query, same order) narrows the search to those when they are few.
    static func matching(_ document: Document, query: String, filter: PartnerFilter, sort: PartnerSort, within earlier: [Int32]?) -> [Int32] {
        let index = index(document)
        let q = SearchKey.Query(query)
        let items = document.partners.items
        let unfiltered = filter.isEmpty
        var out: [Int32] = []
        // Many earlier matches are read in the list's order, a random walk through the keys'
        // memory (200,000 of them took 100 ms): one pass over all the keys in table order is
        // faster than that from about an eighth of the table on.
        if q.isEmpty, unfiltered { return index.order(sort.rawValue).map { Int32($0) } }
        // Only a query needs the keys: a filter alone shows at once after a load.
        let keys = q.isEmpty ? nil : index.keys
        if let earlier, let keys, earlier.count < items.count / 8 {
            out.reserveCapacity(earlier.count)
            for p in earlier where keys.matches(Int(p), q) { out.append(p) }
            return out
        }
        // The keys are read in table order (the arena front to back), then the hits walked in
        // the sort order.
        let hit = keys?.matchAll(q)
        for i in index.order(sort.rawValue) where hit?[i] ?? true && (unfiltered || filter.matches(items[i])) {
            out.append(Int32(i))
        }
        return out
    }

    /// The rows the pane shows for the state: the flat list, or the tree grouped by category.
    /// Remembered for the last state asked, since the reducer and the frame ask several times.
    public static func rows(_ state: AppState) -> PartnerRows { rows(state.document, state.directory) }

    public static func rows(_ document: Document, _ directory: DirectoryState) -> PartnerRows {
        let key = RowsKey(version: document.partners.version, query: directory.list.filter.text, filter: directory.filter,
                          sort: directory.sort, tree: directory.showsTree, collapsed: directory.collapsed)
        // Typing on narrows what the last keystroke found: only those partners are searched again.
        var narrowed: [Int32]?
        if let (last, rows) = document.memo.slots.partnerRows.last, last.query.count < key.query.count, key.query.hasPrefix(last.query),
           last.version == key.version, last.filter == key.filter, last.sort == key.sort {
            narrowed = rows.matched
        }
        return document.memo.slots.partnerRows.value(for: key) {
            let matched = matching(document, query: key.query, filter: key.filter, sort: key.sort, within: narrowed)
            return PartnerRows(matched, items: document.partners.items, tree: key.tree, collapsed: key.collapsed)
        }
    }

    struct RowsKey: Equatable {
        var version: UInt64
        var query: String
        var filter: PartnerFilter
        var sort: PartnerSort
        var tree: Bool
        var collapsed: Set<PartnerCategory>
    }
}

/// The partner pane's rows, made into `PartnerRow`s only when asked: positions into the partner
/// table and the tree's headings, so 200,000 matching partners cost an array of small integers
/// per keystroke, not 200,000 copies of partners.
public struct PartnerRows: RandomAccessCollection, Sendable {
    /// The matching partners' positions in the table, in the list's order, before grouping.
    let matched: [Int32]
    /// What the list shows: a partner's position, or -1 - n for the n-th heading.
    private let entries: [Int32]
    private let headings: [PartnerRow]
    private let items: [Partner]

    init(_ matched: [Int32], items: [Partner], tree: Bool, collapsed: Set<PartnerCategory>) {
        self.matched = matched
        self.items = items
        guard tree else {
            entries = matched
            headings = []
            return
        }
        var groups = [[Int32]](repeating: [], count: PartnerCategory.allCases.count)
        let rank = Dictionary(uniqueKeysWithValues: PartnerCategory.allCases.enumerated().map { ($0.element, $0.offset) })
        for p in matched { groups[rank[items[Int(p)].category] ?? 0].append(p) }
        var entries: [Int32] = []
        var headings: [PartnerRow] = []
        for (category, members) in zip(PartnerCategory.allCases, groups) where !members.isEmpty {
            let expanded = !collapsed.contains(category)
            entries.append(-1 - Int32(headings.count))
            headings.append(.group(category, count: members.count, expanded: expanded))
            if expanded { entries += members }
        }
        self.entries = entries
        self.headings = headings
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }
    public subscript(i: Int) -> PartnerRow {
        let e = entries[i]
        return e >= 0 ? .partner(items[Int(e)]) : headings[Int(-1 - e)]
    }

    /// How many partners match (in the tree: under the headings, open or closed).
    public var partnerCount: Int { matched.count }
}
