import Foundation
import IQCore
import IQTUI

// iq-tui: parse the command line, then run the full-screen program.
let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ text: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
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

let state = AppState(document: Seed.document, language: options.language,
                     options: AppState.Options(ascii: options.ascii, mouse: options.mouse))
let userName = environment["USER"] ?? "iq-tui"
do {
    let terminal = try Terminal(theme: .builtInDefault, mouse: options.mouse, environment: environment)
    Runtime(state: state, environment: .live(userName: userName), terminal: terminal).run()
} catch {
    fail(error.message(options.language), code: 1)
}
exit(0)
