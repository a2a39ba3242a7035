import XCTest
@testable import IQCore
@testable import IQTUI

/// The statistics view charts every coded breakdown, with the counts suppressed as elsewhere.
final class StatisticsCodedViewTests: XCTestCase {
    func testTheCodedBreakdownsAreChartedWithSuppressedCounts() {
        var document = Fixture.document
        // Seven alike, two alike and one: the two small cells cannot be told apart from the total.
        for n in 0..<10 {
            let group = n < 7 ? 0 : (n < 9 ? 1 : 2)
            var c = Case(id: RecordID("c\(n)"), meta: .seed, number: "NRW-2025-00020\(n)")
            c.person.firstName = "Zofia"
            c.person.sex = [Sex.female, .male, .diverse][group]
            c.nationality = ["UA", "TR", "Freitext Person"][group]
            c.residenceStatus = [ResidenceStatus.temporaryProtection24, .toleration, .asylumProcedure][group]
            c.germanLevel = [GermanLevel.b1, .a2, .c2][group]
            c.benefits = [Benefits.sgbII, .sgbIII, .asylbLG][group]
            c.cameVia = [ReferralSource.jobcenter, .internet, .other][group]
            c.counsellingChannel = [Channel.inPerson, .phone, .video][group]
            c.counsellingResult = [CounsellingResult.applicationRecommended, .notPossibleNow, .other][group]
            c.timeline = [TimelineEntry(day: Day(year: 2025, month: 3, day: 4) ?? .endOfYear(2025), kind: .appointment(channel: .phone))]
            document.cases.put(c)
        }
        let state = AppState(document: document, language: .de, options: AppState.Options(ascii: false, mouse: true))
        let lines = StatisticsView.lines(state, year: 2025)
        for title in ["Nach Staatsangehörigkeit", "Nach Aufenthaltsstatus", "Nach Deutschkenntnissen", "Nach Leistungsbezug", "Nach Geschlecht",
                      "Nach Zugang", "Nach Beratungsform", "Nach Beratungsergebnis"] {
            XCTAssertTrue(lines.contains(StatisticsLine(.subheading(title))), title)
        }
        let bars = lines.compactMap { line -> BarChart.Bar? in
            if case .bar(let chart, let row) = line.kind { return chart.bars[row] }
            return nil
        }
        XCTAssertEqual(bars.first { $0.label == "Ukraine" }?.text, "7")
        XCTAssertEqual(bars.first { $0.label == "Duldung (§ 60a AufenthG)" }?.text, "<5")
        XCTAssertEqual(bars.first { $0.label == "männlich" }?.text, "<5")
        XCTAssertEqual(bars.first { $0.label == "derzeit nicht möglich" }?.text, "<5")
        XCTAssertFalse(bars.contains { $0.label.contains("Freitext Person") || $0.label.contains("Zofia") }, "no typed text, no name")
    }
}
