import Foundation
import Synchronization

/// Search keys and sort orders of one record table, computed once per table version and then
/// reused by every keystroke and frame: filtering 10,000 records is a byte search per record.
public final class ListIndex<R: Record>: @unchecked Sendable {
    public let version: UInt64
    public let keys: SearchKeys
    private let items: [R]
    private let sortKeyMakers: [String: (R) -> String]
    private var orders: [String: [Int]] = [:]
    private let lock = NSLock()

    init(_ table: RecordTable<R>, text: (R) -> String, sortKeys: [String: (R) -> String]) {
        version = table.version
        items = table.items
        keys = SearchKeys(table.items.lazy.map(text))
        sortKeyMakers = sortKeys
    }

    /// Sort keys are made when an order needs them (most people never sort by city) and
    /// dropped after it: only the order is kept, so 100,000 records do not keep 100,000 small
    /// arrays per sort.
    private func sortKey(_ key: String) -> [[UInt8]] {
        sortKeyMakers[key].map { make in items.map { SearchKey.sortKey(make($0)) } } ?? []
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
