/// Theme files.
public enum ThemeText {
    public static func cliBadTheme(_ value1: String, _ themeNames: String) -> Message {
        Message(de: "iq-tui: Theme „\(value1)“ gibt es nicht; möglich sind \(themeNames) oder der Pfad einer .theme-Datei.",
                en: "iq-tui: there is no theme '\(value1)'; choose \(themeNames) or the path of a .theme file.")
    }
    public static var themeExpectedAssignment: Message {
        Message(de: "erwartet wird „Rolle = Farben“",
                en: "expected 'role = colours'")
    }
    public static func themeUnknownRole(_ role: String) -> Message {
        Message(de: "unbekannte Stilrolle „\(role)“",
                en: "unknown style role '\(role)'")
    }
    public static var themeMissingColor: Message { Message(de: "Farbe fehlt", en: "missing colour") }
    public static func themeUnknownColor(_ color: String) -> Message {
        Message(de: "unbekannte Farbe „\(color)“",
                en: "unknown colour '\(color)'")
    }
    public static var themeExpectedBackground: Message {
        Message(de: "erwartet wird „VORDERGRUND on HINTERGRUND“",
                en: "expected 'FOREGROUND on BACKGROUND'")
    }
    public static func themeUnknownAttribute(_ attribute: String) -> Message {
        Message(de: "unbekanntes Attribut „\(attribute)“",
                en: "unknown attribute '\(attribute)'")
    }
    public static func themeFileUnreadable(_ path: String, _ reason: String, _ fallback: String) -> Message {
        Message(de: "iq-tui: Theme-Datei \(path) kann nicht gelesen werden (\(reason)); stattdessen gilt das Theme „\(fallback)“.",
                en: "iq-tui: cannot read theme file \(path) (\(reason)); using the theme '\(fallback)' instead.")
    }
    public static func themeFileBadLine(_ path: String, _ line: String, _ problem: String, _ fallback: String) -> Message {
        Message(de: "iq-tui: Theme-Datei \(path), Zeile \(line): \(problem); stattdessen gilt das Theme „\(fallback)“.",
                en: "iq-tui: theme file \(path), line \(line): \(problem); using the theme '\(fallback)' instead.")
    }
}
