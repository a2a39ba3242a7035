import Foundation
import Synchronization

/// Search keys and sort orders of one record table, computed once per table version and then
/// reused by every keystroke and frame: filtering 10,000 records is a byte search per record.
public final class ListIndex<R: Record>: @unchecked Sendable {
    public let version: UInt64
    public let keys: [SearchKey]
    private let items: [R]
    private let sortKeyMakers: [String: (R) -> String]
    private var sortKeys: [String: [[UInt8]]] = [:]
    private var orders: [String: [Int]] = [:]
    private let lock = NSLock()

    init(_ table: RecordTable<R>, text: (R) -> String, sortKeys: [String: (R) -> String]) {
        version = table.version
        items = table.items
        keys = table.items.map { SearchKey(text($0)) }
        sortKeyMakers = sortKeys
    }

    /// Sort keys are made the first time an order needs them (most people never sort by city).
    private func sortKey(_ key: String) -> [[UInt8]] {
        if let k = sortKeys[key] { return k }
        let made = sortKeyMakers[key].map { make in items.map { SearchKey.sortKey(make($0)) } } ?? []
        sortKeys[key] = made
        return made
    }

    /// Positions in the table sorted by the named key, ties by the "name" key then position.
    public func order(_ key: String) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let o = orders[key] { return o }
        let primary = sortKey(key)
        let named = key == "name" ? primary : sortKey("name")
        // A list without a "name" key ties by position alone.
        let name = named.count == primary.count ? named : primary
        let o = primary.indices.sorted { a, b in
            if primary[a] != primary[b] { return primary[a].lexicographicallyPrecedes(primary[b]) }
            if name[a] != name[b] { return name[a].lexicographicallyPrecedes(name[b]) }
            return a < b
        }
        orders[key] = o
        return o
    }
}
