import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The budget pane at a glance (issue 16 §6): one year, a readable gauge per measure, and a
/// pane that says how to start while nothing is recorded.
final class BudgetGlanceScreenTests: XCTestCase {
    /// The measures of Fixture.document with nothing recorded, the pane focused and zoomed.
    func fresh(language: Language = .de, ascii: Bool = false) -> AppState {
        var s = AppState(document: Fixture.document, language: language, options: AppState.Options(ascii: ascii, mouse: true))
        s.lastTick = Date(timeIntervalSince1970: 1_561_852_800) // 2019-06-30
        Fixture.drive(&s, .navigation(.focus(.budgets)), .navigation(.toggleZoom))
        return s
    }

    /// 120 cases enrolled in the 2019 health measure and one payment, zoomed.
    func busy() -> AppState {
        var s = fresh()
        for i in 0..<120 {
            var c = Case(id: RecordID("c\(i)"), meta: .seed, number: "NRW-2019-\(i)", status: .qualification)
            c.measureID = "m.h.2019"
            c.providerID = "p.mozaik"
            c.timeline = [TimelineEntry(day: Day(year: 2019, month: 3, day: 1)!, kind: .appointment(channel: .inPerson))]
            s.document.cases.put(c)
        }
        s.document.payments.put(Payment(id: "pay1", meta: .seed, measureID: "m.h.2019", providerID: "p.mozaik",
                                        day: Day(year: 2019, month: 4, day: 1)!, amount: .euros(1_350_000), reference: "Abschlag 1/2019"))
        return s
    }

    func testZoomedRowsHaveAGaugeOfAtLeastTwentyCells() {
        for (width, height) in [(80, 24), (200, 50)] {
            let canvas = Fixture.render(busy(), width, height)
            assertGolden(canvas, "budgets-glance-\(width)x\(height)")
            let lines = canvas.text().split(separator: "\n")
            let row = lines.first { $0.contains("Qualifizierung") && $0.contains("40,0 %") }.map(String.init) ?? ""
            let cells = row.filter { FillBar.eighths.dropFirst().contains(String($0)) }.count
            XCTAssertGreaterThanOrEqual(cells, 8, "40 % of at least 20 cells: \(row)")
            // The bar's room: from the first block to the percentage.
            let chars = Array(row)
            let start = chars.firstIndex { FillBar.eighths.dropFirst().contains(String($0)) } ?? 0
            let end = (row.range(of: "40,0 %").map { row.distance(from: row.startIndex, to: $0.lowerBound) } ?? 0)
            XCTAssertGreaterThanOrEqual(end - start, BudgetsPane.zoomedBarCells, "\(width)×\(height): \(row)")
        }
    }

    func testNothingRecordedSaysHowToStart() {
        let canvas = Fixture.render(fresh(), 80, 24)
        assertGolden(canvas, "budgets-nothing-recorded-80x24")
        let text = canvas.text()
        XCTAssertTrue(text.contains("Noch nichts erfasst"), text)
        XCTAssertTrue(text.contains("Zahlung buchen: Maßnahme wählen, b drücken."), text)
        XCTAssertTrue(text.contains("Fall einschreiben: Fälle (3), e, Feld „Qualifizierungsmaßnahme“."), text)
        XCTAssertFalse(text.contains("0,0 %"), "no wall of zero gauges")
        XCTAssertTrue(text.contains("Förderperiode 2019–2022"), "the funding period stays")
        var en = fresh(language: .en)
        Fixture.drive(&en, .navigation(.open))
        let open = Fixture.render(en, 110, 34).text()
        XCTAssertFalse(open.contains("0.0%"), "no zero gauges above the open measure either")
        XCTAssertTrue(open.contains("nothing recorded yet"), "the forecast says so instead of “year over”")
        XCTAssertFalse(open.contains("year over, not used up"), open)
    }

    func testStatisticsSayWhichYearACaseCountsIn() {
        var s = busy()
        Fixture.drive(&s, .budgets(.cycleView(-1)))
        let text = Fixture.render(s, 200, 50).text()
        XCTAssertTrue(text.contains("Statistik (2019)"), text)
        XCTAssertTrue(text.contains("Fälle 2019: gezählt nach dem Jahr ihrer Erstberatung"), text)
    }

    /// A coordinator on a database reads no case: the pane says enrolments are hidden from the
    /// role instead of "no case enrolled", and keeps the payments' own start.
    func testARoleWithoutCasesIsToldEnrolmentsAreHidden() {
        for state in [fresh(), busy()] {
            var s = state
            s.store.access = StoreAccess(readOnlyKinds: [.case])
            s.document.cases = RecordTable()
            let text = Fixture.render(s, 120, 40).text()
            XCTAssertTrue(text.contains("Ihre Rolle sieht keine Fälle"), text)
            XCTAssertFalse(text.contains("kein Fall in einer Maßnahme"), text)
        }
        XCTAssertTrue(Fixture.render(fresh(), 120, 40).text().contains("kein Fall in einer Maßnahme"), "a data file says it as before")
    }
}
