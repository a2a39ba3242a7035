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
        /// `iq-tui export partners [--format csv|json|vcard]`: to standard output.
        case exportPartners(format: ExportFormat)
        /// `iq-tui import partners FILE [--skip-invalid]`.
        case importPartners(file: String, skipInvalid: Bool)
    }

    public enum ExportFormat: String, CaseIterable, Sendable {
        case csv, json, vcard
    }

    public init() {}

    public enum ParseError: Error, Equatable, Sendable {
        case unknownOption(String)
        case missingValue(String)
        case badLanguage(String)
        case unexpectedArgument(String)
        case badFormat(String)
        case badExportFormat(String)
        case unknownCommand(String)
        case badAutosave(String)

        public var message: Message {
            switch self {
            case .unknownOption(let o): Message(.cliUnknownOption, o)
            case .missingValue(let o): Message(.cliMissingValue, o)
            case .badLanguage(let l): Message(.cliBadLanguage, l)
            case .unexpectedArgument(let a): Message(.cliUnexpectedArgument, a)
            case .badFormat(let f): Message(.cliBadFormat, f)
            case .badExportFormat(let f): Message(.cliBadExportFormat, f)
            case .unknownCommand(let c): Message(.cliUnknownCommand, c)
            case .badAutosave(let v): Message(.cliBadAutosave, v)
            }
        }
    }

    /// Parses the arguments after the program name. `--opt=value` and `--opt value` both work.
    public static func parse(_ arguments: [String], environment: [String: String]) -> Result<LaunchOptions, ParseError> {
        var options = LaunchOptions()
        var languageFlag: String?
        var formatFlag: String?
        var skipInvalid = false
        var positionals: [String] = []
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
            if !arg.hasPrefix("-") {
                positionals.append(arg)
                i += 1
                continue
            }
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
                formatFlag = v.lowercased()
            case "--autosave":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard let seconds = Double(v), seconds >= 0, seconds.isFinite else { return .failure(.badAutosave(v)) }
                options.autosave = seconds == 0 ? nil : seconds
            case "--read-only": options.readOnly = true
            case "--skip-invalid": skipInvalid = true
            case "--no-mouse": options.mouse = false
            case "--ascii": options.ascii = true
            case "--help", "-h": options.showHelp = true
            case "--version", "-V": options.showVersion = true
            default:
                return .failure(.unknownOption(arg))
            }
            i += 1
        }
        options.language = Language.resolve(flag: languageFlag, environment: environment) ?? .de
        switch positionals.first {
        case nil:
            options.command = .run
        case "check":
            guard positionals.count <= 2 else { return .failure(.unexpectedArgument(positionals[2])) }
            options.command = .check(file: positionals.count == 2 ? positionals[1] : nil)
        case "export":
            guard positionals.count >= 2 else { return .failure(.missingValue("export")) }
            guard positionals[1] == "partners" else { return .failure(.unknownCommand("export \(positionals[1])")) }
            guard positionals.count == 2 else { return .failure(.unexpectedArgument(positionals[2])) }
            let raw = formatFlag ?? "csv"
            guard let format = ExportFormat(rawValue: raw) else { return .failure(.badExportFormat(raw)) }
            options.command = .exportPartners(format: format)
            return .success(options)
        case "import":
            guard positionals.count >= 2 else { return .failure(.missingValue("import")) }
            guard positionals[1] == "partners" else { return .failure(.unknownCommand("import \(positionals[1])")) }
            guard positionals.count == 3 else {
                return .failure(positionals.count < 3 ? .missingValue("import partners") : .unexpectedArgument(positionals[3]))
            }
            options.command = .importPartners(file: positionals[2], skipInvalid: skipInvalid)
        case let other?:
            return .failure(.unknownCommand(other))
        }
        if let formatFlag {
            guard let f = SnapshotFormat(rawValue: formatFlag) else { return .failure(.badFormat(formatFlag)) }
            options.format = f
        }
        return .success(options)
    }

    public static let version = "0.1.0"
}
