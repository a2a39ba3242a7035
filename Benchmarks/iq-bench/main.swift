import Foundation
import IQCore
import IQStore
import IQTUI

// iq-bench: measures what the issues promise, in a release build, on generated data.
//   swift build -c release && .build/release/iq-bench [--quick] [--json FILE] [--no-terminal] [--long-text]
// Deterministic data (fixed-seed generators, Generator.swift), medians and p99 of repeated runs.
// In process: the store, the reducer and the frames. Through a pseudo-terminal
// (TerminalBench.swift): the release iq-tui beside this program, started and typed into.

struct Options {
    var quick = false
    var jsonPath: String?
    var terminal = true
    var longTextOnly = false
    var sample: (path: String, partners: Int, cases: Int?)?
}

let usage = "usage: iq-bench [--quick] [--json FILE] [--no-terminal] [--long-text] | --write-sample FILE PARTNERS [CASES]\n"
var options = Options()
var args = Array(CommandLine.arguments.dropFirst())
while let arg = args.first {
    args.removeFirst()
    switch arg {
    case "--quick": options.quick = true
    case "--no-terminal": options.terminal = false
    case "--long-text": options.longTextOnly = true
    case "--write-sample":
        // iq-bench --write-sample FILE N: a data file of N generated partners; with a case count
        // too, the generated network (seed data, N partners, generated measures, payments and cases).
        guard args.count >= 2, let n = Int(args[1]) else { FileHandle.standardError.write(Data(usage.utf8)); exit(2) }
        options.sample = (args[0], n, nil)
        args.removeFirst(2)
        if let m = args.first.flatMap({ Int($0) }) {
            options.sample?.cases = m
            args.removeFirst()
        }
    case "--json":
        guard let path = args.first else { FileHandle.standardError.write(Data("--json needs a file\n".utf8)); exit(2) }
        options.jsonPath = path
        args.removeFirst()
    default:
        FileHandle.standardError.write(Data(usage.utf8))
        exit(2)
    }
}

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

// Long text (issue 13 §1); `--long-text` measures only these rows.
if options.longTextOnly {
    LongTextBench.run(report)
    if let path = options.jsonPath { report.writeJSON(to: path) }
    exit(0)
}

// Snapshot save and load (issue: 100,000 records, save ≤ 1 s, load ≤ 1 s).
let recordCount = options.quick ? 10_000 : 100_000
let runs = options.quick ? 3 : 5
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iq-bench-\(getpid())").path
try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }
do {
    let document = BenchData.partnerDocument(recordCount)
    for format in SnapshotFormat.allCases {
        let file = SnapshotFile(path: "\(dir)/bench-\(format.rawValue).plist")
        report.time("snapshot save \(format.rawValue), \(recordCount) records", goal: format == .binary ? "≤ 1000 ms" : "", runs: runs) {
            _ = try? file.withLock { () throws(SnapshotError) in
                try file.write(SnapshotCodec.encode(document, format: format, savedAt: Date(), savedBy: "bench"))
            }
        }
        report.time("snapshot load \(format.rawValue), \(recordCount) records", goal: format == .binary ? "≤ 1000 ms" : "", runs: runs) {
            guard let loaded = try? file.load(), loaded.document.partners.count == recordCount else {
                FileHandle.standardError.write(Data("load failed\n".utf8))
                exit(1)
            }
        }
    }

    // Where the load time goes: bytes to property-list values, values to records.
    if let bytes = try? SnapshotFile(path: "\(dir)/bench-binary.plist").read().0 {
        var tree: PlistValue = .array([])
        report.time("  of which: binary bytes -> plist values", runs: runs) { tree = (try? PropertyList.decodeAny(bytes)) ?? .array([]) }
        report.time("  of which: plist values -> document", runs: runs) { _ = try? SnapshotCodec.document(from: tree, path: "bench") }
        report.time("  of which: document -> plist values", runs: runs) { tree = SnapshotCodec.plist(document, savedAt: Date(), savedBy: "bench") }
        report.time("  of which: plist values -> binary bytes", runs: runs) { _ = BinaryPlist.encode(tree) }
    }

    // Baseline: the straightforward way, Foundation's Codable property-list coders, same records.
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .binary
    var codableBytes = Data()
    report.time("baseline Foundation PropertyListEncoder, \(recordCount)", runs: options.quick ? 1 : 3) {
        codableBytes = (try? encoder.encode(document.partners.items)) ?? Data()
    }
    report.time("baseline Foundation PropertyListDecoder, \(recordCount)", runs: options.quick ? 1 : 3) {
        _ = try? PropertyListDecoder().decode([Partner].self, from: codableBytes)
    }
}
report.add("peak memory of iq-bench after the snapshot runs, \(recordCount)", unit: "MB", values: [ownPeakMegabytes()])

