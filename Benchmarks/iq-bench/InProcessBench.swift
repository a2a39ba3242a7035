import Foundation
import IQCore
import IQTUI

/// The frames of a session in process, as the runtime draws them: each render follows the last
/// one's view state, and is diffed against the last canvas (what the terminal is handed).
struct Frames {
    let size: Size
    private var view = ViewState()
    private var previous: Canvas?
    /// Cells handed on so far (kept, so the diff cannot be left out).
    private(set) var updates = 0

    init(size: Size) { self.size = size }

    mutating func draw(_ state: AppState) {
        let frame = Screen.render(state, size: size, view: view)
        view = frame.view
        updates += frame.canvas.diff(from: previous).count
        previous = frame.canvas
    }
}

/// Keystrokes in process, each pane: the reducer's work for one key plus the frame it draws and
/// its diff, over the generated network (10,000 partners, the 27 sites, 168 measures, 2,000
/// payments and 100,000 cases; 10,000 under --quick).
@MainActor struct InProcessBench {
    static let env = Environment(now: { Date() }, newID: { "bench" }, userName: "bench")
    static let size = Size(width: 120, height: 40)
    static let large = Size(width: 200, height: 60)
    let report: Report
    let network: Document
    let caseCount: Int

    /// A state with `pane` focused (zoomed when `zoom`), after one frame (which builds the indexes).
    static func paneState(_ pane: Pane, zoom: Bool = false, document: Document) -> AppState {
        var state = AppState(document: document)
        _ = AppReducer.reduce(into: &state, action: .navigation(.focus(pane)), environment: Self.env)
        if zoom { _ = AppReducer.reduce(into: &state, action: .navigation(.toggleZoom), environment: Self.env) }
        _ = Screen.render(state, size: size)
        return state
    }

    func paneState(_ pane: Pane, zoom: Bool = false) -> AppState { Self.paneState(pane, zoom: zoom, document: network) }

    /// Typing `query` into the filter of `state`'s pane, one character per run, starting over when done.
    @discardableResult
    static func measureSearch(_ report: Report, _ name: String, goal: String, _ state: AppState, query: String, runs: Int,
                              size: Size = InProcessBench.size) -> (median: Double, p99: Double)? {
        var state = state
        var frames = Frames(size: size)
        _ = AppReducer.reduce(into: &state, action: .filter(.begin), environment: Self.env)
        frames.draw(state)
        let letters = Array(query)
        var typed = 0
        return report.time(name, goal: goal, runs: runs) {
            if typed == letters.count {
                _ = AppReducer.reduce(into: &state, action: .filter(.edit(.deleteToStart)), environment: Self.env)
                typed = 0
            }
            _ = AppReducer.reduce(into: &state, action: .filter(.edit(.insert(String(letters[typed])))), environment: Self.env)
            typed += 1
            frames.draw(state)
        }
    }

    /// Moving down a list of `count` entries, and up again at its end.
    @discardableResult
    func measureMoves(_ name: String, goal: String, _ state: AppState, count: Int, runs: Int, size: Size = InProcessBench.size) -> (median: Double, p99: Double)? {
        var state = state
        var frames = Frames(size: size)
        frames.draw(state)
        var position = 0
        var down = true
        return report.time(name, goal: goal, runs: runs) {
            if down, position == count - 1 { down = false } else if !down, position == 0 { down = true }
            position += down ? 1 : -1
            _ = AppReducer.reduce(into: &state, action: .navigation(.move(down ? .down : .up)), environment: Self.env)
            frames.draw(state)
        }
    }

