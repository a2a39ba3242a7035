import Foundation

/// A single line of editable text with a cursor, counted in user-perceived characters so that
/// an umlaut, a CJK glyph or an emoji is one step. Typed and pasted text is normalised to NFC.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in characters, 0...text.count.
    public private(set) var cursor: Int

    /// A multi-line field keeps line breaks; a single line turns them into spaces.
    public let isMultiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = text.precomposedStringWithCanonicalMapping
        self.cursor = self.text.count
        isMultiline = multiline
    }

    public var isEmpty: Bool { text.isEmpty }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    public mutating func insert(_ s: String) {
        // A pasted tab or line break becomes a space in a single line; other control
        // characters (an escape sequence in pasted text) are dropped, never drawn.
        let clean = String(s.precomposedStringWithCanonicalMapping.compactMap { ch -> Character? in
            if ch.isNewline { return isMultiline ? "\n" : " " }
            if ch == "\t" { return " " }
            if let v = ch.unicodeScalars.first?.value, v < 0x20 || (0x7F..<0xA0).contains(v) { return nil }
            return ch
        })
        let tail = text.count - cursor
        text.insert(contentsOf: clean, at: index(cursor))
        // A combining mark typed on its own merges with the character before it; NFC keeps
        // "u" + "̈" as one "ü". The cursor keeps its distance from the end.
        text = text.precomposedStringWithCanonicalMapping
        cursor = max(0, min(text.count, text.count - tail))
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: index(cursor - 1))
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: index(cursor))
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(text.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = text.count }

    public mutating func wordLeft() {
        let chars = Array(text)
        var i = cursor
        while i > 0, !chars[i - 1].isLetter && !chars[i - 1].isNumber { i -= 1 }
        while i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { i -= 1 }
        cursor = i
    }

    public mutating func wordRight() {
        let chars = Array(text)
        var i = cursor
        while i < chars.count, !chars[i].isLetter && !chars[i].isNumber { i += 1 }
        while i < chars.count, chars[i].isLetter || chars[i].isNumber { i += 1 }
        cursor = i
    }

    /// Ctrl-W: deletes the word before the cursor.
    public mutating func deleteWordBackward() {
        let end = cursor
        wordLeft()
        text.removeSubrange(index(cursor)..<index(end))
    }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        text.removeSubrange(text.startIndex..<index(cursor))
        cursor = 0
    }

    public enum Edit: Equatable, Sendable {
        case insert(String), backspace, deleteForward, left, right, home, end
        case wordLeft, wordRight, deleteWordBackward, deleteToStart
    }

    public mutating func apply(_ edit: Edit) {
        switch edit {
        case .insert(let s): insert(s)
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
    }
}
