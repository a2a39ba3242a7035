import Foundation
import IQCore
import IQStore
import IQTUI

// iq-bench: measures what the issues promise, in a release build, on generated data, and holds
// each goal of issue 17 against its limit in a final table.
//   swift build -c release --static-swift-stdlib --product iq-tui (and --product iq-bench), then
//   .build/release/iq-bench [--quick] [--json FILE] [--markdown FILE]
//                           [--no-terminal] [--only PART,…] [--pg CONNSTRING]
// Deterministic data (fixed-seed generators, Generator.swift), medians and p99 of repeated runs.
// In process: the store, the reducer and the frames. Through a pseudo-terminal: the release
// iq-tui beside this program, started and typed into, beside less, vim and abook, and left idle.
// With the PostgreSQL trait and a server (--pg or IQ_BENCH_PG): the same network from a database.

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))

if let sample = options.sample {
    let document = sample.cases.map { BenchData.network(partners: sample.partners, cases: $0) } ?? BenchData.partnerDocument(sample.partners)
    do {
        try SnapshotFile(path: sample.path).write(SnapshotCodec.encode(document, format: .binary, savedAt: Date(), savedBy: "bench"))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error.message.text(.en))\n".utf8))
        exit(1)
    }
}

let report = Report()
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iq-bench-\(getpid())").path
try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
let caseCount = options.quick ? 10_000 : 100_000
// The generated networks (10,000 partners and `cases` cases), each made once.
var generated: [Int: Document] = [:]
@MainActor func network(_ cases: Int = caseCount) -> Document {
    if let document = generated[cases] { return document }
    let document = BenchData.network(partners: TerminalBench.partnerCount, cases: cases)
    generated[cases] = document
    return document
}

for part in Part.allCases where options.runs(part) {
    switch part {
    case .snapshot: SnapshotBench(report: report, quick: options.quick, directory: dir).partners()
    case .cases: SnapshotBench(report: report, quick: options.quick, directory: dir).cases(network())
    case .inProcess: InProcessBench(report: report, network: network(), caseCount: caseCount).run()
    case .longText: LongTextBench.run(report)
    case .partners200k: PartnersBench(report: report, quick: options.quick, directory: dir, terminal: options.terminal).run()
    case .peers: PeerBench(report: report, quick: options.quick, directory: dir).run()
    case .idle: IdleBench(report: report, quick: options.quick, directory: dir, network: { network(100_000) }).run()
    case .terminal: TerminalBench(report: report, quick: options.quick, directory: dir, network: { network($0) }).run()
    case .database:
        DatabaseBench(report: report, quick: options.quick, directory: dir, terminal: options.terminal, server: options.server,
                      network: { network($0) }).run()
    }
}
try? FileManager.default.removeItem(atPath: dir)

report.printGoals()
if options.quick {
    print("(--quick: fewer runs; 10,000 cases, so the other goals of 100,000 cases are not measured; a 10 s idle window, scaled to 60 s)")
}
if let path = options.jsonPath { report.writeJSON(to: path) }
if let path = options.markdownPath {
    report.writeMarkdown(to: path, command: (["iq-bench"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
}
