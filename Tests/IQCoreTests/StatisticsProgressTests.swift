import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The breakdowns by result, Ausgleichsmaßnahme and Anerkennungszuschuss: every value in a fixed
/// order, "not recorded" for the rest, and the small-count suppression of every breakdown.
final class StatisticsProgressTests: XCTestCase, CaseTesting {
    func document() -> Document {
        var cases: [Case] = []
        func add(_ n: Int, _ change: (inout Case) -> Void) {
            for _ in 0..<n {
                var c = makeCase(RecordID("c.\(cases.count)"), "NRW-2026-\(100_000 + cases.count)", "A", "B", beruf: "")
                c.timeline = [TimelineEntry(day: day(2026, 3, 1), kind: .appointment(channel: .inPerson))]
                change(&c)
                cases.append(c)
            }
        }
        add(6) {
            $0.decision = .partial
            $0.recognition.compensation = .adaptationCourse
            $0.recognition.grant = .granted
        }
        add(2) {
            $0.decision = .partial
            $0.recognition.compensation = .knowledgeTest
            $0.recognition.grant = .refused
        }
        add(5) { $0.decision = .full }
        add(1) { $0.decision = .zabStatement }
        add(6) { _ in }
        return Document(cases: cases)
    }

    func counts(_ b: CaseBreakdown?) -> [String: Int] { Dictionary(uniqueKeysWithValues: (b?.categories ?? []).map { ($0.key, $0.count) }) }

    func testByResult() {
        let b = CaseStatistics.compute(document(), year: nil, language: .de).breakdown(.decision)
        XCTAssertEqual(b?.categories.map(\.key), ["full", "partial", "none", "zabStatement", CaseStatistics.unknownKey], "every result, in order")
        XCTAssertEqual(b?.categories.map(\.label), ["volle Gleichwertigkeit", "teilweise Gleichwertigkeit", "keine Gleichwertigkeit",
                                                    "Zeugnisbewertung (ZAB)", "nicht erfasst"])
        XCTAssertEqual(b?.categories.map(\.count), [5, 8, 0, 1, 6])
        // The one ZAB statement is "<5"; beside it as many others are withheld as it takes that it
        // cannot be worked out from the total (5 + 1 = 6 would give it away; 5 + 6 + 1 does not).
        XCTAssertEqual(b?.categories.map(\.shown), [.withheld, .count(8), .count(0), .belowThreshold, .withheld])
        XCTAssertEqual(b?.total, .count(20))
        XCTAssertEqual(CaseBreakdown.Dimension.decision.title.text(.de), "Nach Ergebnis (Bescheid, ZAB)")
    }

    func testByCompensationAndGrant() {
        let stats = CaseStatistics.compute(document(), year: nil, language: .en)
        let compensation = stats.breakdown(.compensation)
        XCTAssertEqual(compensation?.categories.map(\.key), ["adaptationCourse", "knowledgeTest", "aptitudeTest", CaseStatistics.unknownKey])
        XCTAssertEqual(counts(compensation), ["adaptationCourse": 6, "knowledgeTest": 2, "aptitudeTest": 0, CaseStatistics.unknownKey: 12])
        XCTAssertEqual(compensation?.categories[1].shown, .belowThreshold)
        XCTAssertEqual(compensation?.categories[1].label, "knowledge test")
        let grant = stats.breakdown(.grant)
        XCTAssertEqual(grant?.categories.map(\.key), ["applied", "granted", "refused", CaseStatistics.unknownKey])
        XCTAssertEqual(counts(grant), ["applied": 0, "granted": 6, "refused": 2, CaseStatistics.unknownKey: 12])
        XCTAssertEqual(grant?.total, .count(20), "every breakdown covers every case")
    }

    func testTheStatsReportCarriesThem() {
        let text = StatsReport.text(document(), year: nil, language: .de)
        for heading in ["Nach Ergebnis (Bescheid, ZAB)", "Nach Ausgleichsmaßnahme", "Nach Anerkennungszuschuss", "Anpassungslehrgang", "bewilligt"] {
            XCTAssertTrue(text.contains(heading), heading)
        }
    }
}
