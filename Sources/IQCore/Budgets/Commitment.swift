/// What the cases have bound of a measure: each case enrolled in it (and not cancelled) commits
/// the measure's cost per participant.
public struct Commitment: Equatable, Sendable {
    public var enrolled: Int
    /// nil when the measure's cost per participant is unknown (never shown as zero).
    public var committed: Money?

    public static func of(_ measure: Measure, in document: Document) -> Commitment {
        let enrolled = document.cases.items.reduce(0) { n, c in
            n + (c.measureID == measure.id && c.status != .cancelled ? 1 : 0)
        }
        return Commitment(enrolled: enrolled, committed: measure.costPerParticipant.map { Money(cents: $0.cents * Int64(enrolled)) })
    }
}
