/// The command line of the interactive program, parsed without side effects so it can be tested.
public struct LaunchOptions: Equatable, Sendable {
    public var dataFile: String?
    public var language: Language = .de
    public var mouse = true
    public var ascii = false
    /// `--unicode`: box drawing, Braille and block glyphs even where the environment looks as if
    /// it could not show them (the automatic ASCII decision is then skipped).
    public var unicode = false
    /// `--theme NAME|PATH`; nil: the default theme (or monochrome under NO_COLOR).
    public var theme: ThemeChoice?
    public var showHelp = false
    public var showVersion = false
    public var readOnly = false
    /// `--workshop`: only the built-in network and the map; no data file is read or written.
    public var workshop = false
    /// nil: keep the format the file has (binary for a new file).
    public var format: SnapshotFormat?
    /// Seconds without edits before autosave; nil turns it off.
    public var autosave: Double? = 5
    public var command: Command = .run
    /// The settings this command line chose itself; a configuration file does not change them.
    public var given: Set<Setting> = []
    /// `--config FILE`: read this configuration file instead of the default one.
    public var configFile: String?
    /// `--no-config`: read no configuration file at all.
    public var noConfig = false
    /// The default for the counsellor field of a new case (the configuration's `counsellor`);
    /// nil: the login name.
    public var counsellor: String?
    /// The deletion rules' periods (the configuration's `retention`, `esf-retention`, `dormant`).
    public var retention = RetentionPolicy()
    /// `--screen-reader` (config `screen_reader = on`): the terminal cursor is shown where the
    /// attention is (selected row, focused field, dialog answer), for screen readers, braille
    /// displays and magnifiers. Without it the cursor is parked there but hidden.
    public var screenReader = false
    /// `--store` without a command (config `store`): PostgreSQL instead of the data file.
    public var store: String?

    /// What a configuration file can set and a command-line option can choose explicitly.
    public enum Setting: String, CaseIterable, Sendable {
        case dataFile, language, mouse, drawing, theme, autosave, screenReader, store
    }

    /// Every option that takes a value (`--opt VALUE` or `--opt=VALUE`). The parser accepts
    /// exactly these and `switches`, so the help and the man page can be checked against them.
    public static let valueOptions = ["--data", "--lang", "--format", "--autosave", "--service", "--country", "--place",
                                      "--year", "--theme", "--config", "--store"]
    /// Every option without a value, the short forms included.
    public static let switches = ["--read-only", "--workshop", "--skip-invalid", "--include-personal", "--no-mouse",
                                  "--screen-reader", "--ascii", "--unicode", "--no-config", "--help", "-h", "--version", "-V"]
    /// Every command, as it is typed.
    public static let commands = ["check", "export partners", "export locations", "export case", "export cases",
                                  "import partners", "import cases", "nearest", "authority", "stats",
                                  "db init", "db migrate", "db import", "db export"]

    public enum Command: Equatable, Sendable {
        case run
        /// `iq-tui check [FILE]`: validate a snapshot.
        case check(file: String?)
        /// `iq-tui export partners [--format csv|json|vcard]`: to standard output.
        case exportPartners(format: ExportFormat)
        /// `iq-tui import partners FILE [--skip-invalid]`.
        case importPartners(file: String, skipInvalid: Bool)
        /// `iq-tui nearest PLACE [--service S]`: the sites nearest to a municipality.
        case nearest(place: String, service: SiteService?)
        /// `iq-tui export locations [--format csv|geojson]`: to standard output.
        case exportLocations(format: LocationFormat)
        /// `iq-tui authority OCCUPATION [--country CODE] [--place ORT]`: the competent authority.
        case authority(occupation: String, country: String?, place: String?)
        /// `iq-tui export case NUMBER [--format text|json]`: everything on one person (Art. 15 DSGVO).
        case exportCase(number: String, format: CaseReportFormat)
        /// `iq-tui export cases [--format csv|json] [--include-personal]`: pseudonymised unless asked.
        case exportCases(format: CaseListFormat, includePersonal: Bool)
        /// `iq-tui import cases FILE [--skip-invalid]`.
        case importCases(file: String, skipInvalid: Bool)
        /// `iq-tui stats [--format text|csv|json] [--year Y]`: figures that may be handed out.
        case stats(format: StatsFormat, year: Int?)
        /// `iq-tui db …`; `store`: a libpq connection string or service, "" for libpq's defaults.
        case database(DatabaseCommand, store: String)
    }

