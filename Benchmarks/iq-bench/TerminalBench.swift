import Foundation
import IQCore
import IQStore

/// The release iq-tui in a pseudo-terminal, as a person meets it: started with a generated data
/// file, typed into, quit. What is timed is what reaches the terminal:
///
/// - start to first frame: from just before posix_spawn to the last byte of the output burst
///   that holds the status bar (the frame's last line, " iq-tui "); a burst ends where the
///   output pauses for 5 ms (the data file is still loading then: the spinner is on screen);
/// - start to interactive: to the last byte of the burst that puts the first case
///   (NRW-2026-000001) on screen, i.e. the file is loaded and the lists are filled;
/// - keystroke to frame: from just before the key is written to the last byte of the answer,
///   the output until it pauses for 30 ms (the pause itself is not counted);
/// - bytes per keystroke: everything written in that answer.
@MainActor struct TerminalBench {
    let report: Report
    let quick: Bool
    let directory: String

    /// A pause this long ends the first frame's burst at start.
    static let startGap = 0.005
    /// A pause this long ends a keystroke's answer.
    static let keyQuiet = 0.03
    static let firstFrameMarker = Array(" iq-tui ".utf8)
    static let loadedMarker = Array(BenchData.caseNumber(0).utf8)
    static let partnerCount = 10_000

    enum Key {
        static let tab = "\t", enter = "\r", escape = "\u{1b}", redraw = "\u{0c}"
    }

    /// The pane's number key, name, list length and search text.
    struct PaneSpec {
        let key: String
        let name: String
        let count: Int
        let query: String
    }

    /// A data file and the directories the program is pointed at.
    struct Setup {
        let cases: Int
        let environment: [String: String]
        /// "100k cases (52 MB file)".
        let label: String
        /// "100k cases".
        var short: String { "\(Setup.short(cases)) cases" }

        /// 1000 as "1k", 100000 as "100k".
        static func short(_ n: Int) -> String {
            n >= 1_000 && n % 1_000 == 0 ? "\(n / 1_000)k" : String(n)
        }
    }

