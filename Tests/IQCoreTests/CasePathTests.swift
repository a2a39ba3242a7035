import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Every path of issue 15 §1, walked end to end through the `w` step form, without a faked
/// step: each step fills its own date, the Bescheid step its details.
final class CasePathTests: XCTestCase, CaseTesting {
    /// A case at `status` with the Erstberatung on 2.2.2026 and, past it, an application on 10.2.2026.
    func start(_ status: CaseStatus = .firstCounselling) -> Case {
        var c = makeCase("c.p", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: status)
        c.firstCounsellingDate = day(2026, 2, 2)
        if status != .firstCounselling {
            c.applicationDate = day(2026, 2, 10)
            c.timeline = [TimelineEntry(day: day(2026, 2, 10), kind: .status(from: .preparingApplication, to: .applied))]
        }
        return c
    }

    /// One step through the `w` form: opens it, chooses the step, types the day, lets `fill` answer
    /// the step's own fields, submits, and expects the case as `change` says (status, timeline
    /// entry and revision are added here; the deletion date is the privacy rule's, CaseStepTests).
    func walk(_ store: TestStore, to status: CaseStatus, on d: Day, fill: () -> Void = {}, expect change: (inout Case) -> Void,
              file: StaticString = #filePath, line: UInt = #line) {
        guard let c = store.state.document.cases["c.p"] else { return XCTFail("no case", file: file, line: line) }
        store.send(.cases(.stepStatus), file: file, line: line) { $0.form = CaseForm.statusForm(c, $0) }
        store.choose(\CaseStatusForm.status, status, file: file, line: line)
        store.fill(\CaseStatusForm.day, d.text(.de), file: file, line: line)
        fill()
        var expected = c
        change(&expected)
        expected.status = status
        expected.timeline.append(TimelineEntry(day: d, kind: .status(from: c.status, to: status)))
        if status.isEnded != c.status.isEnded { expected.deletionDate = CaseForm.step(c, to: status, on: d, note: "").deletionDate }
        submitCase(store, expected.stamped(revision: c.meta.revision + 1), file: file, line: line)
    }

    func testCounsellingOnlyEndsWithoutAnApplication() {
        let store = casesStore([start()])
        walk(store, to: .closed, on: day(2026, 3, 1)) { $0.recognition.endDate = day(2026, 3, 1) }
        XCTAssertNil(store.state.document.cases["c.p"]?.applicationDate)
    }

    func testZABStatementThenBridgeCourse() {
        let store = casesStore([start()])
        walk(store, to: .preparingApplication, on: day(2026, 2, 5)) { _ in }
        walk(store, to: .applied, on: day(2026, 2, 20), fill: {
            store.choose(\CaseStatusForm.grant, .applied)
            store.fill(\CaseStatusForm.grantAmount, "200")
        }) {
            $0.applicationDate = day(2026, 2, 20)
            $0.recognition.grant = .applied
            $0.recognition.grantAmount = .euros(200)
        }
        walk(store, to: .zabStatement, on: day(2026, 4, 1), fill: { store.fill(\CaseStatusForm.fees, "200") }) {
            $0.decision = .zabStatement
            $0.decisionDate = day(2026, 4, 1)
            $0.recognition.fees = .euros(200)
        }
        walk(store, to: .bridgeCourse, on: day(2026, 5, 4)) { $0.recognition.qualificationStart = day(2026, 5, 4) }
        walk(store, to: .closed, on: day(2026, 12, 1)) { $0.recognition.endDate = day(2026, 12, 1) }
    }

    func testBridgeCourseWithoutAnyStatement() {
        let store = casesStore([start()])
        walk(store, to: .bridgeCourse, on: day(2026, 3, 2)) { $0.recognition.qualificationStart = day(2026, 3, 2) }
        walk(store, to: .closed, on: day(2026, 9, 30)) { $0.recognition.endDate = day(2026, 9, 30) }
    }

    func testADoctorWaivesTheGleichwertigkeitspruefung() {
        let store = casesStore([start(.applied)])
        walk(store, to: .examPreparation, on: day(2026, 3, 1)) { $0.recognition.qualificationStart = day(2026, 3, 1) }
        walk(store, to: .licensed, on: day(2026, 10, 15)) { $0.recognition.licenceDate = day(2026, 10, 15) }
        walk(store, to: .closed, on: day(2026, 10, 20)) { $0.recognition.endDate = day(2026, 10, 20) }
        XCTAssertNil(store.state.document.cases["c.p"]?.decision, "no Bescheid faked")
    }

