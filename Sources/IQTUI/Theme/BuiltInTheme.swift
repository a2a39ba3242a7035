import IQCore

/// The shipped themes, compiled in so an installed binary needs no files beside it. Their texts
/// (Generated/BuiltInThemes.swift, written by scripts/embed-themes.py) are the files in
/// themes/; a test keeps the two equal.
extension Theme {
    /// The names `--theme` accepts, in the order the help lists them.
    public static let builtInNames = LaunchOptions.themeNames

    /// The text of a built-in theme; nil for a name that is not one.
    public static func builtInText(_ name: String) -> String? {
        switch name {
        case "default": defaultText
        case "light": lightText
        case "high-contrast": highContrastText
        case "monochrome": monochromeText
        default: nil
        }
    }

    /// A built-in theme by name; nil for a name that is not one.
    public static func builtIn(_ name: String) -> Theme? {
        guard let text = builtInText(name) else { return nil }
        switch parse(text, name: name) {
        case .success(let theme): return theme
        case .failure: return nil // the tests parse every shipped theme
        }
    }

    public static var builtInDefault: Theme { builtIn("default") ?? Theme(name: "default", styles: [:]) }
    public static var monochrome: Theme { builtIn("monochrome") ?? Theme(name: "monochrome", styles: [:]) }
}
