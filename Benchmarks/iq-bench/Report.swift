import Foundation

/// One row of the table and of the JSON file. `median` and `p99` are in `unit` (ms, bytes, MB);
/// rows in milliseconds also carry `medianMs` and `p99Ms`, the keys of the first JSON files.
/// A row that could not be measured has no figures and says why in `note`.
struct Result: Encodable {
    var section: Section
    var name: String
    var goal: String
    var unit: String
    var median: Double?
    var p99: Double?
    var runs: Int
    var note: String?
    var medianMs: Double?
    var p99Ms: Double?
}

/// Where a row belongs: a table of its own in the README.
enum Section: String, CaseIterable, Encodable {
    case inProcess = "In process (reducer and frame, no terminal)"
    case terminal = "Through a pseudo-terminal"
    case peers = "Beside the peers (the same pseudo-terminal driver, the same run)"
    case idle = "Idle"
    case database = "From PostgreSQL (issue 18)"
}

/// The rows measured so far, printed as they come, and the goals checked against them.
@MainActor final class Report {
    private(set) var results: [Result] = []
    /// The section new rows go to.
    var section = Section.inProcess
    /// The goals of issue 17 checked so far (Goals.swift).
    var checks: [Goal: GoalCheck] = [:]

    init() {
        print(Report.row("benchmark", "median", "p99", "unit", "runs", "goal"))
    }

    /// The median and the 99th percentile of `values` (nearest rank; for fewer than 100 values
    /// the p99 is the largest).
    static func stats(_ values: [Double]) -> (median: Double, p99: Double) {
        let sorted = values.sorted()
        return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))])
    }

    /// Times `body` `runs` times, in milliseconds.
    @discardableResult
    func time(_ name: String, goal: String = "", runs: Int, _ body: () -> Void) -> (median: Double, p99: Double)? {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = monotonicNanoseconds()
            body()
            times.append(Double(monotonicNanoseconds() - start) / 1e6)
        }
        return add(name, goal: goal, unit: "ms", values: times)
    }

    /// A row from measured values (in `unit`); none: a row without figures, with `note` saying why.
    /// Returns the median and p99 (nil without values), for the goals.
    @discardableResult
    func add(_ name: String, goal: String = "", unit: String, values: [Double], note: String? = nil) -> (median: Double, p99: Double)? {
        guard !values.isEmpty else {
            results.append(Result(section: section, name: name, goal: goal, unit: unit, runs: 0, note: note ?? "not measured"))
            print(Report.row(name, "–", "–", unit, "0", goal + "  (" + (note ?? "not measured") + ")"))
            return nil
        }
        let (median, p99) = Report.stats(values)
        let ms = unit == "ms"
        results.append(Result(section: section, name: name, goal: goal, unit: unit, median: median, p99: p99, runs: values.count, note: note,
                              medianMs: ms ? median : nil, p99Ms: ms ? p99 : nil))
        print(Report.row(name, Report.format(median, unit), Report.format(p99, unit), unit, String(values.count),
                         goal + (note.map { "  (\($0))" } ?? "")))
        return (median, p99)
    }

    /// A line between the rows that is not a row (a summary, a ratio).
    func comment(_ text: String) {
        print("  " + text)
    }

    static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "bytes": String(Int(value.rounded()))
        case "MB", "count", "writes": String(format: "%.1f", value)
        default: String(format: "%.2f", value)
        }
    }

    static func row(_ name: String, _ median: String, _ p99: String, _ unit: String, _ runs: String, _ goal: String) -> String {
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let gap = String(repeating: " ", count: max(0, n - s.count))
            return left ? s + gap : gap + s
        }
        return pad(name, 66, left: true) + pad(median, 10) + pad(p99, 10) + " " + pad(unit, 5, left: true) + pad(runs, 5) + "  " + goal
    }

    /// The rows and the goal table: `{"results": [...], "goals": [...]}`.
    func writeJSON(to path: String) {
        struct File: Encodable {
            var results: [Result]
            var goals: [GoalRow]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(File(results: results, goals: goalRows)),
              FileManager.default.createFile(atPath: path, contents: data) else {
            FileHandle.standardError.write(Data("iq-bench: cannot write \(path)\n".utf8))
            exit(1)
        }
    }
}

/// The peak resident memory of this process so far, in MB (getrusage: ru_maxrss is in KiB on Linux).
func ownPeakMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1_024
}
