import Foundation
import IQCore

/// Programs left alone on their pseudo-terminals (issue 17: no frame and no wake-up while
/// nothing happens; CPU over 60 s idle ≤ 10 ms with 100,000 cases): iq-tui with the seed data
/// and with 100,000 cases, and its peers, all idle in the same window. Per program: CPU time of
/// all its threads (the scheduler's count, and utime+stime in clock ticks), wake-ups (voluntary
/// context switches), bytes and write calls.
@MainActor struct IdleBench {
    let report: Report
    let quick: Bool
    let directory: String
    /// The network with 100,000 cases.
    let network: () -> Document

    /// One program under watch, and its counts when the window opened.
    struct Watched {
        let name: String
        let terminal: PseudoTerminal
        var cpu: UInt64?
        var ticks: Double?
        var wakeups: [String: Int] = [:]
        var writes: Int?
        var bytes = 0

        init(name: String, terminal: PseudoTerminal) {
            self.name = name
            self.terminal = terminal
            let stats = terminal.stats
            cpu = stats.cpuNanoseconds()
            ticks = stats.cpuTickMilliseconds()
            wakeups = stats.voluntarySwitchesByThread()
            writes = stats.writeCalls()
            bytes = terminal.output.count
        }
    }

    func run() {
        report.section = .idle
        let window = quick ? 10.0 : 60.0
        var watched: [Watched] = []
        let (peers, missing) = Peer.all(in: directory)
        for name in missing { report.add("idle: \(name)", unit: "ms", values: [], note: "skipped: \(name) is not installed") }
        var started: [(String, PseudoTerminal, Peer)] = []
        for peer in peers {
            guard let terminal = try? peer.start(columns: PeerBench.columns, rows: PeerBench.rows) else { continue }
            started.append((peer.name == "iq-tui" ? "iq-tui, seed data" : peer.name, terminal, peer))
        }
        if let program = Programs.iqTUI(),
           let setup = Setup.iqTUI(in: directory, name: "100k cases", document: network()),
           let terminal = try? PseudoTerminal(executable: program, arguments: Programs.iqTUIArguments(program), environment: setup.environment,
                                              columns: PeerBench.columns, rows: PeerBench.rows) {
            let peer = Peer(name: "iq-tui", executable: program, arguments: [], setup: setup, marker: TerminalBench.loadedMarker, escapes: 2)
            started.append(("iq-tui, 100k cases", terminal, peer))
        }
        defer { for (_, terminal, peer) in started { terminal.quit(with: peer.quitKeys, escapes: peer.escapes) } }
        // Each is on screen, loaded, and has had a moment to finish what follows.
        for (name, terminal, peer) in started {
            guard terminal.wait(for: peer.marker, timeout: 120) != nil else {
                report.add("idle: \(name)", unit: "ms", values: [], note: "did not start")
                continue
            }
            terminal.settle(quiet: 0.5, limit: 3)
            watched.append(Watched(name: name, terminal: terminal))
        }
        let end = monotonicNanoseconds() + UInt64(window * 1e9)
        while monotonicNanoseconds() < end {
            for w in watched { while w.terminal.read(timeout: 0) {} }
            usleep(100_000)
        }
        let scale = 60 / window
        let per = quick ? "per 60 s (measured over \(Int(window)) s, --quick)" : "over 60 s"
        for w in watched {
            let stats = w.terminal.stats
            let ticks = both(w.ticks, stats.cpuTickMilliseconds()).map { ($0.1 - $0.0) * scale }
            // The scheduler's sum is over the threads alive now: when one ended in the window
            // (the file worker's, say) the sum can shrink, and the process's ticks, which keep
            // ended threads, are the figure.
            let sums = both(w.cpu, stats.cpuNanoseconds())
            let threadEnded = sums.map { $0.1 < $0.0 } ?? false
            let cpu = threadEnded ? ticks : sums.map { Double($0.1 - $0.0) / 1e6 * scale }
            let now = stats.voluntarySwitchesByThread()
            let wakeups: Double? = now.isEmpty ? nil : Double(now.reduce(0) { $0 + $1.value - (w.wakeups[$1.key] ?? 0) }) * scale
            let writes = both(w.writes, stats.writeCalls()).map { Double($0.1 - $0.0) * scale }
            let bytes = Double(w.terminal.output.count - w.bytes) * scale
            let goal = w.name == "iq-tui, 100k cases"
            let cpuRow = report.add("idle: CPU \(per), \(w.name) (schedstat)", goal: goal ? "≤ 10 ms" : "", unit: "ms", values: cpu.map { [$0] } ?? [],
                                    note: cpu == nil ? "no /proc/PID/task/*/schedstat" : threadEnded ? "a thread ended in the window: 10 ms ticks" : nil)
            report.add("idle: CPU \(per), \(w.name) (utime+stime, 10 ms ticks)", unit: "ms", values: ticks.map { [$0] } ?? [])
            report.add("idle: wake-ups \(per), \(w.name) (voluntary context switches)", goal: goal ? "≤ 6" : "", unit: "count",
                       values: wakeups.map { [$0] } ?? [])
            report.add("idle: bytes written \(per), \(w.name)", goal: goal ? "0" : "", unit: "bytes", values: [bytes])
            report.add("idle: write calls \(per), \(w.name)", unit: "count", values: writes.map { [$0] } ?? [])
            guard goal else { continue }
            if let cpu = cpuRow?.median ?? ticks { report.check(.idleCPU, cpu) }
            if let wakeups { report.check(.idleWakeups, wakeups) }
            report.check(.idleFrames, bytes)
        }
    }
}

/// Both values, or nil.
func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
