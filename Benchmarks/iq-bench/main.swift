import Foundation
import IQCore
import IQTUI

// iq-bench: measures what the issues promise, in a release build, on generated data.
//   swift run -c release iq-bench [--quick] [--json FILE]
// Deterministic data (a fixed-seed generator), medians and p99 of repeated runs.

struct Options {
    var quick = false
    var jsonPath: String?
    var sample: (path: String, records: Int)?
}

var options = Options()
var args = Array(CommandLine.arguments.dropFirst())
while let arg = args.first {
    args.removeFirst()
    switch arg {
    case "--quick": options.quick = true
    case "--write-sample":
        // iq-bench --write-sample FILE N: a data file of N generated partners, to time the
        // program's start with a large file.
        guard args.count >= 2, let n = Int(args[1]) else { FileHandle.standardError.write(Data("--write-sample FILE N\n".utf8)); exit(2) }
        options.sample = (args[0], n)
        args.removeFirst(2)
    case "--json":
        guard let path = args.first else { FileHandle.standardError.write(Data("--json needs a file\n".utf8)); exit(2) }
        options.jsonPath = path
        args.removeFirst()
    default:
        FileHandle.standardError.write(Data("usage: iq-bench [--quick] [--json FILE]\n".utf8))
        exit(2)
    }
}

struct Result: Encodable {
    var name: String
    var goal: String
    var medianMs: Double
    var p99Ms: Double
    var runs: Int
}

var results: [Result] = []

@MainActor func measure(_ name: String, goal: String = "", runs: Int, _ body: () -> Void) {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    let median = times[times.count / 2]
    let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
    results.append(Result(name: name, goal: goal, medianMs: median, p99Ms: p99, runs: runs))
    print(row(name, String(format: "%.2f", median), String(format: "%.2f", p99), String(runs), goal))
}


let cities = ["Düsseldorf", "Köln", "Münster", "Bielefeld", "Essen", "Dortmund", "Aachen", "Bonn", "Höxter", "Detmold"]
let words = ["Beratung", "Qualifizierung", "Anerkennung", "Netzwerk", "Träger", "Kammer", "Zentrum", "Verein", "Stiftung", "Büro"]

func generatedDocument(records: Int) -> Document {
    var g = SeededRandom(seed: 42)
    var partners: [Partner] = []
    partners.reserveCapacity(records)
    let seedMeta = RecordMeta(revision: 3, modifiedAt: Date(timeIntervalSince1970: 1_790_000_000.25), modifiedBy: "bench")
    for i in 0..<records {
        partners.append(Partner(
            id: RecordID("partner.gen-\(i)"), meta: seedMeta,
            name: "\(g.pick(words)) \(g.pick(words)) \(g.pick(cities)) \(i)", shortName: "P\(i)",
            category: g.pick(PartnerCategory.allCases), level: g.pick(Level.allCases),
            fieldsOfAction: [g.pick(FieldOfAction.allCases)], cities: [g.pick(cities), g.pick(cities)],
            role: "Rolle im Netzwerk Nummer \(i) mit Umlauten äöü ß", website: "example-\(i).de",
            email: "kontakt\(i)@example.de", phone: "0211-\(100_000 + i)", address: "Straße \(i), 40221 \(g.pick(cities))",
            relations: [Relation(.cooperatesWith, RecordID("partner.gen-\(Int(g.next() % UInt64(records)))"))]))
    }
    return Document(partners: partners)
}

func row(_ name: String, _ median: String, _ p99: String, _ runs: String, _ goal: String) -> String {
    func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, n - s.count))
        return left ? s + gap : gap + s
    }
    return pad(name, 50, left: true) + pad(median, 11) + pad(p99, 11) + pad(runs, 6) + "  " + goal
}

if let sample = options.sample {
    do {
        try SnapshotFile(path: sample.path).write(SnapshotCodec.encode(generatedDocument(records: sample.records), format: .binary, savedAt: Date(), savedBy: "bench"))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error.message.text(.en))\n".utf8))
        exit(1)
    }
}

print(row("benchmark", "median ms", "p99 ms", "runs", "goal"))

