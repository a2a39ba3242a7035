import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// `T` in the open case (issue 16 §2 follow-up): every appointment of the case, also one long
/// past or far ahead and of a case that is not mine or has ended, newest first; Enter changes or
/// cancels it in the agenda's own form, Esc goes back to the case. Today is 15.04.2026.
final class CaseAppointmentsTests: XCTestCase, CaseTesting {
    /// Ben's closed case: an appointment last year, a cancelled one, one next year.
    var closedCase: Case {
        var c = makeCase("c.lucia", "NRW-2026-000003", "Lucía", "Fernández", beruf: "", status: .closed, counsellor: "ben")
        c.timeline = [TimelineEntry(day: day(2025, 3, 10), kind: .appointment(channel: .inPerson), note: "Erstgespräch", time: ClockTime(hour: 9, minute: 0)),
                      TimelineEntry(day: day(2026, 4, 1), kind: .status(from: .applied, to: .closed)),
                      TimelineEntry(day: day(2027, 1, 20), kind: .appointment(channel: .video), note: "Nachfrage", time: ClockTime(hour: 11, minute: 0)),
                      TimelineEntry(day: day(2025, 3, 10), kind: .appointment(channel: .phone), time: ClockTime(hour: 15, minute: 0), cancelled: true)]
        return c
    }

    func testTheOpenCaseChangesAnyOfItsAppointmentsInTheAgendasForm() {
        let c = closedCase
        var state = casesState([c])
        state.cases.me = "anna"
        let store = TestStore(state, environment: testEnvironment)
        XCTAssertTrue(Agenda.rows(document(c), me: "anna", range: .nextWeek, today: Self.today).isEmpty, "not in my agenda")
        store.send(.navigation(.open)) { $0[.cases].isDetailOpen = true }
        store.send(.cases(.agenda(.caseAppointments))) {
            $0.cases.agenda = .today
            $0.cases.agendaCase = "c.lucia"
        }
        XCTAssertEqual(Agenda.rows(store.state).map(\.index), [2, 3, 0], "newest first, the later time first on one day")
        store.send(.cases(.agenda(.range(1))))
        store.send(.navigation(.move(.down))) { $0.cases.agendaCursor.selected = 1 }
        store.send(.navigation(.move(.down))) { $0.cases.agendaCursor.selected = 2 }
        // Enter chooses the appointment: the agenda's change form, with what it holds.
        store.send(.navigation(.open)) { $0.form = CaseForm.appointmentForm(c, $0, editing: 0) }
        XCTAssertEqual(store.state.form?.purpose, .changeAppointment("c.lucia", 0))
        XCTAssertEqual(store.state.form?.model(AppointmentForm.self)?.note.value, "Erstgespräch")
        store.fill(\AppointmentForm.time, "9.30")
        if let i = store.state.form?.index(of: \AppointmentForm.cancelled) { store.drive([.form(.focus(i)), .form(.toggle)]) } else { XCTFail("no cancel box") }
        submitCase(store, changed(c) {
            $0.timeline[0] = TimelineEntry(day: day(2025, 3, 10), kind: .appointment(channel: .inPerson), note: "Erstgespräch",
                                           time: ClockTime(hour: 9, minute: 30), cancelled: true)
        })
        XCTAssertEqual(Agenda.rows(store.state).map(\.entry.cancelled), [false, true, true], "still the case's list, the change in it")
        // Esc goes back to the open case.
        store.send(.navigation(.back)) {
            $0.cases.agenda = nil
            $0.cases.agendaCase = nil
            $0.cases.agendaCursor = ListCursor()
        }
        XCTAssertTrue(store.state[.cases].isDetailOpen, "the case is still open")
    }

    func testACaseWithoutAppointmentsListsNoneAndTGoesBack() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "")
        let store = casesStore([c])
        store.send(.cases(.agenda(.caseAppointments))) {
            $0.cases.agenda = .today
            $0.cases.agendaCase = "c.olena"
        }
        XCTAssertTrue(Agenda.rows(store.state).isEmpty)
        store.send(.cases(.agenda(.change)))
        store.send(.cases(.agenda(.toggle))) {
            $0.cases.agenda = nil
            $0.cases.agendaCase = nil
        }
        // Nothing selected (an empty list): T does nothing.
        let empty = casesStore([])
        empty.send(.cases(.agenda(.caseAppointments)))
    }

    private func document(_ c: Case) -> Document { Document(cases: [c]) }
}
