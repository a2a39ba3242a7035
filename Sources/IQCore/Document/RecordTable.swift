import Synchronization

/// Records of one kind in insertion order with O(1) lookup by id.
public struct RecordTable<R: Record>: Equatable, Sendable {
    public private(set) var items: [R] = [] {
        didSet { version = RecordTable.nextVersion() }
    }
    private var index: [RecordID: Int] = [:]
    /// One per record, beside it: new (unique across the process) each time that place is
    /// written, and moved with the record. The same stamp at the same place in two tables means
    /// the same write, so the same record: a save finds the one changed case among 100,000 without
    /// comparing the others field by field.
    public private(set) var stamps: [UInt64] = []
    /// Unique across the process and new after every change: derived data (search indexes,
    /// sort orders) is cached by it and can never be mistaken for another table's.
    public private(set) var version: UInt64 = RecordTable.nextVersion()

    private static func nextVersion() -> UInt64 { tableVersions.add(1, ordering: .relaxed).newValue }
    private static func nextStamp() -> UInt64 { recordStamps.add(1, ordering: .relaxed).newValue }

    public init(_ records: [R] = []) {
        for r in records { put(r) }
    }

    public var count: Int { items.count }
    public var isEmpty: Bool { items.isEmpty }

    public subscript(id: RecordID) -> R? {
        index[id].map { items[$0] }
    }

    /// Room for `n` records, so a load grows the table once.
    mutating func reserveCapacity(_ n: Int) {
        items.reserveCapacity(n)
        stamps.reserveCapacity(n)
        index.reserveCapacity(n)
    }

    /// Inserts or replaces; returns the record it replaced.
    @discardableResult
    public mutating func put(_ record: consuming R) -> R? {
        if let i = index[record.id] {
            let old = items[i]
            items[i] = record
            stamps[i] = Self.nextStamp()
            return old
        }
        index[record.id] = items.count
        items.append(record)
        stamps.append(Self.nextStamp())
        return nil
    }

    /// Removes the record with this id; returns it and where it stood.
    @discardableResult
    public mutating func remove(_ id: RecordID) -> (record: R, position: Int)? {
        guard let i = index.removeValue(forKey: id) else { return nil }
        let old = items.remove(at: i)
        stamps.remove(at: i)
        for j in i..<items.count { index[items[j].id] = j }
        return (old, i)
    }

    /// Puts a record back where it stood (undo of a removal); replaces one with the same id,
    /// wherever it stood, and returns that one and its position.
    @discardableResult
    public mutating func insert(_ record: R, at position: Int) -> (record: R, position: Int)? {
        let replaced = index[record.id] != nil ? remove(record.id) : nil
        let i = min(max(0, position), items.count)
        items.insert(record, at: i)
        stamps.insert(Self.nextStamp(), at: i)
        for j in i..<items.count { index[items[j].id] = j }
        return replaced
    }

    public static func == (a: RecordTable, b: RecordTable) -> Bool { a.version == b.version || a.items == b.items }

    /// Whether the record at place `i` here is certainly the one at place `i` of `other` (the
    /// same write): false says only "look closer".
    public func sameWrite(at i: Int, as other: RecordTable) -> Bool {
        i < stamps.count && i < other.stamps.count && stamps[i] == other.stamps[i]
    }
}

private let tableVersions = Atomic<UInt64>(0)
private let recordStamps = Atomic<UInt64>(0)
