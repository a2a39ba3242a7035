import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Status steps, appointments and referrals on a case's timeline.
final class CaseStepTests: XCTestCase, CaseTesting {
    func testAStatusStepAddsATimelineEntryAndChangesTheStatus() {
        var c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied)
        c.timeline = [TimelineEntry(day: day(2026, 3, 1), kind: .status(from: .preparingApplication, to: .applied))]
        let store = casesStore([c])
        select("c.olena", store)
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(c, $0) }
        let form = store.state.form
        XCTAssertEqual(form?.purpose, .caseStatus("c.olena"))
        XCTAssertEqual(form?.title, "Status von NRW-2026-000001 ändern")
        guard case .choice(let options)? = form?.model(CaseStatusForm.self)?.status.control.kind else { return XCTFail("no status choice") }
        XCTAssertEqual(options.map(\.token), CaseWorkflow.next(for: c).map(\.rawValue), "only the allowed steps are offered")
        XCTAssertEqual(options.map(\.label), ["Bescheid erhalten", "Qualifikationsanalyse (§ 14 BQFG)", "Zeugnisbewertung (ZAB) erhalten",
                                              "Vorbereitung Kenntnis-/Eignungsprüfung", "Verfahren ruht", "Antrag in Vorbereitung (zurück)",
                                              "Antrag zurückgezogen", "Antrag formal abgelehnt", "Abgebrochen"], "the step back says so")
        XCTAssertEqual(form?.model(CaseStatusForm.self)?.status.value?.formToken, "decisionReceived", "the way forward is preselected")
        XCTAssertEqual(form?.model(CaseStatusForm.self)?.day.value, "15.04.2026", "today, the German way")

        // Not stepped with a bad day.
        store.fill(\CaseStatusForm.day, "31.2.2026")
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseStatusForm.day) { $0.day.control.error = CaseText.formBadDay } }

        store.fill(\CaseStatusForm.day, "20.4.2026")
        store.fill(\CaseStatusForm.note, "Bescheid per Post")
        store.choose(\CaseStatusForm.decision, .partial)
        // Not an end: no deletion date. The step fills "Bescheid vom".
        let stepped = changed(c) {
            $0.status = .decisionReceived
            $0.decision = .partial
            $0.decisionDate = day(2026, 4, 20)
            $0.timeline.append(TimelineEntry(day: day(2026, 4, 20), kind: .status(from: .applied, to: .decisionReceived), note: "Bescheid per Post"))
        }
        submitCase(store, stepped)
        // One undo takes the step back.
        store.send(.document(.undo)) { $0.expectUndo() }
        XCTAssertEqual(store.state.document.cases["c.olena"], c)
    }

    func testAStepNoLongerAllowedIsRefused() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .applied)
        let store = casesStore([c])
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(c, $0) }
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.status.value?.formToken, "decisionReceived")
        store.choose(\CaseStatusForm.decision, .full)
        // Meanwhile the case was cancelled from the application (a merge brought someone else's change).
        var cancelled = c
        cancelled.status = .cancelled
        cancelled.timeline = [TimelineEntry(day: day(2026, 4, 14), kind: .status(from: .applied, to: .cancelled))]
        store.prepare { $0.document.cases.put(cancelled) }
        // It reopens at the application or anew, but takes no step from Abgebrochen to Bescheid
        // erhalten: the form stays open.
        store.send(.form(.submit)) {
            $0.form?.submitted = true
            $0.status = shown(CaseText.statusNotAllowed("Abgebrochen", "decisionReceived"), .error)
        }
    }

    func testClosingSetsTheDeletionDateToTheEndOfTheThirdYear() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .decisionReceived)
        let store = casesStore([c])
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(c, $0) }
        store.choose(\CaseStatusForm.status, .closed)
        store.fill(\CaseStatusForm.day, "3.7.2026")
        // 31.12. of the closing year + 3.
        submitCase(store, changed(c) {
            $0.status = .closed
            $0.deletionDate = day(2029, 12, 31)
            $0.recognition.endDate = day(2026, 7, 3)
            $0.timeline.append(TimelineEntry(day: day(2026, 7, 3), kind: .status(from: .decisionReceived, to: .closed)))
        })

        // Closed on New Year's Eve or on New Year's Day: the year of closing counts.
        let base = makeCase("c.x", "NRW-2026-000002", "A", "B", beruf: "", status: .qualification)
        XCTAssertEqual(CaseForm.step(base, to: .closed, on: day(2026, 12, 31), note: "").deletionDate, day(2029, 12, 31))
        XCTAssertEqual(CaseForm.step(base, to: .closed, on: day(2027, 1, 1), note: "").deletionDate, day(2030, 12, 31))
        // Cancelling ends a case too.
        XCTAssertEqual(CaseForm.step(base, to: .cancelled, on: day(2027, 5, 2), note: "").deletionDate, day(2030, 12, 31))
        // A deletion date already set is kept.
        var set = base
        set.deletionDate = day(2027, 6, 30)
        XCTAssertEqual(CaseForm.step(set, to: .closed, on: day(2026, 7, 3), note: "").deletionDate, day(2027, 6, 30))
        // A step that is not an end sets none.
        XCTAssertNil(CaseForm.step(base, to: .decisionReceived, on: day(2026, 7, 3), note: "").deletionDate)
    }

    func testAnAppointmentIsAddedToTheTimeline() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .applied)
        let store = casesStore([c])
        store.send(.cases(.addAppointment)) { $0.form = CaseForm.appointmentForm(c, $0) }
        XCTAssertEqual(store.state.form?.purpose, .caseAppointment("c.olena"))
        XCTAssertEqual(store.state.form?.model(AppointmentForm.self)?.day.value, "15.04.2026")
        XCTAssertEqual(store.state.form?.model(AppointmentForm.self)?.channel.value?.formToken, "inPerson")
        store.fill(\AppointmentForm.day, "2026-04-22")
        store.choose(\AppointmentForm.channel, .video)
        store.fill(\AppointmentForm.note, "Zeugnisse mitbringen")
        // An appointment is no status step.
        let booked = changed(c) { $0.timeline = [TimelineEntry(day: day(2026, 4, 22), kind: .appointment(channel: .video), note: "Zeugnisse mitbringen")] }
        submitCase(store, booked)
        XCTAssertEqual(booked.nextAppointment(after: Self.today), day(2026, 4, 22))
    }

    func testAReferralIsAddedToTheTimeline() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "")
        let store = casesStore([c])
        store.send(.cases(.addReferral)) { $0.form = CaseForm.referralForm(c, $0) }
        XCTAssertEqual(store.state.form?.purpose, .caseReferral("c.olena"))
        guard case .choice(let partners)? = store.state.form?.model(ReferralForm.self)?.partner.control.kind else { return XCTFail("no partner choice") }
        XCTAssertEqual(partners.map(\.label), ["– Partner suchen –", "Agentur für Arbeit Köln", "Bezirksregierung Münster", "Caritas Düsseldorf",
                                               "Diakonie an der Hauptstraße", "Eine Welt Netz Bonn"], "the partners by name, after an empty start")
        XCTAssertNil(store.state.form?.model(ReferralForm.self)?.partner.value, "no partner preselected")
        store.choose(\ReferralForm.partner, "p.caritas")
        store.fill(\ReferralForm.note, "Sprachkurs")
        submitCase(store, changed(c) { $0.timeline = [TimelineEntry(day: Self.today, kind: .referral(partner: "p.caritas"), note: "Sprachkurs")] })
    }

    func testTheNextAppointmentIsTheEarliestOnOrAfterToday() {
        var c = makeCase("c.x", "NRW-2026-000001", "A", "B", beruf: "",
                         appointments: [day(2026, 4, 1), day(2026, 5, 20), day(2026, 4, 16), day(2026, 4, 15), day(2026, 4, 14)])
        c.timeline.append(TimelineEntry(day: day(2026, 4, 15), kind: .status(from: .firstCounselling, to: .preparingApplication)))
        c.timeline.append(TimelineEntry(day: day(2026, 4, 17), kind: .referral(partner: "p.caritas")))
        XCTAssertEqual(c.nextAppointment(after: day(2026, 4, 15)), day(2026, 4, 15), "today counts")
        XCTAssertEqual(c.nextAppointment(after: day(2026, 4, 16)), day(2026, 4, 16), "not in timeline order, the earliest")
        XCTAssertEqual(c.nextAppointment(after: day(2026, 4, 17)), day(2026, 5, 20), "status steps and referrals are no appointments")
        XCTAssertNil(c.nextAppointment(after: day(2026, 5, 21)), "only past appointments")
        XCTAssertNil(makeCase("c.y", "N", "A", "B", beruf: "").nextAppointment(after: day(2026, 1, 1)))
    }
}
