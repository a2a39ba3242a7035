// CSV as people really have it (RFC 4180, read leniently).
//
// Reading:
// - UTF-8 text, with or without a byte order mark (a leading U+FEFF is dropped).
// - The separator is `;` or `,`: whichever occurs more often outside quotes in the header line
//   (the first non-empty line); on a tie the whole text decides, and on a tie there `,` is taken.
//   An Excel hint line `sep=;` (or `sep=,`) at the very start sets it and is skipped.
// - Fields may be quoted; a doubled quote inside stands for one quote; separators and line breaks
//   inside quotes belong to the field. A line break inside a field is returned as "\n".
// - Lines end in CRLF, LF or a lone CR. Empty lines (also a trailing one) are skipped.
// - Leniency: a quote in the middle of an unquoted field is kept as it is, and characters after a
//   closing quote are appended to the field. Only a quote that is never closed is an error.
// - Each row carries the line it starts on (1-based), so messages can name it even when an
//   earlier field spans several lines.
//
// Writing:
// - A field is quoted when it contains the separator, a quote, CR or LF; quotes are doubled.
// - Formula injection guard: a field starting with `=`, `+`, `-`, `@`, `|` (DDE), their
//   fullwidth forms `＝ ＋ － ＠` (which spreadsheets may fold to the ASCII ones), tab, CR or LF is
//   written with a leading apostrophe (`'=SUMME(A1)`), so a spreadsheet shows it as text instead
//   of running it. The apostrophe then appears in the cell; `removeFormulaGuard` takes it off again, and the
//   partner import does so, so an exported file imports unchanged.
// - No raw control or bidi character: line breaks become LF (what reading returns anyway), tabs
//   stay, every other one is written visibly (`^[`, `<U+202E>`, see ControlCharacters.swift).

import Foundation

public enum CSV {
    public struct Row: Equatable, Sendable {
        /// The line the row starts on, 1-based.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        /// Whether every field is empty or white space (a row of only separators, say).
        public var isBlank: Bool {
            fields.allSatisfy { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
        }
    }

    public struct Table: Equatable, Sendable {
        public var separator: Unicode.Scalar
        public var rows: [Row]
    }

    public enum ParseError: Error, Equatable, Sendable {
        /// A quoted field that opens on `line` and is never closed.
        case unterminatedQuote(line: Int)
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "|", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\t", "\r", "\n"]

    // MARK: Reading

    /// Reads the whole text. `separator` nil: detect it (see above).
    public static func read(_ text: String, separator: Unicode.Scalar? = nil) throws(ParseError) -> Table {
        var s = Array(text.unicodeScalars)
        if s.first == "\u{FEFF}" { s.removeFirst() }
        var i = 0
        var line = 1
        var sep = separator
        if let hint = separatorHint(s) {
            if sep == nil { sep = hint }
            while i < s.count, s[i] != "\n", s[i] != "\r" { i += 1 }
        }
        let chosen = sep ?? detectSeparator(s)
        var rows: [Row] = []
        while i < s.count {
            if s[i] == "\n" || s[i] == "\r" {
                skipLineBreak(s, &i)
                line += 1
                continue
            }
            let start = line
            var fields: [String] = []
            while true {
                var field = String.UnicodeScalarView()
                if i < s.count, s[i] == "\"" {
                    let quoteLine = line
                    i += 1
                    var closed = false
                    while i < s.count {
                        let c = s[i]
                        if c == "\"" {
                            if i + 1 < s.count, s[i + 1] == "\"" {
                                field.append("\"")
                                i += 2
                            } else {
                                i += 1
                                closed = true
                                break
                            }
                        } else if c == "\r" || c == "\n" {
                            skipLineBreak(s, &i)
                            field.append("\n")
                            line += 1
                        } else {
                            field.append(c)
                            i += 1
                        }
                    }
                    if !closed { throw .unterminatedQuote(line: quoteLine) }
                }
                while i < s.count, s[i] != chosen, s[i] != "\r", s[i] != "\n" {
                    field.append(s[i])
                    i += 1
                }
                fields.append(String(field))
                if i < s.count, s[i] == chosen {
                    i += 1
                    continue
                }
                if i < s.count {
                    skipLineBreak(s, &i)
                    line += 1
                }
                break
            }
            rows.append(Row(line: start, fields: fields))
        }
        return Table(separator: chosen, rows: rows)
    }

    /// `;` or `,`, whichever occurs more often outside quotes in the first non-empty line; on a
    /// tie in the whole text; `,` when that ties too.
    public static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var s = Array(text.unicodeScalars)
        if s.first == "\u{FEFF}" { s.removeFirst() }
        return separatorHint(s) ?? detectSeparator(s)
    }

    static func detectSeparator(_ s: [Unicode.Scalar]) -> Unicode.Scalar {
        var start = 0
        while start < s.count, s[start] == "\n" || s[start] == "\r" { start += 1 }
        let header = count(s, from: start, wholeText: false)
        if header.semicolons != header.commas { return header.semicolons > header.commas ? ";" : "," }
        let all = count(s, from: start, wholeText: true)
        return all.semicolons > all.commas ? ";" : ","
    }

    private static func count(_ s: [Unicode.Scalar], from start: Int, wholeText: Bool) -> (semicolons: Int, commas: Int) {
        var semicolons = 0
        var commas = 0
        var quoted = false
        var i = start
        while i < s.count {
            switch s[i] {
            case "\"": quoted.toggle()
            case ";" where !quoted: semicolons += 1
            case "," where !quoted: commas += 1
            case "\n", "\r":
                if !quoted, !wholeText { return (semicolons, commas) }
            default: break
            }
            i += 1
        }
        return (semicolons, commas)
    }

    /// The separator of an Excel hint line `sep=;` at the start, if there is one.
    private static func separatorHint(_ s: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard s.count >= 5, String(String.UnicodeScalarView(s[0..<4])).lowercased() == "sep=" else { return nil }
        let candidate = s[4]
        guard candidate == ";" || candidate == "," || candidate == "\t" else { return nil }
        guard s.count == 5 || s[5] == "\n" || s[5] == "\r" else { return nil }
        return candidate
    }

    /// Steps over CRLF, LF or a lone CR at `i`.
    private static func skipLineBreak(_ s: [Unicode.Scalar], _ i: inout Int) {
        if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 2 } else { i += 1 }
    }

    // MARK: Writing

    /// The rows as CSV text, every line (the last one too) ended by `lineEnding`.
    public static func write(_ rows: [[String]], separator: Unicode.Scalar = ",", lineEnding: String = "\r\n") -> String {
        var out = ""
        for row in rows {
            out += row.map { escape($0, separator: separator) }.joined(separator: String(separator))
            out += lineEnding
        }
        return out
    }

    /// One field, guarded against formula injection and quoted when it has to be.
    public static func escape(_ field: String, separator: Unicode.Scalar) -> String {
        var value = ControlCharacters.containsUnsafe(field) ? ControlCharacters.visible(lineFeeds(field)) : field
        if let first = value.unicodeScalars.first, formulaStarters.contains(first) { value = "'" + value }
        let needsQuotes = value.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// CRLF and a lone CR as LF.
    private static func lineFeeds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Takes off the apostrophe `escape` put before a formula character.
    public static func removeFormulaGuard(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard scalars.count >= 2, scalars.first == "'" else { return field }
        let second = scalars[scalars.index(after: scalars.startIndex)]
        guard formulaStarters.contains(second) else { return field }
        return String(String.UnicodeScalarView(scalars.dropFirst()))
    }
}
