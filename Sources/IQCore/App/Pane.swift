/// The four panes of the main screen, in the order of their number keys.
public enum Pane: Int, CaseIterable, Sendable, Comparable {
    case partners = 1, locations, cases, budgets

    public var number: Int { rawValue }

    public var title: Message {
        switch self {
        case .partners: CommonText.paneTitlePartners
        case .locations: CommonText.paneTitleLocations
        case .cases: CommonText.paneTitleCases
        case .budgets: CommonText.paneTitleBudgets
        }
    }

    public var next: Pane { Pane(rawValue: rawValue % 4 + 1) ?? .partners }
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1) ?? .budgets }

    public static func < (a: Pane, b: Pane) -> Bool { a.rawValue < b.rawValue }
}
