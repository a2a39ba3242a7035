import Foundation
import IQCore

/// One iq-tui session on a pseudo-terminal: list moves and search as you type in each pane,
/// then pane switches, opening and closing an entry, and full repaints.
@MainActor struct KeySession {
    let report: Report
    let program: String
    let arguments: [String]
    let setup: Setup
    let cases: Int

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

    var panes: [PaneSpec] {
        [
            PaneSpec(key: "1", name: "Partner", count: TerminalBench.partnerCount + Seed.partners.count, query: "beratung köln 12"),
            PaneSpec(key: "2", name: "Standorte", count: Seed.sites.count, query: "bielefeld"),
            PaneSpec(key: "3", name: "Fälle", count: cases, query: "erzieher köln"),
            PaneSpec(key: "4", name: "Budgets", count: BenchData.measures(perYear: 40).count, query: "brücke köln"),
        ]
    }

    /// What the goals need of a session.
    struct Outcome {
        var searchP99: [String: Double] = [:]
        var mostWritesPerFrame: Double?
        var moveBytes: Double?
        var repaintBytes: Double?
        var peakMB: Double?
    }

    /// Starts iq-tui at `columns`×`rows`, waits for the cases, and types. Nil when it did not start.
    func run(columns: Int, rows: Int, panes: [PaneSpec], runs: Int) -> Outcome? {
        let size = "\(columns)x\(rows)"
        let terminal: PseudoTerminal
        do {
            terminal = try PseudoTerminal(executable: program, arguments: arguments, environment: setup.environment,
                                          columns: columns, rows: rows)
        } catch {
            report.add("pty: keystroke to frame, \(size)", unit: "ms", values: [], note: "\(error)")
            return nil
        }
        defer { terminal.quit() }
        guard terminal.wait(for: TerminalBench.loadedMarker, timeout: 120) != nil else {
            report.add("pty: keystroke to frame, \(size)", unit: "ms", values: [], note: "the cases did not appear within 120 s")
            return nil
        }
        // Whatever follows the load (a message, a late frame) is over before the first key.
        terminal.settle(quiet: 0.6, limit: 10)
        let goal = "one frame (16 ms)"
        var outcome = Outcome()
        var moves = KeySeries()
        for pane in panes {
            terminal.prepare(pane.key)
            // Within the first rows: a pane can show fewer rows than its records (the budget
            // pane one year's measures), and a move past the end draws nothing.
            let walk = terminal.walk(count: min(pane.count, PeerBench.walk), runs: runs)
            report.add("pty: key to frame, list move j, \(pane.name), \(size), \(setup.name)", goal: goal, unit: "ms",
                       values: walk.times, note: walk.note)
            moves.append(walk)
        }

        var typed = KeySeries()
        for pane in panes {
            let search = typeQuery(pane, terminal, runs: runs)
            let stats = report.add("pty: key to frame, search as you type, \(pane.name), \(size), \(setup.name)", goal: goal, unit: "ms",
                                   values: search.times, note: search.note)
            outcome.searchP99[pane.name] = stats?.p99
            typed.append(search)
        }

        terminal.prepare("1")
        let tab = terminal.series(Key.tab, runs: runs)
        report.add("pty: key to frame, Tab (next pane), \(size)", goal: goal, unit: "ms", values: tab.times, note: tab.note)

        // Open the selected partner and close it again (Esc waits ncurses' ESCDELAY, 25 ms, to
        // tell a lone Esc from an escape sequence).
        terminal.prepare("1")
        var open = KeySeries(), close = KeySeries()
        for _ in 0..<max(1, runs / 2) {
            open.take(terminal.press(Key.enter))
            close.take(terminal.press(Key.escape))
        }
        report.add("pty: key to frame, Enter (open a partner), \(size)", goal: goal, unit: "ms", values: open.times, note: open.note)
        report.add("pty: key to frame, Esc (close; incl. 25 ms ESCDELAY), \(size)", unit: "ms", values: close.times)

        let redraw = terminal.series(Key.redraw, runs: max(3, runs / 3))
        report.add("pty: key to frame, Ctrl-L (full repaint), \(size)", goal: goal, unit: "ms", values: redraw.times, note: redraw.note)

        outcome.moveBytes = report.add("pty: bytes per key, list move j/k (\(panes.count) panes), \(size)", goal: "small", unit: "bytes",
                                       values: moves.bytes)?.median
        report.add("pty: bytes per key, typed filter character, \(size)", unit: "bytes", values: typed.bytes)
        report.add("pty: bytes per key, Tab (pane switch), \(size)", unit: "bytes", values: tab.bytes)
        report.add("pty: bytes per key, Enter / Esc (open / close), \(size)", unit: "bytes", values: open.bytes + close.bytes)
        outcome.repaintBytes = report.add("pty: bytes per key, baseline: full repaint (Ctrl-L), \(size)", unit: "bytes",
                                          values: redraw.bytes)?.median
        let moveWrites = report.add("pty: write calls per frame, list move j/k, \(size)", goal: "1", unit: "writes", values: moves.writes,
                                    note: moves.writes.isEmpty ? "no /proc/PID/io" : nil)
        let redrawWrites = report.add("pty: write calls per frame, Ctrl-L, \(size)", goal: "1", unit: "writes", values: redraw.writes)
        let most = [moves.writes.max(), redraw.writes.max()].compactMap { $0 }
        if moveWrites != nil, redrawWrites != nil { outcome.mostWritesPerFrame = most.max() }
        if let peak = terminal.stats.peakResidentBytes() {
            outcome.peakMB = Double(peak) / 1_048_576
            report.add("pty: peak memory of iq-tui after the \(size) keys, \(setup.name)", unit: "MB", values: [Double(peak) / 1_048_576])
        }
        return outcome
    }

    /// `runs` characters of the pane's query typed into its filter, started over when done.
    func typeQuery(_ pane: PaneSpec, _ terminal: PseudoTerminal, runs: Int) -> KeySeries {
        terminal.prepare(pane.key)
        terminal.prepare("/")
        let letters = pane.query.map(String.init)
        var typed = 0
        var series = KeySeries()
        for _ in 0..<runs {
            if typed == letters.count {
                terminal.prepare(Key.escape) // discards the filter
                terminal.prepare("/")
                typed = 0
            }
            series.take(terminal.press(letters[typed]))
            typed += 1
        }
        terminal.prepare(Key.escape)
        return series
    }
}
