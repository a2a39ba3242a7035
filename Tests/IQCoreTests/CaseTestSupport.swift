import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Shared fixtures of the case tests: "today" is 15.04.2026, four hand-built cases, the case pane's
/// state and store, and the case form's helpers.
protocol CaseTesting {}

extension CaseTesting {
    /// Noon UTC of a day: the same calendar day in every European time zone.
    static func noon(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    /// "Today" for the list and the step forms: Wednesday, 15 April 2026.
    static var todayDate: Date { noon(2026, 4, 15) }
    static var today: Day { Day(year: 2026, month: 4, day: 15)! }

    /// An environment whose clock stands in 2026 (the test environment's stands in 2023).
    static func env2026(id: RecordID = "c.new", user: String = "anna") -> Environment {
        let now = todayDate
        return Environment(now: { now }, newID: { id }, userName: user)
    }

    func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// A case built by hand (revision 1), with appointments in its timeline.
    func makeCase(_ id: RecordID, _ number: String, _ first: String, _ last: String, beruf: String,
                  status: CaseStatus = .firstCounselling, site: RecordID? = nil, counsellor: String = "",
                  deletion: Day? = nil, appointments: [Day] = []) -> Case {
        var c = Case(id: id, meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "seed"), number: number, status: status)
        c.person.firstName = first
        c.person.lastName = last
        c.referenzberuf = beruf
        c.siteID = site
        c.counsellor = counsellor
        c.deletionDate = deletion
        c.timeline = appointments.map { TimelineEntry(day: $0, kind: .appointment(channel: .inPerson)) }
        return c
    }

    /// Four cases, numbered 1–4, whose status and appointment orders both differ from the number
    /// order. Today is 15.04.2026: Lucía's case and Jan's are due for deletion.
    var fourCases: [Case] {
        [
            makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied,
                     site: "s.koeln", counsellor: "anna", deletion: day(2029, 12, 31), appointments: [day(2026, 4, 20)]),
            makeCase("c.mehmet", "NRW-2026-000002", "Mehmet", "Demir", beruf: "Gesundheits- und Krankenpfleger/in",
                     site: "s.muenster", counsellor: "ben", appointments: [day(2026, 4, 1)]),
            makeCase("c.lucia", "NRW-2026-000003", "Lucía", "Fernández", beruf: "Lehrer/in", status: .closed,
                     site: "s.koeln", counsellor: "anna", deletion: day(2025, 12, 31)),
            makeCase("c.jan", "NRW-2026-000004", "Jan", "Nowak", beruf: "Altenpfleger/in", status: .qualification,
                     site: "s.mobil", counsellor: "ben", deletion: day(2026, 4, 15), appointments: [day(2026, 4, 16)]),
        ]
    }

    /// The case pane focused, today 15.04.2026, the fixture's partners, sites and measures.
    func casesState(_ cases: [Case] = [], store: StoreState = StoreState(file: nil, user: "")) -> AppState {
        var state = AppState(document: Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures, cases: cases),
                             store: store)
        state.lastTick = Self.todayDate
        state.focus = .cases
        return state
    }

    func casesStore(_ cases: [Case] = [], environment: Environment = testEnvironment) -> TestStore {
        TestStore(casesState(cases), environment: environment)
    }

    func numbers(_ state: AppState) -> [String] { CaseList.rows(state).map(\.number) }

    /// Clicks the case's row.
    func select(_ id: RecordID, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = CaseList.rows(store.state).firstIndex(where: { $0.id == id }) else {
            return XCTFail("\(id) not in the list", file: file, line: line)
        }
        var cursor = store.state[.cases].cursor
        cursor.select(row, count: store.state.rowCount(.cases))
        store.send(.navigation(.select(.cases, row: row)), file: file, line: line) {
            $0.focus = .cases
            $0[.cases].cursor = cursor
        }
        XCTAssertEqual(CaseReducer.selected(store.state)?.id, id, file: file, line: line)
    }

    /// Opens the new-case form and fills the required names.
    func newCaseForm(_ store: TestStore, first: String = "Olena", last: String = "Kovalenko", file: StaticString = #filePath, line: UInt = #line) {
        let user = store.environment.userName
        store.send(.cases(.newCase), file: file, line: line) { $0.form = CaseForm.editor(for: nil, $0, user: user) }
        store.fill(\CaseEditorForm.firstName, first, file: file, line: line)
        store.fill(\CaseEditorForm.lastName, last, file: file, line: line)
    }

    /// A new case as the form saves it: revision 1 from the environment's clock and user, the
    /// user as counsellor, at the start of the workflow, its Erstberatung today.
    func saved(_ id: RecordID, _ number: String, _ first: String = "Olena", _ last: String = "Kovalenko",
               at date: Date = fixedDate, by user: String = "tester") -> Case {
        var c = Case(id: id, meta: RecordMeta(revision: 1, modifiedAt: date, modifiedBy: user), number: number)
        c.person.firstName = first
        c.person.lastName = last
        c.counsellor = user
        c.firstCounsellingDate = Self.today
        return c
    }

    /// A case after a form changed it: revision 2, stamped with the test clock and user.
    func changed(_ c: Case, _ change: (inout Case) -> Void) -> Case {
        var c = c
        change(&c)
        c.meta = RecordMeta(revision: 2, modifiedAt: fixedDate, modifiedBy: "tester")
        return c
    }

    /// Submits the case form (new, edited or a step) and expects the case saved as `c`.
    func submitCase(_ store: TestStore, _ c: Case, file: StaticString = #filePath, line: UInt = #line) {
        let label = CaseText.labelCaseSaved(c.number)
        store.send(.form(.submit), file: file, line: line) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label)
            $0.status = shown(label)
        }
    }
}
