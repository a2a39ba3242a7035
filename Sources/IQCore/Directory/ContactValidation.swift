// Plausibility checks for a partner's contact fields, shared by the CSV import and the edit form.
//
// They catch what people really get wrong (a name in the e-mail column, a missing "@", a
// sentence in the phone column), not every corner of the RFCs. An empty value is valid: every
// contact field is optional. Surrounding white space is ignored; the caller stores the value
// trimmed.

import Foundation

public enum ContactValidation {
    /// `x@y.z`: one "@", something before it, a domain with a dot and a top-level part of at
    /// least two letters after it, no white space. Accepts international characters.
    public static func isValidEmail(_ value: String) -> Bool {
        let text = trimmed(value)
        if text.isEmpty { return true }
        if text.unicodeScalars.contains(where: { isSpaceOrControl($0) }) { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let local = parts[0]
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return false }
        return isValidHost(String(parts[1]))
    }

    /// `host.tld`, optionally with `http://` or `https://`, a port, a path, a query or a fragment:
    /// `iq-netzwerk-nrw.de`, `www.example.org/kontakt`, `https://example.org:8443/a?b=c`.
    public static func isValidWebsite(_ value: String) -> Bool {
        var text = trimmed(value)
        if text.isEmpty { return true }
        if text.unicodeScalars.contains(where: { isSpaceOrControl($0) }) { return false }
        let lower = text.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            text = String(text.dropFirst(scheme.count))
            break
        }
        if text.contains("://") { return false }
        // The host ends at the first "/", "?" or "#"; a port follows a ":".
        let hostAndPort = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let pieces = hostAndPort.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return false }
        if pieces.count == 2 {
            guard let port = Int(pieces[1]), (1...65_535).contains(port) else { return false }
        }
        return isValidHost(String(pieces[0]))
    }

    /// Digits, spaces and `+ - / ( )` only, with at least five digits: `0211-9380038`,
    /// `+49 (0)211 / 300 77 60`.
    public static func isValidPhone(_ value: String) -> Bool {
        let text = trimmed(value)
        if text.isEmpty { return true }
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case " ", "+", "-", "/", "(", ")": continue
            default: return false
            }
        }
        return digits >= 5
    }

    /// Labels of letters, digits and inner hyphens, separated by dots; at least two labels, the
    /// last one letters only (two or more).
    static func isValidHost(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2,
              tld.allSatisfy(\.isLetter) else { return false }
        for label in labels {
            guard !label.isEmpty, label.count <= 63, !label.hasPrefix("-"), !label.hasSuffix("-") else { return false }
            guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
        }
        return true
    }

    static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ControlCharacters.isControl(scalar)
    }
}
