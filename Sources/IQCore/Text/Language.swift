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
public struct Message: Equatable, Sendable {
    public var key: TextKey
    public var arguments: [String]
    public init(_ key: TextKey, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }

    public func text(_ language: Language) -> String {
        // One pass, so an argument that itself contains "{1}" is never replaced again.
        let template = Array(L10n.string(key, language))
        var out = ""
        var i = 0
        while i < template.count {
            if template[i] == "{", i + 2 < template.count, template[i + 2] == "}",
               let n = template[i + 1].wholeNumberValue, n < arguments.count {
                out += arguments[n]
                i += 3
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
