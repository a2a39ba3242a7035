import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The deletion rules along a case's life (CaseRetention): after the end, ESF retention, dormant
/// cases, a date set in the case, reopening.
final class CaseRetentionTests: XCTestCase, CaseTesting {
    let policy = RetentionPolicy(afterEnd: 3, esf: 5, dormant: 3)

    func ended(_ status: CaseStatus = .closed, on end: Day, measure: RecordID? = nil) -> Case {
        var c = makeCase("c.x", "NRW-2026-000009", "A", "B", beruf: "", status: .qualification)
        c.measureID = measure
        return CaseForm.step(c, to: status, on: end, note: "", retention: policy)
    }

    func testTheStandardRuleCountsYearsAfterTheYearTheCaseEnded() {
        let c = ended(on: day(2026, 7, 3))
        XCTAssertEqual(c.deletionDate, day(2029, 12, 31))
        XCTAssertEqual(CaseRetention.due(c, policy: policy), DeletionDue(day: day(2029, 12, 31), rule: .afterEnd(years: 3)))
        XCTAssertEqual(CaseText.deletionDue(CaseRetention.due(c, policy: policy)!).de, "31.12.2029 (3 Jahre nach Abschluss)")
        // Another configured period.
        let two = CaseForm.step(makeCase("c.y", "NRW-2026-000010", "A", "B", beruf: "", status: .qualification), to: .cancelled,
                                on: day(2026, 7, 3), note: "", retention: RetentionPolicy(afterEnd: 2, esf: 0, dormant: 0))
        XCTAssertEqual(two.deletionDate, day(2028, 12, 31))
    }

    func testACaseInAMeasureIsKeptForTheESFPeriodWhenThatIsLonger() {
        let c = ended(on: day(2026, 7, 3), measure: "m.health")
        XCTAssertTrue(CaseRetention.isESFFunded(c))
        XCTAssertEqual(c.deletionDate, day(2031, 12, 31))
        let due = CaseRetention.due(c, policy: policy)
        XCTAssertEqual(due, DeletionDue(day: day(2031, 12, 31), rule: .esf(years: 5)))
        XCTAssertEqual(due.map { CaseText.deletionDue($0).de }, "31.12.2031 (ESF-Aufbewahrung, 5 Jahre nach Abschluss)")
        XCTAssertEqual(due.map { CaseText.deletionDue($0).en }, "2031-12-31 (ESF retention, 5 years after the end)")
        // Without the ESF rule, or with a shorter one, the standard rule gives the date.
        for esf in [0, 2] {
            var p = policy
            p.esf = esf
            var open = makeCase("c.x", "NRW-2026-000009", "A", "B", beruf: "", status: .qualification)
            open.measureID = "m.health"
            let closed = CaseForm.step(open, to: .closed, on: day(2026, 7, 3), note: "", retention: p)
            XCTAssertEqual(closed.deletionDate, day(2029, 12, 31), "esf = \(esf)")
            XCTAssertEqual(CaseRetention.due(closed, policy: p)?.rule, .afterEnd(years: 3))
        }
    }

    func testADateSetInTheCaseWinsAndIsNamedAsSuch() {
        var c = makeCase("c.x", "NRW-2026-000009", "A", "B", beruf: "", status: .qualification)
        c.measureID = "m.health"
        c.deletionDate = day(2027, 6, 30)
        let closed = CaseForm.step(c, to: .closed, on: day(2026, 7, 3), note: "", retention: policy)
        XCTAssertEqual(closed.deletionDate, day(2027, 6, 30))
        XCTAssertEqual(CaseRetention.due(closed, policy: policy), DeletionDue(day: day(2027, 6, 30), rule: .set))
        // An open case with a date: that date, not the dormant rule's.
        var open = makeCase("c.y", "NRW-2026-000010", "A", "B", beruf: "", appointments: [day(2020, 1, 1)])
        open.deletionDate = day(2035, 1, 1)
        XCTAssertEqual(CaseRetention.due(open, policy: policy), DeletionDue(day: day(2035, 1, 1), rule: .set))
        XCTAssertFalse(CaseRetention.isDue(open, on: day(2030, 1, 1), policy: policy))
        XCTAssertEqual(CaseText.deletionRule(.set).de, "im Fall eingetragen")
    }

    func testReopeningClearsTheDateAndClosingAgainStartsAnew() {
        let closed = ended(on: day(2026, 7, 3))
        let reopened = CaseForm.step(closed, to: .qualification, on: day(2027, 2, 1), note: "", retention: policy)
        XCTAssertNil(reopened.deletionDate)
        // Open again: only the dormant rule, from the reopening step.
        XCTAssertEqual(CaseRetention.due(reopened, policy: policy), DeletionDue(day: day(2030, 12, 31), rule: .dormant(years: 3)))
        let again = CaseForm.step(reopened, to: .closed, on: day(2028, 3, 1), note: "", retention: policy)
        XCTAssertEqual(again.deletionDate, day(2031, 12, 31))
        XCTAssertEqual(CaseRetention.due(again, policy: policy)?.rule, .afterEnd(years: 3), "the latest ending counts")
    }