    func run() {
        let sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]
        let startRuns = quick ? 3 : 10
        let keyRuns = quick ? 15 : 50
        guard let program = Self.programPath() else {
            let note = "skipped: no iq-tui next to iq-bench (build it: swift build -c release)"
            for n in sizes {
                report.add("pty: start to first frame, 80x24, \(Setup.short(n)) cases", unit: "ms", values: [], note: note)
                report.add("pty: start to interactive, 80x24, \(Setup.short(n)) cases", unit: "ms", values: [], note: note)
            }
            report.add("pty: keystroke to frame", unit: "ms", values: [], note: note)
            report.add("pty: bytes per keystroke", unit: "bytes", values: [], note: note)
            report.add("pty: peak memory of iq-tui", unit: "MB", values: [], note: note)
            return
        }
        let arguments = Self.helpMentions(program, "--no-config") ? ["--no-config"] : []
        let measures = BenchData.measures(perYear: 40).count
        let sites = Seed.sites.count
        var largest: Setup?
        for n in sizes {
            guard let setup = makeSetup(cases: n) else {
                report.add("pty: start, \(Setup.short(n)) cases", unit: "ms", values: [], note: "could not write the data file")
                continue
            }
            measureStart(program, arguments, setup, runs: startRuns)
            largest = setup
        }
        guard let setup = largest else { return }
        let panes = [
            PaneSpec(key: "1", name: "Partner", count: Self.partnerCount + Seed.partners.count, query: "beratung köln 12"),
            PaneSpec(key: "2", name: "Standorte", count: sites, query: "bielefeld"),
            PaneSpec(key: "3", name: "Fälle", count: setup.cases, query: "erzieher köln"),
            PaneSpec(key: "4", name: "Budgets", count: measures, query: "brücke köln"),
        ]
        measureKeys(program, arguments, setup, columns: 80, rows: 24, panes: panes, runs: keyRuns)
        measureKeys(program, arguments, setup, columns: 200, rows: 60, panes: [panes[0], panes[2]], runs: quick ? 10 : 30)
    }

    // MARK: Start

    func measureStart(_ program: String, _ arguments: [String], _ setup: Setup, runs: Int) {
        var firstFrame: [Double] = []
        var interactive: [Double] = []
        var memory: [Double] = []
        var failures: [String] = []
        for _ in 0..<runs {
            let terminal: PseudoTerminal
            do {
                terminal = try PseudoTerminal(executable: program, arguments: arguments, environment: setup.environment, columns: 80, rows: 24)
            } catch {
                failures.append("\(error)")
                break
            }
            guard terminal.wait(for: Self.firstFrameMarker, timeout: 10) != nil else {
                failures.append("no first frame within 10 s")
                quit(terminal)
                continue
            }
            let first = terminal.endOfBurst(gap: Self.startGap)
            firstFrame.append(Double(first - terminal.startedAt) / 1e6)
            guard terminal.wait(for: Self.loadedMarker, timeout: 120) != nil else {
                failures.append("the cases did not appear within 120 s")
                quit(terminal)
                continue
            }
            let loaded = terminal.endOfBurst(gap: Self.keyQuiet)
            interactive.append(Double(loaded - terminal.startedAt) / 1e6)
            if let peak = terminal.peakResidentBytes() { memory.append(Double(peak) / 1_048_576) }
            quit(terminal)
        }
        let note = failures.isEmpty ? nil : "\(failures.count) failed: \(failures[0])"
        report.add("pty: start to first frame, 80x24, \(setup.label)", goal: "≤ 100 ms (usable)", unit: "ms", values: firstFrame, note: note)
        report.add("pty: start to interactive (cases shown), 80x24, \(setup.label)", unit: "ms", values: interactive, note: note)
        report.add("pty: peak memory of iq-tui when loaded, \(setup.label)", unit: "MB", values: memory)
    }

    // MARK: Keystrokes

    /// One session: list moves and search as you type in each of `panes`, then pane switches,
    /// opening and closing an entry, and full repaints.
    func measureKeys(_ program: String, _ arguments: [String], _ setup: Setup, columns: Int, rows: Int, panes: [PaneSpec], runs: Int) {
        let size = "\(columns)x\(rows)"
        let terminal: PseudoTerminal
        do {
            terminal = try PseudoTerminal(executable: program, arguments: arguments, environment: setup.environment,
                                          columns: columns, rows: rows)
        } catch {
            report.add("pty: keystroke to frame, \(size)", unit: "ms", values: [], note: "\(error)")
            return
        }
        defer { quit(terminal) }
        guard terminal.wait(for: Self.loadedMarker, timeout: 120) != nil else {
            report.add("pty: keystroke to frame, \(size)", unit: "ms", values: [], note: "the cases did not appear within 120 s")
            return
        }
        // Whatever follows the load (a message, a late frame) is over before the first key.
        terminal.settle(quiet: 0.6, limit: 10)
        let goal = "one frame (16 ms)"
        var moveBytes: [Double] = []
        var typedBytes: [Double] = []

        for pane in panes {
            prepare(pane.key, terminal)
            var times: [Double] = []
            var position = 0
            var down = true
            var silent = 0
            for _ in 0..<runs {
                if down, position == pane.count - 1 { down = false } else if !down, position == 0 { down = true }
                position += down ? 1 : -1
                guard let answer = press(down ? "j" : "k", terminal) else { silent += 1; continue }
                times.append(answer.ms)
                moveBytes.append(Double(answer.bytes))
            }
            report.add("pty: key to frame, list move j, \(pane.name), \(size), \(setup.short)", goal: goal, unit: "ms",
                       values: times, note: Self.silentNote(silent))
        }

        for pane in panes {
            prepare(pane.key, terminal)
            prepare("/", terminal)
            let letters = pane.query.map(String.init)
            var typed = 0
            var times: [Double] = []
            var silent = 0
            for _ in 0..<runs {
                if typed == letters.count {
                    prepare(Key.escape, terminal) // discards the filter
                    prepare("/", terminal)
                    typed = 0
                }
                let letter = letters[typed]
                typed += 1
                guard let answer = press(letter, terminal) else { silent += 1; continue }
                times.append(answer.ms)
                typedBytes.append(Double(answer.bytes))
            }
            prepare(Key.escape, terminal)
            report.add("pty: key to frame, search as you type, \(pane.name), \(size), \(setup.short)", goal: goal, unit: "ms",
                       values: times, note: Self.silentNote(silent))
        }

        prepare("1", terminal)
        let tab = series(Key.tab, runs: runs, terminal)
        report.add("pty: key to frame, Tab (next pane), \(size)", goal: goal, unit: "ms", values: tab.times, note: tab.note)

        // Open the selected partner and close it again (Esc waits ncurses' ESCDELAY, 25 ms, to
        // tell a lone Esc from an escape sequence).
        prepare("1", terminal)
        var open: [Double] = [], close: [Double] = [], openBytes: [Double] = []
        var silent = 0
        for _ in 0..<max(1, runs / 2) {
            if let answer = press(Key.enter, terminal) { open.append(answer.ms); openBytes.append(Double(answer.bytes)) } else { silent += 1 }
            if let answer = press(Key.escape, terminal) { close.append(answer.ms); openBytes.append(Double(answer.bytes)) } else { silent += 1 }
        }
        report.add("pty: key to frame, Enter (open a partner), \(size)", goal: goal, unit: "ms", values: open, note: Self.silentNote(silent))
        report.add("pty: key to frame, Esc (close; incl. 25 ms ESCDELAY), \(size)", unit: "ms", values: close)

        let redraw = series(Key.redraw, runs: max(3, runs / 3), terminal)
        report.add("pty: key to frame, Ctrl-L (full repaint), \(size)", goal: goal, unit: "ms", values: redraw.times, note: redraw.note)

        report.add("pty: bytes per key, list move j/k (\(panes.count) panes), \(size)", goal: "small", unit: "bytes", values: moveBytes)
        report.add("pty: bytes per key, typed filter character, \(size)", unit: "bytes", values: typedBytes)
        report.add("pty: bytes per key, Tab (pane switch), \(size)", unit: "bytes", values: tab.bytes)
        report.add("pty: bytes per key, Enter / Esc (open / close), \(size)", unit: "bytes", values: openBytes)
        report.add("pty: bytes per key, baseline: full repaint (Ctrl-L), \(size)", unit: "bytes", values: redraw.bytes)
        if let peak = terminal.peakResidentBytes() {
            report.add("pty: peak memory of iq-tui after the \(size) keys, \(setup.short)", unit: "MB", values: [Double(peak) / 1_048_576])
        }
    }

    /// `keys` typed `runs` times: the times, the bytes and a note on keys that got no answer.
    func series(_ keys: String, runs: Int, _ terminal: PseudoTerminal) -> (times: [Double], bytes: [Double], note: String?) {
        var times: [Double] = [], bytes: [Double] = []
        var silent = 0
        for _ in 0..<runs {
            guard let answer = press(keys, terminal) else { silent += 1; continue }
            times.append(answer.ms)
            bytes.append(Double(answer.bytes))
        }
        return (times, bytes, Self.silentNote(silent))
    }

    static func silentNote(_ silent: Int) -> String? {
        silent == 0 ? nil : "\(silent) keys got no answer within 5 s"
    }

    /// Types `keys` and reads the answer: the milliseconds from the write to its last byte and
    /// its size, or nil when nothing came within 5 s.
    @discardableResult
    func press(_ keys: String, _ terminal: PseudoTerminal) -> (ms: Double, bytes: Int)? {
        while terminal.read(timeout: 0) {} // anything left over is not part of this answer
        let before = terminal.output.count
        let start = terminal.type(keys)
        guard terminal.read(timeout: 5) else { return nil }
        let last = terminal.endOfBurst(gap: Self.keyQuiet)
        return (Double(last - start) / 1e6, terminal.output.count - before)
    }

    /// Types `keys` that lead to a measurement and lets their answer (if any: a key can leave
    /// the screen as it is) pass.
    func prepare(_ keys: String, _ terminal: PseudoTerminal) {
        terminal.type(keys)
        if terminal.read(timeout: 0.5) { _ = terminal.endOfBurst(gap: Self.keyQuiet) }
    }

    // MARK: Setting up and ending

    /// Quits as a person would (Esc out of whatever is open, `q`, `j` if asked), and makes sure
    /// the program is gone: SIGTERM, then SIGKILL, after a few seconds.
    func quit(_ terminal: PseudoTerminal) {
        guard !terminal.reap() else { return }
        for _ in 0..<2 {
            terminal.type(Key.escape)
            terminal.settle(quiet: 0.06, limit: 1)
        }
        terminal.type("q")
        if terminal.waitForExit(timeout: 3) { return }
        terminal.type("j")
        if terminal.waitForExit(timeout: 3) { return }
        terminal.kill()
    }

    /// A home of its own for the program: an empty configuration directory and a data file of the
    /// generated network with `cases` cases.
    func makeSetup(cases: Int) -> Setup? {
        let home = "\(directory)/home-\(cases)"
        let data = "\(home)/data", config = "\(home)/config"
        let file = SnapshotFile(path: "\(data)/iq-tui/iq-tui.plist")
        do {
            try FileManager.default.createDirectory(atPath: "\(data)/iq-tui", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
            let document = BenchData.network(partners: Self.partnerCount, cases: cases)
            try file.write(SnapshotCodec.encode(document, format: .binary, savedAt: Date(), savedBy: "bench"))
        } catch {
            return nil
        }
        let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1_048_576
        var environment = ["HOME": home, "XDG_DATA_HOME": data, "XDG_CONFIG_HOME": config, "TERM": "xterm-256color",
                           "LANG": "C.UTF-8", "USER": "bench", "LOGNAME": "bench"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        return Setup(cases: cases, environment: environment,
                     label: "\(Setup.short(cases)) cases (\(String(format: "%.0f", megabytes)) MB file)")
    }

    /// iq-tui in the directory of this program (the same build).
    static func programPath() -> String? {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("iq-tui").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Whether `program --help` mentions `option`.
    static func helpMentions(_ program: String, _ option: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).contains(option)
    }
}