    public enum CaseReportFormat: String, CaseIterable, Sendable {
        case text, json
    }

    public enum CaseListFormat: String, CaseIterable, Sendable {
        case csv, json
    }

    public enum ExportFormat: String, CaseIterable, Sendable {
        case csv, json, vcard
    }

    public enum LocationFormat: String, CaseIterable, Sendable {
        case csv, geojson
    }

    public enum StatsFormat: String, CaseIterable, Sendable {
        case text, csv, json
    }

    /// A theme as the user named it: a built-in one, or a file.
    public enum ThemeChoice: Equatable, Sendable {
        case named(String)
        case file(String)

        /// Anything with a "/" or ending in ".theme" is a path; otherwise one of `themeNames`
        /// (ignoring case), else nil.
        public init?(_ text: String) {
            if text.contains("/") || text.lowercased().hasSuffix(".theme") {
                self = .file(text)
            } else if let name = LaunchOptions.themeNames.first(where: { $0 == text.lowercased() }) {
                self = .named(name)
            } else {
                return nil
            }
        }
    }

    /// The built-in themes (IQTUI compiles each in; a test keeps the two lists equal).
    public static let themeNames = ["default", "light", "high-contrast", "monochrome"]

    public init() {}

    public enum ParseError: Error, Equatable, Sendable {
        case unknownOption(String)
        case missingValue(String)
        case badLanguage(String)
        case unexpectedArgument(String)
        case badFormat(String)
        /// A command that needs more words ("nearest" without a place).
        case missingArgument(String)
        case badExportFormat(String)
        case unknownCommand(String)
        case badAutosave(String)
        case badService(String)
        case badLocationFormat(String)
        /// An export format `export case` or `export cases` does not have; `choices` lists theirs.
        case badCaseFormat(String, choices: String)
        case badStatsFormat(String)
        /// `--year` with something that is not a year.
        case badYear(String)
        /// `--theme` with a name that is not a built-in theme (and not a path).
        case badTheme(String)
        /// An option or command that needs the data file, given with `--workshop`.
        case notWithWorkshop(String)
        /// Two options that exclude each other (`--config` and `--no-config`).
        case conflictingOptions(String, String)

        public var message: Message {
            switch self {
            case .unknownOption(let o): CommandLineText.cliUnknownOption(o)
            case .missingValue(let o): CommandLineText.cliMissingValue(o)
            case .badLanguage(let l): CommandLineText.cliBadLanguage(l)
            case .unexpectedArgument(let a): CommandLineText.cliUnexpectedArgument(a)
            case .badFormat(let f): CommandLineText.cliBadFormat(f)
            case .missingArgument(let c): CommandLineText.cliMissingArgument(c)
            case .badExportFormat(let f): CommandLineText.cliBadExportFormat(f)
            case .unknownCommand(let c): CommandLineText.cliUnknownCommand(c)
            case .badAutosave(let v): CommandLineText.cliBadAutosave(v)
            case .badService(let s): GeoText.cliBadService(s, LaunchOptions.serviceChoices)
            case .badLocationFormat(let f): GeoText.cliBadLocationFormat(f)
            case .badCaseFormat(let f, let choices): CaseExchangeText.cliBadCaseFormat(f, choices)
            case .badStatsFormat(let f): StatisticsText.cliBadStatsFormat(f)
            case .badYear(let y): StatisticsText.cliBadYear(y)
            case .badTheme(let t): ThemeText.cliBadTheme(t, LaunchOptions.themeNames.joined(separator: ", "))
            case .notWithWorkshop(let o): WorkshopText.cliNotWithWorkshop(o)
            case .conflictingOptions(let a, let b): ConfigText.cliConflictingOptions(a, b)
            }
        }
    }

