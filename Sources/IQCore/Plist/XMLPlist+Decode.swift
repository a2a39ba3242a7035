import Foundation

extension XMLPlist {
    /// Reads an XML property list with a small, strict reader for exactly the plist subset of XML:
    /// an optional UTF-8 byte-order mark, XML declaration, processing instructions, comments and
    /// DOCTYPE; a `<plist>` root (or a bare value element) holding one value. Text may use
    /// `&amp; &lt; &gt; &quot; &apos;`, numeric character references and CDATA sections; CR LF
    /// and lone CR become LF as XML requires. Anything else, including invalid UTF-8, unknown
    /// elements, stray text, a key without a value, or more than `PropertyList.maxDepth` nested
    /// containers, throws. Integers are decimal or `0x` hexadecimal; dates are
    /// `YYYY[-MM[-DD[THH[:MM[:SS]]]]]Z` in UTC.
    public static func decode(_ bytes: [UInt8]) throws(PlistError) -> PlistValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PlistError) -> PlistValue in
            var reader = XMLPlistReader(b: buffer)
            return try reader.document()
        }
    }
}

struct XMLPlistReader {
    let b: UnsafeBufferPointer<UInt8>
    var pos = 0
    var scratch: [UInt8] = []
    var itemStack: [PlistValue] = []
    var pairStack: [(String, PlistValue)] = []

    /// An opening tag: the name's byte range and whether it closes itself (`<x/>`).
    struct Tag {
        var name: Range<Int>
        var empty: Bool
    }

    init(b: UnsafeBufferPointer<UInt8>) {
        self.b = b
    }

    @inline(__always) func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    /// Whether the bytes at `pos` are `s` (false, not a crash, near the end).
    func at(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard n <= b.count - pos else { return false }
        let p = s.utf8Start
        for i in 0..<n where b[pos + i] != p[i] { return false }
        return true
    }

    /// Whether the input ends part way through `s`: what is left (at least one byte) is a proper
    /// prefix of it. Such errors are reported as `.truncated`, so that a cut-off document says so.
    func endsWithin(_ s: StaticString) -> Bool {
        let left = b.count - pos
        guard left > 0, left < s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for i in 0..<left where b[pos + i] != p[i] { return false }
        return true
    }

    func name(_ tag: Tag, is s: StaticString) -> Bool {
        guard tag.name.count == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for (i, j) in tag.name.enumerated() where b[j] != p[i] { return false }
        return true
    }

    mutating func skipSpace() {
        while pos < b.count, isSpace(b[pos]) { pos += 1 }
    }

    /// Moves past the next `end`; throws `.truncated` when there is none.
    mutating func skip(past end: StaticString) throws(PlistError) {
        while pos < b.count {
            if at(end) {
                pos += end.utf8CodeUnitCount
                return
            }
            pos += 1
        }
        throw .truncated
    }

    /// Skips whitespace and comments, and in the prolog also declarations and DOCTYPE.
    mutating func skipMisc(prolog: Bool) throws(PlistError) {
        while true {
            skipSpace()
            if at("<!--") {
                pos += 4
                try skip(past: "-->")
            } else if prolog && at("<?") {
                pos += 2
                try skip(past: "?>")
            } else if prolog && at("<!DOCTYPE") {
                try skipDoctype()
            } else if endsWithin("<!--") || (prolog && endsWithin("<!DOCTYPE")) {
                throw .truncated
            } else {
                return
            }
        }
    }

    mutating func skipDoctype() throws(PlistError) {
        pos += 9
        var quote: UInt8 = 0
        var inSubset = false
        while pos < b.count {
            let c = b[pos]
            pos += 1
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == UInt8(ascii: "[") {
                inSubset = true
            } else if c == UInt8(ascii: "]") {
                inSubset = false
            } else if c == UInt8(ascii: ">") && !inSubset {
                return
            }
        }
        throw .truncated
    }

    mutating func document() throws(PlistError) -> PlistValue {
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { pos = 3 }  // byte-order mark
        try skipMisc(prolog: true)
        guard pos < b.count else { throw b.isEmpty ? .notAPropertyList : .truncated }
        guard b[pos] == UInt8(ascii: "<") else { throw .notAPropertyList }
        let root = try openTag()
        let result: PlistValue
        if element(root) == .plist {
            guard !root.empty else { throw .corrupt("empty <plist>") }
            try skipMisc(prolog: false)
            result = try value(try openTag(), depth: 0)
            try skipMisc(prolog: false)
            try closeTag("plist")
        } else {
            result = try value(root, depth: 0)
        }
        try skipMisc(prolog: false)
        guard pos == b.count else { throw .corrupt("content after the property list") }
        return result
    }

