import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The agenda (issue 16 §2): my appointments today / this week / next week, Enter opening the
/// case, `e` changing or cancelling an appointment. Today is Wednesday 15.04.2026.
final class AgendaTests: XCTestCase, CaseTesting {
    func testWeeksRunMondayToSunday() {
        XCTAssertEqual(day(2026, 4, 15).weekday, 2, "a Wednesday")
        XCTAssertEqual(day(1970, 1, 1).weekday, 3)
        XCTAssertEqual(day(2026, 12, 31).adding(days: 1), day(2027, 1, 1))
        XCTAssertEqual(day(2028, 2, 28).adding(days: 1), day(2028, 2, 29))
        XCTAssertEqual(AgendaRange.thisWeek.days(around: day(2026, 4, 15)), day(2026, 4, 13)...day(2026, 4, 19))
        XCTAssertEqual(AgendaRange.nextWeek.days(around: day(2026, 4, 19)), day(2026, 4, 20)...day(2026, 4, 26), "Sunday still this week")
        XCTAssertEqual(AgendaRange.today.days(around: day(2026, 4, 15)), day(2026, 4, 15)...day(2026, 4, 15))
    }

    /// Anna's open cases with appointments this week and next; Ben's and a closed one of hers.
    var agendaCases: [Case] {
        var olena = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied, counsellor: "anna")
        olena.timeline = [TimelineEntry(day: day(2026, 4, 15), kind: .appointment(channel: .video), note: "Zeugnisse", time: ClockTime(hour: 14, minute: 0), minutes: 60),
                          TimelineEntry(day: day(2026, 4, 22), kind: .appointment(channel: .phone), time: ClockTime(hour: 9, minute: 30))]
        var jan = makeCase("c.jan", "NRW-2026-000004", "Jan", "Nowak", beruf: "Altenpfleger/in", status: .qualification, counsellor: "anna")
        jan.timeline = [TimelineEntry(day: day(2026, 4, 15), kind: .appointment(channel: .inPerson), time: ClockTime(hour: 10, minute: 0)),
                        TimelineEntry(day: day(2026, 4, 17), kind: .appointment(channel: .phone), cancelled: true)]
        let ben = makeCase("c.mehmet", "NRW-2026-000002", "Mehmet", "Demir", beruf: "", counsellor: "ben", appointments: [day(2026, 4, 15)])
        let closed = makeCase("c.lucia", "NRW-2026-000003", "Lucía", "Fernández", beruf: "", status: .closed, counsellor: "anna", appointments: [day(2026, 4, 16)])
        return [olena, ben, closed, jan]
    }

    func agendaStore() -> TestStore {
        var state = casesState(agendaCases)
        state.cases.me = "anna"
        return TestStore(state, environment: testEnvironment)
    }

    func testTheAgendaListsMyAppointmentsByDayAndTime() {
        let store = agendaStore()
        store.send(.cases(.agenda(.toggle))) { $0.cases.agenda = .today }
        XCTAssertEqual(Agenda.rows(store.state).map(\.number), ["NRW-2026-000004", "NRW-2026-000001"], "10:00 before 14:00; Ben's case is not mine")
        store.send(.cases(.agenda(.range(1)))) { $0.cases.agenda = .thisWeek }
        // The closed case's appointment is gone; the cancelled one stays, marked.
        XCTAssertEqual(Agenda.rows(store.state).map { "\($0.number) \($0.entry.day.day) \($0.entry.cancelled)" },
                       ["NRW-2026-000004 15 false", "NRW-2026-000001 15 false", "NRW-2026-000004 17 true"])
        store.send(.cases(.agenda(.range(1)))) { $0.cases.agenda = .nextWeek }
        XCTAssertEqual(Agenda.rows(store.state).map(\.number), ["NRW-2026-000001"])
        store.send(.cases(.agenda(.range(1))))
        XCTAssertEqual(store.state.cases.agenda, .nextWeek, "stops at the end")
        // Without a configured counsellor every case's appointments.
        XCTAssertEqual(Agenda.rows(Document(cases: agendaCases), me: "", range: .today, today: day(2026, 4, 15)).count, 3)
    }

    func testEnterOpensTheCaseEvenBehindAFilter() {
        let store = agendaStore()
        store.send(.cases(.setFilter(CaseFilter(status: .applied)))) { $0.cases.filter = CaseFilter(status: .applied) }
        store.send(.cases(.agenda(.toggle))) { $0.cases.agenda = .today }
        store.send(.navigation(.move(.down))) { $0.cases.agendaCursor.selected = 1 }
        store.send(.navigation(.move(.up))) { $0.cases.agendaCursor.selected = 0 }
        // Jan's case (10:00) is in Qualifizierung, hidden by the filter: the filter goes.
        store.send(.navigation(.open)) {
            $0.cases.agenda = nil
            $0.cases.filter = CaseFilter()
            $0[.cases].cursor.selected = 3
            $0[.cases].isDetailOpen = true
        }
        XCTAssertEqual(CaseReducer.selected(store.state)?.id, "c.jan")
        // t shows the agenda again, Esc leaves it.
        store.send(.cases(.agenda(.toggle))) {
            $0.cases.agenda = .today
            $0[.cases].isDetailOpen = false
        }
        store.send(.navigation(.back)) { $0.cases.agenda = nil }
    }

    func testEChangesAndCancelsTheSelectedAppointment() {
        let store = agendaStore()
        let olena = agendaCases[0]
        store.send(.cases(.agenda(.toggle))) { $0.cases.agenda = .today }
        store.send(.navigation(.move(.down))) { $0.cases.agendaCursor.selected = 1 }
        store.send(.cases(.agenda(.change))) { $0.form = CaseForm.appointmentForm(olena, $0, editing: 0) }
        let form = store.state.form?.model(AppointmentForm.self)
        XCTAssertEqual(store.state.form?.purpose, .changeAppointment("c.olena", 0))
        XCTAssertEqual(store.state.form?.title, "Termin ändern für NRW-2026-000001")
        XCTAssertEqual([form?.day.value, form?.time.value, form?.duration.value, form?.note.value], ["15.04.2026", "14:00", "60", "Zeugnisse"])
        XCTAssertEqual(form?.channel.value, .video)
        store.fill(\AppointmentForm.time, "25:00")
        store.send(.form(.submit)) { $0.expectRefused(focus: \AppointmentForm.time) { $0.time.control.error = CaseText.formBadTime } }
        store.fill(\AppointmentForm.time, "15:30")
        store.fill(\AppointmentForm.duration, "0")
        store.send(.form(.submit)) { $0.expectRefused(focus: \AppointmentForm.duration) { $0.duration.control.error = CaseText.formBadDuration } }
        store.fill(\AppointmentForm.duration, "45")
        if let i = store.state.form?.index(of: \AppointmentForm.cancelled) { store.drive([.form(.focus(i)), .form(.toggle)]) } else { XCTFail("no cancel box") }
        submitCase(store, changed(olena) {
            $0.timeline[0] = TimelineEntry(day: day(2026, 4, 15), kind: .appointment(channel: .video), note: "Zeugnisse",
                                           time: ClockTime(hour: 15, minute: 30), minutes: 45, cancelled: true)
        })
        XCTAssertTrue(store.state.cases.agenda != nil, "still in the agenda")
        XCTAssertEqual(Agenda.rows(store.state).map(\.entry.cancelled), [false, true], "the cancelled one stays, marked")
    }

    func testANewAppointmentTakesTimeAndDurationAndIsNeverCancelled() {
        let c = agendaCases[0]
        let store = casesStore([c])
        select("c.olena", store)
        store.send(.cases(.addAppointment)) { $0.form = CaseForm.appointmentForm(c, $0) }
        XCTAssertEqual(store.state.form?.model(AppointmentForm.self)?.cancelled.isOn, false, "a new one is not cancelled")
        store.fill(\AppointmentForm.time, "8:15")
        store.fill(\AppointmentForm.duration, "30")
        submitCase(store, changed(c) {
            $0.timeline.append(TimelineEntry(day: Self.today, kind: .appointment(channel: .inPerson), time: ClockTime(hour: 8, minute: 15), minutes: 30))
        })
    }

    func testTheChangePurposeSurvivesADraft() {
        let purpose = FormPurpose.changeAppointment("c.a#b", 3)
        let (name, id) = purpose.draftName
        XCTAssertEqual(FormPurpose(draftName: name, id: id), purpose)
        XCTAssertNil(FormPurpose(draftName: "changeAppointment", id: "c.a"))
    }
}