// Keystrokes in process, each pane: the reducer's work for one key plus the frame it draws,
// over the generated network (10,000 partners, the 27 sites, 168 measures, 2,000 payments and
// 100,000 cases; 10,000 under --quick).
let caseCount = options.quick ? 10_000 : 100_000
let network = BenchData.network(partners: 10_000, cases: caseCount)
let env = Environment(now: { Date() }, newID: { "bench" }, userName: "bench")
let frameSize = Size(width: 120, height: 40)

/// A state with `pane` focused (zoomed when `zoom`), after one frame (which builds the indexes).
func paneState(_ pane: Pane, zoom: Bool = false, document: Document = network) -> AppState {
    var state = AppState(document: document)
    _ = AppReducer.reduce(into: &state, action: .navigation(.focus(pane)), environment: env)
    if zoom { _ = AppReducer.reduce(into: &state, action: .navigation(.toggleZoom), environment: env) }
    _ = Screen.render(state, size: frameSize)
    return state
}

/// Typing `query` into the filter of `state`'s pane, one character per run, starting over when done.
@MainActor func measureSearch(_ name: String, goal: String, _ state: AppState, query: String, runs: Int) {
    var state = state
    _ = AppReducer.reduce(into: &state, action: .filter(.begin), environment: env)
    _ = Screen.render(state, size: frameSize)
    let letters = Array(query)
    var typed = 0
    report.time(name, goal: goal, runs: runs) {
        if typed == letters.count {
            _ = AppReducer.reduce(into: &state, action: .filter(.edit(.deleteToStart)), environment: env)
            typed = 0
        }
        _ = AppReducer.reduce(into: &state, action: .filter(.edit(.insert(String(letters[typed])))), environment: env)
        typed += 1
        _ = Screen.render(state, size: frameSize)
    }
}

/// Moving down a list of `count` entries, and up again at its end.
@MainActor func measureMoves(_ name: String, goal: String, _ state: AppState, count: Int, runs: Int) {
    var state = state
    var position = 0
    var down = true
    report.time(name, goal: goal, runs: runs) {
        if down, position == count - 1 { down = false } else if !down, position == 0 { down = true }
        position += down ? 1 : -1
        _ = AppReducer.reduce(into: &state, action: .navigation(.move(down ? .down : .up)), environment: env)
        _ = Screen.render(state, size: frameSize)
    }
}

// Search as you type (issue: ≤ 5 ms per keystroke over 10,000 partners; ≤ 16 ms, median ≤ 3 ms,
// over 100,000 cases).
let partnerCount = network.partners.count
measureSearch("search keystroke, \(partnerCount) partners (reduce + frame)", goal: "≤ 5 ms", paneState(.partners),
              query: "beratung köln 12", runs: 200)
measureSearch("search keystroke, \(network.sites.count) sites (reduce + frame)", goal: "≤ 5 ms", paneState(.locations),
              query: "bielefeld", runs: 200)
measureSearch("case filter keystroke, \(caseCount) cases (reduce + frame)", goal: "≤ 16 ms (median ≤ 3 ms)",
              paneState(.cases, zoom: true), query: "erzieher köln", runs: 100)
measureSearch("search keystroke, \(network.measures.count) measures (reduce + frame)", goal: "≤ 5 ms", paneState(.budgets),
              query: "brücke köln", runs: 200)

// List moves in each pane.
measureMoves("list move, \(partnerCount) partners (reduce + frame)", goal: "≪ 16 ms", paneState(.partners), count: partnerCount, runs: 200)
measureMoves("list move, \(network.sites.count) sites (reduce + frame)", goal: "≪ 16 ms", paneState(.locations),
             count: network.sites.count, runs: 200)
