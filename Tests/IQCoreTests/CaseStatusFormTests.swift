import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The `w` form asks what its step records, starts with what the case holds, and refuses what
/// cannot be: a Bescheid without its result, a grant above 600 €, months without an
/// Anpassungslehrgang, a file complete after the Bescheid.
final class CaseStatusFormTests: XCTestCase, CaseTesting {
    func applied() -> Case {
        var c = makeCase("c.p", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .applied)
        c.applicationDate = day(2026, 3, 1)
        return c
    }

    func open(_ c: Case) -> TestStore {
        let store = casesStore([c])
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(c, $0) }
        return store
    }

    func names(_ store: TestStore) -> [String] { store.state.form?.draftNames ?? [] }

    func testEachStepAsksForWhatItRecords() {
        let store = open(applied())
        XCTAssertEqual(names(store), ["status", "day", "decision", "compensation", "months", "fileComplete", "fees", "note"], "the Bescheid")
        store.choose(\CaseStatusForm.status, .skillsAnalysis)
        XCTAssertEqual(names(store), ["status", "day", "note"])
        store.choose(\CaseStatusForm.status, .zabStatement)
        XCTAssertEqual(names(store), ["status", "day", "fees", "note"], "the ZAB statement is the result itself")
        store.choose(\CaseStatusForm.status, .preparingApplication)
        XCTAssertEqual(names(store), ["status", "day", "note"])
        let toApply = open(makeCase("c.p", "NRW-2026-000001", "A", "B", beruf: "", status: .preparingApplication))
        XCTAssertEqual(names(toApply), ["status", "day", "grant", "grantAmount", "note"], "the Anerkennungszuschuss is applied for with the Antrag")
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.decision.labels,
                       ["–", "volle Gleichwertigkeit", "teilweise Gleichwertigkeit", "keine Gleichwertigkeit"])
    }

    func testTheFieldsStartWithWhatTheCaseHolds() {
        var c = applied()
        c.recognition.fees = Money(cents: 18_750)
        c.recognition.compensation = .knowledgeTest
        c.recognition.fileCompleteDate = day(2026, 3, 20)
        let form = open(c).state.form?.model(CaseStatusForm.self)
        XCTAssertEqual(form?.fees.value, "187,50")
        XCTAssertEqual(form?.compensation.value, .knowledgeTest)
        XCTAssertEqual(form?.fileComplete.value, "20.03.2026")
    }

    func testABescheidNeedsItsResultAndPlausibleDetails() {
        let store = open(applied())
        store.fill(\CaseStatusForm.day, "1.6.2026")
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseStatusForm.decision) { $0.decision.control.error = CaseText.formResultNeeded } }

        store.choose(\CaseStatusForm.decision, .full)
        store.choose(\CaseStatusForm.compensation, .aptitudeTest)
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.compensation.control.error, CaseText.formCompensationWithFull)
        store.choose(\CaseStatusForm.decision, .partial)
        XCTAssertNil(store.state.form?.model(CaseStatusForm.self)?.compensation.control.error)

        store.fill(\CaseStatusForm.months, "6")
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.months.control.error, CaseText.formMonthsNeedCourse)
        store.choose(\CaseStatusForm.compensation, .adaptationCourse)
        for (text, error) in [("0", CaseText.formBadMonths), ("37", CaseText.formBadMonths), ("sechs", CaseText.formBadMonths), ("36", nil)] {
            store.fill(\CaseStatusForm.months, text)
            XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.months.control.error, error, text)
        }

        for (text, error) in [("2.6.2026", CaseText.formFileCompleteAfterDecision), ("28.2.2026", CaseText.formFileCompleteBeforeApplication),
                              ("31.4.2026", CaseText.formBadDay), ("1.4.2026", nil)] {
            store.fill(\CaseStatusForm.fileComplete, text)
            XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.fileComplete.control.error, error, text)
        }
        for (text, error) in [("-5", CaseText.formBadFees), ("viel", CaseText.formBadFees), ("100.000", CaseText.formBadFees), ("0", nil)] {
            store.fill(\CaseStatusForm.fees, text)
            XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.fees.control.error, error, text)
        }
        // No Bescheid before the application.
        store.fill(\CaseStatusForm.day, "28.2.2026")
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.day.control.error, CaseText.formDecisionBeforeApplication)
        store.choose(\CaseStatusForm.status, .zabStatement)
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.day.control.error, CaseText.formDecisionBeforeApplication, "nor the ZAB's")
        store.choose(\CaseStatusForm.status, .skillsAnalysis)
        XCTAssertNil(store.state.form?.model(CaseStatusForm.self)?.day.control.error)
    }

    func testTheBerufsurkundeStepIsNotBeforeTheBescheid() {
        var c = makeCase("c.l", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .decisionReceived)
        c.decision = .full
        c.decisionDate = day(2026, 12, 1)
        let store = open(c)
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.status.value, .licensed, "full equivalence: the Berufsurkunde first")
        store.fill(\CaseStatusForm.day, "30.11.2026")
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.day.control.error, CaseText.formLicenceBeforeDecision)
        store.fill(\CaseStatusForm.day, "1.12.2026")
        XCTAssertNil(store.state.form?.model(CaseStatusForm.self)?.day.control.error)
    }

    func testTheGrantIsAtMost600EurosAndNeedsItsStatus() {
        let store = open(makeCase("c.p", "NRW-2026-000001", "A", "B", beruf: "", status: .preparingApplication))
        store.fill(\CaseStatusForm.grantAmount, "450")
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.grantAmount.control.error, CaseText.formGrantNeedsStatus)
        store.choose(\CaseStatusForm.grant, .applied)
        for (text, error) in [("600,01", CaseText.formBadGrantAmount), ("0", CaseText.formBadGrantAmount), ("1.000", CaseText.formBadGrantAmount),
                              ("600", nil), ("599,99 €", nil)] {
            store.fill(\CaseStatusForm.grantAmount, text)
            XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.grantAmount.control.error, error, text)
        }
        XCTAssertEqual(CaseText.formBadGrantAmount.text(.en), "An amount above 0 and up to €600 (the recognition grant pays at most €600).")
    }

    func testStepsBackResumingAndReopeningSaySo() {
        var rests = applied()
        rests.status = .onHold
        rests.timeline = [TimelineEntry(day: day(2026, 4, 1), kind: .status(from: .applied, to: .onHold))]
        guard case .choice(let options)? = open(rests).state.form?.model(CaseStatusForm.self)?.status.control.kind else { return XCTFail() }
        XCTAssertEqual(options.map(\.label), ["Antrag gestellt (fortsetzen)", "Antrag zurückgezogen", "Antrag formal abgelehnt", "Abgebrochen"])
        var closed = applied()
        closed.status = .closed
        closed.timeline = [TimelineEntry(day: day(2026, 4, 1), kind: .status(from: .qualification, to: .closed))]
        guard case .choice(let reopen)? = open(closed).state.form?.model(CaseStatusForm.self)?.status.control.kind else { return XCTFail() }
        XCTAssertEqual(reopen.map(\.label), ["Ausgleichsmaßnahme/Qualifizierung (wieder aufnehmen)", "Erstberatung (wieder aufnehmen)",
                                             "Antrag in Vorbereitung (wieder aufnehmen)"])
    }

    /// A draft of the status step comes back with the fields of the step it chose, though the
    /// form opens with another step (and other fields) preselected.
    func testADraftRestoresTheFieldsOfItsStep() throws {
        let c = makeCase("c.p", "NRW-2026-000001", "A", "B", beruf: "", status: .zabStatement)
        let state = casesState([c])
        XCTAssertEqual(CaseForm.statusForm(c, state).draftNames, ["status", "day", "note"], "Brückenmaßnahme preselected")
        let draft = FormDraft(purpose: .caseStatus("c.p"), values: [
            FormDraft.Value(key: "status", choice: "applied"),
            FormDraft.Value(key: "grant", choice: "granted"),
            FormDraft.Value(key: "grantAmount", text: "300"),
            FormDraft.Value(key: "note", text: "per Post"),
        ], at: fixedDate)
        let restored = try XCTUnwrap(draft.restore(in: state, user: "tester"))
        let form = try XCTUnwrap(restored.form.model(CaseStatusForm.self))
        XCTAssertEqual(form.status.value, .applied)
        XCTAssertEqual(form.grant.value, .granted)
        XCTAssertEqual(form.grantAmount.value, "300")
        XCTAssertEqual(form.note.value, "per Post")
        XCTAssertEqual(restored.changed, 4)
    }
}
