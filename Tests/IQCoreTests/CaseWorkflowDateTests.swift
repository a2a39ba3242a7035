import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// What a step does to the dates (CaseWorkflow+Dates.swift): its own date filled, a date typed by
/// hand kept, a mistaken step taken back, nothing filled on resuming or reopening.
final class CaseWorkflowDateTests: XCTestCase, CaseTesting {
    func at(_ status: CaseStatus) -> Case { makeCase("c.x", "NRW-2026-000001", "A", "B", beruf: "", status: status) }

    func testEveryStepHasItsDate() {
        XCTAssertEqual(CaseWorkflow.dateField(.firstCounselling), \Case.firstCounsellingDate)
        XCTAssertNil(CaseWorkflow.dateField(.preparingApplication), "preparing has no date of its own")
        XCTAssertEqual(CaseWorkflow.dateField(.applied), \Case.applicationDate)
        XCTAssertEqual(CaseWorkflow.dateField(.skillsAnalysis), \Case.recognition.skillsAnalysisDate)
        XCTAssertEqual(CaseWorkflow.dateField(.onHold), \Case.recognition.onHoldSince)
        XCTAssertEqual(CaseWorkflow.dateField(.decisionReceived), \Case.decisionDate)
        XCTAssertEqual(CaseWorkflow.dateField(.zabStatement), \Case.decisionDate)
        for s in [CaseStatus.examPreparation, .bridgeCourse, .qualification] { XCTAssertEqual(CaseWorkflow.dateField(s), \Case.recognition.qualificationStart) }
        XCTAssertEqual(CaseWorkflow.dateField(.licensed), \Case.recognition.licenceDate)
        for s in CaseStatus.allCases where s.isEnded { XCTAssertEqual(CaseWorkflow.dateField(s), \Case.recognition.endDate) }
    }

    func testAStepFillsItsDate() {
        let stepped = CaseForm.step(at(.preparingApplication), to: .applied, on: day(2026, 3, 1), note: "")
        XCTAssertEqual(stepped.applicationDate, day(2026, 3, 1), "Antrag gestellt sets Antrag gestellt am")
    }

    func testADateTypedByHandStays() {
        var c = at(.preparingApplication)
        c.applicationDate = day(2026, 2, 27)
        let stepped = CaseForm.step(c, to: .applied, on: day(2026, 3, 1), note: "")
        XCTAssertEqual(stepped.applicationDate, day(2026, 2, 27), "the typed date wins; the step's day is in the timeline")
        XCTAssertEqual(stepped.timeline.last?.day, day(2026, 3, 1))
    }

    func testAStepBackTakesBackWhatTheMistakenStepWrote() {
        var c = at(.applied)
        c.applicationDate = day(2026, 3, 1)
        c = CaseForm.step(c, to: .decisionReceived, on: day(2026, 4, 1), note: "")
        c.decision = .partial // the form records it with the step
        c.recognition.compensation = .knowledgeTest
        c.recognition.fileCompleteDate = day(2026, 3, 15)
        c.recognition.fees = Money.euros(400)
        let back = CaseForm.step(c, to: .applied, on: day(2026, 4, 2), note: "")
        XCTAssertNil(back.decisionDate, "the date the mistaken step wrote")
        XCTAssertNil(back.decision, "and its result: a result needs its date")
        XCTAssertEqual(back.recognition, RecognitionDetails(), "and what only the Bescheid step records")
        XCTAssertEqual(back.applicationDate, day(2026, 3, 1), "the step returned to keeps its date")

        // A decision date typed by hand (differing from the step's day) stays.
        var typed = c
        typed.decisionDate = day(2026, 3, 30)
        let kept = CaseForm.step(typed, to: .applied, on: day(2026, 4, 2), note: "")
        XCTAssertEqual(kept.decisionDate, day(2026, 3, 30))
        XCTAssertEqual(kept.decision, .partial)
        XCTAssertEqual(kept.recognition.compensation, .knowledgeTest)
    }

    func testAStepBackReturnsToTheRoundBefore() {
        // A follow-up application on 1.2.2027 taken back: the first application's day returns.
        var c = at(.preparingApplication)
        c = CaseForm.step(c, to: .applied, on: day(2026, 3, 1), note: "")
        c = CaseForm.step(c, to: .decisionReceived, on: day(2026, 5, 1), note: "")
        c = CaseForm.step(c, to: .qualification, on: day(2026, 6, 1), note: "")
        c = CaseForm.step(c, to: .applied, on: day(2027, 2, 1), note: "")
        XCTAssertEqual(c.applicationDate, day(2027, 2, 1), "a new round replaces the day a step wrote")
        let back = CaseForm.step(c, to: .qualification, on: day(2027, 2, 2), note: "")
        XCTAssertEqual(CaseWorkflow.move(c, to: .qualification), .back)
        XCTAssertEqual(back.applicationDate, day(2026, 3, 1))
        XCTAssertEqual(back.recognition.qualificationStart, day(2026, 6, 1), "returning fills nothing")
    }

    func testResumingAndReopeningFillNothingAndEmptyTheirOwnDates() {
        var c = at(.applied)
        c.applicationDate = day(2026, 3, 1)
        c = CaseForm.step(c, to: .onHold, on: day(2026, 4, 1), note: "")
        XCTAssertEqual(c.recognition.onHoldSince, day(2026, 4, 1))
        c = CaseForm.step(c, to: .applied, on: day(2026, 5, 1), note: "")
        XCTAssertNil(c.recognition.onHoldSince, "no longer resting")
        XCTAssertEqual(c.applicationDate, day(2026, 3, 1), "resuming is no new application")

        c = CaseForm.step(c, to: .withdrawn, on: day(2026, 6, 1), note: "")
        XCTAssertEqual(c.recognition.endDate, day(2026, 6, 1))
        let reopened = CaseForm.step(c, to: .applied, on: day(2026, 7, 1), note: "")
        XCTAssertEqual(CaseWorkflow.move(c, to: .applied), .reopen)
        XCTAssertNil(reopened.recognition.endDate, "an open case has no end date; the timeline keeps it")
        XCTAssertEqual(reopened.applicationDate, day(2026, 3, 1))
        // Without any date yet, reopening still fills none.
        XCTAssertNil(CaseForm.step(at(.closed), to: .qualification, on: day(2026, 7, 1), note: "").recognition.qualificationStart)
    }
}
