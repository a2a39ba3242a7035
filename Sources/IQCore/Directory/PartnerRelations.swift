/// The open partner's relations as its pane lists them: grouped by kind and direction
/// (fördert, wird gefördert von, kooperiert mit …), each group a heading with its count that
/// folds, the links of an unfolded group under it.
public struct RelationGroup: Hashable, Sendable {
    public var kind: RelationKind
    public var direction: NetworkLink.Direction

    public init(_ link: NetworkLink) {
        kind = link.kind
        // A cooperation reads the same from both sides: one group.
        direction = link.kind == .cooperatesWith ? .outgoing : link.direction
    }

    public var label: Message { NetworkLink(kind: kind, direction: direction, other: RecordID("")).label }
}

public enum RelationRow: Equatable, Sendable {
    case group(RelationGroup, count: Int, folded: Bool)
    case link(NetworkLink)
}

extension PartnerNetwork {
    /// The rows of the relations: groups in the order of the kinds (each what the partner does
    /// first, then what others do towards it), links in `links`' order.
    public static func rows(of id: RecordID, in document: Document, folded: Set<RelationGroup>) -> [RelationRow] {
        let all = links(of: id, in: document)
        var rows: [RelationRow] = []
        for kind in RelationKind.allCases {
            for direction in [NetworkLink.Direction.outgoing, .incoming] {
                let group = RelationGroup(NetworkLink(kind: kind, direction: direction, other: id))
                // Cooperations are one group, made in the outgoing pass.
                guard group.direction == direction else { continue }
                let members = all.filter { RelationGroup($0) == group }
                guard !members.isEmpty else { continue }
                let isFolded = folded.contains(group)
                rows.append(.group(group, count: members.count, folded: isFolded))
                if !isFolded { rows += members.map(RelationRow.link) }
            }
        }
        return rows
    }
}