// Snapshot save and load (issue: 100,000 records, save ≤ 1 s, load ≤ 1 s).
let recordCount = options.quick ? 10_000 : 100_000
let runs = options.quick ? 3 : 5
let document = generatedDocument(records: recordCount)
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iq-bench-\(getpid())").path
try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }
for format in SnapshotFormat.allCases {
    let file = SnapshotFile(path: "\(dir)/bench-\(format.rawValue).plist")
    measure("snapshot save \(format.rawValue), \(recordCount) records", goal: format == .binary ? "≤ 1000 ms" : "", runs: runs) {
        _ = try? file.withLock { () throws(SnapshotError) in
            try file.write(SnapshotCodec.encode(document, format: format, savedAt: Date(), savedBy: "bench"))
        }
    }
    measure("snapshot load \(format.rawValue), \(recordCount) records", goal: format == .binary ? "≤ 1000 ms" : "", runs: runs) {
        guard let loaded = try? file.load(), loaded.document.partners.count == recordCount else {
            FileHandle.standardError.write(Data("load failed\n".utf8))
            exit(1)
        }
    }
}

// Where the load time goes: bytes to property-list values, values to records.
if let bytes = try? SnapshotFile(path: "\(dir)/bench-binary.plist").read().0 {
    var tree: PlistValue = .array([])
    measure("  of which: binary bytes -> plist values", runs: runs) { tree = (try? PropertyList.decodeAny(bytes)) ?? .array([]) }
    measure("  of which: plist values -> document", runs: runs) { _ = try? SnapshotCodec.document(from: tree, path: "bench") }
    measure("  of which: document -> plist values", runs: runs) { tree = SnapshotCodec.plist(document, savedAt: Date(), savedBy: "bench") }
    measure("  of which: plist values -> binary bytes", runs: runs) { _ = BinaryPlist.encode(tree) }
}

// Baseline: Foundation's Codable property-list coders on the same records.
let encoder = PropertyListEncoder()
encoder.outputFormat = .binary
var codableBytes = Data()
measure("baseline Foundation PropertyListEncoder, \(recordCount)", runs: options.quick ? 1 : 3) {
    codableBytes = (try? encoder.encode(document.partners.items)) ?? Data()
}
measure("baseline Foundation PropertyListDecoder, \(recordCount)", runs: options.quick ? 1 : 3) {
    _ = try? PropertyListDecoder().decode([Partner].self, from: codableBytes)
}

// Search as you type over 10,000 partners: the reducer's work for one typed character plus the
// frame it draws (issue: ≤ 5 ms per keystroke, median).
let directory = generatedDocument(records: 10_000)
let env = Environment(now: { Date() }, newID: { "bench" }, userName: "bench")
let query = Array("beratung köln 12")
var typing = AppState(document: directory)
_ = AppReducer.reduce(into: &typing, action: .filter(.begin), environment: env)
_ = Screen.render(typing, size: Size(width: 120, height: 40)) // the index is built once per document version
var typed = 0
measure("search keystroke, 10000 partners (reduce + frame)", goal: "≤ 5 ms", runs: 200) {
    if typed == query.count {
        _ = AppReducer.reduce(into: &typing, action: .filter(.edit(.deleteToStart)), environment: env)
        typed = 0
    }
    _ = AppReducer.reduce(into: &typing, action: .filter(.edit(.insert(String(query[typed])))), environment: env)
    typed += 1
    _ = Screen.render(typing, size: Size(width: 120, height: 40))
}
var moving = AppState(document: directory)
measure("list move, 10000 partners (reduce + frame)", goal: "≪ 16 ms", runs: 200) {
    _ = AppReducer.reduce(into: &moving, action: .navigation(.move(.down)), environment: env)
    _ = Screen.render(moving, size: Size(width: 120, height: 40))
}

// Filtering the case list as you type over 100,000 cases (issue: ≤ 16 ms per keystroke, median
// ≤ 3 ms): the reducer's work for one character plus the frame of the zoomed case pane.
let occupations = ["Gesundheits- und Krankenpfleger/in", "Arzt/Ärztin", "Erzieher/in", "Ingenieur/in", "Elektroniker/in",
                   "Kaufmann/-frau für Büromanagement", "Physiotherapeut/in", "Lehrer/in"]
