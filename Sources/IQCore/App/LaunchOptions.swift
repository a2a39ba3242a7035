/// The command line of the interactive program, parsed without side effects so it can be tested.
public struct LaunchOptions: Equatable, Sendable {
    public var dataFile: String?
    public var language: Language = .de
    public var mouse = true
    public var ascii = false
    public var showHelp = false
    public var showVersion = false

    public init() {}

    public enum ParseError: Error, Equatable, Sendable {
        case unknownOption(String)
        case missingValue(String)
        case badLanguage(String)
        case unexpectedArgument(String)

        public var message: Message {
            switch self {
            case .unknownOption(let o): Message(.cliUnknownOption, o)
            case .missingValue(let o): Message(.cliMissingValue, o)
            case .badLanguage(let l): Message(.cliBadLanguage, l)
            case .unexpectedArgument(let a): Message(.cliUnexpectedArgument, a)
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
            return i < arguments.count ? arguments[i] : nil
        }
        while i < arguments.count {
            let arg = arguments[i]
            let parts = arg.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? arg
            let inline = parts.count == 2 && arg.hasPrefix("--") ? parts[1] : nil
            switch name {
            case "--data":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                options.dataFile = v
            case "--lang":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard Language(rawValue: v.lowercased()) != nil else { return .failure(.badLanguage(v)) }
                languageFlag = v
            case "--no-mouse": options.mouse = false
            case "--ascii": options.ascii = true
            case "--help", "-h": options.showHelp = true
            case "--version", "-V": options.showVersion = true
            default:
                return .failure(arg.hasPrefix("-") ? .unknownOption(arg) : .unexpectedArgument(arg))
            }
            i += 1
        }
        options.language = Language.resolve(flag: languageFlag, environment: environment) ?? .de
        return .success(options)
    }

    public static let version = "0.1.0"
}
