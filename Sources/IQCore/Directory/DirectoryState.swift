/// What the partner pane remembers beyond its list: filters, sort order, the grouped tree and
/// the path walked through the network in the detail view.
public struct DirectoryState: Equatable, Sendable {
    /// The partner list: selection, search typed with `/`, whether a partner is open.
    public var list = PaneState()
    public var filter = PartnerFilter()
    public var sort: PartnerSort = .name
    /// Grouped by category with counts, instead of a flat list.
    public var showsTree = false
    public var collapsed: Set<PartnerCategory> = []
    /// Partners visited in the detail view, the one shown last; Backspace walks back.
    public var path: [RecordID] = []
    /// The selected row of the partner shown's relations (a group heading or a relation).
    public var relationCursor = 0
    /// Relation groups folded to their heading; kept while walking, as a reader's choice.
    public var foldedRelations: Set<RelationGroup> = []
    /// The relation chosen at each earlier step of the path, so walking back returns to it.
    public var pathCursors: [Int] = []

    public init() {}
}

/// Facet filters of the partner list; nil means "all".
public struct PartnerFilter: Equatable, Sendable {
    public var category: PartnerCategory?
    public var field: FieldOfAction?
    public var city: String?
    public var level: Level?

    public init(category: PartnerCategory? = nil, field: FieldOfAction? = nil, city: String? = nil, level: Level? = nil) {
        self.category = category
        self.field = field
        self.city = city
        self.level = level
    }

    public var isEmpty: Bool { category == nil && field == nil && city == nil && level == nil }

    public func matches(_ p: Partner) -> Bool {
        if let category, p.category != category { return false }
        if let field, !p.fieldsOfAction.contains(field) { return false }
        if let level, p.level != level { return false }
        if let city, !p.cities.contains(where: { SearchKey.sortKey($0) == SearchKey.sortKey(city) }) { return false }
        return true
    }
}

public enum PartnerSort: String, CaseIterable, Sendable {
    case name, category, city

    public var next: PartnerSort {
        let all = PartnerSort.allCases
        return all[(all.firstIndex(of: self).map { $0 + 1 } ?? 0) % all.count]
    }

    public var label: Message {
        switch self {
        case .name: CommonText.colName
        case .category: CommonText.colCategory
        case .city: CommonText.colCity
        }
    }
}

/// A row of the partner pane: a partner, or in the tree a category heading with its count.
public enum PartnerRow: Equatable, Sendable {
    case group(PartnerCategory, count: Int, expanded: Bool)
    case partner(Partner)

    public var partner: Partner? {
        if case .partner(let p) = self { return p }
        return nil
    }
}
