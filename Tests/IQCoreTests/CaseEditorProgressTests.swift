import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The case editor's group "Verfahren und Bescheid": every date and detail a step records can be corrected
/// there, with the step form's checks and the order of the dates.
final class CaseEditorProgressTests: XCTestCase, CaseTesting {
    func testANewCasesErstberatungIsToday() {
        let store = casesStore()
        newCaseForm(store)
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.progress.firstCounselling.value, "15.04.2026")
    }

    func testEveryDetailIsEditedAndSaved() {
        var c = makeCase("c.p", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .decisionReceived)
        c.applicationDate = day(2026, 2, 1)
        c.decision = .partial
        c.decisionDate = day(2026, 5, 1)
        let store = casesStore([c])
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: c, $0, user: "tester") }
        store.fill(\CaseEditorForm.progress.firstCounselling, "10.1.2026")
        store.fill(\CaseEditorForm.progress.skillsAnalysis, "1.3.2026")
        store.fill(\CaseEditorForm.progress.fileComplete, "15.3.2026")
        store.choose(\CaseEditorForm.progress.compensation, .adaptationCourse)
        store.fill(\CaseEditorForm.progress.months, "12")
        store.fill(\CaseEditorForm.progress.fees, "187,50")
        store.choose(\CaseEditorForm.progress.grant, .granted)
        store.fill(\CaseEditorForm.progress.grantAmount, "600")
        store.fill(\CaseEditorForm.progress.qualificationStart, "1.6.2026")
        store.fill(\CaseEditorForm.progress.licence, "2027-06-01")
        store.fill(\CaseEditorForm.progress.onHoldSince, "2.4.2026")
        store.fill(\CaseEditorForm.progress.endDate, "30.6.2027")
        submitCase(store, changed(c) {
            $0.firstCounsellingDate = day(2026, 1, 10)
            $0.recognition.skillsAnalysisDate = day(2026, 3, 1)
            $0.recognition.fileCompleteDate = day(2026, 3, 15)
            $0.recognition.compensation = .adaptationCourse
            $0.recognition.adaptationMonths = 12
            $0.recognition.fees = Money(cents: 18_750)
            $0.recognition.grant = .granted
            $0.recognition.grantAmount = .euros(600)
            $0.recognition.qualificationStart = day(2026, 6, 1)
            $0.recognition.licenceDate = day(2027, 6, 1)
            $0.recognition.onHoldSince = day(2026, 4, 2)
            $0.recognition.endDate = day(2027, 6, 30)
        })
    }

    func testTheEditorChecksWhatTheStepFormChecks() {
        var c = makeCase("c.p", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .decisionReceived)
        c.applicationDate = day(2026, 2, 1)
        c.decision = .full
        c.decisionDate = day(2026, 5, 1)
        let store = casesStore([c])
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: c, $0, user: "tester") }
        func error(_ path: KeyPath<CaseEditorForm, FormField>) -> Message? { store.state.form?.model(CaseEditorForm.self)?[keyPath: path].error }
        store.choose(\CaseEditorForm.progress.compensation, .knowledgeTest)
        XCTAssertEqual(error(\.progress.compensation.control), CaseText.formCompensationWithFull)
        store.fill(\CaseEditorForm.progress.months, "3")
        XCTAssertEqual(error(\.progress.months.control), CaseText.formMonthsNeedCourse)
        store.fill(\CaseEditorForm.progress.grantAmount, "700")
        XCTAssertEqual(error(\.progress.grantAmount.control), CaseText.formBadGrantAmount)
        store.fill(\CaseEditorForm.progress.fileComplete, "2.5.2026")
        XCTAssertEqual(error(\.progress.fileComplete.control), CaseText.formFileCompleteAfterDecision)
        store.fill(\CaseEditorForm.progress.licence, "30.4.2026")
        XCTAssertEqual(error(\.progress.licence.control), CaseText.formLicenceBeforeDecision)
        store.fill(\CaseEditorForm.progress.endDate, "31.2.2026")
        XCTAssertEqual(error(\.progress.endDate.control), CaseText.formBadDay)
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \CaseEditorForm.progress.fileComplete) { _ in }
        }
    }
}
