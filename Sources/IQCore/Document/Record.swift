import Foundation

/// A stable identifier. Seed records use readable slugs ("partner.whkt") so that the same
/// organisation keeps its id across program versions and merges; new records get UUIDs.
public struct RecordID: Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public static func < (a: RecordID, b: RecordID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }
}

/// Bookkeeping every record carries so that several people can share one file.
public struct RecordMeta: Equatable, Codable, Sendable {
    public var revision: Int
    public var modifiedAt: Date
    public var modifiedBy: String

    public init(revision: Int = 1, modifiedAt: Date, modifiedBy: String) {
        self.revision = revision
        self.modifiedAt = modifiedAt
        self.modifiedBy = modifiedBy
    }

    /// The metadata of the shipped seed dataset: revision 1, dated when the slides were given.
    public static let seed = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_537_401_600), modifiedBy: "seed")
}

public protocol Record: Identifiable, Equatable, Sendable where ID == RecordID {
    var id: RecordID { get }
    var meta: RecordMeta { get set }
}
