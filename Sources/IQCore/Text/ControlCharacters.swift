// Characters from data that a terminal would act on, or that reorder what a person reads.
//
// Data can come from anyone who writes to a team file or hands over a CSV file. Printed raw, an
// ESC starts an escape sequence (OSC 52 writes the clipboard, CSI 2J clears the screen), U+009B
// is the same as ESC [ for many terminals, BEL rings, NUL and CR hide text, and the bidi
// overrides and isolates (U+202E …) show text in another order than it is stored.
//
// One representation, used for everything written for a person (the Art. 15 report, `check`,
// `stats`, every message) and for the formats that have no escape of their own (CSV, vCard):
// - a C0 control and DEL in caret notation, as `cat -v`, less and vim show them: ESC is `^[`,
//   NUL `^@`, BEL `^G`, CR `^M`, DEL `^?`;
// - a C1 control and a bidi control as its code point in angle brackets: `<U+009B>`, `<U+202E>`.
// Line feed and tab stay (multi-line fields), unless `keepLineBreaks` is false.
// JSON escapes them instead (`\u001b`, `\u202e`), which gives the exact value back to a reader.

import Foundation

public enum ControlCharacters {
    /// C0 controls, DEL and C1 controls.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The invisible marks that change the order or direction of text: ALM, LRM, RLM, the
    /// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether the scalar must not reach a terminal or a file as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar, keepLineBreaks: Bool = true) -> Bool {
        if keepLineBreaks, scalar == "\n" || scalar == "\t" { return false }
        return isControl(scalar) || isBidiControl(scalar)
    }

    /// Whether the text holds anything `visible` would change.
    public static func containsUnsafe(_ text: String, keepLineBreaks: Bool = true) -> Bool {
        text.unicodeScalars.contains { isUnsafe($0, keepLineBreaks: keepLineBreaks) }
    }

    /// The text with every unsafe character written out visibly (see above).
    public static func visible(_ text: String, keepLineBreaks: Bool = true) -> String {
        guard containsUnsafe(text, keepLineBreaks: keepLineBreaks) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar, keepLineBreaks: keepLineBreaks) else {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: notation(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// `^[` for ESC, `^?` for DEL, `<U+202E>` for the rest.
    static func notation(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20, let caret = Unicode.Scalar(scalar.value + 0x40) { return "^" + String(Character(caret)) }
        if scalar.value == 0x7F { return "^?" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// The text without unsafe characters (for data coming in), and whether any were removed.
    /// `multiLine`: line feeds and tabs are content and stay; otherwise each becomes a space (so
    /// two words stay two words), like a CR.
    public static func stripped(_ text: String, multiLine: Bool) -> (text: String, removed: Bool) {
        guard containsUnsafe(text, keepLineBreaks: multiLine) else { return (text, false) }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isUnsafe(scalar, keepLineBreaks: multiLine) {
                kept.append(scalar)
            } else if !multiLine, scalar == "\n" || scalar == "\t" || scalar == "\r" {
                kept.append(" ")
            }
        }
        return (String(kept), true)
    }

    /// A user name as it is stored with a save or an edit: one line, nothing a terminal acts on,
    /// never empty (`fallback` then).
    public static func userName(_ name: String, fallback: String = "iq-tui") -> String {
        let clean = stripped(name, multiLine: false).text.trimmingCharacters(in: .whitespaces)
        return clean.isEmpty ? fallback : clean
    }
}
