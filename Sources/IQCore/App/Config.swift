import Foundation

/// The configuration file: `$XDG_CONFIG_HOME/iq-tui/config`, else `~/.config/iq-tui/config`.
///
/// A small `key = value` format:
///
///     # iq-tui configuration
///     theme      = light            # default, light, high-contrast, monochrome or a .theme file
///     language   = en               # de or en
///     mouse      = off              # on or off
///     autosave   = 10               # seconds without an edit; 0 = off
///     counsellor = Anna Beispiel    # the Berater/in of a new case
///     data       = ~/team/iq-tui.plist
///     store      = service=iq       # PostgreSQL instead of the data file (libpq string, no password)
///     ascii      = auto             # on, off (Unicode) or auto
///     retention  = 3                # years a case is kept after the year it ended
///     esf-retention = 5             # the same for a case in an ESF-co-funded measure; 0 = off
///     dormant    = 3                # years without activity before a case is due; 0 = off
///
/// Blank lines and lines starting with `#` are ignored; in a value, `#` after a space starts a
/// comment, unless the value is in double quotes. Keys ignore case; a key given twice takes its
/// last value. A path may start with `~/` (the home directory); a relative path is taken from the
/// configuration file's directory. An unknown key or a bad value is reported with the file and
/// the line and skipped: the rest of the file still applies.
///
/// What wins: a command-line option, then the environment variables meant for this program
/// (`IQ_LANG`), then the file, then the general environment (`LANG`/`LC_ALL`, `NO_COLOR`), then
/// the defaults. A theme from the file is an explicit choice and wins over `NO_COLOR`, as
/// no-color.org asks of configuration files.
public struct Config: Equatable, Sendable {
    public var theme: LaunchOptions.ThemeChoice?
    public var language: Language?
    public var mouse: Bool?
    /// Seconds without an edit before autosave; 0 turns it off.
    public var autosave: Double?
    public var counsellor: String?
    /// The data file, as an absolute path.
    public var dataFile: String?
    /// A PostgreSQL connection string or service: the store instead of the data file.
    public var store: String?
    public var ascii: Drawing?
    /// `screen_reader = on`, as `--screen-reader`.
    public var screenReader: Bool?
    /// The deletion rules' periods in years (CaseRetention); nil: the default.
    public var retention: Int?
    public var esfRetention: Int?
    public var dormant: Int?

    public init() {}

    /// `ascii = on | off | auto`.
    public enum Drawing: String, Equatable, Sendable {
        /// Plain ASCII, as `--ascii`.
        case on
        /// Unicode, as `--unicode`.
        case off
        /// Decided from the locale and TERM, as without either option.
        case auto
    }

    /// The keys the file knows, in the order the documentation lists them.
    public static let keys = ["theme", "language", "mouse", "autosave", "counsellor", "data", "store", "ascii",
                              "screen_reader", "retention", "esf-retention", "dormant"]

    // MARK: Problems

    /// A line that was skipped, with why.
    public struct Problem: Equatable, Sendable {
        public var path: String
        public var line: Int
        public var kind: Kind

        public init(path: String, line: Int, kind: Kind) {
            self.path = path
            self.line = line
            self.kind = kind
        }

        public enum Kind: Equatable, Sendable {
            /// Not `key = value`.
            case expectedAssignment
            case unknownKey(String)
            /// A value the key does not take; `expected` says what it takes.
            case badValue(key: String, value: String, expected: Expected)
        }

        public func text(_ language: Language) -> String {
            let problem: String
            switch kind {
            case .expectedAssignment:
                problem = ConfigText.configExpectedAssignment.text(language)
            case .unknownKey(let key):
                problem = ConfigText.configUnknownKey(key, Config.keys.joined(separator: ", ")).text(language)
            case .badValue(let key, let value, let expected):
                problem = ConfigText.configBadValue(value, key, expected.text(language)).text(language)
            }
            return ConfigText.configBadLine(path, String(line), problem).text(language)
        }
    }

    /// What a key takes, for the message about a bad value.
    public enum Expected: Equatable, Sendable {
        case theme, language, onOff, seconds, drawing, text, path, years

