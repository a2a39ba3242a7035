import Foundation

/// Canonical composition (NFC) for the canvas, so "u" + U+0308 and "ü" fill the same cell.
/// Foundation's normalisation was a tenth of a frame though nearly all text is NFC already: text
/// made only of scalars that are NFC on their own, never combine with what precedes them and are
/// never reordered (Latin up to U+02FF, punctuation, arrows, box drawing, blocks, shapes) is
/// returned as it is. A test checks every scalar of that set.
enum Normalisation {
    static func nfc(_ text: String) -> String {
        text.unicodeScalars.allSatisfy(isStable) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Below the combining diacritics, or U+2010–U+2BFF without the symbols' combining marks and
    /// the few scalars there that NFC replaces (Ohm, Kelvin, Ångström, the angle brackets, U+2ADC).
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return true }
        guard v >= 0x2010, v < 0x2C00, !(0x20D0..<0x2100).contains(v) else { return false }
        return v != 0x2126 && v != 0x212A && v != 0x212B && v != 0x2329 && v != 0x232A && v != 0x2ADC
    }
}
