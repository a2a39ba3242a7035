/// The command line of the interactive program, parsed without side effects so it can be tested.
public struct LaunchOptions: Equatable, Sendable {
    public var dataFile: String?
    public var language: Language = .de
    public var mouse = true
    public var ascii = false
    public var showHelp = false
    public var showVersion = false
    public var readOnly = false
    /// nil: keep the format the file has (binary for a new file).
    public var format: SnapshotFormat?
    /// Seconds without edits before autosave; nil turns it off.
    public var autosave: Double? = 5
    public var command: Command = .run

    public enum Command: Equatable, Sendable {
        case run
        /// `iq-tui check [FILE]`: validate a snapshot.
        case check(file: String?)
    }

    public init() {}

    public enum ParseError: Error, Equatable, Sendable {
        case unknownOption(String)
        case missingValue(String)
        case badLanguage(String)
        case unexpectedArgument(String)
        case badFormat(String)
        case badAutosave(String)

        public var message: Message {
            switch self {
            case .unknownOption(let o): Message(.cliUnknownOption, o)
            case .missingValue(let o): Message(.cliMissingValue, o)
            case .badLanguage(let l): Message(.cliBadLanguage, l)
            case .unexpectedArgument(let a): Message(.cliUnexpectedArgument, a)
            case .badFormat(let f): Message(.cliBadFormat, f)
            case .badAutosave(let v): Message(.cliBadAutosave, v)
            }
        }
    }

    /// Parses the arguments after the program name. `--opt=value` and `--opt value` both work.
    public static func parse(_ arguments: [String], environment: [String: String]) -> Result<LaunchOptions, ParseError> {
        var options = LaunchOptions()
        var languageFlag: String?
        var i = 0
        func value(_ name: String, inline: String?) -> String? {
            if let inline { return inline }
            i += 1
            // "--data --ascii": the next option is not a value.
            guard i < arguments.count, !arguments[i].hasPrefix("--") else { return nil }
            return arguments[i]
        }
        while i < arguments.count {
            let arg = arguments[i]
            let parts = arg.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? arg
            let inline = parts.count == 2 && arg.hasPrefix("--") ? parts[1] : nil
            let takesValue = ["--data", "--lang", "--format", "--autosave"].contains(name)
            if inline != nil, !takesValue { return .failure(.unknownOption(arg)) }
            switch name {
            case "--data":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                options.dataFile = v
            case "--lang":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard Language(rawValue: v.lowercased()) != nil else { return .failure(.badLanguage(v)) }
                languageFlag = v
            case "--format":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard let f = SnapshotFormat(rawValue: v.lowercased()) else { return .failure(.badFormat(v)) }
                options.format = f
            case "--autosave":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard let seconds = Double(v), seconds >= 0, seconds.isFinite else { return .failure(.badAutosave(v)) }
                options.autosave = seconds == 0 ? nil : seconds
            case "--read-only": options.readOnly = true
            case "--no-mouse": options.mouse = false
            case "--ascii": options.ascii = true
            case "--help", "-h": options.showHelp = true
            case "--version", "-V": options.showVersion = true
            case "check" where i == 0:
                options.command = .check(file: nil)
            default:
                if case .check(nil) = options.command, !arg.hasPrefix("-") {
                    options.command = .check(file: arg)
                } else {
                    return .failure(arg.hasPrefix("-") ? .unknownOption(arg) : .unexpectedArgument(arg))
                }
            }
            i += 1
        }
        options.language = Language.resolve(flag: languageFlag, environment: environment) ?? .de
        return .success(options)
    }

    public static let version = "0.1.0"
}