    func testSkillsAnalysisThenPartialEquivalenceWithAnAdaptationCourse() {
        let store = casesStore([start(.applied)])
        walk(store, to: .skillsAnalysis, on: day(2026, 3, 10)) { $0.recognition.skillsAnalysisDate = day(2026, 3, 10) }
        walk(store, to: .decisionReceived, on: day(2026, 6, 1), fill: {
            store.choose(\CaseStatusForm.decision, .partial)
            store.choose(\CaseStatusForm.compensation, .adaptationCourse)
            store.fill(\CaseStatusForm.months, "6")
            store.fill(\CaseStatusForm.fileComplete, "2.3.2026")
            store.fill(\CaseStatusForm.fees, "150,50")
        }) {
            $0.decision = .partial
            $0.decisionDate = day(2026, 6, 1)
            $0.recognition.compensation = .adaptationCourse
            $0.recognition.adaptationMonths = 6
            $0.recognition.fileCompleteDate = day(2026, 3, 2)
            $0.recognition.fees = Money(cents: 15_050)
        }
        walk(store, to: .qualification, on: day(2026, 7, 1)) { $0.recognition.qualificationStart = day(2026, 7, 1) }
        walk(store, to: .licensed, on: day(2027, 1, 10)) { $0.recognition.licenceDate = day(2027, 1, 10) }
        walk(store, to: .closed, on: day(2027, 1, 11)) { $0.recognition.endDate = day(2027, 1, 11) }
    }

    func testTheProcedureRestsAndResumes() {
        let store = casesStore([start(.applied)])
        walk(store, to: .onHold, on: day(2026, 3, 1)) { $0.recognition.onHoldSince = day(2026, 3, 1) }
        XCTAssertEqual(CaseWorkflow.next(for: store.state.document.cases["c.p"] ?? start()).first, .applied, "it resumes the application")
        // Resuming keeps the application's date and empties "ruht seit" (the timeline keeps it).
        walk(store, to: .applied, on: day(2026, 4, 1)) { $0.recognition.onHoldSince = nil }
        walk(store, to: .decisionReceived, on: day(2026, 6, 1), fill: { store.choose(\CaseStatusForm.decision, .full) }) {
            $0.decision = .full
            $0.decisionDate = day(2026, 6, 1)
        }
        walk(store, to: .licensed, on: day(2026, 7, 1)) { $0.recognition.licenceDate = day(2026, 7, 1) }
        walk(store, to: .closed, on: day(2026, 7, 2)) { $0.recognition.endDate = day(2026, 7, 2) }
    }

    func testWithdrawnThenANewApplication() {
        let store = casesStore([start(.applied)])
        walk(store, to: .withdrawn, on: day(2026, 3, 1)) { $0.recognition.endDate = day(2026, 3, 1) }
        // Reopened for a new Antrag: no longer ended, so no end date (the timeline keeps it).
        walk(store, to: .preparingApplication, on: day(2026, 9, 1)) {
            $0.recognition.endDate = nil
            $0.deletionDate = nil
        }
        // The new application's day replaces the one the earlier step wrote.
        walk(store, to: .applied, on: day(2026, 10, 1)) { $0.applicationDate = day(2026, 10, 1) }
    }

    func testRestingThenFormallyRejected() {
        let store = casesStore([start(.applied)])
        walk(store, to: .onHold, on: day(2026, 3, 1)) { $0.recognition.onHoldSince = day(2026, 3, 1) }
        walk(store, to: .formallyRejected, on: day(2026, 6, 1)) {
            $0.recognition.onHoldSince = nil
            $0.recognition.endDate = day(2026, 6, 1)
        }
    }

    func testAFollowUpApplicationAfterAnAnpassungsqualifizierung() {
        let store = casesStore([start(.applied)])
        walk(store, to: .decisionReceived, on: day(2026, 5, 1), fill: { store.choose(\CaseStatusForm.decision, .partial) }) {
            $0.decision = .partial
            $0.decisionDate = day(2026, 5, 1)
        }
        walk(store, to: .qualification, on: day(2026, 6, 1)) { $0.recognition.qualificationStart = day(2026, 6, 1) }
        walk(store, to: .applied, on: day(2027, 2, 1)) { $0.applicationDate = day(2027, 2, 1) }
        // The form starts with the earlier result; the new Bescheid replaces it and its date.
        walk(store, to: .decisionReceived, on: day(2027, 4, 1), fill: {
            XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.decision.value, .partial)
            store.choose(\CaseStatusForm.decision, .full)
        }) {
            $0.decision = .full
            $0.decisionDate = day(2027, 4, 1)
        }
        walk(store, to: .closed, on: day(2027, 4, 2)) { $0.recognition.endDate = day(2027, 4, 2) }
    }
}
