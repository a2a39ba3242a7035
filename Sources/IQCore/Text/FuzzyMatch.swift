/// Fuzzy matching for the command palette: the query's characters must appear in the text in
/// order, ignoring case and diacritics the way SearchKey does ("loschen" and "loeschen" find
/// "Löschen", "ue" stands for "ü"). How well a text matches decides its rank.
public enum FuzzyMatch {
    /// How well a query matches a text; a better match compares greater.
    public enum Quality: Int, Comparable, Sendable {
        /// The query's characters in order, anywhere: "nrfl" in "Neuer Fall".
        case scattered
        /// The query in one piece, not at the start of a word: "euer" in "Neuer Fall".
        case substring
        /// The query in pieces, each at the start of a word: "nf" or "neu fa" in "Neuer Fall".
        /// Words of a query with several words may also come in another order ("fall neu").
        case wordStarts
        /// The query in one piece at the start of a later word: "fall" in "Neuer Fall".
        case wordPrefix
        /// The text starts with the query: "neu" or "neuer f" in "Neuer Fall".
        case prefix

        public static func < (a: Quality, b: Quality) -> Bool { a.rawValue < b.rawValue }
    }

    /// How well `query` matches `text`, or nil when it does not. An empty query matches nothing
    /// here; `rank` keeps every item for it.
    public static func quality(_ query: String, in text: String) -> Quality? {
        quality(SearchKey.Query(query), in: SearchKey(text))
    }

    /// The items that match `query` in any of their texts, best first; on equal quality the
    /// shorter `length` (a description's length) first, then the order given. An empty query
    /// keeps every item in the order given.
    public static func rank<T>(_ items: [T], query: String, texts: (T) -> [String], length: (T) -> Int) -> [T] {
        let q = SearchKey.Query(query)
        if q.isEmpty { return items }
        var scored: [(item: T, quality: Quality, length: Int, index: Int)] = []
        for (index, item) in items.enumerated() {
            guard let best = texts(item).compactMap({ quality(q, in: SearchKey($0)) }).max() else { continue }
            scored.append((item, best, length(item), index))
        }
        scored.sort { a, b in
            if a.quality != b.quality { return a.quality > b.quality }
            if a.length != b.length { return a.length < b.length }
            return a.index < b.index
        }
        return scored.map(\.item)
    }

    static func quality(_ query: SearchKey.Query, in key: SearchKey) -> Quality? {
        guard !query.isEmpty else { return nil }
        // A word typed with an umlaut is spelled out ("lösch" → "loesch") and only finds the
        // spelled-out text; a plain word may find either form ("loschen", "loeschen").
        let spelledOut = query.words.contains { $0.spelledOut }
        let texts = spelledOut || key.stripped == key.expanded ? [key.expanded] : [key.stripped, key.expanded]
        let words = query.words.map(\.bytes)
        return texts.compactMap { quality(words, in: $0) }.max()
    }

    /// The words in the order typed, as one query with spaces; for several words also each word
    /// on its own in any order (then at best `wordStarts`).
    static func quality(_ words: [[UInt8]], in text: [UInt8]) -> Quality? {
        let whole = inOrder(Array(words.joined(separator: [0x20])), in: text)
        guard words.count > 1, whole.map({ $0 < .wordStarts }) ?? true else { return whole }
        var anyOrder = Quality.wordStarts
        for word in words {
            guard let q = inOrder(word, in: text) else { return whole }
            anyOrder = min(anyOrder, q)
        }
        return max(whole ?? anyOrder, anyOrder)
    }

    /// One query (spaces included) against one folded text.
    static func inOrder(_ query: [UInt8], in text: [UInt8]) -> Quality? {
        let letters = query.filter { $0 != 0x20 }
        guard !letters.isEmpty else { return nil }
        if text.starts(with: query) { return .prefix }
        if occurs(query, in: text, atWordStart: true) { return .wordPrefix }
        if matchesWordStarts(query, in: text) { return .wordStarts }
        if occurs(query, in: text, atWordStart: false) { return .substring }
        return isSubsequence(letters, of: text) ? .scattered : nil
    }

    /// A letter or digit (any byte of a non-ASCII character counts as a letter).
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    static func isWordStart(_ text: [UInt8], _ i: Int) -> Bool {
        i == 0 || !isWordByte(text[i - 1])
    }

    static func occurs(_ query: [UInt8], in text: [UInt8], atWordStart: Bool) -> Bool {
        let n = query.count, m = text.count
        guard n > 0, n <= m else { return false }
        for start in 0...(m - n) where !atWordStart || isWordStart(text, start) {
            var j = 0
            while j < n, text[start + j] == query[j] { j += 1 }
            if j == n { return true }
        }
        return false
    }

    static func isSubsequence(_ query: [UInt8], of text: [UInt8]) -> Bool {
        var j = 0
        for b in text where j < query.count && b == query[j] { j += 1 }
        return j == query.count
    }

    /// The query split into pieces, each found in one piece at the start of a word, in order; a
    /// space in the query ends a piece ("neu fa" → "neu" + "fa").
    static func matchesWordStarts(_ query: [UInt8], in text: [UInt8]) -> Bool {
        var letters: [UInt8] = []
        var mustStart: [Bool] = []
        var startNext = true
        for b in query {
            if b == 0x20 {
                startNext = true
            } else {
                letters.append(b)
                mustStart.append(startNext)
                startNext = false
            }
        }
        let n = letters.count, m = text.count
        let starts = (0..<m).map { isWordStart(text, $0) }
        // States already known to fail: (query position, text position, inside a piece).
        var failed: Set<Int> = []
        func match(_ i: Int, _ p: Int, _ inPiece: Bool) -> Bool {
            if i == n { return true }
            let state = ((i * (m + 1) + p) << 1) | (inPiece ? 1 : 0)
            if failed.contains(state) { return false }
            // Go on with the current piece…
            if inPiece, !mustStart[i], p < m, text[p] == letters[i], match(i + 1, p + 1, true) { return true }
            // …or start a new one at a later word.
            var w = p
            while w < m {
                if starts[w], text[w] == letters[i], match(i + 1, w + 1, true) { return true }
                w += 1
            }
            failed.insert(state)
            return false
        }
        return match(0, 0, false)
    }
}