    func run() {
        report.section = .inProcess
        let partnerCount = network.partners.count
        let full = caseCount == 100_000
        // A list move at 200×60 (issue 17: reduce + frame + diff ≤ 1 ms).
        if let move = measureMoves("j in a list at 200x60, \(partnerCount) partners, \(caseCount) cases (reduce + frame + diff)",
                                   goal: "≤ 1 ms", paneState(.partners), count: partnerCount, runs: 500, size: Self.large), full {
            report.check(.reduceFrame, move.median)
        }

        // Search as you type (issue: ≤ 5 ms per keystroke over 10,000 partners; ≤ 16 ms, median
        // ≤ 3 ms, over 100,000 cases; issue 17: p99 ≤ 16 ms at 200×60).
        Self.measureSearch(report, "search keystroke, \(partnerCount) partners (reduce + frame + diff)", goal: "≤ 5 ms",
                           paneState(.partners), query: "beratung köln 12", runs: 200)
        Self.measureSearch(report, "search keystroke, \(network.sites.count) sites (reduce + frame + diff)", goal: "≤ 5 ms",
                           paneState(.locations), query: "bielefeld", runs: 200)
        Self.measureSearch(report, "case filter keystroke, \(caseCount) cases (reduce + frame + diff)", goal: "≤ 16 ms (median ≤ 3 ms)",
                           paneState(.cases, zoom: true), query: "erzieher köln", runs: 100)
        if let search = Self.measureSearch(report, "case filter keystroke at 200x60, \(caseCount) cases (reduce + frame + diff)",
                                           goal: "p99 ≤ 16 ms", paneState(.cases), query: "erzieher köln", runs: 200, size: Self.large),
           full {
            report.check(.search100kInProcess, search.p99)
        }
        Self.measureSearch(report, "search keystroke, \(network.measures.count) measures (reduce + frame + diff)", goal: "≤ 5 ms",
                           paneState(.budgets), query: "brücke köln", runs: 200)

        // List moves in each pane.
        measureMoves("list move, \(partnerCount) partners (reduce + frame + diff)", goal: "≪ 16 ms", paneState(.partners),
                     count: partnerCount, runs: 200)
        measureMoves("list move, \(network.sites.count) sites (reduce + frame + diff)", goal: "≪ 16 ms", paneState(.locations),
                     count: network.sites.count, runs: 200)
        measureMoves("list move, \(caseCount) cases (reduce + frame + diff)", goal: "≪ 16 ms", paneState(.cases), count: caseCount, runs: 200)
        measureMoves("list move, \(network.measures.count) measures, \(caseCount) cases (reduce + frame + diff)", goal: "≪ 16 ms",
                     paneState(.budgets), count: network.measures.count, runs: 200)
        budgetAndFrames()
    }

    /// The budget pane, the map, whole frames and text on a canvas.
    func budgetAndFrames() {
        // The budget pane over the same cases (two thirds enrolled in the measures): a frame with
        // an unchanged document (the tally is remembered), and after an edit of a case (the tally
        // is recounted: what the first frame after saving an enrolment costs).
        var budgetPane = paneState(.budgets, zoom: true)
        report.time("budget pane frame 120x40, \(caseCount) cases", goal: "≪ 16 ms", runs: 200) {
            _ = Screen.render(budgetPane, size: Self.size)
        }
        var budgetEdit = 0
        let cases = network.cases.items
        let measures = network.measures.items
        report.time("budget pane frame after a case edit, \(caseCount) cases", goal: "≤ 16 ms", runs: 50) {
            budgetEdit += 1
            var c = cases[budgetEdit % cases.count]
            c.measureID = measures[budgetEdit % measures.count].id
            budgetPane.document.cases.put(c)
            _ = Screen.render(budgetPane, size: Self.size)
        }

        // The map of NRW (issue: a 200x60 map frame ≤ 2 ms): the real outline and Regierungsbezirk
        // borders with every seed site as a marker, and the whole zoomed locations pane around it.
        let siteMarkers = Seed.sites.compactMap { site in site.coordinate.map { MapMarker(id: site.id.rawValue, point: $0, label: site.city) } }
        let nrwMap = MapView(outline: Boundaries.land, borders: Boundaries.regierungsbezirke.flatMap(\.rings), markers: siteMarkers,
                             attribution: Gazetteer.attribution)
        report.time("map frame 200x60 (outline, borders, \(siteMarkers.count) markers)", goal: "≤ 2 ms", runs: 500) {
            var canvas = Canvas(width: 200, height: 60)
            nrwMap.draw(in: canvas.bounds, on: &canvas)
        }
        let mapPane = Self.paneState(.locations, zoom: true, document: Seed.document)
        report.time("locations pane frame 200x60 (list + map)", goal: "≪ 16 ms", runs: 200) {
            _ = Screen.render(mapPane, size: Self.large)
        }

        // Frame render (what every keystroke costs before the terminal): the seed data, and the network.
        for (name, document) in [("seed data", Seed.document), ("\(caseCount) cases", network)] {
            let state = AppState(document: document)
            for size in [Size(width: 80, height: 24), Self.large] {
                _ = Screen.render(state, size: size)
                report.time("render frame \(size.width)x\(size.height), \(name)", goal: "≪ 16 ms", runs: 200) {
                    _ = Screen.render(state, size: size)
                }
            }
        }

        // Text placement by grapheme cluster (issue 13, §3): a 200x60 canvas written line by line
        // with German text, and with text full of CJK and emoji sequences drawn by substitution.
        for (name, line) in [("German text", "Anerkennungsberatung für Ärztinnen, Köln-Mülheim; Größe 12 € – "),
                             ("CJK and emoji clusters", "Familie 👨\u{200D}👩\u{200D}👧\u{200D}👦 🇩🇪 ❤\u{FE0F} 1\u{FE0F}\u{20E3} 👍🏽 中文 각 e\u{301} ")] {
            let text = String(repeating: line, count: 4)
            report.time("canvas text 200x60, \(name)", goal: "≪ 16 ms", runs: 200) {
                var canvas = Canvas(width: 200, height: 60)
                for y in 0..<60 { canvas.put(text, x: 0, y: y) }
            }
        }
    }
}
