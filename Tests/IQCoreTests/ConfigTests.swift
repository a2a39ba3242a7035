import Foundation
import XCTest
@testable import IQCore

/// The configuration file: its format, its problems with file and line, where it is, and how it
/// meets the command line and the environment.
final class ConfigTests: XCTestCase {
    private let path = "/home/anna/.config/iq-tui/config"

    private func parse(_ text: String) -> (config: Config, problems: [Config.Problem]) {
        Config.parse(text, path: path, home: "/home/anna")
    }

    private func options(_ arguments: [String], _ environment: [String: String] = [:]) throws -> LaunchOptions {
        try LaunchOptions.parse(arguments, environment: environment).get()
    }

    /// The options after `arguments` and a configuration file with `text`.
    private func configured(_ text: String, _ arguments: [String] = [], _ environment: [String: String] = [:]) throws
        -> (options: LaunchOptions, reports: [Config.Report]) {
        var env = environment
        env["HOME"] = env["HOME"] ?? "/home/anna"
        return Config.load(into: try options(arguments, env), environment: env) { _ in .success(text) }
    }

    // MARK: The format

    func testEveryKey() {
        let (config, problems) = parse("""
            # iq-tui
            theme      = light
            language   = en
            mouse      = off
            autosave   = 10
            counsellor = Anna Beispiel
            data       = /srv/team/iq-tui.plist
            ascii      = on
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(config.theme, .named("light"))
        XCTAssertEqual(config.language, .en)
        XCTAssertEqual(config.mouse, false)
        XCTAssertEqual(config.autosave, 10)
        XCTAssertEqual(config.counsellor, "Anna Beispiel")
        XCTAssertEqual(config.dataFile, "/srv/team/iq-tui.plist")
        XCTAssertEqual(config.ascii, .on)
    }

    func testAnEmptyFileSetsNothing() {
        XCTAssertEqual(parse("").config, Config())
        XCTAssertEqual(parse("\n  \n# only a comment\n\t# indented\n").config, Config())
        XCTAssertEqual(parse("\n# c\n").problems, [])
    }

    func testCommentsQuotesSpacesCaseAndRepeats() {
        let (config, problems) = parse("""
            \u{FEFF}Theme=high-contrast   # after a space: a comment
            LANGUAGE =EN
            counsellor = "  Anna # Beispiel "   # the quotes keep both
            data = /srv/a#b/iq-tui.plist
            autosave = 5
            autosave = 0
            mouse = yes
            ascii = AUTO\r
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(config.theme, .named("high-contrast"))
        XCTAssertEqual(config.language, .en)
        XCTAssertEqual(config.counsellor, "  Anna # Beispiel ")
        XCTAssertEqual(config.dataFile, "/srv/a#b/iq-tui.plist", "# without a space before it is part of the value")
        XCTAssertEqual(config.autosave, 0, "the last value of a repeated key wins")
        XCTAssertEqual(config.mouse, true)
        XCTAssertEqual(config.ascii, .auto)
    }

    func testOnOffSpellings() {
        for word in ["on", "ON", "yes", "true", "1", "an", "ja"] { XCTAssertEqual(parse("mouse = \(word)").config.mouse, true, word) }
        for word in ["off", "no", "false", "0", "aus", "nein"] { XCTAssertEqual(parse("mouse = \(word)").config.mouse, false, word) }
        XCTAssertEqual(parse("ascii = off").config.ascii, .off)
        XCTAssertEqual(parse("autosave = off").config.autosave, 0)
        XCTAssertEqual(parse("autosave = 2.5").config.autosave, 2.5)
    }

    func testPathsFromHomeAndFromTheFilesDirectory() {
        XCTAssertEqual(parse("data = ~/iq/iq-tui.plist").config.dataFile, "/home/anna/iq/iq-tui.plist")
        XCTAssertEqual(parse("data = team.plist").config.dataFile, "/home/anna/.config/iq-tui/team.plist")
        XCTAssertEqual(parse("data = ../x.plist").config.dataFile, "/home/anna/.config/iq-tui/../x.plist")
        XCTAssertEqual(parse("theme = ~/themes/mine.theme").config.theme, .file("/home/anna/themes/mine.theme"))
        XCTAssertEqual(parse("theme = mine.theme").config.theme, .file("/home/anna/.config/iq-tui/mine.theme"))
        XCTAssertEqual(parse("theme = /etc/iq.theme").config.theme, .file("/etc/iq.theme"))
        XCTAssertEqual(parse("theme = Monochrome").config.theme, .named("monochrome"))
    }

    // MARK: Problems: reported with the line, skipped, the rest applies

    func testBadLinesAreReportedAndTheRestStillApplies() {
        let (config, problems) = parse("""
            theme = solarized
            language = fr
            colour = blue
            mouse = perhaps
            autosave = -3
            autosave = soon
            ascii = sometimes
            counsellor =
            data = ""
            just words
             = value
            counsellor = Anna
            language = en
            """)
        XCTAssertEqual(problems.map(\.line), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
        XCTAssertEqual(problems.map(\.kind), [
            .badValue(key: "theme", value: "solarized", expected: .theme),
            .badValue(key: "language", value: "fr", expected: .language),
            .unknownKey("colour"),
            .badValue(key: "mouse", value: "perhaps", expected: .onOff),
            .badValue(key: "autosave", value: "-3", expected: .seconds),
            .badValue(key: "autosave", value: "soon", expected: .seconds),
            .badValue(key: "ascii", value: "sometimes", expected: .drawing),
            .badValue(key: "counsellor", value: "", expected: .text),
            .badValue(key: "data", value: "", expected: .path),
            .expectedAssignment,
            .expectedAssignment,
        ])
        XCTAssertTrue(problems.allSatisfy { $0.path == path })
        XCTAssertEqual(config.counsellor, "Anna")
        XCTAssertEqual(config.language, .en)
        XCTAssertNil(config.theme)
        XCTAssertNil(config.mouse)
        XCTAssertNil(config.autosave)
    }

    func testProblemMessagesNameFileAndLineInBothLanguages() {
        let problems = parse("x\ncolour = blue\ntheme = solarized\nmouse = vielleicht\n").problems
        XCTAssertEqual(problems.count, 4)
        for problem in problems {
            let de = problem.text(.de), en = problem.text(.en)
            XCTAssertTrue(de.contains("Konfigurationsdatei \(path), Zeile \(problem.line):"), de)
            XCTAssertTrue(en.contains("configuration file \(path), line \(problem.line):"), en)
            for text in [de, en] { XCTAssertFalse(text.contains("{"), text) }
        }
        XCTAssertTrue(problems[1].text(.de).contains("„colour“"))
        XCTAssertTrue(problems[1].text(.en).contains("theme, language, mouse, autosave, counsellor, data, store, ascii"))
        XCTAssertTrue(problems[2].text(.de).contains("default, light, high-contrast, monochrome oder eine .theme-Datei"))
        XCTAssertTrue(problems[2].text(.en).contains("solarized"))
        XCTAssertTrue(problems[3].text(.en).contains("on, off"))
        let unreadable = Config.Report.unreadable(Config.Unreadable(path: "/x/config", reason: "Permission denied"))
        XCTAssertEqual(unreadable.text(.de), "iq-tui: Konfigurationsdatei /x/config kann nicht gelesen werden (Permission denied); sie wird übergangen.")
        XCTAssertEqual(unreadable.text(.en), "iq-tui: cannot read configuration file /x/config (Permission denied); it is skipped.")
    }

    func testAControlCharacterInTheCounsellorIsABadValue() {
        XCTAssertEqual(parse("counsellor = An\u{1B}[31mna").problems.map(\.kind),
                       [.badValue(key: "counsellor", value: "An\u{1B}[31mna", expected: .text)])
    }

    // MARK: Where it is

    func testLocation() throws {
        XCTAssertEqual(Config.location(try options([]), environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": "/h"]), "/xdg/iq-tui/config")
        XCTAssertEqual(Config.location(try options([]), environment: ["HOME": "/h"]), "/h/.config/iq-tui/config")
        XCTAssertEqual(Config.location(try options([]), environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]),
                       "/h/.config/iq-tui/config", "a relative XDG_CONFIG_HOME is ignored, as the XDG spec asks")
        XCTAssertEqual(Config.location(try options(["--config", "/etc/iq"]), environment: ["HOME": "/h"]), "/etc/iq")
        XCTAssertEqual(Config.location(try options(["--config=/etc/iq"]), environment: ["HOME": "/h"]), "/etc/iq")
        XCTAssertNil(Config.location(try options(["--no-config"]), environment: ["HOME": "/h"]))
    }

    func testConfigOptions() throws {
        XCTAssertEqual(LaunchOptions.parse(["--config"], environment: [:]), .failure(.missingValue("--config")))
        XCTAssertEqual(LaunchOptions.parse(["--config="], environment: [:]), .failure(.missingValue("--config")))
        XCTAssertEqual(LaunchOptions.parse(["--no-config=1"], environment: [:]), .failure(.unknownOption("--no-config=1")))
        XCTAssertEqual(LaunchOptions.parse(["--config", "a", "--no-config"], environment: [:]),
                       .failure(.conflictingOptions("--config", "--no-config")))
        let message = LaunchOptions.ParseError.conflictingOptions("--config", "--no-config").message
        for language in Language.allCases {
            XCTAssertTrue(message.text(language).contains("--no-config"))
        }
        XCTAssertEqual(try options(["--workshop", "--config", "x"]).configFile, "x", "the configuration file is allowed in workshop mode")
        XCTAssertEqual(try options(["stats", "--no-config"]).noConfig, true)
    }

    func testLoadingAMissingFileIsFineUnlessNamed() throws {
        let missing: Config.Reader = { _ in .success(nil) }
        let plain = Config.load(into: try options([]), environment: ["HOME": "/h"], read: missing)
        XCTAssertEqual(plain.reports, [])
        XCTAssertEqual(plain.options, try options([]))
        let named = Config.load(into: try options(["--config", "/nowhere"]), environment: ["HOME": "/h"], read: missing)
        XCTAssertEqual(named.reports.count, 1)
        XCTAssertTrue(named.reports[0].text(.en).contains("/nowhere"))
        var read = false
        _ = Config.load(into: try options(["--no-config"]), environment: ["HOME": "/h"]) { _ in
            read = true
            return .success("theme = light")
        }
        XCTAssertFalse(read, "--no-config reads nothing")
    }

    // MARK: Meeting the command line and the environment

    func testTheFileFillsInWhatTheCommandLineLeftOpen() throws {
        let text = """
            theme = light
            language = en
            mouse = off
            autosave = 30
            counsellor = Anna Beispiel
            data = /srv/team/iq-tui.plist
            ascii = on
            """
        let o = try configured(text).options
        XCTAssertEqual(o.theme, .named("light"))
        XCTAssertEqual(o.language, .en)
        XCTAssertFalse(o.mouse)
        XCTAssertEqual(o.autosave, 30)
        XCTAssertEqual(o.counsellor, "Anna Beispiel")
        XCTAssertEqual(o.dataFile, "/srv/team/iq-tui.plist")
        XCTAssertTrue(o.ascii)
        XCTAssertFalse(o.unicode)
        XCTAssertEqual(try configured("autosave = 0").options.autosave, nil, "0 turns autosave off")
        XCTAssertEqual(try configured("ascii = off").options.unicode, true)
        XCTAssertEqual(try configured("ascii = auto").options.ascii, false)
        XCTAssertEqual(try configured("ascii = auto").options.unicode, false)
    }

    func testCommandLineOptionsWin() throws {
        let text = "theme = light\nlanguage = en\nmouse = on\nautosave = 30\ndata = /srv/a.plist\nascii = on\n"
        let o = try configured(text, ["--theme", "monochrome", "--lang", "de", "--no-mouse", "--autosave", "0",
                                      "--data", "/tmp/b.plist", "--unicode"]).options
        XCTAssertEqual(o.theme, .named("monochrome"))
        XCTAssertEqual(o.language, .de)
        XCTAssertFalse(o.mouse)
        XCTAssertNil(o.autosave)
        XCTAssertEqual(o.dataFile, "/tmp/b.plist")
        XCTAssertFalse(o.ascii)
        XCTAssertTrue(o.unicode)
        XCTAssertEqual(try configured("ascii = off", ["--ascii"]).options.ascii, true)
        XCTAssertEqual(try configured("autosave = 30", ["--autosave", "7"]).options.autosave, 7)
        // `check FILE` names its file itself; the configured data file is only its default.
        let check = try configured("data = /srv/a.plist", ["check", "/tmp/c.plist"]).options
        XCTAssertEqual(check.command, .check(file: "/tmp/c.plist"))
        XCTAssertEqual(try configured("data = /srv/a.plist", ["check"]).options.dataFile, "/srv/a.plist")
    }

    func testTheCommandLineRecordsWhatItChose() throws {
        XCTAssertEqual(try options([]).given, [])
        XCTAssertEqual(try options(["--data", "x", "--lang", "en", "--no-mouse", "--ascii", "--theme", "light", "--autosave", "3", "--screen-reader"]).given,
                       Set(LaunchOptions.Setting.allCases).subtracting([.store]))
        XCTAssertEqual(try options(["--store", "service=iq"]).given, [.store])
        XCTAssertEqual(try options(["--unicode"]).given, [.drawing])
        XCTAssertEqual(try options(["--read-only", "--format", "xml", "--config", "c"]).given, [])
    }

    /// --lang, then IQ_LANG, then the file, then LC_ALL/LC_MESSAGES/LANG, then German.
    func testLanguagePrecedence() throws {
        XCTAssertEqual(try configured("language = en").options.language, .en)
        XCTAssertEqual(try configured("language = en", [], ["LANG": "de_DE.UTF-8"]).options.language, .en,
                       "the file wins over the general locale")
        XCTAssertEqual(try configured("language = de", [], ["LC_ALL": "en_GB.UTF-8"]).options.language, .de)
        XCTAssertEqual(try configured("language = en", [], ["IQ_LANG": "de"]).options.language, .de,
                       "IQ_LANG, meant for this program, wins over the file")
        XCTAssertEqual(try configured("language = en", [], ["IQ_LANG": "fr"]).options.language, .en,
                       "an IQ_LANG the program does not know does not count")
        XCTAssertEqual(try configured("language = en", ["--lang", "de"], ["IQ_LANG": "en"]).options.language, .de)
        XCTAssertEqual(try configured("", [], ["LANG": "en_US.UTF-8"]).options.language, .en)
        XCTAssertEqual(try configured("").options.language, .de)
    }

    func testReportsComeInTheLanguageThatAppliesInTheEnd() throws {
        let result = try configured("language = en\ncolour = blue\n")
        XCTAssertEqual(result.options.language, .en)
        XCTAssertEqual(result.reports.count, 1)
        XCTAssertTrue(result.reports[0].text(result.options.language).hasPrefix("iq-tui: configuration file"))
    }

    func testWorkshopModeTakesNoDataFileOrAutosaveFromTheFile() throws {
        let o = try configured("data = /srv/a.plist\nautosave = 30\ntheme = light\nlanguage = en\n", ["--workshop"]).options
        XCTAssertNil(o.dataFile)
        XCTAssertEqual(o.autosave, LaunchOptions().autosave)
        XCTAssertEqual(o.theme, .named("light"))
        XCTAssertEqual(o.language, .en)
        let startup = Startup.make(options: o, dataFile: "/srv/b.plist", user: "trainer")
        XCTAssertFalse(startup.startsStore)
    }

    // MARK: The counsellor of a new case

    func testTheConfiguredCounsellorStartsANewCase() throws {
        let o = try configured("counsellor = Anna Beispiel\ndata = /srv/a.plist\n").options
        XCTAssertEqual(o.dataFile, "/srv/a.plist")
        let startup = Startup.make(options: o, dataFile: try XCTUnwrap(o.dataFile), user: "abeispiel")
        XCTAssertEqual(startup.state.options.counsellor, "Anna Beispiel")
        XCTAssertEqual(startup.state.store.user, "abeispiel", "saves and the journal still carry the login name")
        XCTAssertEqual(startup.state.store.file?.path, "/srv/a.plist")
        var state = startup.state
        state.document = Document()
        let store = TestStore(state)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "Anna Beispiel") }
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.counsellor.value, "Anna Beispiel")

        var plain = Startup.make(options: try configured("").options, dataFile: "/srv/a.plist", user: "tester").state
        plain.document = Document()
        // Without the key: the login name.
        let plainStore = TestStore(plain)
        plainStore.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        XCTAssertEqual(plainStore.state.form?.model(CaseEditorForm.self)?.counsellor.value, "tester", "without the key: the login name")
    }

