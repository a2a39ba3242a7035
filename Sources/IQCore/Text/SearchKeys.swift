import Foundation

/// The search keys of a whole table in one byte arena: a record's folded text is a slice of one
/// array, not two arrays of its own, so 100,000 keys cost their bytes and two offsets each, and
/// a search walks memory in order. Matches exactly as `SearchKey` does.
public struct SearchKeys: Sendable {
    private var bytes: [UInt8] = []
    /// Per key: where its stripped text starts, where its spelled-out text starts (the same when
    /// it has no umlaut, then it is not stored twice), and where it ends: `bounds[3 * i ..< 3 * i + 3]`.
    /// Keys lie end to start: key i + 1 starts where key i ends.
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
        matches(i, query.words[...])
    }

    private func matches(_ i: Int, _ words: ArraySlice<(bytes: [UInt8], spelledOut: Bool)>) -> Bool {
        if words.isEmpty { return true }
        let start = Int(bounds[3 * i]), middle = Int(bounds[3 * i + 1]), end = Int(bounds[3 * i + 2])
        return bytes.withUnsafeBufferPointer { all in
            let stripped = UnsafeBufferPointer(rebasing: all[start..<middle])
            let expanded = middle == end ? stripped : UnsafeBufferPointer(rebasing: all[middle..<end])
            for word in words {
                let found = word.bytes.withUnsafeBufferPointer { needle in
                    if word.spelledOut { return SearchKey.contains(expanded, needle) }
                    return SearchKey.contains(stripped, needle) || (middle != end && SearchKey.contains(expanded, needle))
                }
                if !found { return false }
            }
            return true
        }
    }

    /// For every key, whether it holds every word of the query: the same answers as `matches`
    /// key by key, found by one pass over the arena per word (memchr to each place the word
    /// occurs, a key left as soon as it holds it), in memory order. The first letters typed into
    /// a filter of 200,000 partners are this search; asked key by key in the list's order, it
    /// was a random walk through 20 MB.
    public func matchAll(_ query: SearchKey.Query) -> [Bool] {
        let words = query.words
        if words.isEmpty { return [Bool](repeating: true, count: count) }
        // How many of the words each key holds so far (a word is counted in a key only when
        // every word before it was: each pass finds a key at most once).
        guard words.count < Int(UInt8.max), !bytes.isEmpty, words.allSatisfy({ !$0.bytes.isEmpty }) else {
            return (0..<count).map { matches($0, query) }
        }
        var held = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeBufferPointer { all in
            bounds.withUnsafeBufferPointer { b in
                held.withUnsafeMutableBufferPointer { held in
                    for (k, word) in words.enumerated() {
                        word.bytes.withUnsafeBufferPointer { needle in
                            Self.scan(all, b, needle, spelledOut: word.spelledOut) { i in
                                if held[i] == k { held[i] = UInt8(k + 1) }
                            }
                        }
                    }
                }
            }
        }
        return held.map { Int($0) == words.count }
    }

    /// Calls `found` once for each key, in order, that holds `needle` within its stripped or
    /// spelled-out text (only the spelled-out one for a word typed with an umlaut, as `matches`).
    private static func scan(_ all: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt32>, _ needle: UnsafeBufferPointer<UInt8>,
                             spelledOut: Bool, found: (Int) -> Void) {
        let n = needle.count, keys = b.count / 3
        let pivot = SearchKey.rarestByte(needle)
        var key = 0, position = 0
        while let at = SearchKey.find(needle, pivot: pivot, in: all, from: position) {
            while Int(b[3 * key + 2]) <= at { key += 1 }
            let middle = Int(b[3 * key + 1]), end = Int(b[3 * key + 2])
            // A word typed with an umlaut is looked for only in the spelled-out text.
            if spelledOut, at < middle, middle != end {
                position = middle
                continue
            }
            let segmentEnd = at < middle ? middle : end
            if at + n <= segmentEnd {
                found(key)
                key += 1
                if key == keys { return }
                position = end
            } else {
                position = at + 1
            }
        }
    }
}
