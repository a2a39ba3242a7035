import Foundation
import IQCore

/// 200,000 partners stay usable (issue 17: filter keystroke p99 ≤ 16 ms, in process and through
/// the pseudo-terminal), at 200×60: the generated partners beside the seed's, and one case (its
/// number on screen says the file is loaded).
@MainActor struct PartnersBench {
    let report: Report
    let quick: Bool
    let directory: String
    let terminal: Bool
    static let count = 200_000
    static let query = "beratung köln 12"

    func skip(_ name: String, _ note: String) {
        report.add(name, unit: "ms", values: [], note: note)
    }

    func run() {
        let document = BenchData.network(partners: Self.count, cases: 1)
        report.section = .inProcess
        let state = InProcessBench.paneState(.partners, document: document)
        if let search = InProcessBench.measureSearch(report, "filter keystroke at 200x60, \(document.partners.count) partners (reduce + frame + diff)",
                                                     goal: "p99 ≤ 16 ms", state, query: Self.query, runs: quick ? 50 : 200,
                                                     size: InProcessBench.large) {
            report.check(.filter200kInProcess, search.p99)
        }
        guard terminal else { return }
        report.section = .terminal
        let name = "pty: key to frame, filter keystroke, 200x60, \(Setup.short(Self.count)) partners"
        guard let program = Programs.iqTUI() else { return skip(name, Programs.missing) }
        guard let setup = Setup.iqTUI(in: directory, name: "\(Setup.short(Self.count)) partners", document: document),
              let terminal = try? PseudoTerminal(executable: program, arguments: Programs.iqTUIArguments(program),
                                                 environment: setup.environment, columns: 200, rows: 60) else {
            return skip(name, "could not start iq-tui with the data file")
        }
        defer { terminal.quit() }
        guard terminal.wait(for: TerminalBench.loadedMarker, timeout: 120) != nil else {
            return skip(name, "the data did not appear within 120 s")
        }
        terminal.settle(quiet: 0.6, limit: 10)
        let pane = KeySession.PaneSpec(key: "1", name: "Partner", count: document.partners.count, query: Self.query)
        let session = KeySession(report: report, program: program, arguments: [], setup: setup, cases: 1)
        let series = session.typeQuery(pane, terminal, runs: quick ? 15 : 50)
        if let stats = report.add(name, goal: "p99 ≤ 16 ms", unit: "ms", values: series.times, note: series.note) {
            report.check(.filter200kTerminal, stats.p99)
        }
    }
}