var caseGenerator = SeededRandom(seed: 7)
let caseCount = options.quick ? 10_000 : 100_000
let caseMeta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_790_000_000), modifiedBy: "bench")
var benchCases: [Case] = []
benchCases.reserveCapacity(caseCount)
for i in 0..<caseCount {
    var c = Case(id: RecordID("case.\(i)"), meta: caseMeta, number: "NRW-2026-" + String(100_000 + i), status: caseGenerator.pick(CaseStatus.allCases))
    c.person.firstName = "Vorname\(i)"
    c.person.lastName = "Nachname\(i)"
    c.referenzberuf = caseGenerator.pick(occupations)
    c.residence = caseGenerator.pick(cities)
    c.counsellor = "berater\(i % 40)"
    benchCases.append(c)
}
var casePane = AppState(document: Document(cases: benchCases))
_ = AppReducer.reduce(into: &casePane, action: .navigation(.focus(.cases)), environment: env)
_ = AppReducer.reduce(into: &casePane, action: .navigation(.toggleZoom), environment: env)
_ = AppReducer.reduce(into: &casePane, action: .filter(.begin), environment: env)
_ = Screen.render(casePane, size: Size(width: 120, height: 40)) // the index, once per document version
let caseQuery = Array("erzieher köln")
var caseTyped = 0
measure("case filter keystroke, \(caseCount) cases (reduce + frame)", goal: "≤ 16 ms (median ≤ 3 ms)", runs: 100) {
    if caseTyped == caseQuery.count {
        _ = AppReducer.reduce(into: &casePane, action: .filter(.edit(.deleteToStart)), environment: env)
        caseTyped = 0
    }
    _ = AppReducer.reduce(into: &casePane, action: .filter(.edit(.insert(String(caseQuery[caseTyped])))), environment: env)
    caseTyped += 1
    _ = Screen.render(casePane, size: Size(width: 120, height: 40))
}

// The budget pane over the same cases enrolled in the seed measures: a frame with an unchanged
// document (the tally is remembered), and after an edit of a case (the tally is recounted:
// what the first frame after saving an enrolment costs).
var budgetDocument = Seed.document
for (i, c) in benchCases.enumerated() {
    var enrolled = c
    enrolled.measureID = Seed.measures[i % Seed.measures.count].id
    budgetDocument.cases.put(enrolled)
}
var budgetPane = AppState(document: budgetDocument)
_ = AppReducer.reduce(into: &budgetPane, action: .navigation(.focus(.budgets)), environment: env)
_ = AppReducer.reduce(into: &budgetPane, action: .navigation(.toggleZoom), environment: env)
measure("budget pane frame 120x40, \(caseCount) enrolled cases", goal: "≪ 16 ms", runs: 200) {
    _ = Screen.render(budgetPane, size: Size(width: 120, height: 40))
}
var budgetEdit = 0
measure("budget pane frame after a case edit, \(caseCount) cases", goal: "≤ 16 ms", runs: 50) {
    budgetEdit += 1
    var c = benchCases[budgetEdit % benchCases.count]
    c.measureID = Seed.measures[budgetEdit % Seed.measures.count].id
    budgetPane.document.cases.put(c)
    _ = Screen.render(budgetPane, size: Size(width: 120, height: 40))
}

// The map of NRW (issue: a 200x60 map frame ≤ 2 ms): the real outline and Regierungsbezirk
// borders with every seed site as a marker, and the whole zoomed locations pane around it.
let siteMarkers = Seed.sites.compactMap { site in site.coordinate.map { MapMarker(id: site.id.rawValue, point: $0, label: site.city) } }
let nrwMap = MapView(outline: Boundaries.land, borders: Boundaries.regierungsbezirke.flatMap(\.rings), markers: siteMarkers,
                     attribution: Gazetteer.attribution)
measure("map frame 200x60 (outline, borders, 26 markers)", goal: "≤ 2 ms", runs: 500) {
    var canvas = Canvas(width: 200, height: 60)
    nrwMap.draw(in: canvas.bounds, on: &canvas)
}
var mapPane = AppState(document: Seed.document)
_ = AppReducer.reduce(into: &mapPane, action: .navigation(.focus(.locations)), environment: env)
_ = AppReducer.reduce(into: &mapPane, action: .navigation(.toggleZoom), environment: env)
measure("locations pane frame 200x60 (list + map)", goal: "≪ 16 ms", runs: 200) {
    _ = Screen.render(mapPane, size: Size(width: 200, height: 60))
}

// Frame render of the seed data (what every keystroke costs before ncurses).
let state = AppState(document: Seed.document)
for (w, h) in [(80, 24), (200, 60)] {
    measure("render frame \(w)x\(h), seed data", goal: "≪ 16 ms", runs: 200) {
        _ = Screen.render(state, size: Size(width: w, height: h))
    }
}

if let path = options.jsonPath {
    let encoderJSON = JSONEncoder()
    encoderJSON.outputFormatting = [.prettyPrinted, .sortedKeys]
    if let data = try? encoderJSON.encode(results) {
        _ = FileManager.default.createFile(atPath: path, contents: data)
    }
}
