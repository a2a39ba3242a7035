/// The search keys of a whole table in one byte arena: a record's folded text is a slice of one
/// array, not two arrays of its own, so 100,000 keys cost their bytes and two offsets each, and
/// a search walks memory in order. Matches exactly as `SearchKey` does.
public struct SearchKeys: Sendable {
    private var bytes: [UInt8] = []
    /// Per key: where its stripped text starts, where its spelled-out text starts (the same when
    /// it has no umlaut, then it is not stored twice), and where it ends: `bounds[3 * i ..< 3 * i + 3]`.
    private var bounds: [UInt32] = []

    public init<C: Collection>(_ texts: C) where C.Element == String {
        // Room for the folded bytes first, estimated from the first 64 texts (a case's text is
        // built from six fields: made twice to count them all, it cost a tenth of a load):
        // growing by doubling would copy the arena again and again and leave it up to twice its
        // size, which for 100,000 cases was the larger part of the index's memory.
        let count = texts.count
        let sampled = min(count, 64)
        let sample = texts.prefix(sampled).reduce(0) { $0 + $1.utf8.count }
        bytes.reserveCapacity(sample * count * 5 / (4 * max(1, sampled)) + 64)
        bounds.reserveCapacity(3 * count)
        var expanded: [UInt8] = []
        for text in texts {
            // Latin text folds straight into the arena, without a key's own arrays.
            expanded.removeAll(keepingCapacity: true)
            let start = bytes.count
            guard let umlaut = LatinFolding.fold(text, into: &bytes, expanded: &expanded) else {
                append(SearchKey(text))
                continue
            }
            bounds.append(UInt32(start))
            bounds.append(UInt32(bytes.count))
            if umlaut { bytes += expanded }
            bounds.append(UInt32(bytes.count))
        }
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
