/// The relations of one partner in both directions: what it does (funds, cooperates with,
/// refers to, is part of, coordinates, runs) and what others do towards it, for walking the network.
public struct NetworkLink: Equatable, Sendable {
    public enum Direction: Equatable, Sendable { case outgoing, incoming }
    public var kind: RelationKind
    public var direction: Direction
    public var other: RecordID

    /// How the interface words the link from the shown partner's side.
    public var label: Message {
        switch (kind, direction) {
        case (.funds, .outgoing): DomainText.relationFunds
        case (.funds, .incoming): DomainText.relationFundedBy
        case (.cooperatesWith, _): DomainText.relationCooperatesWith
        case (.refersTo, .outgoing): DomainText.relationRefersTo
        case (.refersTo, .incoming): DomainText.relationReferredFrom
        case (.partOf, .outgoing): DomainText.relationPartOf
        case (.partOf, .incoming): DomainText.relationHasPart
        case (.coordinates, .outgoing): DomainText.relationCoordinates
        case (.coordinates, .incoming): DomainText.relationCoordinatedBy
        case (.runs, .outgoing): DomainText.relationRuns
        case (.runs, .incoming): DomainText.relationRunBy
        }
    }
}

public enum PartnerNetwork {
    /// Outgoing links first (in the record's order), then incoming ones by the other's name;
    /// links to partners that no longer exist are left out.
    public static func links(of id: RecordID, in document: Document) -> [NetworkLink] {
        guard let partner = document.partners[id] else { return [] }
        var links = partner.relations.compactMap { r in
            document.partners[r.target] == nil ? nil : NetworkLink(kind: r.kind, direction: .outgoing, other: r.target)
        }
        var incoming: [(String, NetworkLink)] = []
        for other in document.partners.items where other.id != id {
            for r in other.relations where r.target == id {
                // A cooperation stated on both sides is shown once.
                if r.kind == .cooperatesWith, links.contains(where: { $0.kind == .cooperatesWith && $0.other == other.id }) { continue }
                incoming.append((other.name, NetworkLink(kind: r.kind, direction: .incoming, other: other.id)))
            }
        }
        links += incoming.sorted { SearchKey.sortKey($0.0).lexicographicallyPrecedes(SearchKey.sortKey($1.0)) }.map(\.1)
        return links
    }
}