    /// Parses the arguments after the program name. `--opt=value` and `--opt value` both work.
    public static func parse(_ arguments: [String], environment: [String: String]) -> Result<LaunchOptions, ParseError> {
        var options = LaunchOptions()
        var languageFlag: String?
        var formatFlag: String?
        var skipInvalid = false
        var includePersonal = false
        var serviceFlag: String?
        var countryFlag: String?
        var placeFlag: String?
        var yearFlag: String?
        var storeFlag: String?
        var autosaveGiven = false
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
            let takesValue = valueOptions.contains(name)
            if !arg.hasPrefix("-") {
                positionals.append(arg)
                i += 1
                continue
            }
            if inline != nil, !takesValue { return .failure(.unknownOption(arg)) }
            guard takesValue || switches.contains(name) else { return .failure(.unknownOption(arg)) }
            switch name {
            case "--data":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                options.dataFile = v
                options.given.insert(.dataFile)
            case "--lang":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard Language(rawValue: v.lowercased()) != nil else { return .failure(.badLanguage(v)) }
                languageFlag = v
                options.given.insert(.language)
            case "--config":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                options.configFile = v
            case "--no-config": options.noConfig = true
            case "--format":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                formatFlag = v.lowercased()
            case "--autosave":
                guard let v = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                guard let seconds = Double(v), seconds >= 0, seconds.isFinite else { return .failure(.badAutosave(v)) }
                options.autosave = seconds == 0 ? nil : seconds
                autosaveGiven = true
                options.given.insert(.autosave)
            case "--service":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                serviceFlag = v
            case "--country":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                countryFlag = v
            case "--place":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                placeFlag = v
            case "--year":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                yearFlag = v
            case "--store":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                storeFlag = v
            case "--read-only": options.readOnly = true
            case "--workshop": options.workshop = true
            case "--skip-invalid": skipInvalid = true
            case "--include-personal": includePersonal = true
            case "--no-mouse":
                options.mouse = false
                options.given.insert(.mouse)
            case "--screen-reader":
                options.screenReader = true
                options.given.insert(.screenReader)
            case "--theme":
                guard let v = value(name, inline: inline), !v.isEmpty else { return .failure(.missingValue(name)) }
                guard let choice = ThemeChoice(v) else { return .failure(.badTheme(v)) }
                options.theme = choice
                options.given.insert(.theme)
            case "--ascii":
                options.ascii = true
                options.unicode = false
                options.given.insert(.drawing)
            case "--unicode":
                options.unicode = true
                options.ascii = false
                options.given.insert(.drawing)
            case "--help", "-h": options.showHelp = true
            case "--version", "-V": options.showVersion = true
            default:
                return .failure(.unknownOption(arg))
            }
            i += 1
        }
        options.language = Language.resolve(flag: languageFlag, environment: environment) ?? .de
        if options.noConfig, options.configFile != nil { return .failure(.conflictingOptions("--config", "--no-config")) }
        if serviceFlag != nil, positionals.first != "nearest" { return .failure(.unexpectedArgument("--service")) }
        if positionals.first != "authority" {
            if countryFlag != nil { return .failure(.unexpectedArgument("--country")) }
            if placeFlag != nil { return .failure(.unexpectedArgument("--place")) }
        }
        if yearFlag != nil, positionals.first != "stats" { return .failure(.unexpectedArgument("--year")) }
        if let failure = takeStore(storeFlag, positionals, into: &options) { return .failure(failure) }
        if includePersonal, positionals.count < 2 || positionals[0] != "export" || positionals[1] != "cases" {
            return .failure(.unexpectedArgument("--include-personal"))
        }
        if options.workshop {
            // Workshop mode never touches a data file: what would name, shape or save one is refused.
            if let command = positionals.first { return .failure(.notWithWorkshop(command)) }
            if options.dataFile != nil { return .failure(.notWithWorkshop("--data")) }
            if formatFlag != nil { return .failure(.notWithWorkshop("--format")) }
            if autosaveGiven { return .failure(.notWithWorkshop("--autosave")) }
        }
        switch positionals.first {
        case nil:
            options.command = .run
        case "check":
            guard positionals.count <= 2 else { return .failure(.unexpectedArgument(positionals[2])) }
            options.command = .check(file: positionals.count == 2 ? positionals[1] : nil)
        case "export":
            guard positionals.count >= 2 else { return .failure(.missingArgument("export")) }
            if positionals[1] == "case" || positionals[1] == "cases" { return parseCaseExport(positionals, format: formatFlag, options, includePersonal) }
            guard positionals[1] == "partners" || positionals[1] == "locations" else {
                return .failure(.unknownCommand("export \(positionals[1])"))
            }
            guard positionals.count == 2 else { return .failure(.unexpectedArgument(positionals[2])) }
            let raw = formatFlag ?? "csv"
            if positionals[1] == "locations" {
                guard let format = LocationFormat(rawValue: raw) else { return .failure(.badLocationFormat(raw)) }
                options.command = .exportLocations(format: format)
                return .success(options)
            }
            guard let format = ExportFormat(rawValue: raw) else { return .failure(.badExportFormat(raw)) }
            options.command = .exportPartners(format: format)
            return .success(options)
        case "import":
            guard positionals.count >= 2 else { return .failure(.missingArgument("import")) }
            guard positionals[1] == "partners" || positionals[1] == "cases" else { return .failure(.unknownCommand("import \(positionals[1])")) }
            guard positionals.count == 3 else {
                return .failure(positionals.count < 3 ? .missingArgument("import \(positionals[1])") : .unexpectedArgument(positionals[3]))
            }
            options.command = positionals[1] == "cases"
                ? .importCases(file: positionals[2], skipInvalid: skipInvalid)
                : .importPartners(file: positionals[2], skipInvalid: skipInvalid)
        case "nearest":
            // A place may be several words: "nearest Bad Oeynhausen" as well as "nearest 'Bad Oeynhausen'".
            let place = positionals.dropFirst().flatMap { $0.split(whereSeparator: \.isWhitespace) }.joined(separator: " ")
            guard !place.isEmpty else { return .failure(.missingArgument("nearest")) }
            var service: SiteService?
            if let serviceFlag {
                guard let s = SiteService(userText: serviceFlag) else { return .failure(.badService(serviceFlag)) }
                service = s
            }
            options.command = .nearest(place: place, service: service)
        case "authority":
            // An occupation may be several words, like a place: "authority Fachkraft für Lagerlogistik".
            let occupation = positionals.dropFirst().flatMap { $0.split(whereSeparator: \.isWhitespace) }.joined(separator: " ")
            guard !occupation.isEmpty else { return .failure(.missingArgument("authority")) }
            options.command = .authority(occupation: occupation, country: countryFlag, place: placeFlag)
        case "stats":
            guard positionals.count == 1 else { return .failure(.unexpectedArgument(positionals[1])) }
            let raw = formatFlag ?? "text"
            guard let format = StatsFormat(rawValue: raw) else { return .failure(.badStatsFormat(raw)) }
            var year: Int?
            if let yearFlag {
                // A year the program can hold (as Day does): "19" or "2019x" is a typing slip.
                guard yearFlag.count == 4, yearFlag.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(yearFlag),
                      (1900...2200).contains(y) else { return .failure(.badYear(yearFlag)) }
                year = y
            }
            options.command = .stats(format: format, year: year)
            return .success(options)
        case "db":
            return parseDatabase(positionals, options, store: storeFlag, format: formatFlag)
        case let other?:
            return .failure(.unknownCommand(other))
        }
        if let formatFlag {
            guard let f = SnapshotFormat(rawValue: formatFlag) else { return .failure(.badFormat(formatFlag)) }
            options.format = f
        }
        return .success(options)
    }

    /// `export case NUMBER` and `export cases` (positionals start with "export", "case"/"cases").
    private static func parseCaseExport(_ positionals: [String], format: String?, _ parsed: LaunchOptions,
                                        _ includePersonal: Bool) -> Result<LaunchOptions, ParseError> {
        var options = parsed
        if positionals[1] == "case" {
            guard positionals.count >= 3 else { return .failure(.missingArgument("export case")) }
            guard positionals.count == 3 else { return .failure(.unexpectedArgument(positionals[3])) }
            let raw = format ?? "text"
            guard let f = CaseReportFormat(rawValue: raw) else { return .failure(.badCaseFormat(raw, choices: "text, json")) }
            options.command = .exportCase(number: positionals[2], format: f)
        } else {
            guard positionals.count == 2 else { return .failure(.unexpectedArgument(positionals[2])) }
            let raw = format ?? "csv"
            guard let f = CaseListFormat(rawValue: raw) else { return .failure(.badCaseFormat(raw, choices: "csv, json")) }
            options.command = .exportCases(format: f, includePersonal: includePersonal)
        }
        return .success(options)
    }

    public static let version = "0.2.0"

    /// The services `--service` accepts, for the error message: "recognitionCounselling
    /// (Anerkennungsberatung / Recognition counselling), …", each label once.
    static var serviceChoices: String {
        SiteService.allCases.map { service in
            var labels: [String] = []
            for language in Language.allCases where !labels.contains(service.label.text(language)) {
                labels.append(service.label.text(language))
            }
            return "\(service.rawValue) (\(labels.joined(separator: " / ")))"
        }
        .joined(separator: ", ")
    }
}
