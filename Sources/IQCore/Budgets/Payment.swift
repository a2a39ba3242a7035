/// Money paid out of a measure to one of its Träger: what "spent" is made of. A payment names
/// no person, so it is not personal data.
public struct Payment: Record, Codable {
    public var id: RecordID
    public var meta: RecordMeta
    public var measureID: RecordID
    /// The Träger paid; nil when the payment is not booked to one.
    public var providerID: RecordID?
    public var day: Day
    public var amount: Money
    /// Voucher number or purpose ("Abschlag 1/2021").
    public var reference: String

    public init(id: RecordID, meta: RecordMeta, measureID: RecordID, providerID: RecordID?, day: Day, amount: Money, reference: String = "") {
        self.id = id
        self.meta = meta
        self.measureID = measureID
        self.providerID = providerID
        self.day = day
        self.amount = amount
        self.reference = reference
    }
}
