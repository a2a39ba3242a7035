/// A case deleted for good, with what identifies it in a file that can no longer be decoded.
public struct PurgeTarget: Equatable, Sendable {
    public var id: RecordID
    public var number: String
    /// Id, case number and the person's names and contact details: a damaged copy holding
    /// any of them is removed.
    public var traces: [String]

    public init(_ c: Case) {
        id = c.id
        number = c.number
        let person = [c.person.firstName, c.person.lastName, c.person.email, c.person.phone]
        // Very short names would match unrelated bytes; the id and number still find the case.
        traces = [c.id.rawValue, c.number] + person.filter { $0.count >= 3 }
    }
}
