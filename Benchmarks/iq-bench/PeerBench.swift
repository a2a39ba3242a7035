import Foundation
import IQCore

/// A program iq-tui is held against, started on the same pseudo-terminal driver: how to start
/// it, what on screen marks its first frame, and how it quits.
struct Peer {
    let name: String
    let executable: String
    let arguments: [String]
    let setup: Setup
    /// Bytes of its first frame's last part (iq-tui's status bar, the file's name in less's and
    /// vim's last line: vim shortens the path by the home).
    let marker: [UInt8]
    /// Keys that bring it to its list before the keys are timed.
    var prepare: [String] = []
    var quitKeys = "q"
    var escapes = 0

    func start(columns: Int, rows: Int) throws(PseudoTerminal.Failure) -> PseudoTerminal {
        try PseudoTerminal(executable: executable, arguments: arguments, environment: setup.environment, columns: columns, rows: rows)
    }

    /// iq-tui with the seed data, and those of less, vim and abook that are installed (with the
    /// seed partners as a CSV file for less and vim, as an address book for abook); a missing
    /// one is named in `missing`.
    @MainActor static func all(in directory: String) -> (peers: [Peer], missing: [String]) {
        var peers: [Peer] = []
        var missing: [String] = []
        if let program = Programs.iqTUI(),
           let setup = Setup.iqTUI(in: directory, name: "seed data", document: Seed.document) {
            peers.append(Peer(name: "iq-tui", executable: program, arguments: Programs.iqTUIArguments(program), setup: setup,
                              marker: TerminalBench.firstFrameMarker, prepare: ["1"], escapes: 2))
        } else {
            missing.append("iq-tui")
        }
        guard let setup = Setup.empty(in: directory, name: "peers") else { return (peers, missing + ["less", "vim", "abook"]) }
        let list = "\(setup.home)/partners.csv", book = "\(setup.home)/addressbook"
        let written = FileManager.default.createFile(atPath: list, contents: Data(PartnerExchange.csv(Seed.partners, language: .de).utf8))
            && FileManager.default.createFile(atPath: book, contents: Data(addressBook(Seed.partners).utf8))
        for (name, arguments, marker, quit) in [("less", [list], "partners.csv", "q"), ("vim", ["-u", "NONE", "-N", list], "partners.csv", ":q!\r"),
                                                ("abook", ["--datafile", book], "q:quit", "q")] {
            guard written, let executable = Programs.onPath(name) else {
                missing.append(name)
                continue
            }
            peers.append(Peer(name: name, executable: executable, arguments: arguments, setup: setup, marker: Array(marker.utf8),
                              quitKeys: quit, escapes: name == "vim" ? 1 : 0))
        }
        return (peers, missing)
    }

    /// `partners` in abook's file format: name, e-mail and phone.
    static func addressBook(_ partners: [Partner]) -> String {
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
        var text = "[format]\nprogram=abook\nversion=0.6.1\n\n"
        for (i, p) in partners.enumerated() {
            text += "[\(i)]\nname=\(clean(p.name))\nemail=\(clean(p.email))\nphone=\(clean(p.phone))\n\n"
        }
        return text
    }
}

/// iq-tui beside its peers (issue 17), at 100×30 with the seed data, in the same run: start to
/// first frame (starts taken in turn, so a busy moment hits all alike) and `j` in a list to the
/// first byte of the answer and to its end.
@MainActor struct PeerBench {
    let report: Report
    let quick: Bool
    let directory: String
    static let columns = 100, rows = 30
    /// Keys walk this far down a list and back: within every peer's list and file.
    static let walk = 20

    func run() {
        report.section = .peers
        let (peers, missing) = Peer.all(in: directory)
        for name in missing {
            report.add("peers: \(name)", unit: "ms", values: [], note: "skipped: \(name) is not installed")
        }
        var starts: [String: [Double]] = [:]
        var failures: [String: String] = [:]
        for _ in 0..<(quick ? 5 : 15) {
            for peer in peers {
                do {
                    let terminal = try peer.start(columns: Self.columns, rows: Self.rows)
                    if let ms = TerminalBench.firstFrame(terminal, marker: peer.marker) {
                        starts[peer.name, default: []].append(ms)
                    } else {
                        failures[peer.name] = "no first frame within 10 s"
                    }
                    terminal.quit(with: peer.quitKeys, escapes: peer.escapes)
                } catch {
                    failures[peer.name] = "\(error)"
                }
            }
        }
        let size = "\(Self.columns)x\(Self.rows)"
        var start: [String: Double] = [:], firstByte: [String: Double] = [:]
        for peer in peers {
            start[peer.name] = report.add("peers: start to first frame, \(size), \(peer.name)", unit: "ms",
                                          values: starts[peer.name] ?? [], note: failures[peer.name])?.median
        }
        for peer in peers {
            guard let keys = keys(peer) else { continue }
            firstByte[peer.name] = report.add("peers: key to first byte, j in a list, \(size), \(peer.name)", unit: "ms",
                                              values: keys.firstByte, note: keys.note)?.median
            report.add("peers: key to frame end, j in a list, \(size), \(peer.name)", unit: "ms", values: keys.times)
            report.add("peers: bytes per key, j in a list, \(size), \(peer.name)", unit: "bytes", values: keys.bytes)
        }
        for (goal, medians, what) in [(Goal.startVsLess, start, "start"), (.keyVsLess, firstByte, "key")] {
            let others = peers.map(\.name).filter { $0 != "iq-tui" }.compactMap { name in medians[name].map { "\(name) \(Figure.text($0, "ms"))" } }
            report.comment("peers: \(what): iq-tui \(medians["iq-tui"].map { Figure.text($0, "ms") } ?? "–"), " + others.joined(separator: ", "))
            if let own = medians["iq-tui"], let less = medians["less"], less > 0 {
                report.check(goal, own / less, figure: "iq-tui \(Figure.text(own, "ms")), less \(Figure.text(less, "ms"))")
            }
        }
    }

    /// `j` and `k` walking the peer's list, after its first frame.
    func keys(_ peer: Peer) -> KeySeries? {
        guard let terminal = try? peer.start(columns: Self.columns, rows: Self.rows),
              TerminalBench.firstFrame(terminal, marker: peer.marker) != nil else {
            report.add("peers: key to first byte, \(peer.name)", unit: "ms", values: [], note: "did not start")
            return nil
        }
        defer { terminal.quit(with: peer.quitKeys, escapes: peer.escapes) }
        terminal.settle(quiet: 0.3, limit: 5)
        for key in peer.prepare { terminal.prepare(key) }
        return terminal.walk(count: Self.walk, runs: quick ? 15 : 50)
    }
}
