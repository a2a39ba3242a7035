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
///   the output until it pauses for 30 ms (the pause itself is not counted); to first byte:
///   to the first byte of the answer;
/// - bytes and write calls per keystroke: everything written in that answer, and the program's
///   write(2) calls meanwhile (syscw of /proc/PID/io).
@MainActor struct TerminalBench {
    let report: Report
    let quick: Bool
    let directory: String
    /// The network with `n` cases.
    let network: (Int) -> Document

    /// A pause this long ends the first frame's burst at start.
    static let startGap = 0.005
    static let firstFrameMarker = Array(" iq-tui ".utf8)
    static let loadedMarker = Array(BenchData.caseNumber(0).utf8)
    static let partnerCount = 10_000

    func run() {
        report.section = .terminal
        let sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]
        guard let program = Programs.iqTUI() else {
            report.add("pty: start, keys, bytes and memory of iq-tui", unit: "ms", values: [], note: Programs.missing)
            return
        }
        let arguments = Programs.iqTUIArguments(program)
        var largest: Setup?
        var peaks: [Double] = []
        for n in sizes {
            guard let setup = Setup.iqTUI(in: directory, name: "\(Setup.short(n)) cases", document: network(n)) else {
                report.add("pty: start, \(Setup.short(n)) cases", unit: "ms", values: [], note: "could not write the data file")
                continue
            }
            let start = measureStart(program, arguments, setup, runs: quick ? 3 : 10)
            if n == 100_000 {
                if let first = start.firstFrame { report.check(.firstFrame100k, first) }
                if let loaded = start.interactive { report.check(.dataOnScreen100k, loaded) }
                peaks += start.peaks
            }
            largest = setup
        }
        guard let setup = largest, let cases = sizes.last else { return }
        let session = KeySession(report: report, program: program, arguments: arguments, setup: setup, cases: cases)
        let small = session.run(columns: 80, rows: 24, panes: session.panes, runs: quick ? 15 : 50)
        let large = session.run(columns: 200, rows: 60, panes: [session.panes[0], session.panes[2]], runs: quick ? 10 : 30)
        peaks += [small?.peakMB, large?.peakMB].compactMap { $0 }
        if cases == 100_000 {
            if let peak = peaks.max() { report.check(.peakMemory100k, peak) }
            if let search = large?.searchP99["Fälle"] { report.check(.search100kTerminal, search) }
        }
        if let small {
            if let writes = small.mostWritesPerFrame { report.check(.writesPerFrame, writes) }
            if let bytes = small.moveBytes { report.check(.bytesPerMove, bytes) }
            if let bytes = small.repaintBytes { report.check(.bytesPerRepaint, bytes) }
        }
    }

    /// Medians of the start, and the program's peak memory in each run (MB).
    struct Start {
        var firstFrame: Double?
        var interactive: Double?
        var peaks: [Double]
    }

    func measureStart(_ program: String, _ arguments: [String], _ setup: Setup, runs: Int) -> Start {
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
            defer { terminal.quit() }
            guard let first = Self.firstFrame(terminal, marker: Self.firstFrameMarker) else {
                failures.append("no first frame within 10 s")
                continue
            }
            firstFrame.append(first)
            guard terminal.wait(for: Self.loadedMarker, timeout: 120) != nil else {
                failures.append("the cases did not appear within 120 s")
                continue
            }
            let loaded = terminal.endOfBurst(gap: PseudoTerminal.keyQuiet)
            interactive.append(Double(loaded - terminal.startedAt) / 1e6)
            if let peak = terminal.stats.peakResidentBytes() { memory.append(Double(peak) / 1_048_576) }
        }
        let note = failures.isEmpty ? nil : "\(failures.count) failed: \(failures[0])"
        let first = report.add("pty: start to first frame, 80x24, \(setup.label)", goal: "≤ 100 ms (usable)", unit: "ms", values: firstFrame, note: note)
        let loaded = report.add("pty: start to interactive (cases shown), 80x24, \(setup.label)", unit: "ms", values: interactive, note: note)
        report.add("pty: peak memory of iq-tui when loaded, \(setup.label)", unit: "MB", values: memory)
        return Start(firstFrame: first?.median, interactive: loaded?.median, peaks: memory)
    }

    /// Milliseconds from the start to the end of the burst that holds `marker` (the first frame),
    /// or nil when it did not come within 10 s.
    static func firstFrame(_ terminal: PseudoTerminal, marker: [UInt8]) -> Double? {
        guard terminal.wait(for: marker, timeout: 10) != nil else { return nil }
        let end = terminal.endOfBurst(gap: startGap)
        return Double(end - terminal.startedAt) / 1e6
    }
}