    /// No login name anywhere (USER, LOGNAME, user database) and no key: saves are signed by the
    /// program, but no one is taken for the counsellor — a new case starts without one and the
    /// agenda lists every case.
    func testWithoutALoginNameNobodyIsTakenForTheCounsellor() throws {
        var state = Startup.make(options: try configured("").options, dataFile: "/srv/a.plist", user: "iq-tui", userKnown: false).state
        XCTAssertEqual(state.store.user, "iq-tui")
        XCTAssertEqual(state.cases.me, "", "the agenda shows every case")
        state.document = Document()
        let store = TestStore(state)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "") }
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.counsellor.value, "")
        let named = Startup.make(options: try configured("counsellor = Anna\n").options, dataFile: "/srv/a.plist", user: "iq-tui", userKnown: false)
        XCTAssertEqual(named.state.cases.me, "Anna", "the configured counsellor needs no login name")
    }

    // MARK: The deletion rules

    func testTheRetentionPeriodsComeFromTheFile() throws {
        let (config, problems) = parse("retention = 4\nESF-Retention = 10\ndormant = 0\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual([config.retention, config.esfRetention, config.dormant], [4, 10, 0])
        let o = try configured("retention = 4\nesf-retention = 10\ndormant = 2\n").options
        XCTAssertEqual(o.retention, RetentionPolicy(afterEnd: 4, esf: 10, dormant: 2))
        let startup = Startup.make(options: o, dataFile: "/tmp/x.plist", user: "anna")
        XCTAssertEqual(startup.state.cases.retention, RetentionPolicy(afterEnd: 4, esf: 10, dormant: 2))
        // Without the keys: 3 years after the end, 5 for ESF, 3 without activity.
        XCTAssertEqual(try configured("").options.retention, RetentionPolicy(afterEnd: 3, esf: 5, dormant: 3))
        // Bad values are named with what the key takes; the default stays.
        let bad = parse("retention = drei\ndormant = -1\nesf-retention = 31\n")
        XCTAssertEqual(bad.problems.map(\.kind), [
            .badValue(key: "retention", value: "drei", expected: .years),
            .badValue(key: "dormant", value: "-1", expected: .years),
            .badValue(key: "esf-retention", value: "31", expected: .years),
        ])
        XCTAssertTrue(bad.problems[0].text(.de).contains("ganze Jahre von 0 bis 30"))
        XCTAssertNil(bad.config.retention)
    }
}
