/// The search keys of a whole table in one byte arena: a record's folded text is a slice of one
/// array, not two arrays of its own, so 100,000 keys cost their bytes and two offsets each, and
/// a search walks memory in order. Matches exactly as `SearchKey` does.
public struct SearchKeys: Sendable {
    private var bytes: [UInt8] = []
    /// Per key: where its stripped text starts, where its spelled-out text starts (the same when
    /// it has no umlaut, then it is not stored twice), and where it ends: `bounds[3 * i ..< 3 * i + 3]`.
    private var bounds: [UInt32] = []

    public init<C: Collection>(_ texts: C) where C.Element == String {
        // Room for the folded bytes first (a spelled-out copy only for texts with umlauts):
        // growing by doubling would copy the arena again and again and leave it up to twice
        // its size, which for 100,000 cases was the larger part of the index's memory.
        let total = texts.reduce(0) { $0 + $1.utf8.count }
        bytes.reserveCapacity(total + total / 2)
        bounds.reserveCapacity(3 * texts.count)
        for text in texts { append(SearchKey(text)) }
    }

    public var count: Int { bounds.count / 3 }

    private mutating func append(_ key: SearchKey) {
        bounds.append(UInt32(bytes.count))
        bytes += key.stripped
        bounds.append(UInt32(bytes.count))
        if key.expanded != key.stripped { bytes += key.expanded }
        bounds.append(UInt32(bytes.count))
    }

    /// Whether key `i` holds every word of the query (as `SearchKey.matches`).
    public func matches(_ i: Int, _ query: SearchKey.Query) -> Bool {
        if query.words.isEmpty { return true }
        let start = Int(bounds[3 * i]), middle = Int(bounds[3 * i + 1]), end = Int(bounds[3 * i + 2])
        return bytes.withUnsafeBufferPointer { all in
            let stripped = UnsafeBufferPointer(rebasing: all[start..<middle])
            let expanded = middle == end ? stripped : UnsafeBufferPointer(rebasing: all[middle..<end])
            for word in query.words {
                let found = word.bytes.withUnsafeBufferPointer { needle in
                    if word.spelledOut { return SearchKey.contains(expanded, needle) }
                    return SearchKey.contains(stripped, needle) || (middle != end && SearchKey.contains(expanded, needle))
                }
                if !found { return false }
            }
            return true
        }
    }
}
