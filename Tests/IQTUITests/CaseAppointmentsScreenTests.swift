import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// One case's appointments (`T` in the open case) at 80×24, and what a chosen site or Träger
/// does, shown under the case filter's site and the payment form's Träger (issue 16 §2, §5).
final class CaseAppointmentsScreenTests: XCTestCase {
    private let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    private func state(_ document: Document) -> AppState {
        var state = AppState(document: document, language: .de, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_254_400) // 15.04.2026, noon UTC
        return state
    }

    private func press(_ key: Key, _ s: inout AppState) {
        guard let action = KeyMap.action(for: key, in: s, layout: layout) else { return XCTFail("\(key) is unbound") }
        Fixture.drive(&s, action)
    }

    func testTheOpenCaseListsItsAppointmentsNewestFirst() {
        var olena = CaseScreenTests.olena
        olena.timeline += [
            TimelineEntry(day: Day(year: 2025, month: 11, day: 3)!, kind: .appointment(channel: .inPerson), note: "Erstgespräch", time: ClockTime(hour: 9, minute: 0), minutes: 45),
            TimelineEntry(day: Day(year: 2026, month: 9, day: 7)!, kind: .appointment(channel: .phone), note: "Bescheid besprechen", time: ClockTime(hour: 10, minute: 30), cancelled: true),
        ]
        var document = Fixture.document
        document.cases = RecordTable([olena, CaseScreenTests.mehmet])
        var s = state(document)
        Fixture.drive(&s, .navigation(.focus(.cases)), .navigation(.open))
        XCTAssertTrue(StatusHints.fit(s, width: 200).contains("T:Termine"), StatusHints.fit(s, width: 200))
        press(.char("T"), &s)
        let screen = Fixture.render(s, 80, 24)
        assertGolden(screen, "case-appointments-80x24")
        let text = screen.text()
        XCTAssertTrue(text.contains("Termine von NRW-2026-000001"), text)
        XCTAssertTrue(text.contains("Mo 07.09.2026"), text)
        XCTAssertTrue(text.contains("Mo 03.11.2025"), text)
        XCTAssertTrue(text.contains("Enter:Bearbeiten"), text)
        XCTAssertFalse(text.contains("Olena"), "no names in the list")
        Fixture.drive(&s, .navigation(.toggleZoom))
        let zoomed = Fixture.render(s, 80, 24).text()
        XCTAssertTrue(zoomed.contains("Telefon") && zoomed.contains("ABGESAGT – Bescheid besprechen"), zoomed)
        Fixture.drive(&s, .navigation(.toggleZoom))
        // Down to the oldest, Enter: the agenda's change form for it.
        press(.end, &s)
        press(.enter, &s)
        XCTAssertEqual(s.form?.model(AppointmentForm.self)?.note.value, "Erstgespräch")
        XCTAssertEqual(s.form?.title, "Termin ändern für NRW-2026-000001")
        press(.escape, &s)
        press(.escape, &s)
        XCTAssertNil(s.cases.agendaCase)
        XCTAssertTrue(s[.cases].isDetailOpen, "back in the open case")
    }

    func testTheCaseFiltersSiteSaysWhatTheSiteDoes() throws {
        var s = state(Seed.document)
        Fixture.drive(&s, .navigation(.focus(.cases)), .cases(.openFilter))
        let i = try XCTUnwrap(s.form?.index(of: \CaseFilterForm.site))
        Fixture.drive(&s, .form(.focus(i)), .form(.choose(1)))
        let id = try XCTUnwrap(s.form?.model(CaseFilterForm.self)?.site.value)
        assertSays(CaseForm.about(site: id, s), s, golden: "case-filter-site-about-80x24")
    }

    func testThePaymentFormsTraegerSaysWhatItDoes() throws {
        var s = state(Fixture.document)
        Fixture.drive(&s, .navigation(.focus(.budgets)), .budgets(.bookPayment))
        let i = try XCTUnwrap(s.form?.index(of: \PaymentEditorForm.provider))
        Fixture.drive(&s, .form(.focus(i)))
        if s.form?.model(PaymentEditorForm.self)?.provider.value == nil { Fixture.drive(&s, .form(.choose(1))) }
        let id = try XCTUnwrap(s.form?.model(PaymentEditorForm.self)?.provider.value)
        assertSays(CaseForm.about(partner: id, s), s, golden: "payment-provider-about-80x24")
    }

    /// The case form's Träger says what the highlighted one does, as the payment's does.
    func testTheCaseFormsTraegerSaysWhatItDoes() throws {
        var s = state(Seed.document)
        Fixture.drive(&s, .navigation(.focus(.cases)), .cases(.newCase))
        let measures = try XCTUnwrap(s.form?.model(CaseEditorForm.self)?.measure.values.compactMap { $0 })
        let measure = try XCTUnwrap(measures.first { m in !(s.document.measures[m]?.providerIDs.isEmpty ?? true) })
        s.form?.edit(CaseEditorForm.self) { form in form.measure.select(measure) }
        let i = try XCTUnwrap(s.form?.index(of: \CaseEditorForm.provider))
        Fixture.drive(&s, .form(.focus(i)), .form(.choose(1)))
        let id = try XCTUnwrap(s.form?.model(CaseEditorForm.self)?.provider.value)
        let about = CaseForm.about(partner: id, s)
        XCTAssertFalse(about.isEmpty)
        let lines = FormView.layout(try XCTUnwrap(s.form), s, valueWidth: 60, ascii: false).map(\.text).joined(separator: " ")
        XCTAssertTrue(lines.contains(String(about.prefix(20))), lines)
    }

    /// The form on screen says what the highlighted choice does, under it.
    private func assertSays(_ about: String, _ s: AppState, golden: String, line: UInt = #line) {
        XCTAssertFalse(about.isEmpty, line: line)
        let screen = Fixture.render(s, 80, 24)
        assertGolden(screen, golden, line: line)
        XCTAssertTrue(screen.text().contains(String(about.prefix(20))), screen.text(), line: line)
    }
}
