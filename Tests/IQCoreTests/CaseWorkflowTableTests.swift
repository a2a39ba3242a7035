import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The workflow's table (CaseWorkflow.swift), row by row: the exact steps offered, in order (the
/// first is preselected), and every other step refused. Rows that depend on the timeline are
/// tested without one (the usual previous steps) and with one (where the case came from).
final class CaseWorkflowTableTests: XCTestCase, CaseTesting {
    /// A case at `status`; with `from`, its timeline says it came from there.
    func at(_ status: CaseStatus, from: CaseStatus? = nil) -> Case {
        var c = makeCase("c.x", "NRW-2026-000001", "A", "B", beruf: "", status: status)
        if let from { c.timeline = [TimelineEntry(day: day(2026, 3, 1), kind: .status(from: from, to: status))] }
        return c
    }

    func assertRow(_ c: Case, _ expected: [CaseStatus], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(CaseWorkflow.next(for: c), expected, "\(c.status)", file: file, line: line)
        for to in CaseStatus.allCases where !expected.contains(to) {
            XCTAssertFalse(CaseWorkflow.canMove(c, to: to), "\(c.status) → \(to) is refused", file: file, line: line)
        }
        for to in expected { XCTAssertTrue(CaseWorkflow.canMove(c, to: to), "\(c.status) → \(to)", file: file, line: line) }
    }

    func testFirstCounselling() {
        // Counselling only ends here; academics go straight to a Brückenmaßnahme.
        assertRow(at(.firstCounselling), [.preparingApplication, .bridgeCourse, .closed, .cancelled])
    }

    func testPreparingApplication() {
        assertRow(at(.preparingApplication), [.applied, .firstCounselling, .cancelled])
        assertRow(at(.preparingApplication, from: .firstCounselling), [.applied, .firstCounselling, .cancelled])
    }

    func testApplied() {
        assertRow(at(.applied), [.decisionReceived, .skillsAnalysis, .zabStatement, .examPreparation, .onHold, .preparingApplication,
                                 .withdrawn, .formallyRejected, .cancelled])
        // After a qualification (a follow-up application), back goes to the qualification.
        assertRow(at(.applied, from: .qualification), [.decisionReceived, .skillsAnalysis, .zabStatement, .examPreparation, .onHold,
                                                       .qualification, .withdrawn, .formallyRejected, .cancelled])
    }

    func testSkillsAnalysis() {
        assertRow(at(.skillsAnalysis), [.decisionReceived, .onHold, .applied, .withdrawn, .cancelled])
    }

    func testOnHoldResumesTheStepItInterrupted() {
        assertRow(at(.onHold, from: .applied), [.applied, .withdrawn, .formallyRejected, .cancelled])
        assertRow(at(.onHold, from: .skillsAnalysis), [.skillsAnalysis, .withdrawn, .formallyRejected, .cancelled])
        // Without a timeline that tells: either step it can interrupt.
        assertRow(at(.onHold), [.applied, .skillsAnalysis, .withdrawn, .formallyRejected, .cancelled])
        XCTAssertEqual(CaseWorkflow.move(at(.onHold, from: .applied), to: .applied), .resume)
        XCTAssertEqual(CaseWorkflow.move(at(.onHold, from: .applied), to: .withdrawn), .forward)
    }

    func testDecisionReceived() {
        assertRow(at(.decisionReceived), [.qualification, .examPreparation, .licensed, .applied, .closed, .cancelled])
        // Back goes where the case came from: the Qualifikationsanalyse.
        assertRow(at(.decisionReceived, from: .skillsAnalysis), [.qualification, .examPreparation, .licensed, .skillsAnalysis, .closed, .cancelled])
        XCTAssertEqual(CaseWorkflow.move(at(.decisionReceived), to: .applied), .back)
        XCTAssertEqual(CaseWorkflow.move(at(.decisionReceived), to: .qualification), .forward)
    }

    /// The Bescheid's result puts the step it points to first (the one `w` preselects).
    func testTheBescheidsResultPicksTheUsualNextStep() {
        var full = at(.decisionReceived)
        full.decision = .full
        assertRow(full, [.licensed, .qualification, .examPreparation, .applied, .closed, .cancelled])
        var exam = at(.decisionReceived)
        exam.decision = .partial
        exam.recognition.compensation = .knowledgeTest
        XCTAssertEqual(CaseWorkflow.next(for: exam).first, .examPreparation)
        exam.recognition.compensation = .aptitudeTest
        XCTAssertEqual(CaseWorkflow.next(for: exam).first, .examPreparation)
        exam.recognition.compensation = .adaptationCourse
        XCTAssertEqual(CaseWorkflow.next(for: exam).first, .qualification)
    }

