import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The open measure shows what enrolled cases bind, as gauges with their numbers.
final class BudgetGaugeTests: XCTestCase {
    func testEnrolledCasesFillTheMeasuresGauges() {
        var document = Fixture.document
        for i in 1...60 {
            var c = Case(id: RecordID("c\(i)"), meta: .seed, number: "NRW-2026-0000\(i)")
            c.measureID = "m.h.2019"
            document.cases.put(c)
        }
        var cancelled = Case(id: "cx", meta: .seed, number: "NRW-2026-000099", status: .cancelled)
        cancelled.measureID = "m.h.2019"
        document.cases.put(cancelled)
        var state = AppState(document: document)
        state.lastTick = Date(timeIntervalSince1970: 1_561_852_800) // 2019-06-30: the measure's year
        Fixture.drive(&state, .navigation(.focus(.budgets)), .navigation(.toggleZoom), .navigation(.open))
        let canvas = Fixture.render(state, 100, 30)
        let text = canvas.text()
        // 60 enrolled × 5.000 € = 300.000 € of 1.500.000 € (20 %); 60 of 300 places (20 %).
        XCTAssertTrue(text.contains("300.000 € / ca. 1.500.000 €  20,0 %"), text)
        XCTAssertTrue(text.contains("60 / ca. 300  20,0 %"), "the cancelled case commits nothing")
        XCTAssertTrue(text.contains("█"), "a bar is drawn")
        let bar = (0..<canvas.width).map { canvas[$0, 1] }.filter { $0.glyph == "█" }
        XCTAssertTrue(bar.allSatisfy { $0.role == .gaugeNormal }, "20 % is below the warning threshold")
        let figures = BudgetFigures.figures(document.measures["m.h.2019"]!, in: document)
        XCTAssertEqual(figures.enrolled, 60)
        XCTAssertEqual(figures.committed, .euros(300_000))
    }
}
