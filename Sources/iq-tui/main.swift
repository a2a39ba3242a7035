import Foundation
import IQCore
import IQTUI

// iq-tui: parse the command line, then run a one-shot command or the full-screen program.
let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ text: String, code: Int32) -> Never {
    printError(text)
    exit(code)
}

let fallbackLanguage = Language.resolve(flag: nil, environment: environment) ?? .de
let options: LaunchOptions
switch LaunchOptions.parse(arguments, environment: environment) {
case .success(let parsed): options = parsed
case .failure(let error):
    fail(error.message.text(fallbackLanguage) + "\n\n" + L10n.string(.cliUsage, fallbackLanguage), code: 2)
}

if options.showHelp {
    print(L10n.string(.cliUsage, options.language))
    exit(0)
}
if options.showVersion {
    print("iq-tui \(LaunchOptions.version)")
    exit(0)
}

let userName = environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "iq-tui"
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
    exit(CaseCommands.exportCase(number: number, path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format, language: options.language))
case .exportCases(let format, let includePersonal):
    exit(CaseCommands.exportCases(path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format,
                                  includePersonal: includePersonal, language: options.language))
case .importCases(let file, let skipInvalid):
    exit(CaseCommands.importCSV(from: file, into: DataLocation.resolve(flag: options.dataFile, environment: environment),
                                skipInvalid: skipInvalid, user: userName, language: options.language, readOnly: options.readOnly))
case .stats(let format, let year):
    exit(StatsCommand.run(path: DataLocation.resolve(flag: options.dataFile, environment: environment), format: format, year: year, language: options.language))
case .run:
    break
}

var store = StoreState(file: SnapshotFile(path: DataLocation.resolve(flag: options.dataFile, environment: environment)), user: userName)
store.readOnly = options.readOnly ? .requested : nil
store.format = options.format ?? .binary
store.formatForced = options.format != nil
store.autosaveAfter = options.autosave
let state = AppState(document: Document(), language: options.language,
                     options: AppState.Options(ascii: options.ascii, mouse: options.mouse), store: store)
do {
    let terminal = try Terminal(theme: .builtInDefault, mouse: options.mouse, environment: environment)
    Runtime(state: state, environment: .live(userName: userName), terminal: terminal).run(start: [.store(.start(seed: Seed.document))])
} catch {
    fail(error.message(options.language), code: 1)
}
exit(0)
