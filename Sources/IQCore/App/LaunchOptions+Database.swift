/// `iq-tui db init|migrate|import FILE|export FILE [--store CONNECTION]`: the PostgreSQL store's
/// commands (README "Ein Netzwerk, mehrere Server: PostgreSQL").
extension LaunchOptions {
    public enum DatabaseCommand: Equatable, Sendable {
        case initialise
        case migrate
        case importFile(String)
        case exportFile(String)
    }

    /// `--store` without a command: the program itself on the database, whose connection string
    /// or service it is; the data file is then not read. With `db` it is that command's.
    static func takeStore(_ store: String?, _ positionals: [String], into options: inout LaunchOptions) -> ParseError? {
        guard let store, positionals.first != "db" else { return nil }
        guard positionals.isEmpty else { return .unexpectedArgument("--store") }
        if options.workshop { return .notWithWorkshop("--store") }
        if options.dataFile != nil { return .conflictingOptions("--data", "--store") }
        options.store = store
        options.given.insert(.store)
        return nil
    }

    /// The positionals start with "db"; `store` is `--store`'s value (nil: libpq's defaults),
    /// `format` the file format `db export` writes (binary unless `--format xml`).
    static func parseDatabase(_ positionals: [String], _ parsed: LaunchOptions, store: String?,
                              format: String?) -> Result<LaunchOptions, ParseError> {
        guard positionals.count >= 2 else { return .failure(.missingArgument("db")) }
        let verb = positionals[1]
        let needsFile = verb == "import" || verb == "export"
        guard needsFile || verb == "init" || verb == "migrate" else { return .failure(.unknownCommand("db \(verb)")) }
        let expected = needsFile ? 3 : 2
        guard positionals.count >= expected else { return .failure(.missingArgument("db \(verb)")) }
        guard positionals.count == expected else { return .failure(.unexpectedArgument(positionals[expected])) }
        let command: DatabaseCommand = switch verb {
        case "init": .initialise
        case "migrate": .migrate
        case "import": .importFile(positionals[2])
        default: .exportFile(positionals[2])
        }
        var options = parsed
        if let format {
            guard let f = SnapshotFormat(rawValue: format) else { return .failure(.badFormat(format)) }
            options.format = f
        }
        options.command = .database(command, store: store ?? "")
        return .success(options)
    }
}
