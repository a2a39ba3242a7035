import Foundation
import IQTestSupport
import XCTest

/// iq-bench's command line and its written tables (no timings: CI never measures speed).
final class BenchToolTests: XCTestCase {
    static let parts = ["snapshot", "cases", "in-process", "long-text", "partners-200k", "peers", "idle", "terminal", "database"]

    func testHelpNamesEveryPartAndAWrongPartIsAUsageError() throws {
        let bench = try TortureTool.require("iq-bench")
        let help = try XCTUnwrap(TortureTool.run(bench, ["--help"]))
        XCTAssertEqual(help.status, 0, help.output)
        for part in Self.parts { XCTAssertTrue(help.output.contains(part), "--help lacks \(part): \(help.output)") }
        let wrong = try XCTUnwrap(TortureTool.run(bench, ["--only", "nothing"]))
        XCTAssertEqual(wrong.status, 2, wrong.output)
        XCTAssertTrue(wrong.output.contains("no part \"nothing\""), wrong.output)
    }

    /// A run that measures nothing (the peers need the terminal, which is left out) still ends
    /// with every goal of issues 17 and 18, each marked as not measured, on screen, as Markdown and JSON.
    func testEveryGoalIsListedAndAGoalNotMeasuredSaysSo() throws {
        let bench = try TortureTool.require("iq-bench")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-tool-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try XCTUnwrap(TortureTool.run(bench, ["--only", "peers", "--no-terminal", "--markdown", "\(dir)/perf.md", "--json", "\(dir)/perf.json"]))
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("Goals of issues 17 and 18 (0 of 20 hold)"), run.output)

        let markdown = try String(contentsOfFile: "\(dir)/perf.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("| Goal | Target | Figure | Ratio | Holds |"), markdown)
        XCTAssertTrue(markdown.contains("| start to first frame, 100×30, seed data, against less | ≤ 1.30× | not measured |  | – |"), markdown)
        XCTAssertTrue(markdown.contains("with `iq-bench --only peers --no-terminal"), markdown)

        struct File: Decodable {
            struct Goal: Decodable { var goal: String; var holds: String }
            struct Row: Decodable {}
            var results: [Row]
            var goals: [Goal]
        }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: "\(dir)/perf.json")))
        XCTAssertTrue(file.results.isEmpty)
        XCTAssertEqual(file.goals.count, 20)
        XCTAssertEqual(Set(file.goals.map(\.holds)), ["–"])
        XCTAssertTrue(file.goals.contains { $0.goal.contains("200,000 partners: filter keystroke p99") })
        XCTAssertTrue(file.goals.contains { $0.goal.contains("PostgreSQL, 100,000 cases: save one edit") })
    }

    /// Without a server (or without the trait) the database rows say why, with no figures.
    func testTheDatabaseRowsSayWhyTheyWereNotMeasured() throws {
        let bench = try TortureTool.require("iq-bench")
        var environment = ProcessInfo.processInfo.environment
        environment["IQ_BENCH_PG"] = nil
        let run = try XCTUnwrap(TortureTool.run(bench, ["--only", "database", "--quick"], environment: environment))
        XCTAssertEqual(run.status, 0, run.output)
        let why = ["not measured: built without the PostgreSQL trait", "not measured: no server given (--pg CONNSTRING or IQ_BENCH_PG)"]
        XCTAssertTrue(why.contains { run.output.contains("connect to data on screen, 10000 cases from PostgreSQL") && run.output.contains($0) }, run.output)
        XCTAssertTrue(run.output.contains("Goals of issues 17 and 18 (0 of 20 hold)"), run.output)
        let wrong = try XCTUnwrap(TortureTool.run(bench, ["--only", "database", "--pg"]))
        XCTAssertEqual(wrong.status, 2, wrong.output)
        XCTAssertTrue(wrong.output.contains("--pg needs a value"), wrong.output)
    }
}