measureMoves("list move, \(caseCount) cases (reduce + frame)", goal: "≪ 16 ms", paneState(.cases), count: caseCount, runs: 200)
measureMoves("list move, \(network.measures.count) measures, \(caseCount) cases (reduce + frame)", goal: "≪ 16 ms",
             paneState(.budgets), count: network.measures.count, runs: 200)

// The budget pane over the same cases (two thirds enrolled in the measures): a frame with an
// unchanged document (the tally is remembered), and after an edit of a case (the tally is
// recounted: what the first frame after saving an enrolment costs).
do {
    var budgetPane = paneState(.budgets, zoom: true)
    report.time("budget pane frame 120x40, \(caseCount) cases", goal: "≪ 16 ms", runs: 200) {
        _ = Screen.render(budgetPane, size: frameSize)
    }
    var budgetEdit = 0
    let cases = network.cases.items
    let measures = network.measures.items
    report.time("budget pane frame after a case edit, \(caseCount) cases", goal: "≤ 16 ms", runs: 50) {
        budgetEdit += 1
        var c = cases[budgetEdit % cases.count]
        c.measureID = measures[budgetEdit % measures.count].id
        budgetPane.document.cases.put(c)
        _ = Screen.render(budgetPane, size: frameSize)
    }
}

// The map of NRW (issue: a 200x60 map frame ≤ 2 ms): the real outline and Regierungsbezirk
// borders with every seed site as a marker, and the whole zoomed locations pane around it.
do {
    let siteMarkers = Seed.sites.compactMap { site in site.coordinate.map { MapMarker(id: site.id.rawValue, point: $0, label: site.city) } }
    let nrwMap = MapView(outline: Boundaries.land, borders: Boundaries.regierungsbezirke.flatMap(\.rings), markers: siteMarkers,
                         attribution: Gazetteer.attribution)
    report.time("map frame 200x60 (outline, borders, \(siteMarkers.count) markers)", goal: "≤ 2 ms", runs: 500) {
        var canvas = Canvas(width: 200, height: 60)
        nrwMap.draw(in: canvas.bounds, on: &canvas)
    }
    let mapPane = paneState(.locations, zoom: true, document: Seed.document)
    report.time("locations pane frame 200x60 (list + map)", goal: "≪ 16 ms", runs: 200) {
        _ = Screen.render(mapPane, size: Size(width: 200, height: 60))
    }
}

// Frame render (what every keystroke costs before ncurses): the seed data, and the network.
for (name, document) in [("seed data", Seed.document), ("\(caseCount) cases", network)] {
    let state = AppState(document: document)
    for (w, h) in [(80, 24), (200, 60)] {
        _ = Screen.render(state, size: Size(width: w, height: h))
        report.time("render frame \(w)x\(h), \(name)", goal: "≪ 16 ms", runs: 200) {
            _ = Screen.render(state, size: Size(width: w, height: h))
        }
    }
}

// Text placement by grapheme cluster (issue 13, §3): a 200x60 canvas written line by line with
// German text, and with text full of CJK and emoji sequences that are drawn by substitution.
for (name, line) in [("German text", "Anerkennungsberatung für Ärztinnen, Köln-Mülheim; Größe 12 € – "),
                     ("CJK and emoji clusters", "Familie 👨\u{200D}👩\u{200D}👧\u{200D}👦 🇩🇪 ❤\u{FE0F} 1\u{FE0F}\u{20E3} 👍🏽 中文 각 e\u{301} ")] {
    let text = String(repeating: line, count: 4)
    report.time("canvas text 200x60, \(name)", goal: "≪ 16 ms", runs: 200) {
        var canvas = Canvas(width: 200, height: 60)
        for y in 0..<60 { canvas.put(text, x: 0, y: y) }
    }
}
LongTextBench.run(report)

// The real program in a pseudo-terminal.
if options.terminal {
    TerminalBench(report: report, quick: options.quick, directory: dir).run()
}

if let path = options.jsonPath {
    report.writeJSON(to: path)
}
