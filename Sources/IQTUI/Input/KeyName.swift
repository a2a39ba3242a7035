import Foundation
import IQCore

/// How a key is written for a person: "Strg" in German, "Ctrl" in English, everywhere a key is
/// shown (status bar, help, palette). The key map's labels are written in English once.
enum KeyName {
    static func of(_ key: Key, _ language: Language) -> String {
        localized(CommandPalette.label(key), language)
    }

    /// A label from the key map ("u / Ctrl-Z", "⌫ Del Ctrl-W Ctrl-U") in the session's language.
    static func localized(_ label: String, _ language: Language) -> String {
        language == .de ? label.replacingOccurrences(of: "Ctrl-", with: "Strg-") : label
    }

    /// A shown label back in English, so "ctrl-s" finds "Strg-S" in the palette too.
    static func english(_ label: String) -> String {
        label.replacingOccurrences(of: "Strg-", with: "Ctrl-")
    }
}
