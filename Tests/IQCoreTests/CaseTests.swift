import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Counselling cases: days typed the German and the ISO way, the workflow's allowed steps,
/// case numbers, the case form (refusals, the suggested zuständige Stelle, the Referenzberuf
/// from the table), status steps, appointments and referrals, the pseudonymised list with its
/// filters, sort orders and the deletion view, the purge that leaves nothing behind, and the
/// case in the snapshot and the recovery journal.
final class CaseTests: XCTestCase {
    // MARK: Fixtures

    /// Noon UTC of a day: the same calendar day in every European time zone.
    private static func noon(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    /// "Today" for the list and the step forms: Wednesday, 15 April 2026.
    private static let todayDate = noon(2026, 4, 15)
    private static let today = Day(year: 2026, month: 4, day: 15)!

    /// An environment whose clock stands in 2026 (the test environment's stands in 2023).
    private static func env2026(id: RecordID = "c.new", user: String = "anna") -> Environment {
        let now = todayDate
        return Environment(now: { now }, newID: { id }, userName: user)
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// A case built by hand (revision 1), with appointments in its timeline.
    private func makeCase(_ id: RecordID, _ number: String, _ first: String, _ last: String, beruf: String,
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
    private var fourCases: [Case] {
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
    private func casesState(_ cases: [Case] = [], store: StoreState = StoreState(file: nil, user: "")) -> AppState {
        var state = AppState(document: Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures, cases: cases),
                             store: store)
        state.lastTick = CaseTests.todayDate
        state.focus = .cases
        return state
    }

    private func casesStore(_ cases: [Case] = [], environment: Environment = testEnvironment) -> TestStore {
        TestStore(casesState(cases), environment: environment)
    }

    /// A store whose data file is loaded and writable.
    private func readyStore(_ cases: [Case] = []) -> TestStore {
        var state = casesState(cases, store: StoreState(file: SnapshotFile(path: "/tmp/x/iq.plist"), user: "t"))
        state.store.phase = .ready
        return TestStore(state)
    }

    private let journal = "/tmp/x/iq.plist.t.host.0.0.journal"

    private func numbers(_ state: AppState) -> [String] { CaseList.rows(state).map(\.number) }

    /// Clicks the case's row.
    private func select(_ id: RecordID, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
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

    // MARK: Form helpers

    private func error<Input: FormInput>(_ field: WritableKeyPath<CaseEditorForm, Input>, _ state: AppState) -> Message? {
        state.form?.model(CaseEditorForm.self)?[keyPath: field].control.error
    }

    /// Opens the new-case form and fills the required names.
    private func newCaseForm(_ store: TestStore, first: String = "Olena", last: String = "Kovalenko", file: StaticString = #filePath, line: UInt = #line) {
        let user = store.environment.userName
        store.send(.cases(.newCase), file: file, line: line) { $0.form = CaseForm.editor(for: nil, $0, user: user) }
        store.fill(\CaseEditorForm.firstName, first, file: file, line: line)
        store.fill(\CaseEditorForm.lastName, last, file: file, line: line)
    }

    /// A new case as the form saves it: revision 1 from the environment's clock and user, the
    /// user as counsellor, at the start of the workflow.
    private func saved(_ id: RecordID, _ number: String, _ first: String = "Olena", _ last: String = "Kovalenko",
                       at date: Date = fixedDate, by user: String = "tester") -> Case {
        var c = Case(id: id, meta: RecordMeta(revision: 1, modifiedAt: date, modifiedBy: user), number: number)
        c.person.firstName = first
        c.person.lastName = last
        c.counsellor = user
        return c
    }

    /// Whether an edit (or a step of it) holds or removes the record.
    private func touches(_ edit: DocumentEdit, _ kind: RecordKind, _ id: RecordID) -> Bool {
        switch edit {
        case .put(let r), .insert(let r, _): r.kind == kind && r.id == id
        case .remove(let k, let i): k == kind && i == id
        case .batch(let edits): edits.contains { touches($0, kind, id) }
        }
    }

    // MARK: Days

    func testGermanAndISODaysParse() {
        let april3 = day(2026, 4, 3)
        XCTAssertEqual(Day(parsing: "3.4.2026"), april3)
        XCTAssertEqual(Day(parsing: "03.04.26"), april3, "two-digit years are 20xx")
        XCTAssertEqual(Day(parsing: "03.04.2026"), april3)
        XCTAssertEqual(Day(parsing: "2026-04-03"), april3)
        XCTAssertEqual(Day(parsing: "2026-4-3"), april3)
        XCTAssertEqual(Day(parsing: "  3.4.2026 "), april3, "spaces around are ignored")
        XCTAssertEqual(Day(parsing: "29.2.2024"), day(2024, 2, 29), "a leap day")
        XCTAssertEqual(Day(parsing: "29.2.2000"), day(2000, 2, 29), "2000 was a leap year")
    }

    func testImpossibleOrGarbledDaysAreRefused() {
        for text in ["31.2.2026", "29.2.2026", "29.2.2100", "31.4.2026", "0.4.2026", "3.13.2026", "2026-02-30", "2026-13-01",
                     "x", "", "3.4.", "3.4", "3..2026", "3.4.2026.1", "2026-04", "drei.vier.2026", "3.4.1800"] {
            XCTAssertNil(Day(parsing: text), "'\(text)'")
        }
        XCTAssertNil(Day(year: 2026, month: 2, day: 29))
        XCTAssertNil(Day(year: 2026, month: 0, day: 1))
    }

    func testDaysAreWrittenTheGermanOrTheISOWay() {
        let d = day(2026, 4, 3)
        XCTAssertEqual(d.text(.de), "03.04.2026")
        XCTAssertEqual(d.text(.en), "2026-04-03")
        XCTAssertEqual(d.description, "2026-04-03", "the snapshot's form")
        XCTAssertEqual(day(2026, 12, 31).text(.de), "31.12.2026")
        for text in ["03.04.2026", "2026-04-03"] { XCTAssertEqual(Day(parsing: text)?.text(.de), "03.04.2026") }
        XCTAssertEqual(Day.endOfYear(2029), day(2029, 12, 31))
        XCTAssertTrue(day(2026, 4, 3) < day(2026, 4, 4))
        XCTAssertTrue(day(2026, 4, 30) < day(2026, 5, 1))
        XCTAssertTrue(day(2025, 12, 31) < day(2026, 1, 1))
        XCTAssertEqual(Day(CaseTests.todayDate), CaseTests.today, "the day of a moment")
    }

    // MARK: The workflow

    func testEveryAllowedStatusStep() {
        let allowed: [CaseStatus: Set<CaseStatus>] = [
            .firstCounselling: [.preparingApplication, .closed, .cancelled],
            .preparingApplication: [.applied, .firstCounselling, .cancelled],
            .applied: [.decisionReceived, .preparingApplication, .cancelled],
            .decisionReceived: [.qualification, .closed, .applied, .cancelled],
            .qualification: [.closed, .decisionReceived, .cancelled],
            .closed: [.qualification, .decisionReceived, .firstCounselling],
            .cancelled: [.firstCounselling],
        ]
        for from in CaseStatus.allCases {
            XCTAssertEqual(Set(from.next), allowed[from], "\(from)")
            XCTAssertEqual(from.next.count, Set(from.next).count, "no step listed twice from \(from)")
            for to in CaseStatus.allCases {
                XCTAssertEqual(from.canMove(to: to), allowed[from]?.contains(to) == true, "\(from) → \(to)")
            }
        }
        // The usual way forward comes first: it is preselected in the status form.
        XCTAssertEqual(CaseStatus.firstCounselling.next.first, .preparingApplication)
        XCTAssertEqual(CaseStatus.applied.next.first, .decisionReceived)
    }

    func testForbiddenStatusSteps() {
        XCTAssertFalse(CaseStatus.firstCounselling.canMove(to: .applied), "the application is prepared first")
        XCTAssertFalse(CaseStatus.firstCounselling.canMove(to: .decisionReceived))
        XCTAssertFalse(CaseStatus.preparingApplication.canMove(to: .decisionReceived), "no decision without an application")
        XCTAssertFalse(CaseStatus.preparingApplication.canMove(to: .closed))
        XCTAssertFalse(CaseStatus.applied.canMove(to: .firstCounselling), "back only one step")
        XCTAssertFalse(CaseStatus.applied.canMove(to: .closed))
        XCTAssertFalse(CaseStatus.qualification.canMove(to: .applied))
        XCTAssertFalse(CaseStatus.closed.canMove(to: .cancelled), "an end is not cancelled")
        XCTAssertFalse(CaseStatus.cancelled.canMove(to: .closed))
        XCTAssertFalse(CaseStatus.cancelled.canMove(to: .applied), "a cancelled case starts over")
        for status in CaseStatus.allCases { XCTAssertFalse(status.canMove(to: status), "no step from \(status) to itself") }
    }

    func testCancelledFromEverywhereButTheEnds() {
        XCTAssertEqual(CaseStatus.allCases.filter(\.isEnded), [.closed, .cancelled])
        for status in CaseStatus.allCases {
            XCTAssertEqual(status.canMove(to: .cancelled), !status.isEnded, "\(status)")
        }
    }

    func testEndedCasesCanBeReopened() {
        XCTAssertTrue(CaseStatus.closed.canMove(to: .qualification), "closed after the measure: back to it")
        XCTAssertTrue(CaseStatus.closed.canMove(to: .decisionReceived), "closed after full recognition: back to the decision")
        XCTAssertTrue(CaseStatus.closed.canMove(to: .firstCounselling), "closed after the first talk: back to it")
        XCTAssertEqual(CaseStatus.cancelled.next, [.firstCounselling])
        for status in CaseStatus.allCases where status.isEnded {
            XCTAssertTrue(status.next.contains { !$0.isEnded }, "\(status) can be reopened")
        }
        XCTAssertTrue(CaseStatus.firstCounselling < .preparingApplication && CaseStatus.qualification < .closed && CaseStatus.closed < .cancelled)
    }

    // MARK: Case numbers

    func testCaseNumbersCountUpPerYear() {
        XCTAssertEqual(CaseList.nextNumber(in: Document(), year: 2026), "NRW-2026-000001")
        let one = makeCase("c.1", "NRW-2026-000001", "A", "B", beruf: "")
        XCTAssertEqual(CaseList.nextNumber(in: Document(cases: [one]), year: 2026), "NRW-2026-000002")
        let mixed = Document(cases: [
            makeCase("c.a", "NRW-2025-000041", "A", "B", beruf: ""),
            makeCase("c.b", "NRW-2026-000007", "A", "B", beruf: ""),
            makeCase("c.c", "NRW-2026-000003", "A", "B", beruf: ""),
            makeCase("c.d", "NRW-2027-000900", "A", "B", beruf: ""),
            makeCase("c.e", "ALT-2026-999999", "A", "B", beruf: ""),
            makeCase("c.f", "NRW-2026-kaputt", "A", "B", beruf: ""),
        ])
        XCTAssertEqual(CaseList.nextNumber(in: mixed, year: 2026), "NRW-2026-000008", "the highest of the year, other years ignored")
        XCTAssertEqual(CaseList.nextNumber(in: mixed, year: 2025), "NRW-2025-000042")
        XCTAssertEqual(CaseList.nextNumber(in: mixed, year: 2028), "NRW-2028-000001", "a new year starts at 1")
        let big = Document(cases: [makeCase("c.x", "NRW-2026-123456", "A", "B", beruf: "")])
        XCTAssertEqual(CaseList.nextNumber(in: big, year: 2026), "NRW-2026-123457")
    }

    func testNewCasesAreNumberedByTheYearOfTheEnvironmentsClock() {
        let store = casesStore(environment: CaseTests.env2026(id: "c.1"))
        newCaseForm(store)
        let first = saved("c.1", "NRW-2026-000001", at: CaseTests.todayDate, by: "anna")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(first)), label: CaseText.labelCaseSaved("NRW-2026-000001"))
            $0.store.lastEditAt = CaseTests.todayDate
            $0.status = StatusMessage(CaseText.labelCaseSaved("NRW-2026-000001"), expiresAt: CaseTests.todayDate.addingTimeInterval(5))
        }
        store.environment = CaseTests.env2026(id: "c.2")
        newCaseForm(store, first: "Mehmet", last: "Demir")
        let second = saved("c.2", "NRW-2026-000002", "Mehmet", "Demir", at: CaseTests.todayDate, by: "anna")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(second)), label: CaseText.labelCaseSaved("NRW-2026-000002"))
            $0.store.lastEditAt = CaseTests.todayDate
            $0[.cases].cursor.selected = 1
            $0.status = StatusMessage(CaseText.labelCaseSaved("NRW-2026-000002"), expiresAt: CaseTests.todayDate.addingTimeInterval(5))
        }

        // The test environment's clock stands in November 2023: that year's first number, not
        // 2026's, though the list calls 2026 today — the clock of the moment of saving counts.
        XCTAssertEqual(Day(fixedDate).year, 2023)
        store.environment = testEnvironment
        newCaseForm(store, first: "Jan", last: "Nowak")
        let third = saved("id-1", "NRW-2023-000001", "Jan", "Nowak")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(third)), label: CaseText.labelCaseSaved("NRW-2023-000001"))
            $0[.cases].cursor.selected = 0
            $0.status = shown(CaseText.labelCaseSaved("NRW-2023-000001"))
        }
        XCTAssertEqual(store.state.today.year, 2026)
    }

    // MARK: The case form

    func testTheNewCaseFormOpensEmptyWithTheFirstNameFocused() {
        let store = casesStore(fourCases)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        XCTAssertEqual(store.state.inputMode, .form)
        let form = store.state.form
        XCTAssertEqual(form?.purpose, .newCase)
        XCTAssertEqual(form?.title, "Neuer Fall")
        XCTAssertEqual(form?.focus, form?.index(of: \CaseEditorForm.firstName))
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.firstName.control.isRequired, true)
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.lastName.control.isRequired, true)
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.counsellor.value, "tester", "the counsellor is the one who opens it")
        XCTAssertEqual(form?.isChanged, false)
        XCTAssertFalse(form?.hasErrors ?? true, "no errors before anything was typed")
    }

    func testEmptyNamesAreNotSaved() {
        let store = casesStore(fourCases)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        // The form stays open, nothing is saved, the focus goes to the first wrong field.
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \CaseEditorForm.firstName) { $0.firstName.control.error = FormText.formRequired; $0.lastName.control.error = FormText.formRequired }
        }
        XCTAssertEqual(store.state.inputMode, .form)

        // Blanks are no name either.
        store.fill(\CaseEditorForm.firstName, "   ")
        store.fill(\CaseEditorForm.lastName, "Kovalenko")
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.firstName) { $0.firstName.control.error = FormText.formRequired } }
        XCTAssertNil(error(\.lastName, store.state))
    }

    func testADecisionBeforeTheApplicationIsNotSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.applicationDate, "10.3.2026")
        store.choose(\CaseEditorForm.decision, .partial)
        store.fill(\CaseEditorForm.decisionDate, "01.03.2026")
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \CaseEditorForm.decisionDate) { $0.decisionDate.control.error = CaseText.formDecisionBeforeApplication }
        }
        XCTAssertNil(error(\.applicationDate, store.state))

        // The same day is fine.
        store.fill(\CaseEditorForm.decisionDate, "2026-03-10")
        XCTAssertNil(error(\.decisionDate, store.state))
        var c = saved("id-1", "NRW-2023-000001")
        c.applicationDate = day(2026, 3, 10)
        c.decision = .partial
        c.decisionDate = day(2026, 3, 10)
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: CaseText.labelCaseSaved("NRW-2023-000001"))
            $0.status = shown(CaseText.labelCaseSaved("NRW-2023-000001"))
        }
    }

    func testADecisionWithoutItsDateIsNotSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.choose(\CaseEditorForm.decision, .full)
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.decisionDate) { $0.decisionDate.control.error = CaseText.formDecisionNeedsDate } }
        // A date without a decision is no error.
        store.choose(\CaseEditorForm.decision, nil)
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.decision.value?.formToken)
        store.fill(\CaseEditorForm.decisionDate, "3.4.2026")
        XCTAssertNil(error(\.decisionDate, store.state))
    }

    func testAnImpossibleDayIsNotSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.choose(\CaseEditorForm.decision, .full)
        store.fill(\CaseEditorForm.decisionDate, "31.2.2026")
        // A bad day, not a missing one.
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.decisionDate) { $0.decisionDate.control.error = CaseText.formBadDay } }
        for (key, field) in [("applicationDate", \CaseEditorForm.applicationDate), ("consentDate", \.consentDate), ("deletionDate", \.deletionDate)] {
            store.fill(field, "31.2.2026")
            XCTAssertEqual(error(field, store.state), CaseText.formBadDay, key)
            store.fill(field, "")
            XCTAssertNil(error(field, store.state), key)
        }
        store.fill(\CaseEditorForm.birthYear, "85")
        XCTAssertEqual(error(\.birthYear, store.state), CaseText.formBadYear)
        store.fill(\CaseEditorForm.email, "olena(at)example.org")
        XCTAssertEqual(error(\.email, store.state), FormText.formBadEmail)
        store.fill(\CaseEditorForm.phone, "bitte anrufen")
        XCTAssertEqual(error(\.phone, store.state), FormText.formBadPhone)
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.birthYear) { _ in } }
    }

    func testAValidNewCaseIsSavedNumberedStampedSelectedAndUndoneInOneStep() {
        let others = [
            makeCase("c.a", "NRW-2023-000001", "Anna", "Alt", beruf: "Lehrer/in"),
            makeCase("c.b", "NRW-2024-000001", "Bert", "Bald", beruf: "Lehrer/in"),
            makeCase("c.c", "NRW-2023-000002", "Carla", "Clever", beruf: "Lehrer/in"),
        ]
        let store = casesStore(others)
        newCaseForm(store)
        store.fill(\CaseEditorForm.birthYear, "1991")
        store.choose(\CaseEditorForm.sex, .female)
        store.fill(\CaseEditorForm.phone, "+49 221 123456")
        store.fill(\CaseEditorForm.email, "olena@example.org")
        store.fill(\CaseEditorForm.qualification, "Vykhovatel (Kyjiw)")
        store.fill(\CaseEditorForm.countryOfTraining, "UA")
        store.fill(\CaseEditorForm.nationality, "ukrainisch")
        store.fill(\CaseEditorForm.yearOfEntry, "2022")
        store.fill(\CaseEditorForm.residence, "Köln")
        store.choose(\CaseEditorForm.benefits, .sgbII)
        store.choose(\CaseEditorForm.germanLevel, .b2)
        store.choose(\CaseEditorForm.cameVia, .jobcenter)
        store.choose(\CaseEditorForm.site, "s.koeln")
        store.fill(\CaseEditorForm.applicationDate, "3.3.2026")
        store.choose(\CaseEditorForm.measure, "m.pflege")
        store.fill(\CaseEditorForm.consentDate, "03.02.26")
        store.fill(\CaseEditorForm.notes, "Unterlagen vollständig.\n")

        // The id from the environment, the number after the year's highest, no timeline, no
        // decision, no deletion date; trailing line breaks trimmed; without a Referenzberuf
        // "regulated" stays unknown and no authority is filled in.
        var c = saved("id-1", "NRW-2023-000003")
        c.person.birthYear = 1991
        c.person.sex = .female
        c.person.phone = "+49 221 123456"
        c.person.email = "olena@example.org"
        c.qualification = "Vykhovatel (Kyjiw)"
        c.countryOfTraining = "UA"
        c.nationality = "ukrainisch"
        c.yearOfEntry = 2022
        c.residence = "Köln"
        c.benefits = .sgbII
        c.germanLevel = .b2
        c.cameVia = .jobcenter
        c.siteID = "s.koeln"
        c.applicationDate = day(2026, 3, 3)
        c.measureID = "m.pflege"
        // The measure's only Träger.
        c.providerID = "p.caritas"
        c.consentDate = day(2026, 2, 3)
        c.notes = "Unterlagen vollständig."
        let label = CaseText.labelCaseSaved("NRW-2023-000003")
        // Saved, closed and selected in the list: 2023-1, 2023-2, the new 2023-3, then 2024-1.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label)
            $0[.cases].cursor.selected = 2
            $0.status = shown(label)
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
        XCTAssertEqual(numbers(store.state), ["NRW-2023-000001", "NRW-2023-000002", "NRW-2023-000003", "NRW-2024-000001"])
        XCTAssertEqual(CaseReducer.selected(store.state)?.id, "id-1")
        assertCursorValid(store.state, .cases)

        // One undo takes the whole case back.
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.cases.items, others)
        XCTAssertFalse(store.state.history.canUndo)
        assertCursorValid(store.state, .cases)
        store.send(.document(.redo)) {
            _ = $0.documentState.history.redo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusRedone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.cases["id-1"], c)
    }

    func testEditingKeepsNumberStatusAndTimeline() {
        var original = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied,
                                site: "s.koeln", counsellor: "anna", appointments: [day(2026, 4, 20)])
        original.timeline.insert(TimelineEntry(day: day(2026, 2, 1), kind: .status(from: .firstCounselling, to: .preparingApplication)), at: 0)
        original.timeline.insert(TimelineEntry(day: day(2026, 3, 1), kind: .status(from: .preparingApplication, to: .applied), note: "per Post"), at: 1)
        original.applicationDate = day(2026, 3, 1)
        let store = casesStore([makeCase("c.other", "NRW-2025-000009", "X", "Y", beruf: ""), original])
        select("c.olena", store)
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: original, $0, user: "tester") }
        let form = store.state.form
        XCTAssertEqual(form?.purpose, .editCase("c.olena"))
        XCTAssertEqual(form?.title, "Fall NRW-2026-000001 bearbeiten")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.firstName.value, "Olena", "the form shows the case")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.applicationDate.value, "01.03.2026", "days the German way")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.site.value?.formToken, "s.koeln")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.counsellor.value, "anna", "the case's counsellor, not the user")

        store.fill(\CaseEditorForm.lastName, "Kovalenko-Schmidt")
        store.fill(\CaseEditorForm.residence, "Bonn")
        store.environment = CaseTests.env2026(user: "ben")
        // Edited in place: the number, the status, the timeline never change by the form.
        var edited = original
        edited.person.lastName = "Kovalenko-Schmidt"
        edited.residence = "Bonn"
        // An unknown "regulated" comes from the table of the Referenzberuf.
        edited.regulated = true
        edited.meta = RecordMeta(revision: 2, modifiedAt: CaseTests.todayDate, modifiedBy: "ben")
        let label = CaseText.labelCaseSaved("NRW-2026-000001")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(edited)), label: label)
            $0.store.lastEditAt = CaseTests.todayDate
            $0.status = StatusMessage(label, expiresAt: CaseTests.todayDate.addingTimeInterval(5))
        }
        XCTAssertEqual(CaseReducer.selected(store.state)?.id, "c.olena")
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.store.lastEditAt = CaseTests.todayDate
            $0.status = StatusMessage(CommonText.statusUndone(label.text(.de)), expiresAt: CaseTests.todayDate.addingTimeInterval(5))
        }
        XCTAssertEqual(store.state.document.cases["c.olena"], original)
    }

    func testEditAndStepsNeedASelectedCase() {
        let store = casesStore()
        for action in [CaseAction.editCase, .stepStatus, .addAppointment, .addReferral, .purge] {
            store.send(.cases(action))
        }
        // A new case needs none.
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
    }

    // MARK: The suggested zuständige Stelle, the Referenzberuf

    func testTheSuggestedAuthorityIsAWarningAtTheAuthorityField() throws {
        let store = casesStore()
        newCaseForm(store)
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning, "nothing to suggest yet")
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.fill(\CaseEditorForm.countryOfTraining, "PL")
        let warning = try XCTUnwrap(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning)
        let text = warning.text(.de)
        XCTAssertTrue(text.hasPrefix("Vorschlag: Bezirksregierung Arnsberg – "), text)
        XCTAssertTrue(text.contains("Polen (PL)"), "the reason names the country: \(text)")
        XCTAssertNil(error(\.authority, store.state), "a suggestion, not an error")
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.authority.value, "", "nothing is typed for the counsellor")

        // Another country of training, another Bezirksregierung; training in Germany: no suggestion.
        store.fill(\CaseEditorForm.countryOfTraining, "Frankreich")
        XCTAssertTrue(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de).hasPrefix("Vorschlag: Bezirksregierung Köln") == true)
        store.fill(\CaseEditorForm.countryOfTraining, "DE")
        let needs = store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de) ?? ""
        XCTAssertFalse(needs.isEmpty, "the rules say why they cannot suggest")
        XCTAssertFalse(needs.hasPrefix("Vorschlag"), needs)
        store.fill(\CaseEditorForm.referenzberuf, "")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning, "gone with the Referenzberuf")
    }

    /// Submits the new-case form and expects it saved as the first case of 2023 (the test clock).
    private func submitNewCase(_ store: TestStore, _ c: Case, file: StaticString = #filePath, line: UInt = #line) {
        let label = CaseText.labelCaseSaved(c.number)
        store.send(.form(.submit), file: file, line: line) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label)
            $0.status = shown(label)
        }
    }

    func testAnEmptyAuthorityIsFilledFromTheSuggestionOnSave() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.fill(\CaseEditorForm.countryOfTraining, "PL")
        // A warning does not stop saving: the authority with its partner, the table's name of
        // the Referenzberuf, and an unknown "regulated" from the table.
        var c = saved("id-1", "NRW-2023-000001")
        c.countryOfTraining = "PL"
        c.referenzberuf = "Erzieher/in"
        c.regulated = true
        c.authority = "Bezirksregierung Arnsberg"
        c.authorityID = "partner.bezreg-arnsberg"
        submitNewCase(store, c)
    }

    func testATypedAuthorityIsKept() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.fill(\CaseEditorForm.countryOfTraining, "PL")
        store.fill(\CaseEditorForm.authority, "Landesjugendamt Westfalen")
        store.choose(\CaseEditorForm.regulated, false)
        // The counsellor's entry wins and is no seed partner; a chosen "regulated" is kept too.
        var c = saved("id-1", "NRW-2023-000001")
        c.countryOfTraining = "PL"
        c.referenzberuf = "Erzieher/in"
        c.regulated = false
        c.authority = "Landesjugendamt Westfalen"
        submitNewCase(store, c)
    }

    func testTheReferenzberufIsSavedAsTheTableNamesIt() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Krankenschwester")
        XCTAssertTrue(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de).hasPrefix("Vorschlag: Bezirksregierung Münster (ZAG-PuG)") == true)
        var c = saved("id-1", "NRW-2023-000001")
        c.referenzberuf = "Gesundheits- und Krankenpfleger/in"
        XCTAssertEqual(c.referenzberuf, ReferenceOccupations.occupation(id: "gesundheits-krankenpfleger")?.name)
        c.regulated = true
        c.authority = "Bezirksregierung Münster (ZAG-PuG)"
        c.authorityID = "partner.bezreg-muenster"
        submitNewCase(store, c)

        // A Referenzberuf the table does not know is kept as typed, with nothing filled in.
        let free = casesStore()
        newCaseForm(free)
        free.fill(\CaseEditorForm.referenzberuf, "Schiffsbaumeister aus Übersee")
        var typed = saved("id-1", "NRW-2023-000001")
        typed.referenzberuf = "Schiffsbaumeister aus Übersee"
        submitNewCase(free, typed)
    }

    // MARK: Status steps, appointments, referrals

    /// A case after a form changed it: revision 2, stamped with the test clock and user.
    private func changed(_ c: Case, _ change: (inout Case) -> Void) -> Case {
        var c = c
        change(&c)
        c.meta = RecordMeta(revision: 2, modifiedAt: fixedDate, modifiedBy: "tester")
        return c
    }

    /// Submits a case's step form and expects the case saved as `c`.
    private func submitStep(_ store: TestStore, _ c: Case, file: StaticString = #filePath, line: UInt = #line) {
        let label = CaseText.labelCaseSaved(c.number)
        store.send(.form(.submit), file: file, line: line) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label)
            $0.status = shown(label)
        }
    }

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
        XCTAssertEqual(options.map(\.token), CaseStatus.applied.next.map(\.rawValue), "only the allowed steps are offered")
        XCTAssertEqual(options.map(\.label), ["Bescheid erhalten", "Antrag in Vorbereitung", "Abgebrochen"])
        XCTAssertEqual(form?.model(CaseStatusForm.self)?.status.value?.formToken, "decisionReceived", "the way forward is preselected")
        XCTAssertEqual(form?.model(CaseStatusForm.self)?.day.value, "15.04.2026", "today, the German way")

        // Not stepped with a bad day.
        store.fill(\CaseStatusForm.day, "31.2.2026")
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseStatusForm.day) { $0.day.control.error = CaseText.formBadDay } }

        store.fill(\CaseStatusForm.day, "20.4.2026")
        store.fill(\CaseStatusForm.note, "Bescheid per Post")
        // Not an end: no deletion date.
        let stepped = changed(c) {
            $0.status = .decisionReceived
            $0.timeline.append(TimelineEntry(day: day(2026, 4, 20), kind: .status(from: .applied, to: .decisionReceived), note: "Bescheid per Post"))
        }
        submitStep(store, stepped)
        // One undo takes the step back.
        store.send(.document(.undo)) { $0.expectUndo() }
        XCTAssertEqual(store.state.document.cases["c.olena"], c)
    }

    func testAStepNoLongerAllowedIsRefused() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .applied)
        let store = casesStore([c])
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(c, $0) }
        XCTAssertEqual(store.state.form?.model(CaseStatusForm.self)?.status.value?.formToken, "decisionReceived")
        // Meanwhile the case was cancelled (a merge brought someone else's change).
        var cancelled = c
        cancelled.status = .cancelled
        store.prepare { $0.document.cases.put(cancelled) }
        // No step from Abgebrochen to Bescheid erhalten: the form stays open.
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
        submitStep(store, changed(c) {
            $0.status = .closed
            $0.deletionDate = day(2029, 12, 31)
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
        submitStep(store, booked)
        XCTAssertEqual(booked.nextAppointment(after: CaseTests.today), day(2026, 4, 22))
    }

    func testAReferralIsAddedToTheTimeline() {
        let c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "")
        let store = casesStore([c])
        store.send(.cases(.addReferral)) { $0.form = CaseForm.referralForm(c, $0) }
        XCTAssertEqual(store.state.form?.purpose, .caseReferral("c.olena"))
        guard case .choice(let partners)? = store.state.form?.model(ReferralForm.self)?.partner.control.kind else { return XCTFail("no partner choice") }
        XCTAssertEqual(partners.map(\.label), ["Agentur für Arbeit Köln", "Bezirksregierung Münster", "Caritas Düsseldorf",
                                               "Diakonie an der Hauptstraße", "Eine Welt Netz Bonn"], "the partners by name")
        XCTAssertEqual(store.state.form?.model(ReferralForm.self)?.partner.value?.formToken, "p.agentur")
        store.choose(\ReferralForm.partner, "p.caritas")
        store.fill(\ReferralForm.note, "Sprachkurs")
        submitStep(store, changed(c) { $0.timeline = [TimelineEntry(day: CaseTests.today, kind: .referral(partner: "p.caritas"), note: "Sprachkurs")] })
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

    // MARK: The list

    func testSearchingFindsNumbersAndReferenzberufeButNeverNames() {
        let store = casesStore(fourCases)
        store.send(.filter(.begin)) { $0[.cases].isFiltering = true }
        func search(_ text: String) {
            store.send(.filter(.edit(.deleteToStart))) { $0[.cases].filter = TextField() }
            store.type(text) { $0[.cases].filter = TextField(text) }
        }
        for name in ["Olena", "Kovalenko", "Mehmet", "Demir", "Lucía", "Lucia", "Fernández", "fernandez", "Nowak"] {
            search(name)
            XCTAssertEqual(numbers(store.state), [], "'\(name)' finds nobody")
        }
        search("000002")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002"])
        search("Krankenpfleger")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002"])
        search("erzieher")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001"], "ignoring case")
        search("pfleger")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000004"])
        search("NRW-2026")
        XCTAssertEqual(numbers(store.state).count, 4)
    }

    func testInitialsNameNoOne() {
        let c = fourCases[2]
        XCTAssertEqual(c.initials, "L. F.")
        XCTAssertEqual(makeCase("c.x", "N", "", "Demir", beruf: "").initials, "D.")
        XCTAssertEqual(makeCase("c.x", "N", "", "", beruf: "").initials, "")
    }

    func testFiltersByStatusSiteAndCounsellor() {
        let store = casesStore(fourCases)
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        func open() { store.send(.cases(.openFilter)) { $0.form = CaseForm.filterForm($0) } }
        func apply(_ filter: CaseFilter, file: StaticString = #filePath, line: UInt = #line) {
            store.send(.form(.submit), file: file, line: line) {
                $0.form = nil
                $0.cases.filter = filter
            }
        }
        open()
        XCTAssertEqual(store.state.form?.purpose, .caseFilter)
        guard case .choice(let counsellors)? = store.state.form?.model(CaseFilterForm.self)?.counsellor.control.kind else { return XCTFail("no counsellor choice") }
        XCTAssertEqual(counsellors.map(\.token), ["", "anna", "ben"], "Alle, then the counsellors of the cases")
        store.choose(\CaseFilterForm.status, .applied)
        apply(CaseFilter(status: .applied))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001"])

        open()
        XCTAssertEqual(store.state.form?.model(CaseFilterForm.self)?.status.value?.formToken, "applied", "the filter in force is preselected")
        store.choose(\CaseFilterForm.status, nil)
        store.choose(\CaseFilterForm.site, "s.koeln")
        apply(CaseFilter(siteID: "s.koeln"))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000003"])

        open()
        store.choose(\CaseFilterForm.site, nil)
        store.choose(\CaseFilterForm.counsellor, "ben")
        apply(CaseFilter(counsellor: "ben"))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000004"])

        // Facets combine.
        open()
        store.choose(\CaseFilterForm.site, "s.mobil")
        apply(CaseFilter(siteID: "s.mobil", counsellor: "ben"))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000004"])

        // Alle everywhere is no filter.
        open()
        store.choose(\CaseFilterForm.site, nil)
        store.choose(\CaseFilterForm.counsellor, nil)
        apply(CaseFilter())
        XCTAssertTrue(store.state.cases.filter.isEmpty)
        XCTAssertEqual(numbers(store.state).count, 4)
    }

    func testSortByNumberStatusAndNextAppointment() {
        let store = casesStore(fourCases)
        XCTAssertEqual(store.state.cases.sort, .number)
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        store.send(.navigation(.move(.end))) { $0[.cases].cursor.selected = 3 }
        // A new order starts at the top.
        store.send(.cases(.cycleSort)) {
            $0.cases.sort = .status
            $0[.cases].cursor = ListCursor()
        }
        // Erstberatung, Antrag gestellt, Qualifizierung, Abgeschlossen.
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000001", "NRW-2026-000004", "NRW-2026-000003"])
        store.send(.cases(.cycleSort)) { $0.cases.sort = .appointment }
        // 16.04. (Jan), 20.04. (Olena); then without one (Mehmet's 01.04. is past) in number order.
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000004", "NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003"])
        // And round again.
        store.send(.cases(.cycleSort)) { $0.cases.sort = .number }
        XCTAssertEqual(CaseSort.allCases.map(\.next), [.status, .appointment, .number])
    }

    func testTheDueViewShowsOnlyCasesWhoseDeletionDateHasCome() {
        let store = casesStore(fourCases)
        store.send(.navigation(.move(.end))) { $0[.cases].cursor.selected = 3 }
        store.send(.cases(.toggleDue)) {
            $0.cases.showsDue = true
            $0[.cases].cursor = ListCursor()
        }
        // Lucía's 31.12.2025 has passed, Jan's is today; Olena's is 2029 and Mehmet's case has none.
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000003", "NRW-2026-000004"])
        assertCursorValid(store.state, .cases)
        // As time goes by.
        store.prepare { $0.lastTick = CaseTests.noon(2030, 1, 1) }
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000003", "NRW-2026-000004"])
        store.send(.cases(.toggleDue)) { $0.cases.showsDue = false }
        XCTAssertEqual(numbers(store.state).count, 4)
    }

    // MARK: Purge

    func testPurgeAsksAndCancelKeepsTheCase() {
        let store = casesStore(fourCases)
        select("c.lucia", store)
        // Nothing happens before the answer.
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        XCTAssertEqual(store.state.inputMode, .confirmDelete)
        store.send(.cases(.cancelPurge)) { $0.overlay = nil }
        // No question, no purge.
        store.send(.cases(.confirmPurge))
        XCTAssertNotNil(store.state.document.cases["c.lucia"])
    }

    func testPurgeRemovesTheCaseFromTheDocumentAndTheUndoHistory() {
        let now = CaseTests.todayDate
        let store = casesStore(fourCases, environment: CaseTests.env2026(id: "c.new"))
        // Setting up a history of the new case (created, edited, given an appointment, stepped
        // forward; one unrelated edit in between) is driven; the purge is asserted in full.
        newCaseForm(store, first: "Tetiana", last: "Bondar")
        store.drive([.form(.submit), .cases(.editCase)])
        store.fill(\CaseEditorForm.referenzberuf, "Lehrerin")
        store.drive([.form(.submit)])
        var caritas = Fixture.caritas
        caritas.name = "Caritas Düsseldorf e. V."
        store.drive([.document(.perform(.put(.partner(caritas)), label: FormText.labelPartnerSaved(caritas.name)))])
        select("c.new", store)
        store.drive([.cases(.addAppointment), .form(.submit), .cases(.stepStatus), .form(.submit)])
        // Undo the step, so the redo path holds a copy too.
        store.drive([.document(.undo)])
        XCTAssertEqual(store.state.document.cases["c.new"]?.timeline.count, 1)
        XCTAssertTrue(store.state.history.undoSteps.contains { touches($0.edit, .case, "c.new") })
        XCTAssertTrue(store.state.history.redoSteps.contains { touches($0.edit, .case, "c.new") })

        select("c.new", store)
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.new") }
        // No file: nothing journaled or saved. The other cases are untouched; the unrelated edit
        // stays undoable; every step that held the case forgets it.
        let row = store.state[.cases].cursor
        store.send(.cases(.confirmPurge)) {
            $0.overlay = nil
            $0.document.cases.remove("c.new")
            $0.history.forget(.case, "c.new")
            $0.expectChanged(at: now)
            $0.status = shown(CaseText.statusPurged("NRW-2026-000005"), at: now)
            $0[.cases].cursor = ListCursor(selected: min(row.selected, 3))
        }
        XCTAssertEqual(store.state.document.cases.items, fourCases)
        assertCursorValid(store.state, .cases)
        for step in store.state.history.undoSteps + store.state.history.redoSteps {
            XCTAssertFalse(touches(step.edit, .case, "c.new"), "a step still holds the case: \(step.label)")
        }
        XCTAssertEqual(store.state.history.undoSteps.count, 1)

        // Nothing brings it back.
        while store.state.history.canUndo {
            store.send(.document(.undo)) { $0.expectUndo(at: now) }
            XCTAssertNil(store.state.document.cases["c.new"])
        }
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.name, "Caritas Düsseldorf", "the unrelated edit was undone")
        while store.state.history.canRedo {
            store.send(.document(.redo)) { $0.expectRedo(at: now) }
            XCTAssertNil(store.state.document.cases["c.new"])
        }
        XCTAssertEqual(store.state.document.cases.count, 4)
    }

    func testPurgeJournalsAndSavesAtOnceWhenAFileIsAttached() throws {
        let store = readyStore(fourCases)
        select("c.lucia", store)
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        guard let lucia = store.state.document.cases["c.lucia"] else { return XCTFail("no case") }
        var without = store.state.document
        without.cases.remove("c.lucia")
        // The journal learns the case is gone, and the file is written at once without it.
        let request = SaveRequest(file: SnapshotFile(path: "/tmp/x/iq.plist"), document: without, base: Document(), baseIdentity: nil,
                                  format: .binary, generation: 1, at: fixedDate, user: "t", journal: journal, purge: [PurgeTarget(lucia)])
        store.send(.cases(.confirmPurge), effects: [
            .store(.appendJournal(path: journal, edits: [JournaledEdit(.remove(.case, "c.lucia"), base: .absent)], at: fixedDate)),
            .store(.save(request)),
        ]) {
            $0.overlay = nil
            $0.document = without
            $0.expectChanged()
            $0.store.purging = [PurgeTarget(lucia)]
            $0.status = shown(StoreText.statusPurging("NRW-2026-000003"))
            $0.store.savingGeneration = 1
            $0.store.savingDocument = without
        }
        XCTAssertEqual(store.state.document.cases.count, 3)
        XCTAssertTrue(store.state.store.isSaving)
    }

    // MARK: Snapshot and journal

    func testACaseWithEveryFieldRoundTripsThroughTheSnapshot() throws {
        var c = Case(id: "case.0001", meta: RecordMeta(revision: 7, modifiedAt: fixedDate, modifiedBy: "Jürgen Müller"),
                     number: "NRW-2026-000123", status: .qualification)
        c.person.firstName = "Ayşe"
        c.person.lastName = "Yılmaz-Öztürk"
        c.person.birthYear = 1988
        c.person.sex = .diverse
        c.person.phone = "+49 (0)231 / 98 76 54"
        c.person.email = "ayse@example.org"
        c.nationality = "türkisch"
        c.countryOfTraining = "TR"
        c.yearOfEntry = 2019
        c.residence = "Dortmund"
        c.residenceStatus = "Aufenthaltserlaubnis § 16d"
        c.benefits = .asylbLG
        c.germanLevel = .c1
        c.qualification = "Hemşirelik lisansı <Ankara> & \"Ege\""
        c.referenzberuf = "Gesundheits- und Krankenpfleger/in"
        c.regulated = false
        c.authority = "Bezirksregierung Münster (ZAG-PuG)"
        c.authorityID = "partner.bezreg-muenster"
        c.cameVia = .migrantOrganisation
        c.siteID = "s.koeln"
        c.counsellor = "anna"
        c.applicationDate = day(2026, 1, 5)
        c.decision = Decision.none
        c.decisionDate = day(2026, 3, 31)
        c.measureID = "m.pflege"
        c.consentDate = day(2025, 12, 1)
        c.deletionDate = day(2029, 12, 31)
        c.notes = "Zeile 1\nZeile 2 – mit Umlauten äöü"
        c.timeline = [
            TimelineEntry(day: day(2025, 12, 1), kind: .appointment(channel: .phone)),
            TimelineEntry(day: day(2026, 1, 5), kind: .status(from: .preparingApplication, to: .applied), note: "Antrag raus"),
            TimelineEntry(day: day(2026, 2, 28), kind: .referral(partner: "p.caritas"), note: "Sprachkurs B2"),
            TimelineEntry(day: day(2026, 4, 1), kind: .status(from: .decisionReceived, to: .qualification)),
            TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .video), note: "online"),
        ]
        var sparse = Case(id: "case.0002", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "x"), number: "NRW-2026-000124")
        sparse.regulated = true
        let document = Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures, cases: [c, sparse])
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: fixedDate, savedBy: "anna")
            let (decoded, _) = try SnapshotCodec.decode(bytes, path: "/x/cases.\(format)")
            XCTAssertEqual(decoded.cases["case.0001"], c, "\(format)")
            XCTAssertEqual(decoded.cases["case.0002"], sparse, "\(format): absent fields stay absent")
            XCTAssertEqual(decoded.cases.items, document.cases.items, "\(format)")
            XCTAssertEqual(decoded, document, "\(format)")
        }
        // Days are written as ISO text, never as plist dates (a day has no time zone).
        let xml = String(decoding: SnapshotCodec.encode(document, format: .xml, savedAt: fixedDate, savedBy: "anna"), as: UTF8.self)
        XCTAssertTrue(xml.contains("<string>2029-12-31</string>"), "the deletion date as text")
        XCTAssertTrue(xml.contains("<string>NRW-2026-000123</string>"))
    }

    func testACasesJournaledEditCarriesTheCase() throws {
        let store = readyStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Krankenschwester")
        var saved = saved("id-1", "NRW-2023-000001")
        saved.referenzberuf = "Gesundheits- und Krankenpfleger/in"
        saved.regulated = true
        saved.authority = "Bezirksregierung Münster (ZAG-PuG)"
        saved.authorityID = "partner.bezreg-muenster"
        // The journal holds the person too: a crash loses nothing. The form's draft is done with.
        let label = CaseText.labelCaseSaved("NRW-2023-000001")
        store.send(.form(.submit), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(saved)), base: .absent)], at: fixedDate))]) {
            $0.form = nil
            $0.store.draftChangedAt = nil
            $0.expectEdit(.put(.case(saved)), label: label)
            $0.status = shown(label)
        }

        // A status step journals the case as it is after the step.
        select("id-1", store)
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(saved, $0) }
        let stepped = changed(saved) {
            $0.status = .preparingApplication
            $0.timeline = [TimelineEntry(day: CaseTests.today, kind: .status(from: .firstCounselling, to: .preparingApplication))]
        }
        store.send(.form(.submit), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(stepped)), base: .absent)], at: fixedDate))]) {
            $0.form = nil
            $0.expectEdit(.put(.case(stepped)), label: label)
            $0.status = shown(label)
        }
        // And its undo journals the case as it was.
        store.send(.document(.undo), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(saved)), base: .absent)], at: fixedDate))]) {
            $0.expectUndo()
        }
    }
}
