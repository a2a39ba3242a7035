import Foundation

/// The interface language: German by default, English on request.
public enum Language: String, CaseIterable, Sendable {
    case de, en

    /// `--lang` wins, then IQ_LANG, then a locale variable starting with "en"; otherwise German.
    public static func resolve(flag: String?, environment: [String: String]) -> Language? {
        if let flag { return Language(rawValue: flag.lowercased()) }
        if let iq = environment["IQ_LANG"], let lang = Language(rawValue: iq.lowercased()) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .de
        }
        return .de
    }
}

/// A user-facing text with its arguments, resolved to a language only when shown.
///
/// In a template `{n}` is argument n, and `{n|one|other}` is `one` when argument n is the count
/// "1" and `other` otherwise — how the strings say "1 Zeile hat" but "3 Zeilen haben". Counts
/// are passed formatted (NumberFormat.integer), so "1.234" is plural too.
public struct Message: Equatable, Sendable {
    public var key: TextKey
    public var arguments: [String]
    /// The arguments are counts, written with the language's thousands separator when shown
    /// (for messages made where the language is not known, such as an import's).
    public var argumentsAreCounts = false

    public init(_ key: TextKey, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }

    /// A message whose arguments are all counts.
    public static func counts(_ key: TextKey, _ values: Int...) -> Message {
        var message = Message(key)
        message.arguments = values.map(String.init)
        message.argumentsAreCounts = true
        return message
    }

    public func text(_ language: Language) -> String {
        let arguments = argumentsAreCounts ? self.arguments.map { Int($0).map { NumberFormat.integer($0, language) } ?? $0 } : self.arguments
        // One pass, so an argument that itself contains "{1}" is never replaced again.
        let template = Array(L10n.string(key, language))
        var out = ""
        var i = 0
        while i < template.count {
            if template[i] == "{", i + 2 < template.count, template[i + 2] == "}",
               let n = template[i + 1].wholeNumberValue, n < arguments.count {
                out += arguments[n]
                i += 3
            } else if template[i] == "{", i + 2 < template.count, template[i + 2] == "|",
                      let n = template[i + 1].wholeNumberValue, n < arguments.count,
                      let close = template[(i + 3)...].firstIndex(of: "}") {
                let forms = template[(i + 3)..<close].split(separator: "|", omittingEmptySubsequences: false)
                out += String(arguments[n] == "1" ? forms[0] : forms[forms.count > 1 ? 1 : 0])
                i = close + 1
            } else {
                out.append(template[i])
                i += 1
            }
        }
        return out
    }
}

public enum L10n {
    public static func string(_ key: TextKey, _ language: Language) -> String {
        switch language {
        case .de: german(key)
        case .en: english(key)
        }
    }
}
