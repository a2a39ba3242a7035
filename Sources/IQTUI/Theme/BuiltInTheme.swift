import IQCore

/// The shipped themes, compiled in as values (Generated/BuiltInThemes.swift, written by
/// scripts/embed-themes.py from the files in themes/), so an installed binary needs no files
/// beside it and a start parses no text; a test parses each file and compares.
extension Theme {
    /// The names `--theme` accepts, in the order the help lists them.
    public static let builtInNames = LaunchOptions.themeNames

    /// A built-in theme by name; nil for a name that is not one.
    public static func builtIn(_ name: String) -> Theme? {
        switch name {
        case "default": defaultTheme
        case "light": lightTheme
        case "high-contrast": highContrastTheme
        case "monochrome": monochromeTheme
        default: nil
        }
    }

    public static var builtInDefault: Theme { defaultTheme }
    public static var monochrome: Theme { monochromeTheme }
}
