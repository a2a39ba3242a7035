import Foundation
import XCTest
import IQCore
@testable import IQTUI

/// The open case shows the procedure's dates and the Bescheid's details in their groups.
final class CaseDetailProgressTests: XCTestCase {
    func testTheDetailsShowInTheirGroups() {
        var c = Case(id: "c.1", meta: RecordMeta(revision: 1, modifiedAt: Date(), modifiedBy: "x"), number: "NRW-2026-000001", status: .qualification)
        c.decision = .partial
        c.decisionDate = Day(year: 2026, month: 5, day: 1)
        c.firstCounsellingDate = Day(year: 2026, month: 1, day: 5)
        c.recognition.fileCompleteDate = Day(year: 2026, month: 2, day: 1)
        c.recognition.compensation = .adaptationCourse
        c.recognition.adaptationMonths = 6
        c.recognition.grant = .granted
        c.recognition.grantAmount = .euros(600)
        c.recognition.fees = Money(cents: 18_750)
        c.recognition.qualificationStart = Day(year: 2026, month: 6, day: 1)
        let state = AppState(document: Document(cases: [c]))
        let lines = CasesPane.detail(c, state).lines
        func value(_ label: String) -> String? { lines.first { $0.label == label }?.value }
        XCTAssertEqual(value("Bescheid"), "teilweise Gleichwertigkeit, 01.05.2026")
        XCTAssertEqual(value("Ausgleichsmaßnahme"), "Anpassungslehrgang, 6 Monate")
        XCTAssertEqual(value("Anerkennungszuschuss"), "bewilligt, 600 €")
        XCTAssertEqual(value("Gebühren (€)"), "187,50 €")
        XCTAssertEqual(value("Unterlagen vollständig"), "01.02.2026")
        XCTAssertEqual(value("Erstberatung am"), "05.01.2026")
        XCTAssertEqual(value("Maßnahme begonnen am"), "01.06.2026")
        XCTAssertEqual(value("Verfahren ruht seit"), "–", "empty as every empty field")
        // In their groups: the Bescheid's details under "Beruf und Anerkennung", the start under "Qualifizierung".
        let labels = lines.map(\.label)
        let index = { (l: String) in labels.firstIndex(of: l) ?? -1 }
        XCTAssertTrue(index("Beruf und Anerkennung") < index("Ausgleichsmaßnahme") && index("Ausgleichsmaßnahme") < index("Beratung"))
        XCTAssertTrue(index("Beratung") < index("Erstberatung am") && index("Qualifizierung") < index("Maßnahme begonnen am"))
    }

    /// The `w` form at the Bescheid: the result, the Ausgleichsmaßnahme, its months, the day the
    /// file was complete and the fees under the step and its day.
    func testTheBescheidStepForm() {
        var c = Case(id: "c.1", meta: RecordMeta(revision: 1, modifiedAt: Date(), modifiedBy: "x"), number: "NRW-2026-000001", status: .applied)
        c.applicationDate = Day(year: 2026, month: 3, day: 1)
        var state = AppState(document: Document(cases: [c]), language: .de, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_254_400) // 15.04.2026
        Fixture.drive(&state, .navigation(.focus(.cases)))
        Fixture.drive(&state, .cases(.stepStatus))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "case-step-bescheid-80x24")
        let text = canvas.text()
        for label in ["Bescheid erhalten", "Bescheid", "Ausgleichsmaßnahme", "Lehrgangsdauer (Monate)", "Unterlagen vollständig", "Gebühren (€)"] {
            XCTAssertTrue(text.contains(label), label)
        }
    }
}