    @inline(__always) func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == 0x5F || c == 0x3A || c == 0x2D || c == 0x2E || c >= 0x80
    }

    /// Reads `<name attr="v" ...>` or `<name .../>`; attributes are checked and ignored.
    mutating func openTag() throws(PlistError) -> Tag {
        guard pos < b.count else { throw .truncated }
        guard b[pos] == UInt8(ascii: "<") else { throw .corrupt("text where an element was expected") }
        pos += 1
        let start = pos
        while pos < b.count, isNameByte(b[pos]) { pos += 1 }
        guard pos > start else { throw pos == b.count ? .truncated : .corrupt("bad element name") }
        let tag = start..<pos
        while true {
            skipSpace()
            guard pos < b.count else { throw .truncated }
            switch b[pos] {
            case UInt8(ascii: ">"):
                pos += 1
                return Tag(name: tag, empty: false)
            case UInt8(ascii: "/"):
                guard pos + 1 < b.count else { throw .truncated }
                guard b[pos + 1] == UInt8(ascii: ">") else { throw .corrupt("bad empty element") }
                pos += 2
                return Tag(name: tag, empty: true)
            default:
                let attr = pos
                while pos < b.count, isNameByte(b[pos]) { pos += 1 }
                guard pos > attr || pos == b.count else { throw .corrupt("bad attribute") }
                skipSpace()
                guard pos < b.count else { throw .truncated }
                guard b[pos] == UInt8(ascii: "=") else { throw .corrupt("attribute without value") }
                pos += 1
                skipSpace()
                guard pos < b.count else { throw .truncated }
                let quote = b[pos]
                guard quote == 0x22 || quote == 0x27 else { throw .corrupt("unquoted attribute value") }
                pos += 1
                while pos < b.count, b[pos] != quote {
                    guard b[pos] != UInt8(ascii: "<") else { throw .corrupt("'<' in attribute value") }
                    pos += 1
                }
                guard pos < b.count else { throw .truncated }
                pos += 1
            }
        }
    }

    /// Reads `</name>` (whitespace allowed before `>`).
    mutating func closeTag(_ expected: StaticString) throws(PlistError) {
        guard at("</") else { throw pos >= b.count || endsWithin("</") ? .truncated : .corrupt("expected </\(expected)>") }
        pos += 2
        guard at(expected) else { throw pos >= b.count || endsWithin(expected) ? .truncated : .corrupt("expected </\(expected)>") }
        pos += expected.utf8CodeUnitCount
        skipSpace()
        guard pos < b.count else { throw .truncated }
        guard b[pos] == UInt8(ascii: ">") else { throw .corrupt("expected </\(expected)>") }
        pos += 1
    }

    enum Element {
        case string, key, integer, real, `true`, `false`, date, data, array, dict, plist
    }

    /// The plist element a tag names, nil for any other; one comparison after a cheap guess.
    func element(_ tag: Tag) -> Element? {
        guard tag.name.count >= 3 else { return nil }
        let first = b[tag.name.lowerBound]
        let second = b[tag.name.lowerBound + 1]
        let guess: (Element, StaticString)
        switch (tag.name.count, first) {
        case (6, UInt8(ascii: "s")): guess = (.string, "string")
        case (3, UInt8(ascii: "k")): guess = (.key, "key")
        case (7, UInt8(ascii: "i")): guess = (.integer, "integer")
        case (4, UInt8(ascii: "r")): guess = (.real, "real")
        case (4, UInt8(ascii: "t")): guess = (.true, "true")
        case (5, UInt8(ascii: "f")): guess = (.false, "false")
        case (4, UInt8(ascii: "d")) where second == UInt8(ascii: "i"): guess = (.dict, "dict")
        case (4, UInt8(ascii: "d")) where b[tag.name.lowerBound + 3] == UInt8(ascii: "e"): guess = (.date, "date")
        case (4, UInt8(ascii: "d")): guess = (.data, "data")
        case (5, UInt8(ascii: "a")): guess = (.array, "array")
        case (5, UInt8(ascii: "p")): guess = (.plist, "plist")
        default: return nil
        }
        return name(tag, is: guess.1) ? guess.0 : nil
    }

    mutating func value(_ tag: Tag, depth: Int) throws(PlistError) -> PlistValue {
        switch element(tag) {
        case .string:
            return .string(try text(tag, "string"))
        case .integer:
            return .integer(try withText(tag, "integer", Self.integer))
        case .real:
            return .real(try withText(tag, "real", Self.real))
        case .true, .false:
            let isTrue = element(tag) == .true
            if !tag.empty {
                skipSpace()
                try closeTag(isTrue ? "true" : "false")
            }
            return .bool(isTrue)
        case .date:
            return .date(try withText(tag, "date", Self.date))
        case .data:
            return .data(try withText(tag, "data", Self.base64))
        case .array, .dict:
            guard depth < PropertyList.maxDepth else { throw .tooDeep(limit: PropertyList.maxDepth) }
            let isDict = element(tag) == .dict
            if tag.empty { return isDict ? .dict([]) : .array([]) }
            return isDict ? try dict(depth: depth + 1) : try array(depth: depth + 1)
        case .key:
            throw .corrupt("<key> outside a dictionary")
        case .plist, nil:
            let tagName = String(decoding: UnsafeBufferPointer(rebasing: b[tag.name]), as: UTF8.self)
            throw .unsupported("element <\(tagName)>")
        }
    }

    // Children collect on shared stacks and are copied out once into an exactly sized array,
    // instead of each container growing its own array step by step.

    mutating func array(depth: Int) throws(PlistError) -> PlistValue {
        let start = itemStack.count
        while true {
            try skipMisc(prolog: false)
            if at("</") {
                try closeTag("array")
                let items = Array(itemStack[start...])
                itemStack.removeSubrange(start...)
                return .array(items)
            }
            let item = try value(try openTag(), depth: depth)
            itemStack.append(item)
        }
    }

    mutating func dict(depth: Int) throws(PlistError) -> PlistValue {
        let start = pairStack.count
        while true {
            try skipMisc(prolog: false)
            if at("</") {
                try closeTag("dict")
                let pairs = Array(pairStack[start...])
                pairStack.removeSubrange(start...)
                return .dict(pairs)
            }
            let keyTag = try openTag()
            guard element(keyTag) == .key else { throw .corrupt("dictionary entry without <key>") }
            let key = try text(keyTag, "key")
            try skipMisc(prolog: false)
            guard !at("</") else { throw .corrupt("key \"\(key)\" without a value") }
            let item = try value(try openTag(), depth: depth)
            pairStack.append((key, item))
        }
    }
}
