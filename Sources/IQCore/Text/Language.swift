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