    func testZABStatement() {
        assertRow(at(.zabStatement), [.bridgeCourse, .applied, .closed, .cancelled])
    }

    func testExamPreparation() {
        assertRow(at(.examPreparation), [.licensed, .closed, .cancelled])
        // A doctor who waived the Gleichwertigkeitsprüfung came from the application.
        assertRow(at(.examPreparation, from: .applied), [.licensed, .applied, .closed, .cancelled])
        assertRow(at(.examPreparation, from: .decisionReceived), [.licensed, .decisionReceived, .closed, .cancelled])
    }

    func testBridgeCourse() {
        assertRow(at(.bridgeCourse), [.closed, .cancelled])
        assertRow(at(.bridgeCourse, from: .zabStatement), [.closed, .zabStatement, .cancelled])
        assertRow(at(.bridgeCourse, from: .firstCounselling), [.closed, .firstCounselling, .cancelled])
    }

    func testQualification() {
        // The Berufsurkunde, a follow-up application, or the end.
        assertRow(at(.qualification), [.licensed, .applied, .decisionReceived, .closed, .cancelled])
        XCTAssertEqual(CaseWorkflow.move(at(.qualification), to: .applied), .forward, "a follow-up application is a step ahead")
    }

    func testLicensed() {
        assertRow(at(.licensed), [.closed])
        // Its only way ahead, the end, comes first: `w` then Ctrl-S never undoes the Berufsurkunde.
        assertRow(at(.licensed, from: .examPreparation), [.closed, .examPreparation])
    }

    func testClosedReopensWhereItStoodOrStartsAnew() {
        assertRow(at(.closed, from: .qualification), [.qualification, .firstCounselling, .preparingApplication])
        assertRow(at(.closed, from: .firstCounselling), [.firstCounselling, .preparingApplication])
        // Without a timeline: every step a case can be closed from.
        assertRow(at(.closed), [.firstCounselling, .decisionReceived, .zabStatement, .examPreparation, .bridgeCourse, .qualification, .licensed,
                                .preparingApplication])
        XCTAssertEqual(CaseWorkflow.move(at(.closed), to: .qualification), .reopen)
    }

    func testWithdrawn() {
        assertRow(at(.withdrawn, from: .applied), [.applied, .firstCounselling, .preparingApplication])
        assertRow(at(.withdrawn), [.applied, .skillsAnalysis, .onHold, .firstCounselling, .preparingApplication])
    }

    func testFormallyRejected() {
        assertRow(at(.formallyRejected, from: .onHold), [.onHold, .firstCounselling, .preparingApplication])
        assertRow(at(.formallyRejected), [.applied, .onHold, .firstCounselling, .preparingApplication])
    }

    func testCancelled() {
        assertRow(at(.cancelled, from: .decisionReceived), [.decisionReceived, .firstCounselling, .preparingApplication])
        assertRow(at(.cancelled), [.firstCounselling, .preparingApplication, .applied, .skillsAnalysis, .onHold, .decisionReceived,
                                   .zabStatement, .examPreparation, .bridgeCourse, .qualification])
    }

    func testTheEndsAndWhatEveryStepShares() {
        XCTAssertEqual(CaseStatus.allCases.filter(\.isEnded), [.closed, .withdrawn, .formallyRejected, .cancelled])
        for status in CaseStatus.allCases {
            let c = at(status)
            XCTAssertFalse(CaseWorkflow.canMove(c, to: status), "no step from \(status) to itself")
            // Cancelling is possible until the end, but not after the Berufsurkunde (only closing is).
            XCTAssertEqual(CaseWorkflow.canMove(c, to: .cancelled), !status.isEnded && status != .licensed, "\(status)")
            if status.isEnded { XCTAssertTrue(CaseWorkflow.next(for: c).allSatisfy { !$0.isEnded }, "an ended case only reopens") }
            XCTAssertFalse(CaseWorkflow.next(for: c).isEmpty, "no dead end at \(status)")
        }
        // The old raw values stay (files store them).
        XCTAssertEqual(["firstCounselling", "preparingApplication", "applied", "decisionReceived", "qualification", "closed", "cancelled"]
            .compactMap(CaseStatus.init(rawValue:)).count, 7)
    }
}
