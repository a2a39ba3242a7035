import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The budget pane as a coordinator sees it: the field of action summed above the measures,
/// meters in every row with their percentages, the views and the year in the frame's edge.
final class BudgetScreenTests: XCTestCase {
    /// 120 cases enrolled in the health measure (600.000 € of 1.500.000 €, 40 %), one payment.
    func state(ascii: Bool = false, language: Language = .de) -> AppState {
        var document = Fixture.document
        for i in 0..<120 {
            var c = Case(id: RecordID("c\(i)"), meta: .seed, number: "NRW-2019-\(i)", status: .qualification)
            c.measureID = "m.h.2019"
            c.providerID = "p.mozaik"
            document.cases.put(c)
        }
        document.payments.put(Payment(id: "pay1", meta: .seed, measureID: "m.h.2019", providerID: "p.mozaik",
                                      day: Day(year: 2019, month: 4, day: 1)!, amount: .euros(1_350_000), reference: "Abschlag 1/2019"))
        var state = AppState(document: document, language: language, options: AppState.Options(ascii: ascii, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_561_852_800) // 2019-06-30: the health measure's year
        Fixture.drive(&state, .navigation(.focus(.budgets)), .navigation(.toggleZoom))
        return state
    }

    func testMeasuresViewShowsTheFieldSumsAndAMeterPerRow() {
        let canvas = Fixture.render(state(), 110, 30)
        assertGolden(canvas, "budgets-measures-110x30")
        let text = canvas.text()
        // One year (today's, 2019), not the years summed.
        XCTAssertTrue(text.contains("Anpassungs- und Nachqualifizierung (1 Maßnahme)"), text)
        XCTAssertTrue(text.contains("600.000 € / ca. 1.500.000 €  40,0 %"), text)
        XCTAssertTrue(text.contains("1.350.000 € / ca. 1.500.000 €  90,0 %"), text)
        XCTAssertTrue(text.contains("120 / ca. 300  40,0 %"), text)
        XCTAssertFalse(text.contains("Ohne Angaben"), "the 2020 measure is not in 2019")
        XCTAssertTrue(text.contains("Maßnahmen · 2019 · y/Y Jahr · v Ansicht"), "the view and year in the frame's edge")
        // The row: its gauge, then committed, spent, allocation and places.
        let row = text.split(separator: "\n").first { $0.contains("Qualifizierung") && $0.contains("%") } ?? ""
        for cell in ["40,0 %", "600.000 €", "1.350.000 €", "ca. 1.500.000 €", "120 / 300"] { XCTAssertTrue(row.contains(cell), "\(cell) in \(row)") }
        // The spent meter at 90 % is in the warning band, in the row and in the summary.
        let warned = (0..<canvas.height).flatMap { y in (0..<canvas.width).map { canvas[$0, y] } }.filter { $0.role == .gaugeWarning }
        XCTAssertFalse(warned.isEmpty)
    }

    func testUnknownFiguresReadUnknownNotZero() {
        var s = state()
        Fixture.drive(&s, .budgets(.cycleYear(1)))
        let text = Fixture.render(s, 110, 30).text()
        let row = text.split(separator: "\n").first { $0.contains("Ohne Angaben") } ?? ""
        XCTAssertTrue(row.contains("unbekannt"), String(row))
        XCTAssertFalse(row.contains("0,0 %"), String(row))
    }

    func testAsciiAndNarrowPanesKeepTheNumbers() {
        var s = state(ascii: true)
        Fixture.drive(&s, .navigation(.toggleZoom))
        let canvas = Fixture.render(s, 80, 24)
        let text = canvas.text()
        XCTAssertFalse(text.contains("█"), "no block characters in ASCII mode")
        XCTAssertTrue(text.contains("40,0 %"), text)
    }

    func testOpenMeasureShowsGaugesForecastAndPayments() {
        var s = state(language: .en)
        s.lastTick = Date(timeIntervalSince1970: 1_561_852_800) // 2019-06-30
        Fixture.drive(&s, .navigation(.open))
        let text = Fixture.render(s, 110, 34).text()
        XCTAssertTrue(text.contains("€600,000 / approx. €1,500,000  40.0%"), text)
        XCTAssertTrue(text.contains("€1,350,000 / approx. €1,500,000  90.0%"), text)
        // 120 enrolled by the end of June: 20 a month; 180 places and 900.000 € left → 9 months.
        XCTAssertTrue(text.contains("Enrolments per month so far  20.0"), text)
        XCTAssertTrue(text.contains("Forecast Money               last to the end of the year"), text)
        XCTAssertTrue(text.contains("2019-04-01 €1,350,000 MOZAIK gGmbH Abschlag 1/2019"), text)
    }

    func testPaymentsAndProviderViews() {
        var s = state()
        Fixture.drive(&s, .budgets(.cycleView(1)))
        var text = Fixture.render(s, 110, 30).text()
        XCTAssertTrue(text.contains("01.04.2019"), text)
        XCTAssertTrue(text.contains("1.350.000 €"), text)
        XCTAssertTrue(text.contains("Zahlungen · 2019"), text)
        Fixture.drive(&s, .budgets(.cycleView(1)))
        text = Fixture.render(s, 110, 30).text()
        let row = text.split(separator: "\n").first { $0.contains("MOZAIK gGmbH") } ?? ""
        XCTAssertTrue(row.contains("120") && row.contains("600.000 €") && row.contains("1.350.000 €"), String(row))
    }

    func testYearSelectorNarrowsTheListAndTheSums() {
        var s = state()
        Fixture.drive(&s, .budgets(.cycleYear(1)))
        let text = Fixture.render(s, 110, 30).text()
        XCTAssertTrue(text.contains("Maßnahmen · 2020"), text)
        XCTAssertFalse(text.contains("Gesundheitsberufe"), text)
        XCTAssertTrue(text.contains("(1 Maßnahme)"), text)
        XCTAssertTrue(text.contains("Förderperiode 2019–2022 beantragt (Stand 20.09.2018)"), "the year's funding period above the meters")
    }

    func testFundingPeriodsStandAboveTheMeasures() {
        var s = state()
        XCTAssertTrue(Fixture.render(s, 110, 30).text().contains("Förderperiode 2019–2022 beantragt (Stand 20.09.2018)"))
        var en = state(language: .en)
        Fixture.drive(&en, .budgets(.cycleYear(1)))
        XCTAssertTrue(Fixture.render(en, 110, 30).text().contains("Funding period 2019–2022 applied for (as of 2018-09-20)"))
        // A year outside the slides' periods gets no period line.
        s.document.measures.put(Measure(id: "m.late", name: "Spät", fieldOfAction: .qualification, providerIDs: [], year: 2030,
                                        allocation: nil, plannedParticipants: nil, costPerParticipant: nil, isApproximate: false))
        for _ in 0..<10 where s.budgets.year != 2030 { Fixture.drive(&s, .budgets(.cycleYear(1))) }
        XCTAssertEqual(s.budgets.year, 2030)
        XCTAssertFalse(Fixture.render(s, 110, 30).text().contains("Förderperiode"))
    }

    func testStatisticsViewReportsHowFarItCanScroll() throws {
        var s = state()
        Fixture.drive(&s, .budgets(.cycleView(-1)))
        XCTAssertEqual(s.budgets.view, .statistics)
        let size = Size(width: 110, height: 30)
        let top = Screen.render(s, size: size, view: ViewState())
        XCTAssertTrue(top.canvas.text().contains("Fälle (anonymisiert): 120"), top.canvas.text())
        let end = try XCTUnwrap(top.view.scrollEnd)
        XCTAssertGreaterThan(end, 0)
        for _ in 0..<50 { Fixture.drive(&s, .navigation(.scrollDetail(by: 10, limit: end))) }
        XCTAssertEqual(s[.budgets].detailScroll, end, "the position stops at the last page the view can show")
        let bottom = Screen.render(s, size: size, view: top.view)
        XCTAssertEqual(bottom.view.scrollEnd, end)
        XCTAssertNotEqual(bottom.canvas.text(), top.canvas.text())
        Fixture.drive(&s, .navigation(.scrollDetail(by: -10, limit: end)))
        XCTAssertEqual(s[.budgets].detailScroll, end - 10, "the way up starts at once")
    }

    func testHelpListsTheBudgetKeys() {
        var s = state()
        Fixture.drive(&s, .help(.toggle))
        let text = Fixture.render(s, 120, 40).text()
        XCTAssertTrue(text.contains("Zahlung zur Maßnahme buchen"), text)
        XCTAssertTrue(text.contains("Nächstes / voriges Jahr"), text)
    }
}
