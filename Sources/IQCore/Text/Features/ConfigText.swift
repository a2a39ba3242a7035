/// The configuration file.
public enum ConfigText {
    public static func cliConflictingOptions(_ value1: String, _ value2: String) -> Message {
        Message(de: "iq-tui: „\(value1)“ und „\(value2)“ schließen einander aus.",
                en: "iq-tui: '\(value1)' and '\(value2)' exclude each other.")
    }
    public static func configBadLine(_ path: String, _ line: String, _ problem: String) -> Message {
        Message(de: "iq-tui: Konfigurationsdatei \(path), Zeile \(line): \(problem); die Zeile wird übergangen.",
                en: "iq-tui: configuration file \(path), line \(line): \(problem); the line is skipped.")
    }
    public static func configUnreadable(_ path: String, _ reason: String) -> Message {
        Message(de: "iq-tui: Konfigurationsdatei \(path) kann nicht gelesen werden (\(reason)); sie wird übergangen.",
                en: "iq-tui: cannot read configuration file \(path) (\(reason)); it is skipped.")
    }
    public static var configExpectedAssignment: Message {
        Message(de: "erwartet wird „Schlüssel = Wert“",
                en: "expected 'key = value'")
    }
    public static func configUnknownKey(_ key: String, _ keys: String) -> Message {
        Message(de: "unbekannter Schlüssel „\(key)“ (möglich sind \(keys))",
                en: "unknown key '\(key)' (known are \(keys))")
    }
    public static func configBadValue(_ value: String, _ key: String, _ expected: String) -> Message {
        Message(de: "„\(value)“ passt nicht zu \(key) (möglich: \(expected))",
                en: "'\(value)' does not suit \(key) (possible: \(expected))")
    }
    public static func configExpectTheme(_ themeNames: String) -> Message {
        Message(de: "\(themeNames) oder eine .theme-Datei",
                en: "\(themeNames) or a .theme file")
    }
    public static var configExpectSeconds: Message {
        Message(de: "Sekunden ab 0, 0 = aus",
                en: "seconds from 0, 0 = off")
    }
    public static func configExpectYears(_ maximum: Int) -> Message {
        Message(de: "ganze Jahre von 0 bis \(maximum)",
                en: "whole years from 0 to \(maximum)")
    }
    public static var configExpectText: Message {
        Message(de: "ein Name ohne Steuerzeichen",
                en: "a name without control characters")
    }
    public static var configExpectPath: Message { Message(de: "ein Dateipfad", en: "a file path") }
}
