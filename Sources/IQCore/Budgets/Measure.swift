/// A qualification measure (Maßnahme) with its money and places for one year.
/// Fields the sources do not give are nil and shown as unknown, never as zero.
public struct Measure: Record, Codable {
    public var id: RecordID
    public var meta: RecordMeta
    public var name: String
    public var fieldOfAction: FieldOfAction
    public var providerIDs: [RecordID]
    public var year: Int
    public var allocation: Money?
    public var plannedParticipants: Int?
    public var costPerParticipant: Money?
    /// "ca." in the sources: the figures are approximate.
    public var isApproximate: Bool

    public init(id: RecordID, meta: RecordMeta = .seed, name: String, fieldOfAction: FieldOfAction,
                providerIDs: [RecordID], year: Int, allocation: Money?, plannedParticipants: Int?,
                costPerParticipant: Money?, isApproximate: Bool) {
        self.id = id
        self.meta = meta
        self.name = name
        self.fieldOfAction = fieldOfAction
        self.providerIDs = providerIDs
        self.year = year
        self.allocation = allocation
        self.plannedParticipants = plannedParticipants
        self.costPerParticipant = costPerParticipant
        self.isApproximate = isApproximate
    }
}

/// An amount in euro cents: money is never a floating-point number.
public struct Money: Equatable, Hashable, Comparable, Codable, Sendable {
    public var cents: Int64
    public init(cents: Int64) { self.cents = cents }
    public static func euros(_ euros: Int64) -> Money { Money(cents: euros * 100) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
}

extension Money {
    /// Sums and products saturate instead of trapping: absurd amounts typed into a form must
    /// not crash the program when many cases multiply them.
    public func times(_ n: Int) -> Money {
        let (product, overflow) = cents.multipliedReportingOverflow(by: Int64(n))
        return Money(cents: overflow ? (cents < 0) != (n < 0) ? .min : .max : product)
    }

    public static func + (a: Money, b: Money) -> Money {
        let (sum, overflow) = a.cents.addingReportingOverflow(b.cents)
        return Money(cents: overflow ? (b.cents < 0 ? .min : .max) : sum)
    }
}
