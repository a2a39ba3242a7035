import Foundation

/// A single line of editable text with a cursor, counted in user-perceived characters so that
/// an umlaut, a CJK glyph or an emoji is one step. Typed and pasted text is normalised to NFC.
/// Every edit touches only the text around the cursor (the cursor is kept as an index, the
/// length is counted as it changes), so a keystroke costs the same in a field of 100,000
/// characters as in an empty one.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in characters, 0...count.
    public private(set) var cursor: Int
    /// The cursor as an index into `text`.
    public private(set) var cursorIndex: String.Index
    /// The length in characters.
    public private(set) var count: Int

    /// A multi-line field keeps line breaks; a single line turns them into spaces.
    public let isMultiline: Bool
    /// Most characters the field takes; typing and pasting stop there (a longer text loaded
    /// from a file can still be shortened).
    public let limit: Int?

    public init(_ text: String = "", multiline: Bool = false, limit: Int? = nil) {
        self.text = text.precomposedStringWithCanonicalMapping
        count = self.text.count
        cursor = count
        cursorIndex = self.text.endIndex
        isMultiline = multiline
        self.limit = limit
    }

    public static func == (a: TextField, b: TextField) -> Bool {
        a.cursor == b.cursor && a.isMultiline == b.isMultiline && a.limit == b.limit && a.text == b.text
    }

    public var isEmpty: Bool { text.isEmpty }

    // Byte offsets survive a change of the text where indices do not; both are O(1) on a
    // native string. `text.index(at(n), offsetBy: 0)` rounds down to a character boundary.
    private func byte(_ i: String.Index) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: i) }
    private func at(_ n: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: n) }

    /// Inserts at the cursor; false when the limit cut the text short.
    @discardableResult
    public mutating func insert(_ s: String) -> Bool {
        // A pasted tab or line break becomes a space in a single line; other control and bidi
        // characters (an escape sequence in pasted text) are dropped, as an import drops them.
        var clean = String(s.precomposedStringWithCanonicalMapping.compactMap { ch -> Character? in
            if ch.isNewline { return isMultiline ? "\n" : " " }
            if ch == "\t" { return " " }
            if ch.unicodeScalars.contains(where: { ControlCharacters.isUnsafe($0) }) { return nil }
            return ch
        })
        var fits = true
        if let limit {
            let room = max(0, limit - count)
            if clean.count > room {
                clean = String(clean.prefix(room))
                fits = false
            }
        }
        if !clean.isEmpty { replace(cursorIndex..<cursorIndex, at: cursor, with: clean) }
        return fits
    }

    /// Replaces `range` (which starts `start` characters in) with `new` and puts the cursor
    /// after it. The characters either side are normalised with it, so a combining mark typed
    /// on its own merges with the one before ("u" + "̈" is one "ü"), and only this window is
    /// counted again.
    private mutating func replace(_ range: Range<String.Index>, at start: Int, with new: String) {
        // One character either side, and a whole run of flags: regional indicators pair up
        // from the start of their run, so one more or less regroups every flag after it.
        var lo = range.lowerBound, back = 0
        while lo > text.startIndex, back == 0 || Self.isFlag(text[lo]) {
            lo = text.index(before: lo)
            back += 1
            if !Self.isFlag(text[lo]) { break }
        }
        var hi = range.upperBound, ahead = 0
        while hi < text.endIndex, ahead == 0 || Self.isFlag(text[text.index(before: hi)]) {
            let last = text[hi]
            hi = text.index(after: hi)
            ahead += 1
            if !Self.isFlag(last) { break }
        }
        let oldWindow = text.distance(from: lo, to: hi)
        let typed = (String(text[lo..<range.lowerBound]) + new).precomposedStringWithCanonicalMapping
        let joined = (typed + text[range.upperBound..<hi]).precomposedStringWithCanonicalMapping
        let loOffset = byte(lo)
        text.replaceSubrange(lo..<hi, with: joined)
        let caret = loOffset + typed.utf8.count
        let end = text.index(at(loOffset + joined.utf8.count), offsetBy: 0)
        var i = text.index(at(loOffset), offsetBy: 0), before = 0
        while i < text.endIndex, byte(i) < caret {
            i = text.index(after: i)
            before += 1
        }
        let window = before + (i < end ? text.distance(from: i, to: end) : 0)
        cursor = start - back + before
        cursorIndex = i
        count = max(cursor, count - oldWindow + window)
    }

    /// A character made of regional indicators (a flag, or one left alone).
    private static func isFlag(_ ch: Character) -> Bool {
        ch.unicodeScalars.allSatisfy { (0x1F1E6...0x1F1FF).contains($0.value) }
    }

    public mutating func backspace() {
        guard cursorIndex > text.startIndex else { return }
        replace(text.index(before: cursorIndex)..<cursorIndex, at: cursor - 1, with: "")
    }

    public mutating func deleteForward() {
        guard cursorIndex < text.endIndex else { return }
        replace(cursorIndex..<text.index(after: cursorIndex), at: cursor, with: "")
    }

    public mutating func left() {
        guard cursorIndex > text.startIndex else { return }
        cursorIndex = text.index(before: cursorIndex)
        cursor -= 1
    }

    public mutating func right() {
        guard cursorIndex < text.endIndex else { return }
        cursorIndex = text.index(after: cursorIndex)
        cursor += 1
    }

    public mutating func home() {
        cursor = 0
        cursorIndex = text.startIndex
    }

    public mutating func end() {
        cursor = count
        cursorIndex = text.endIndex
    }

    private static func isWord(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    public mutating func wordLeft() {
        while cursorIndex > text.startIndex, !TextField.isWord(text[text.index(before: cursorIndex)]) { left() }
        while cursorIndex > text.startIndex, TextField.isWord(text[text.index(before: cursorIndex)]) { left() }
    }

    public mutating func wordRight() {
        while cursorIndex < text.endIndex, !TextField.isWord(text[cursorIndex]) { right() }
        while cursorIndex < text.endIndex, TextField.isWord(text[cursorIndex]) { right() }
    }

    /// Ctrl-W: deletes the word before the cursor.
    public mutating func deleteWordBackward() {
        let end = cursorIndex
        wordLeft()
        replace(cursorIndex..<end, at: cursor, with: "")
    }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        replace(text.startIndex..<cursorIndex, at: 0, with: "")
    }

    public enum Edit: Equatable, Sendable {
        case insert(String), backspace, deleteForward, left, right, home, end
        case wordLeft, wordRight, deleteWordBackward, deleteToStart
    }

    /// Applies an edit; false when an insert was cut short by the limit.
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Bool {
        switch edit {
        case .insert(let s): return insert(s)
        case .backspace: backspace()
        case .deleteForward: deleteForward()
        case .left: left()
        case .right: right()
        case .home: home()
        case .end: end()
        case .wordLeft: wordLeft()
        case .wordRight: wordRight()
        case .deleteWordBackward: deleteWordBackward()
        case .deleteToStart: deleteToStart()
        }
        return true
    }
}
