import Foundation
import Synchronization

/// Search keys and sort orders of one record table, computed once per table version and then
/// reused by every keystroke and frame: filtering 10,000 records is a byte search per record.
public final class ListIndex<R: Record>: @unchecked Sendable {
    public let version: UInt64
    /// The version of another table the search texts read (the sites read their Träger's
    /// name), 0 if none: the index is stale when either changes.
    let readsVersion: UInt64
    private let items: [R]
    /// Dropped once the keys are made: what it captured (the partners table, for the sites)
    /// is not kept for the index's lifetime.
    private var searchText: ((R) -> String)?
    private let sortKeyMakers: [String: (R) -> String]
    private var orders: [String: [Int]] = [:]
    private let lock = NSLock()
    /// Its own lock: a list shown in order must not wait while the keys are built beside it.
    private let keysLock = NSLock()
    private var builtKeys: SearchKeys?

    init(_ table: RecordTable<R>, reads: UInt64 = 0, text: @escaping (R) -> String, sortKeys: [String: (R) -> String]) {
        version = table.version
        readsVersion = reads
        items = table.items
        searchText = text
        sortKeyMakers = sortKeys
    }

    /// The search keys, made on first use: a list on screen needs only its order, so after a
    /// load they are built in the background (`Document.prewarmLists`), not before the data shows.
    public var keys: SearchKeys {
        keysLock.lock()
        defer { keysLock.unlock() }
        if let builtKeys { return builtKeys }
        let made = SearchKeys(items.lazy.map(searchText ?? { _ in "" }))
        builtKeys = made
        searchText = nil
        return made
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