    func testADormantCaseIsDueYearsAfterItsLastActivity() {
        // The latest timeline entry is the activity, whatever its kind and order.
        var c = makeCase("c.x", "NRW-2026-000009", "A", "B", beruf: "", appointments: [day(2026, 4, 1), day(2025, 1, 1)])
        c.timeline.append(TimelineEntry(day: day(2024, 5, 5), kind: .referral(partner: "p.zab")))
        XCTAssertEqual(CaseRetention.lastActivity(c), day(2026, 4, 1))
        XCTAssertEqual(CaseRetention.due(c, policy: policy), DeletionDue(day: day(2029, 12, 31), rule: .dormant(years: 3)))
        XCTAssertEqual(CaseText.deletionDue(CaseRetention.due(c, policy: policy)!).de, "31.12.2029 (3 Jahre ohne Aktivität)")
        XCTAssertFalse(CaseRetention.isDue(c, on: day(2029, 12, 30), policy: policy))
        XCTAssertTrue(CaseRetention.isDue(c, on: day(2029, 12, 31), policy: policy))
        // New activity moves the date on; nothing is stored.
        c.timeline.append(TimelineEntry(day: day(2029, 11, 1), kind: .appointment(channel: .phone)))
        XCTAssertEqual(CaseRetention.due(c, policy: policy)?.day, day(2032, 12, 31))
        XCTAssertNil(c.deletionDate)
        // Without a timeline, the record's last change (fixedDate: 14.11.2023).
        let quiet = makeCase("c.y", "NRW-2026-000010", "A", "B", beruf: "")
        XCTAssertEqual(CaseRetention.due(quiet, policy: policy), DeletionDue(day: day(2026, 12, 31), rule: .dormant(years: 3)))
        // 0 turns the rule off.
        XCTAssertNil(CaseRetention.due(quiet, policy: RetentionPolicy(afterEnd: 3, esf: 5, dormant: 0)))
    }

    /// An ended case without a stored date (imported, or from an older file) is due by its ending
    /// rule from its "Beendet am" — not years later by the dormant rule counted from the import.
    func testAnImportedEndedCaseIsDueByItsEndingRule() {
        var c = makeCase("c.old", "NRW-2019-000001", "A", "B", beruf: "Arzt", status: .closed)
        c.firstCounsellingDate = day(2019, 2, 1)
        c.applicationDate = day(2019, 3, 1)
        c.recognition.endDate = day(2020, 6, 15)
        XCTAssertNil(c.deletionDate)
        XCTAssertEqual(CaseRetention.due(c, policy: policy), DeletionDue(day: day(2023, 12, 31), rule: .afterEnd(years: 3)))
        XCTAssertTrue(CaseRetention.isDue(c, on: day(2026, 12, 4), policy: policy), "it belongs in the D list")
        c.measureID = "m.health"
        XCTAssertEqual(CaseRetention.due(c, policy: policy), DeletionDue(day: day(2025, 12, 31), rule: .esf(years: 5)))
        // Open, with step dates but no timeline: the latest date is the activity, not the import.
        var open = makeCase("c.open", "NRW-2019-000002", "A", "B", beruf: "", status: .applied)
        open.firstCounsellingDate = day(2019, 2, 1)
        open.applicationDate = day(2019, 3, 1)
        XCTAssertEqual(CaseRetention.lastActivity(open), day(2019, 3, 1))
        XCTAssertEqual(CaseRetention.due(open, policy: policy), DeletionDue(day: day(2022, 12, 31), rule: .dormant(years: 3)))
    }

    func testTheDueViewTakesDormantCasesAndTheConfiguredPeriods() {
        let store = casesStore(fourCases)
        store.send(.cases(.toggleDue)) {
            $0.cases.showsDue = true
            $0[.cases].cursor = ListCursor()
        }
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000003", "NRW-2026-000004"])
        // Mehmet's case has no date; its last appointment was on 01.04.2026. One year without
        // activity makes it due at the end of 2027.
        store.prepare {
            $0.cases.retention.dormant = 1
            $0.lastTick = Self.noon(2027, 12, 31)
        }
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
    }

    func testClosingInTheProgramUsesTheConfiguredPolicy() {
        var c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .qualification)
        c.measureID = "m.health"
        var state = casesState([c])
        state.cases.retention = RetentionPolicy(afterEnd: 3, esf: 7, dormant: 3)
        let store = TestStore(state, environment: testEnvironment)
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(c, $0) }
        store.choose(\CaseStatusForm.status, .closed)
        store.fill(\CaseStatusForm.day, "3.7.2026")
        submitCase(store, changed(c) {
            $0.status = .closed
            $0.deletionDate = day(2033, 12, 31)
            $0.recognition.endDate = day(2026, 7, 3)
            $0.timeline.append(TimelineEntry(day: day(2026, 7, 3), kind: .status(from: .qualification, to: .closed)))
        })
    }
}