        public func text(_ language: Language) -> String {
            switch self {
            case .theme: ConfigText.configExpectTheme(LaunchOptions.themeNames.joined(separator: ", ")).text(language)
            case .language: Language.allCases.map(\.rawValue).joined(separator: ", ")
            case .onOff: "on, off"
            case .seconds: ConfigText.configExpectSeconds.text(language)
            case .drawing: "on, off, auto"
            case .text: ConfigText.configExpectText.text(language)
            case .path: ConfigText.configExpectPath.text(language)
            case .years: ConfigText.configExpectYears(RetentionPolicy.maximumYears).text(language)
            }
        }
    }

    /// Why the file as a whole was not read (for stderr).
    public struct Unreadable: Error, Equatable, Sendable {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public func text(_ language: Language) -> String { ConfigText.configUnreadable(path, reason).text(language) }
    }

    // MARK: Parsing

    /// Reads the file's text. `path` names the file in messages and anchors relative paths;
    /// `home` expands `~/`.
    public static func parse(_ text: String, path: String, home: String?) -> (config: Config, problems: [Problem]) {
        var config = Config()
        var problems: [Problem] = []
        let directory = (path as NSString).deletingLastPathComponent
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = raw.trimmingCharacters(in: .whitespaces)
            if number == 1, line.hasPrefix("\u{FEFF}") { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                problems.append(Problem(path: path, line: number, kind: .expectedAssignment))
                continue
            }
            var key = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            // The other keys are hyphenated; the issue's spelling has an underscore: both work.
            if key == "screen-reader" { key = "screen_reader" }
            guard !key.isEmpty else {
                problems.append(Problem(path: path, line: number, kind: .expectedAssignment))
                continue
            }
            guard keys.contains(key) else {
                problems.append(Problem(path: path, line: number, kind: .unknownKey(parts[0].trimmingCharacters(in: .whitespaces))))
                continue
            }
            let value = unquote(String(parts[1]))
            if let expected = config.set(key, value, directory: directory, home: home) {
                problems.append(Problem(path: path, line: number, kind: .badValue(key: key, value: value, expected: expected)))
            }
        }
        return (config, problems)
    }

    /// The value after `=`: trimmed, without a trailing ` # comment`, or the text between double
    /// quotes (which may hold `#` and spaces at either end).
    static func unquote(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") {
            let rest = trimmed[trimmed.index(after: end)...].trimmingCharacters(in: .whitespaces)
            if rest.isEmpty || rest.hasPrefix("#") { return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]) }
        }
        var result = ""
        var previous: Character = " "
        for character in trimmed {
            if character == "#", previous == " " || previous == "\t" { break }
            result.append(character)
            previous = character
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Sets one key; returns what the key expects when the value does not fit.
    private mutating func set(_ key: String, _ value: String, directory: String, home: String?) -> Expected? {
        switch key {
        case "theme":
            guard !value.isEmpty else { return .theme }
            let looksLikePath = value.contains("/") || value.lowercased().hasSuffix(".theme")
            guard let choice = LaunchOptions.ThemeChoice(looksLikePath ? Self.path(value, directory: directory, home: home) : value)
            else { return .theme }
            theme = choice
        case "language":
            guard let l = Language(rawValue: value.lowercased()) else { return .language }
            language = l
        case "mouse":
            guard let on = Self.onOff(value) else { return .onOff }
            mouse = on
        case "autosave":
            let word = value.lowercased()
            if word == "off" || word == "aus" || word == "no" {
                autosave = 0
            } else {
                guard let seconds = Double(value), seconds.isFinite, seconds >= 0 else { return .seconds }
                autosave = seconds
            }
        case "counsellor":
            guard !value.isEmpty, !ControlCharacters.containsUnsafe(value, keepLineBreaks: false) else { return .text }
            counsellor = value
        case "data":
            guard !value.isEmpty, !value.contains("\u{0}") else { return .path }
            dataFile = Self.path(value, directory: directory, home: home)
        case "store":
            guard !value.isEmpty, !ControlCharacters.containsUnsafe(value, keepLineBreaks: false) else { return .text }
            store = value
        case "ascii":
            let word = value.lowercased()
            if word == "auto" {
                ascii = .auto
            } else {
                guard let on = Self.onOff(word) else { return .drawing }
                ascii = on ? .on : .off
            }
        case "screen_reader":
            guard let on = Self.onOff(value) else { return .onOff }
            screenReader = on
        case "retention", "esf-retention", "dormant":
            guard let years = Int(value), (0...RetentionPolicy.maximumYears).contains(years) else { return .years }
            switch key {
            case "retention": retention = years
            case "esf-retention": esfRetention = years
            default: dormant = years
            }
        default:
            break
        }
        return nil
    }

    /// on/off and their usual spellings.
    static func onOff(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "on", "yes", "true", "1", "an", "ja": true
        case "off", "no", "false", "0", "aus", "nein": false
        default: nil
        }
    }

    /// `~/x` in the home directory, `/x` as it is, anything else beside the configuration file.
    static func path(_ value: String, directory: String, home: String?) -> String {
        if value == "~" || value.hasPrefix("~/"), let home, !home.isEmpty {
            return home + value.dropFirst()
        }
        if value.hasPrefix("/") { return value }
        return (directory.isEmpty ? "." : directory) + "/" + value
    }

    // MARK: Where it is and how it is read

    /// The file to read: `--config FILE`; none with `--no-config`; else
    /// `$XDG_CONFIG_HOME/iq-tui/config` (an absolute XDG_CONFIG_HOME only, as the XDG spec
    /// asks), else `$HOME/.config/iq-tui/config`.
    public static func location(_ options: LaunchOptions, environment: [String: String]) -> String? {
        if options.noConfig { return nil }
        if let file = options.configFile { return file }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/iq-tui/config" }
        return (home(environment) ?? "") + "/.config/iq-tui/config"
    }

    /// The home directory. The program fills HOME in from the user database when it is unset
    /// (ProcessEnvironment, in IQStore), so this stays a lookup in what was passed.
    static func home(_ environment: [String: String]) -> String? {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A file's text, nil for a file that does not exist, or why it cannot be read.
    public typealias Reader = (String) -> Result<String?, Unreadable>

    // MARK: Applying it

    /// The options with the file's settings where the command line chose nothing. Data file and
    /// autosave are left alone in workshop mode, which opens no data file.
    public func apply(to parsed: LaunchOptions, environment: [String: String]) -> LaunchOptions {
        var options = parsed
        let given = options.given
        if let theme, !given.contains(.theme) { options.theme = theme }
        // IQ_LANG is meant for this program and wins over the file; LANG and LC_ALL are general
        // and do not.
        let iqLang = environment["IQ_LANG"].flatMap { Language(rawValue: $0.lowercased()) }
        if let language, !given.contains(.language), iqLang == nil { options.language = language }
        if let mouse, !given.contains(.mouse) { options.mouse = mouse }
        if let ascii, !given.contains(.drawing) {
            options.ascii = ascii == .on
            options.unicode = ascii == .off
        }
        if let screenReader, !given.contains(.screenReader) { options.screenReader = screenReader }
        if let counsellor { options.counsellor = counsellor }
        if let retention { options.retention.afterEnd = retention }
        if let esfRetention { options.retention.esf = esfRetention }
        if let dormant { options.retention.dormant = dormant }
        if !options.workshop {
            if let autosave, !given.contains(.autosave) { options.autosave = autosave == 0 ? nil : autosave }
            if let dataFile, !given.contains(.dataFile) { options.dataFile = dataFile }
            // A data file chosen on the command line wins over the file's database, and back.
            if let store, !given.contains(.dataFile), !given.contains(.store) {
                if case .database(let command, "") = options.command {
                    options.command = .database(command, store: store)
                } else if options.command == .run {
                    options.store = store
                }
            }
        }
        return options
    }

    /// What stderr is told about the file before the screen is taken over.
    public enum Report: Equatable, Sendable {
        case unreadable(Unreadable)
        case line(Problem)

        public func text(_ language: Language) -> String {
            switch self {
            case .unreadable(let u): u.text(language)
            case .line(let p): p.text(language)
            }
        }
    }

    /// Finds, reads (through `read`: ConfigFile.read in the program) and applies the
    /// configuration file for `options`. Returns the options to run with and what to tell on
    /// stderr (an unreadable file, each skipped line); a missing file is fine unless `--config`
    /// named it.
    public static func load(into options: LaunchOptions, environment: [String: String],
                            read: Reader) -> (options: LaunchOptions, reports: [Report]) {
        guard let path = location(options, environment: environment) else { return (options, []) }
        switch read(path) {
        case .failure(let problem):
            return (options, [.unreadable(problem)])
        case .success(nil):
            guard options.configFile != nil else { return (options, []) }
            return (options, [.unreadable(Unreadable(path: path, reason: String(cString: strerror(ENOENT))))])
        case .success(let text?):
            let (config, problems) = parse(text, path: path, home: home(environment))
            return (config.apply(to: options, environment: environment), problems.map(Report.line))
        }
    }
}
