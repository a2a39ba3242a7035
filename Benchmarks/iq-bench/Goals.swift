import Foundation

/// The goals of issue 17, in its order, then issue 18's database figures. Each is one number
/// held against a limit: a time, a size, a count, or a ratio against `less` measured in the same
/// run (unit "×").
enum Goal: CaseIterable {
    case startVsLess, keyVsLess, reduceFrame
    case idleCPU, idleWakeups, idleFrames
    case writesPerFrame, bytesPerMove, bytesPerRepaint
    case firstFrame100k, dataOnScreen100k, save100k, load100k, peakMemory100k
    case search100kInProcess, search100kTerminal, filter200kInProcess, filter200kTerminal
    case databaseOnScreen100k, databaseSave100k

    /// Bytes main wrote before issue 17 (this iq-bench on main 35a9860, 2026-12-04, median at
    /// 80×24 with 100,000 cases): "unchanged or fewer" is held against these.
    static let bytesPerMoveBefore = 249.0
    static let bytesPerRepaintBefore = 4_126.0

    var what: String {
        switch self {
        case .startVsLess: "start to first frame, 100×30, seed data, against less"
        case .keyVsLess: "key to first byte, j in a list, 100×30, against less's scroll"
        case .reduceFrame: "in process: j in a list, reduce + frame + diff, 200×60, 100,000 cases (median)"
        case .idleCPU: "CPU while idle, 100,000 cases (per 60 s)"
        case .idleWakeups: "wake-ups while idle, 100,000 cases"
        case .idleFrames: "frames while idle (bytes written), 100,000 cases"
        case .writesPerFrame: "write calls per frame (j in a list, Ctrl-L; the most)"
        case .bytesPerMove: "bytes per frame, j in a list, 80×24 (median)"
        case .bytesPerRepaint: "bytes per frame, Ctrl-L, 80×24 (median)"
        case .firstFrame100k: "100,000 cases: start to first frame (median)"
        case .dataOnScreen100k: "100,000 cases: start to data on screen (median)"
        case .save100k: "100,000 cases: save (median)"
        case .load100k: "100,000 cases: load (median)"
        case .peakMemory100k: "100,000 cases: peak RSS of iq-tui"
        case .search100kInProcess: "100,000 cases: search keystroke p99, 200×60, in process"
        case .search100kTerminal: "100,000 cases: search keystroke p99, 200×60, pseudo-terminal"
        case .filter200kInProcess: "200,000 partners: filter keystroke p99, 200×60, in process"
        case .filter200kTerminal: "200,000 partners: filter keystroke p99, 200×60, pseudo-terminal"
        case .databaseOnScreen100k: "PostgreSQL, 100,000 cases: start to data on screen (median)"
        case .databaseSave100k: "PostgreSQL, 100,000 cases: save one edit, round trip (p99)"
        }
    }

    var limit: Double {
        switch self {
        case .startVsLess: 1.3
        case .keyVsLess: 1.2
        case .reduceFrame: 1
        case .idleCPU: 10
        case .idleWakeups: 6
        case .idleFrames: 0
        case .writesPerFrame: 1
        case .bytesPerMove: Goal.bytesPerMoveBefore
        case .bytesPerRepaint: Goal.bytesPerRepaintBefore
        case .firstFrame100k: 50
        case .dataOnScreen100k, .load100k: 500
        case .save100k: 400
        case .peakMemory100k: 150
        case .search100kInProcess, .search100kTerminal, .filter200kInProcess, .filter200kTerminal: 16
        case .databaseOnScreen100k: 1_000
        case .databaseSave100k: 20
        }
    }

    var unit: String {
        switch self {
        case .startVsLess, .keyVsLess: "×"
        case .idleWakeups: "a minute"
        case .idleFrames, .bytesPerMove, .bytesPerRepaint: "bytes"
        case .writesPerFrame: "writes"
        case .peakMemory100k: "MB"
        default: "ms"
        }
    }

    /// "≤ 1.3× less", "≤ 16 ms".
    var target: String {
        switch self {
        case .startVsLess, .keyVsLess: "≤ \(Figure.text(limit, unit))"
        case .idleWakeups: "≤ 6 a minute (timers actually due)"
        case .idleFrames: "0 bytes"
        case .bytesPerMove, .bytesPerRepaint: "≤ \(Figure.text(limit, unit)) (before)"
        default: "≤ \(Figure.text(limit, unit))"
        }
    }
}

/// A goal as measured: the figure to show, the ratio where the goal is one, whether it holds.
struct GoalCheck {
    var figure: String
    var ratio: Double?
    var holds: Bool
}

/// A line of the goal table, as printed, written as Markdown and as JSON.
struct GoalRow: Encodable {
    var goal: String
    var target: String
    var figure: String
    var ratio: String
    /// "✓", "✗", or "–" when not measured in this run.
    var holds: String
}

/// Numbers as the tables show them.
enum Figure {
    static func text(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "×": String(format: "%.2f×", value)
        case "ms" where value < 10: String(format: "%.2f ms", value)
        case "ms" where value < 100: String(format: "%.1f ms", value)
        case "MB": String(format: "%.0f MB", value)
        default: "\(grouped(value)) \(unit)"
        }
    }

    /// 4147 as "4,147".
    static func grouped(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0, c != "-" { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}

extension Report {
    /// Holds `value` (in the goal's unit) against its limit; `figure` says what was compared
    /// ("iq-tui 12 ms, less 9 ms"), by default the value itself.
    func check(_ goal: Goal, _ value: Double, figure: String? = nil) {
        let ratio = goal.unit == "×" ? value : nil
        checks[goal] = GoalCheck(figure: figure ?? Figure.text(value, goal.unit), ratio: ratio, holds: value <= goal.limit)
    }

    /// Every goal in the issue's order; one not measured in this run says so.
    var goalRows: [GoalRow] {
        Goal.allCases.map { goal in
            guard let check = checks[goal] else {
                return GoalRow(goal: goal.what, target: goal.target, figure: "not measured", ratio: "", holds: "–")
            }
            return GoalRow(goal: goal.what, target: goal.target, figure: check.figure,
                           ratio: check.ratio.map { Figure.text($0, "×") } ?? "", holds: check.holds ? "✓" : "✗")
        }
    }

    /// The goal table: goal · figure · ratio · holds.
    func printGoals() {
        let rows = goalRows
        print("\nGoals of issues 17 and 18 (\(rows.filter { $0.holds == "✓" }.count) of \(rows.count) hold)")
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        for row in rows {
            print(pad(row.holds, 2) + pad(row.goal, 82) + pad(row.target, 36) + pad(row.figure, 30) + row.ratio)
        }
    }
}
