extension LaunchOptions {
    /// The language a command line asks for even when it fails to parse: the last valid
    /// `--lang X` / `--lang=X` anywhere in it (before or after the faulty option), else the
    /// environment's. A usage error is then reported in the language the user chose.
    public static func errorLanguage(_ arguments: [String], environment: [String: String]) -> Language {
        var flag: String?
        for (i, arg) in arguments.enumerated() {
            var value: String?
            if arg.hasPrefix("--lang=") {
                value = String(arg.dropFirst("--lang=".count))
            } else if arg == "--lang", i + 1 < arguments.count {
                value = arguments[i + 1]
            }
            if let value, Language(rawValue: value.lowercased()) != nil { flag = value }
        }
        return Language.resolve(flag: flag, environment: environment) ?? .de
    }

    /// What a usage error prints: the error and one line pointing to `--help`, not the help itself.
    public static func usageError(_ error: ParseError, _ language: Language) -> String {
        error.message.text(language) + "\n" + CommandLineText.cliSeeHelp.text(language)
    }
}
