import Foundation

/// A property-list value. Dictionaries keep their keys in order (as pairs, not a hash map):
/// snapshots are written in a stable order, and building 100,000 small records stays cheap.
public indirect enum PlistValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case real(Double)
    case bool(Bool)
    case date(Date)
    case data([UInt8])
    case array([PlistValue])
    case dict([(String, PlistValue)])

    public static func == (a: PlistValue, b: PlistValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.real(let x), .real(let y)): x == y || (x.isNaN && y.isNaN)
        case (.bool(let x), .bool(let y)): x == y
        case (.date(let x), .date(let y)): x == y
        case (.data(let x), .data(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.dict(let x), .dict(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value for a key of a dictionary (first match), nil otherwise.
    public subscript(key: String) -> PlistValue? {
        guard case .dict(let pairs) = self else { return nil }
        for (k, v) in pairs where k == key { return v }
        return nil
    }
}
