import Foundation
import IQCore
import IQPostgres
import IQStore
import IQTUI

// iq-tui: parse the command line, then run a one-shot command or the full-screen program.
let environment = ProcessEnvironment.current()
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ text: String, code: Int32) -> Never {
    printError(text)
    exit(code)
}

let parsedOptions: LaunchOptions
switch LaunchOptions.parse(arguments, environment: environment) {
case .success(let parsed): parsedOptions = parsed
case .failure(let error):
    fail(LaunchOptions.usageError(error, LaunchOptions.errorLanguage(arguments, environment: environment)), code: 2)
}

// The configuration file fills in what the command line left open; a line it cannot use is
// reported (in the language that applies in the end) and skipped, and the program goes on.
let configured = ConfigFile.load(into: parsedOptions, environment: environment)
let options = configured.options
for report in configured.reports { printError(report.text(options.language)) }

if options.showHelp {
    printOut(CommandLineText.cliUsage.text(options.language))
    exit(0)
}
if options.showVersion {
    printOut("iq-tui \(LaunchOptions.version)")
    exit(0)
}

// Stored with every save and edit and shown to colleagues: nothing in it may steer a terminal.
// No login name at all: saves are signed "iq-tui", but nobody is taken for the counsellor.
let loginName = ControlCharacters.userName(environment["USER"] ?? "", fallback: "")
let userName = loginName.isEmpty ? "iq-tui" : loginName
// Files this program creates are private whatever the umask says.
umask(0o077)

switch options.command {
case .check(let file):
    exit(CheckCommand.run(path: DataLocation.resolve(flag: file ?? options.dataFile, environment: environment), language: options.language))
case .exportPartners(let format):
    exit(PartnerCommands.export(path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format, language: options.language))
case .importPartners(let file, let skipInvalid):
    exit(PartnerCommands.importCSV(from: file, into: DataLocation.resolve(flag: options.dataFile, environment: environment),
                                   skipInvalid: skipInvalid, user: userName, language: options.language, readOnly: options.readOnly))
case .nearest(let place, let service):
    exit(LocationCommands.nearest(place: place, service: service, path: DataLocation.resolve(flag: options.dataFile, environment: environment), language: options.language))
case .exportLocations(let format):
    exit(LocationCommands.export(path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format, language: options.language))
case .authority(let occupation, let country, let place):
    exit(AuthorityCommand.run(occupation: occupation, country: country, place: place, language: options.language))
case .exportCase(let number, let format):
    exit(CaseCommands.exportCase(number: number, path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format,
                                 retention: options.retention, language: options.language))
case .exportCases(let format, let includePersonal):
    exit(CaseCommands.exportCases(path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format,
                                  includePersonal: includePersonal, language: options.language))
case .importCases(let file, let skipInvalid):
    exit(CaseCommands.importCSV(from: file, into: DataLocation.resolve(flag: options.dataFile, environment: environment),
                                skipInvalid: skipInvalid, user: userName, language: options.language, readOnly: options.readOnly))
case .stats(let format, let year):
    exit(StatsCommand.run(path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format, year: year, language: options.language))
case .database(let command, let store):
    exit(DatabaseCommand.run(command, store: store, format: options.format, user: userName, language: options.language))
case .run:
    break
}

// The look: the theme (--theme, else default, or monochrome under NO_COLOR; a broken theme file
// is reported here, before the screen is taken over, and the fallback is used) and ASCII drawing
// (--ascii, --unicode, else decided from the locale and TERM).
let themeOutcome = ThemeSelection.load(options.theme, environment: environment)
if let problem = themeOutcome.problem { printError(problem.text(options.language)) }
var runOptions = options
runOptions.ascii = AsciiDecision.resolve(ascii: options.ascii, unicode: options.unicode, environment: environment)

// On a database (`--store`), connected before the screen is taken over: a wrong address or a
// missing schema is said on stderr, with the terminal untouched.
var database: DatabaseStore?
if let store = runOptions.store {
    do { database = try DatabaseStore.connect(store) } catch { fail(error.message.text(options.language), code: 1) }
}
// The first state and the first actions; in workshop mode no data file is opened at all.
let dataFile = runOptions.store.map { DatabaseStoreWork.anchor(DatabaseStore.localName(for: $0), environment: environment) }
    ?? DataLocation.resolve(flag: runOptions.dataFile, environment: environment)
var startup = Startup.make(options: runOptions, dataFile: dataFile, user: userName, session: .current(user: userName), userKnown: !loginName.isEmpty)
startup.state.store.source = database?.source
// Others' saves are noticed through the system where it can tell (DataFileWatch); elsewhere the
// file is looked at every few seconds. The first start creates the directory now rather than
// with the file, so it can be watched from the beginning.
if let file = startup.state.store.file, startup.state.store.readOnly == nil { try? DataLocation.ensureDirectory(file.directory) }
// On a database, others' commits wake the loop through the connection's socket (DatabaseWake).
let fileWatch = database == nil ? startup.state.store.file.flatMap(DataFileWatch.init) : nil
startup.state.store.fileWatched = fileWatch != nil || database != nil
var watches = fileWatch.map { watch in [LoopWatch(descriptor: watch.descriptor) { watch.drain() ? [.store(.fileMayHaveChanged)] : [] }] } ?? []
if let wake = database?.wake { watches.append(LoopWatch(current: { wake.descriptor }, drain: wake.fired)) }
do {
    let terminal = try Terminal(theme: themeOutcome.theme, mouse: options.mouse, screenReader: options.screenReader, environment: environment)
    Runtime(state: startup.state, environment: .live(userName: userName), terminal: terminal, storeWork: database.map { DatabaseStoreWork.make($0, connection: runOptions.store ?? "", environment: environment) } ?? StoreWorker.perform, watches: watches)
        .run(start: startup.actions)
} catch {
    fail(error.message(options.language), code: 1)
}
exit(0)
