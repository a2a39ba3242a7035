import Foundation
import XCTest
@testable import IQCore

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

    /// A state whose data file is loaded and writable.
    private func readyState(_ cases: [Case] = []) -> AppState {
        var state = casesState(cases, store: StoreState(file: SnapshotFile(path: "/tmp/x/iq.plist"), user: "t"))
        state.store.phase = .ready
        return state
    }

    private func numbers(_ state: AppState) -> [String] { CaseList.rows(state).map(\.number) }

    private func select(_ id: RecordID, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = CaseList.rows(state).firstIndex(where: { $0.id == id }) else {
            return XCTFail("\(id) not in the list", file: file, line: line)
        }
        reduce(&state, .navigation(.select(.cases, row: row)))
        XCTAssertEqual(CaseReducer.selected(state)?.id, id, file: file, line: line)
    }

    // MARK: Form helpers

    private func editor(_ state: AppState) -> CaseEditorForm? { state.form?.model(CaseEditorForm.self) }

    private func fieldIndex<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ state: AppState,
                                                                file: StaticString = #filePath, line: UInt = #line) -> Int? {
        let i = state.form?.index(of: path)
        if i == nil { XCTFail("no field \(path)", file: file, line: line) }
        return i
    }

    /// Focuses a text field, empties it and types the text.
    private func set<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ text: String, _ state: inout AppState,
                                                        environment env: Environment = testEnvironment,
                                                        file: StaticString = #filePath, line: UInt = #line) {
        guard let i = fieldIndex(path, state, file: file, line: line) else { return }
        reduce(&state, .form(.focus(i)), .form(.edit(.end)), .form(.edit(.deleteToStart)), environment: env)
        if !text.isEmpty { reduce(&state, .form(.edit(.insert(text))), environment: env) }
        XCTAssertEqual(state.form?.model(Form.self)?[keyPath: path].control.text.text, text, file: file, line: line)
    }

    /// Focuses a choice field and steps to the option with this value (nil: the "none" option).
    private func choose<Form: FormModel, Value>(_ path: WritableKeyPath<Form, ChoiceInput<Value>>, _ value: Value?, _ state: inout AppState,
                                                environment env: Environment = testEnvironment,
                                                file: StaticString = #filePath, line: UInt = #line) {
        guard let i = fieldIndex(path, state, file: file, line: line) else { return }
        reduce(&state, .form(.focus(i)), environment: env)
        let count = state.form?.model(Form.self)?[keyPath: path].values.count ?? 0
        for _ in 0..<count where state.form?.model(Form.self)?[keyPath: path].value != value {
            reduce(&state, .form(.choose(1)), environment: env)
        }
        XCTAssertEqual(state.form?.model(Form.self)?[keyPath: path].value, value, file: file, line: line)
    }

    private func error<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ state: AppState) -> Message? {
        state.form?.model(Form.self)?[keyPath: path].control.error
    }

    /// Opens the new-case form and fills the required names.
    private func newCaseForm(_ state: inout AppState, first: String = "Olena", last: String = "Kovalenko", environment env: Environment = testEnvironment) {
        reduce(&state, .cases(.newCase), environment: env)
        set(\CaseEditorForm.firstName, first, &state, environment: env)
        set(\CaseEditorForm.lastName, last, &state, environment: env)
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
        var state = casesState()
        newCaseForm(&state, environment: CaseTests.env2026(id: "c.1"))
        reduce(&state, .form(.submit), environment: CaseTests.env2026(id: "c.1"))
        XCTAssertEqual(state.document.cases["c.1"]?.number, "NRW-2026-000001")
        newCaseForm(&state, first: "Mehmet", last: "Demir", environment: CaseTests.env2026(id: "c.2"))
        reduce(&state, .form(.submit), environment: CaseTests.env2026(id: "c.2"))
        XCTAssertEqual(state.document.cases["c.2"]?.number, "NRW-2026-000002")

        // The test environment's clock stands in November 2023: that year's first number.
        newCaseForm(&state, first: "Jan", last: "Nowak")
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document.cases["id-1"]?.number, "NRW-\(Day(fixedDate).year)-000001", "2026's numbers do not count")
        XCTAssertEqual(Day(fixedDate).year, 2023)
        // Not the day the list calls today: the clock of the moment of saving.
        XCTAssertEqual(state.today.year, 2026)
    }

    // MARK: The case form

    func testTheNewCaseFormOpensEmptyWithTheFirstNameFocused() {
        var state = casesState(fourCases)
        reduce(&state, .cases(.newCase))
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertEqual(state.form?.purpose, .newCase)
        XCTAssertEqual(state.form?.title, "Neuer Fall")
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \CaseEditorForm.firstName))
        XCTAssertEqual(editor(state)?.firstName.control.isRequired, true)
        XCTAssertEqual(editor(state)?.lastName.control.isRequired, true)
        XCTAssertEqual(editor(state)?.counsellor.value, "tester", "the counsellor is the one who opens it")
        XCTAssertEqual(state.form?.isChanged, false)
        XCTAssertFalse(state.form?.hasErrors ?? true, "no errors before anything was typed")
    }

    func testEmptyNamesAreNotSaved() {
        var state = casesState(fourCases)
        let before = state.document
        reduce(&state, .cases(.newCase))
        set(\CaseEditorForm.referenzberuf, "Erzieherin", &state)
        reduce(&state, .form(.submit))
        XCTAssertNotNil(state.form, "the form stays open")
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertEqual(state.document, before, "nothing saved")
        XCTAssertFalse(state.history.canUndo)
        XCTAssertEqual(error(\CaseEditorForm.firstName, state), Message(.formRequired))
        XCTAssertEqual(error(\CaseEditorForm.lastName, state), Message(.formRequired))
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \CaseEditorForm.firstName), "the focus went to the first wrong field")
        XCTAssertEqual(state.status?.message, Message(.formHasErrors))
        XCTAssertEqual(state.status?.severity, .error)

        // Blanks are no name either.
        set(\CaseEditorForm.firstName, "   ", &state)
        set(\CaseEditorForm.lastName, "Kovalenko", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(error(\CaseEditorForm.firstName, state), Message(.formRequired))
        XCTAssertNil(error(\CaseEditorForm.lastName, state))
        XCTAssertEqual(state.document, before)
    }

    func testADecisionBeforeTheApplicationIsNotSaved() {
        var state = casesState()
        newCaseForm(&state)
        set(\CaseEditorForm.applicationDate, "10.3.2026", &state)
        choose(\CaseEditorForm.decision, .partial, &state)
        set(\CaseEditorForm.decisionDate, "01.03.2026", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(error(\CaseEditorForm.decisionDate, state), Message(.formDecisionBeforeApplication))
        XCTAssertNil(error(\CaseEditorForm.applicationDate, state))
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \CaseEditorForm.decisionDate))
        XCTAssertTrue(state.document.cases.isEmpty)

        // The same day is fine.
        set(\CaseEditorForm.decisionDate, "2026-03-10", &state)
        XCTAssertNil(error(\CaseEditorForm.decisionDate, state))
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.document.cases["id-1"]?.decisionDate, day(2026, 3, 10))
        XCTAssertEqual(state.document.cases["id-1"]?.decision, .partial)
    }

    func testADecisionWithoutItsDateIsNotSaved() {
        var state = casesState()
        newCaseForm(&state)
        choose(\CaseEditorForm.decision, .full, &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(error(\CaseEditorForm.decisionDate, state), Message(.formDecisionNeedsDate))
        XCTAssertTrue(state.document.cases.isEmpty)
        // A date without a decision is no error.
        choose(\CaseEditorForm.decision, nil, &state)
        XCTAssertNil(editor(state)?.decision.value)
        set(\CaseEditorForm.decisionDate, "3.4.2026", &state)
        XCTAssertNil(error(\CaseEditorForm.decisionDate, state))
    }

    func testAnImpossibleDayIsNotSaved() {
        var state = casesState()
        newCaseForm(&state)
        choose(\CaseEditorForm.decision, .full, &state)
        set(\CaseEditorForm.decisionDate, "31.2.2026", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(error(\CaseEditorForm.decisionDate, state), Message(.formBadDay), "a bad day, not a missing one")
        XCTAssertTrue(state.document.cases.isEmpty)
        for day in [\CaseEditorForm.applicationDate, \.consentDate, \.deletionDate] {
            set(day, "31.2.2026", &state)
            XCTAssertEqual(error(day, state), Message(.formBadDay), "\(day)")
            set(day, "", &state)
            XCTAssertNil(error(day, state), "\(day)")
        }
        set(\CaseEditorForm.birthYear, "85", &state)
        XCTAssertEqual(error(\CaseEditorForm.birthYear, state), Message(.formBadYear))
        set(\CaseEditorForm.email, "olena(at)example.org", &state)
        XCTAssertEqual(error(\CaseEditorForm.email, state), Message(.formBadEmail))
        set(\CaseEditorForm.phone, "bitte anrufen", &state)
        XCTAssertEqual(error(\CaseEditorForm.phone, state), Message(.formBadPhone))
        reduce(&state, .form(.submit))
        XCTAssertTrue(state.document.cases.isEmpty)
    }

    func testAValidNewCaseIsSavedNumberedStampedSelectedAndUndoneInOneStep() {
        let others = [
            makeCase("c.a", "NRW-2023-000001", "Anna", "Alt", beruf: "Lehrer/in"),
            makeCase("c.b", "NRW-2024-000001", "Bert", "Bald", beruf: "Lehrer/in"),
            makeCase("c.c", "NRW-2023-000002", "Carla", "Clever", beruf: "Lehrer/in"),
        ]
        var state = casesState(others)
        let before = state.document
        newCaseForm(&state)
        set(\CaseEditorForm.birthYear, "1991", &state)
        choose(\CaseEditorForm.sex, .female, &state)
        set(\CaseEditorForm.phone, "+49 221 123456", &state)
        set(\CaseEditorForm.email, "olena@example.org", &state)
        set(\CaseEditorForm.qualification, "Vykhovatel (Kyjiw)", &state)
        set(\CaseEditorForm.countryOfTraining, "UA", &state)
        set(\CaseEditorForm.nationality, "ukrainisch", &state)
        set(\CaseEditorForm.yearOfEntry, "2022", &state)
        set(\CaseEditorForm.residence, "Köln", &state)
        choose(\CaseEditorForm.benefits, .sgbII, &state)
        choose(\CaseEditorForm.germanLevel, .b2, &state)
        choose(\CaseEditorForm.cameVia, .jobcenter, &state)
        choose(\CaseEditorForm.site, "s.koeln", &state)
        set(\CaseEditorForm.applicationDate, "3.3.2026", &state)
        choose(\CaseEditorForm.measure, "m.pflege", &state)
        set(\CaseEditorForm.consentDate, "03.02.26", &state)
        set(\CaseEditorForm.notes, "Unterlagen vollständig.\n", &state)
        reduce(&state, .form(.submit))

        XCTAssertNil(state.form, "saved and closed")
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(state.document.cases.count, 4)
        guard let c = state.document.cases["id-1"] else { return XCTFail("the id comes from the environment") }
        XCTAssertEqual(c.number, "NRW-2023-000003", "after the year's highest")
        XCTAssertEqual(c.status, .firstCounselling)
        XCTAssertEqual(c.timeline, [])
        XCTAssertEqual(c.meta, RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"))
        XCTAssertEqual(c.person.firstName, "Olena")
        XCTAssertEqual(c.person.lastName, "Kovalenko")
        XCTAssertEqual(c.person.birthYear, 1991)
        XCTAssertEqual(c.person.sex, .female)
        XCTAssertEqual(c.person.phone, "+49 221 123456")
        XCTAssertEqual(c.person.email, "olena@example.org")
        XCTAssertEqual(c.qualification, "Vykhovatel (Kyjiw)")
        XCTAssertEqual(c.countryOfTraining, "UA")
        XCTAssertEqual(c.nationality, "ukrainisch")
        XCTAssertEqual(c.yearOfEntry, 2022)
        XCTAssertEqual(c.residence, "Köln")
        XCTAssertEqual(c.benefits, .sgbII)
        XCTAssertEqual(c.germanLevel, .b2)
        XCTAssertEqual(c.cameVia, .jobcenter)
        XCTAssertEqual(c.siteID, "s.koeln")
        XCTAssertEqual(c.counsellor, "tester")
        XCTAssertEqual(c.applicationDate, day(2026, 3, 3))
        XCTAssertNil(c.decision)
        XCTAssertEqual(c.measureID, "m.pflege")
        XCTAssertEqual(c.consentDate, day(2026, 2, 3))
        XCTAssertNil(c.deletionDate)
        XCTAssertEqual(c.notes, "Unterlagen vollständig.", "trailing line breaks trimmed")
        XCTAssertEqual(c.referenzberuf, "")
        XCTAssertNil(c.regulated, "unknown stays unknown without a Referenzberuf")
        XCTAssertEqual(c.authority, "")
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertEqual(state.status?.message, Message(.labelCaseSaved, "NRW-2023-000003"))

        // Selected in the list: 2023-1, 2023-2, the new 2023-3, then 2024-1.
        XCTAssertEqual(numbers(state), ["NRW-2023-000001", "NRW-2023-000002", "NRW-2023-000003", "NRW-2024-000001"])
        XCTAssertEqual(state[.cases].cursor.selected, 2)
        XCTAssertEqual(CaseReducer.selected(state)?.id, "id-1")
        assertCursorValid(state, .cases)

        reduce(&state, .document(.undo))
        XCTAssertNil(state.document.cases["id-1"])
        XCTAssertEqual(state.document.cases.items, before.cases.items, "one undo takes the whole case back")
        XCTAssertFalse(state.history.canUndo)
        assertCursorValid(state, .cases)
        reduce(&state, .document(.redo))
        XCTAssertEqual(state.document.cases["id-1"]?.person.lastName, "Kovalenko")
    }

    func testEditingKeepsNumberStatusAndTimeline() {
        var original = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied,
                                site: "s.koeln", counsellor: "anna", appointments: [day(2026, 4, 20)])
        original.timeline.insert(TimelineEntry(day: day(2026, 2, 1), kind: .status(from: .firstCounselling, to: .preparingApplication)), at: 0)
        original.timeline.insert(TimelineEntry(day: day(2026, 3, 1), kind: .status(from: .preparingApplication, to: .applied), note: "per Post"), at: 1)
        original.applicationDate = day(2026, 3, 1)
        var state = casesState([makeCase("c.other", "NRW-2025-000009", "X", "Y", beruf: ""), original])
        select("c.olena", &state)
        reduce(&state, .cases(.editCase))
        XCTAssertEqual(state.form?.purpose, .editCase("c.olena"))
        XCTAssertEqual(state.form?.title, "Fall NRW-2026-000001 bearbeiten")
        XCTAssertEqual(editor(state)?.firstName.value, "Olena", "the form shows the case")
        XCTAssertEqual(editor(state)?.applicationDate.value, "01.03.2026", "days the German way")
        XCTAssertEqual(editor(state)?.site.value, "s.koeln")
        XCTAssertEqual(editor(state)?.counsellor.value, "anna", "the case's counsellor, not the user")

        set(\CaseEditorForm.lastName, "Kovalenko-Schmidt", &state)
        set(\CaseEditorForm.residence, "Bonn", &state)
        reduce(&state, .form(.submit), environment: CaseTests.env2026(user: "ben"))
        XCTAssertNil(state.form)
        guard let c = state.document.cases["c.olena"] else { return XCTFail("gone") }
        XCTAssertEqual(c.person.lastName, "Kovalenko-Schmidt")
        XCTAssertEqual(c.residence, "Bonn")
        XCTAssertEqual(c.number, "NRW-2026-000001", "the number never changes")
        XCTAssertEqual(c.status, .applied, "the form does not change the status")
        XCTAssertEqual(c.timeline, original.timeline, "nor the timeline")
        XCTAssertEqual(c.applicationDate, original.applicationDate)
        XCTAssertEqual(c.meta, RecordMeta(revision: 2, modifiedAt: CaseTests.todayDate, modifiedBy: "ben"))
        XCTAssertEqual(state.document.cases.count, 2, "edited in place, not added")
        XCTAssertEqual(CaseReducer.selected(state)?.id, "c.olena")
        reduce(&state, .document(.undo))
        XCTAssertEqual(state.document.cases["c.olena"], original)
    }

    func testEditAndStepsNeedASelectedCase() {
        var state = casesState()
        for action in [CaseAction.editCase, .stepStatus, .addAppointment, .addReferral, .purge] {
            reduce(&state, .cases(action))
            XCTAssertNil(state.form, "\(action)")
            XCTAssertNil(state.overlay, "\(action)")
        }
        reduce(&state, .cases(.newCase))
        XCTAssertEqual(state.form?.purpose, .newCase, "a new case needs none")
    }

    // MARK: The suggested zuständige Stelle, the Referenzberuf

    func testTheSuggestedAuthorityIsAWarningAtTheAuthorityField() throws {
        var state = casesState()
        newCaseForm(&state)
        XCTAssertNil(editor(state)?.authority.control.warning, "nothing to suggest yet")
        set(\CaseEditorForm.referenzberuf, "Erzieherin", &state)
        set(\CaseEditorForm.countryOfTraining, "PL", &state)
        let warning = try XCTUnwrap(editor(state)?.authority.control.warning)
        let text = warning.text(.de)
        XCTAssertTrue(text.hasPrefix("Vorschlag: Bezirksregierung Arnsberg – "), text)
        XCTAssertTrue(text.contains("Polen (PL)"), "the reason names the country: \(text)")
        XCTAssertNil(error(\CaseEditorForm.authority, state), "a suggestion, not an error")
        XCTAssertEqual(editor(state)?.authority.value, "", "nothing is typed for the counsellor")

        // Another country of training, another Bezirksregierung; training in Germany: no suggestion.
        set(\CaseEditorForm.countryOfTraining, "Frankreich", &state)
        XCTAssertTrue(editor(state)?.authority.control.warning?.text(.de).hasPrefix("Vorschlag: Bezirksregierung Köln") == true)
        set(\CaseEditorForm.countryOfTraining, "DE", &state)
        let needs = editor(state)?.authority.control.warning?.text(.de) ?? ""
        XCTAssertFalse(needs.isEmpty, "the rules say why they cannot suggest")
        XCTAssertFalse(needs.hasPrefix("Vorschlag"), needs)
        set(\CaseEditorForm.referenzberuf, "", &state)
        XCTAssertNil(editor(state)?.authority.control.warning, "gone with the Referenzberuf")
    }

    func testAnEmptyAuthorityIsFilledFromTheSuggestionOnSave() {
        var state = casesState()
        newCaseForm(&state)
        set(\CaseEditorForm.referenzberuf, "Erzieherin", &state)
        set(\CaseEditorForm.countryOfTraining, "PL", &state)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form, "a warning does not stop saving")
        let c = state.document.cases["id-1"]
        XCTAssertEqual(c?.authority, "Bezirksregierung Arnsberg")
        XCTAssertEqual(c?.authorityID, "partner.bezreg-arnsberg", "with the authority's partner")
        XCTAssertEqual(c?.referenzberuf, "Erzieher/in", "the table's name")
        XCTAssertEqual(c?.regulated, true, "an unknown 'regulated' comes from the table")
    }

    func testATypedAuthorityIsKept() {
        var state = casesState()
        newCaseForm(&state)
        set(\CaseEditorForm.referenzberuf, "Erzieherin", &state)
        set(\CaseEditorForm.countryOfTraining, "PL", &state)
        set(\CaseEditorForm.authority, "Landesjugendamt Westfalen", &state)
        choose(\CaseEditorForm.regulated, false, &state)
        reduce(&state, .form(.submit))
        let c = state.document.cases["id-1"]
        XCTAssertEqual(c?.authority, "Landesjugendamt Westfalen", "the counsellor's entry wins")
        XCTAssertNil(c?.authorityID, "and is no seed partner")
        XCTAssertEqual(c?.regulated, false, "a chosen 'regulated' is kept too")
    }

    func testTheReferenzberufIsSavedAsTheTableNamesIt() {
        var state = casesState()
        newCaseForm(&state)
        set(\CaseEditorForm.referenzberuf, "Krankenschwester", &state)
        XCTAssertTrue(editor(state)?.authority.control.warning?.text(.de).hasPrefix("Vorschlag: Bezirksregierung Münster (ZAG-PuG)") == true)
        reduce(&state, .form(.submit))
        let c = state.document.cases["id-1"]
        XCTAssertEqual(c?.referenzberuf, "Gesundheits- und Krankenpfleger/in")
        XCTAssertEqual(c?.referenzberuf, ReferenceOccupations.occupation(id: "gesundheits-krankenpfleger")?.name)
        XCTAssertEqual(c?.authority, "Bezirksregierung Münster (ZAG-PuG)")
        XCTAssertEqual(c?.authorityID, "partner.bezreg-muenster")

        // A Referenzberuf the table does not know is kept as typed, with nothing filled in.
        var free = casesState()
        newCaseForm(&free)
        set(\CaseEditorForm.referenzberuf, "Schiffsbaumeister aus Übersee", &free)
        reduce(&free, .form(.submit))
        XCTAssertEqual(free.document.cases["id-1"]?.referenzberuf, "Schiffsbaumeister aus Übersee")
        XCTAssertEqual(free.document.cases["id-1"]?.authority, "")
        XCTAssertNil(free.document.cases["id-1"]?.regulated)
    }

    // MARK: Status steps, appointments, referrals

    func testAStatusStepAddsATimelineEntryAndChangesTheStatus() {
        var c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied)
        c.timeline = [TimelineEntry(day: day(2026, 3, 1), kind: .status(from: .preparingApplication, to: .applied))]
        var state = casesState([c])
        select("c.olena", &state)
        reduce(&state, .cases(.stepStatus))
        XCTAssertEqual(state.form?.purpose, .caseStatus("c.olena"))
        XCTAssertEqual(state.form?.title, "Status von NRW-2026-000001 ändern")
        guard let options = state.form?.model(CaseStatusForm.self)?.status else { return XCTFail("no status choice") }
        XCTAssertEqual(options.values, CaseStatus.applied.next, "only the allowed steps are offered")
        XCTAssertEqual(options.labels, ["Bescheid erhalten", "Antrag in Vorbereitung", "Abgebrochen"])
        XCTAssertEqual(state.form?.model(CaseStatusForm.self)?.status.value, .decisionReceived, "the way forward is preselected")
        XCTAssertEqual(state.form?.model(CaseStatusForm.self)?.day.value, "15.04.2026", "today, the German way")

        set(\CaseStatusForm.day, "31.2.2026", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(error(\CaseStatusForm.day, state), Message(.formBadDay))
        XCTAssertEqual(state.document.cases["c.olena"], c, "not stepped with a bad day")

        set(\CaseStatusForm.day, "20.4.2026", &state)
        set(\CaseStatusForm.note, "Bescheid per Post", &state)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        guard let stepped = state.document.cases["c.olena"] else { return XCTFail("gone") }
        XCTAssertEqual(stepped.status, .decisionReceived)
        XCTAssertEqual(stepped.timeline.count, 2)
        XCTAssertEqual(stepped.timeline.last, TimelineEntry(day: day(2026, 4, 20), kind: .status(from: .applied, to: .decisionReceived),
                                                             note: "Bescheid per Post"))
        XCTAssertNil(stepped.deletionDate, "not an end: no deletion date")
        XCTAssertEqual(stepped.meta.revision, 2)
        XCTAssertEqual(state.status?.message, Message(.labelCaseSaved, "NRW-2026-000001"))
        reduce(&state, .document(.undo))
        XCTAssertEqual(state.document.cases["c.olena"], c, "one undo takes the step back")
    }

    func testAStepNoLongerAllowedIsRefused() {
        var state = casesState([makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .applied)])
        reduce(&state, .cases(.stepStatus))
        XCTAssertEqual(state.form?.model(CaseStatusForm.self)?.status.value, .decisionReceived)
        // Meanwhile the case was cancelled (a merge brought someone else's change).
        var cancelled = state.document.cases["c.olena"]!
        cancelled.status = .cancelled
        state.document.cases.put(cancelled)
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document.cases["c.olena"], cancelled, "no step from Abgebrochen to Bescheid erhalten")
        XCTAssertEqual(state.status?.severity, .error)
        XCTAssertEqual(state.status?.message, Message(.statusNotAllowed, "Abgebrochen", "decisionReceived"))
        XCTAssertNotNil(state.form, "the form stays open")
    }

    func testClosingSetsTheDeletionDateToTheEndOfTheThirdYear() {
        var state = casesState([makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .decisionReceived)])
        reduce(&state, .cases(.stepStatus))
        choose(\CaseStatusForm.status, .closed, &state)
        set(\CaseStatusForm.day, "3.7.2026", &state)
        reduce(&state, .form(.submit))
        let closed = state.document.cases["c.olena"]
        XCTAssertEqual(closed?.status, .closed)
        XCTAssertEqual(closed?.deletionDate, day(2029, 12, 31), "31.12. of the closing year + 3")
        XCTAssertEqual(closed?.timeline.last?.kind, .status(from: .decisionReceived, to: .closed))

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
        var state = casesState([makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .applied)])
        reduce(&state, .cases(.addAppointment))
        XCTAssertEqual(state.form?.purpose, .caseAppointment("c.olena"))
        XCTAssertEqual(state.form?.model(AppointmentForm.self)?.day.value, "15.04.2026")
        XCTAssertEqual(state.form?.model(AppointmentForm.self)?.channel.value, .inPerson)
        set(\AppointmentForm.day, "2026-04-22", &state)
        choose(\AppointmentForm.channel, .video, &state)
        set(\AppointmentForm.note, "Zeugnisse mitbringen", &state)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        let c = state.document.cases["c.olena"]
        XCTAssertEqual(c?.timeline, [TimelineEntry(day: day(2026, 4, 22), kind: .appointment(channel: .video), note: "Zeugnisse mitbringen")])
        XCTAssertEqual(c?.status, .applied, "an appointment is no status step")
        XCTAssertEqual(c?.nextAppointment(after: CaseTests.today), day(2026, 4, 22))
        XCTAssertEqual(c?.meta.revision, 2)
    }

    func testAReferralIsAddedToTheTimeline() {
        var state = casesState([makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "")])
        reduce(&state, .cases(.addReferral))
        XCTAssertEqual(state.form?.purpose, .caseReferral("c.olena"))
        guard case .choice(let partners)? = state.form?.model(ReferralForm.self)?.partner.control.kind else { return XCTFail("no partner choice") }
        XCTAssertEqual(partners.map(\.label), ["Agentur für Arbeit Köln", "Bezirksregierung Münster", "Caritas Düsseldorf",
                                               "Diakonie an der Hauptstraße", "Eine Welt Netz Bonn"], "the partners by name")
        XCTAssertEqual(state.form?.model(ReferralForm.self)?.partner.value, "p.agentur")
        choose(\ReferralForm.partner, "p.caritas", &state)
        set(\ReferralForm.note, "Sprachkurs", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document.cases["c.olena"]?.timeline,
                       [TimelineEntry(day: CaseTests.today, kind: .referral(partner: "p.caritas"), note: "Sprachkurs")])
        XCTAssertEqual(state.document.cases["c.olena"]?.status, .firstCounselling)
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
        var state = casesState(fourCases)
        reduce(&state, .filter(.begin))
        for name in ["Olena", "Kovalenko", "Mehmet", "Demir", "Lucía", "Lucia", "Fernández", "fernandez", "Nowak"] {
            reduce(&state, .filter(.edit(.deleteToStart)))
            typeText(name, into: &state)
            XCTAssertEqual(numbers(state), [], "'\(name)' finds nobody")
        }
        reduce(&state, .filter(.edit(.deleteToStart)))
        typeText("000002", into: &state)
        XCTAssertEqual(numbers(state), ["NRW-2026-000002"])
        reduce(&state, .filter(.edit(.deleteToStart)))
        typeText("Krankenpfleger", into: &state)
        XCTAssertEqual(numbers(state), ["NRW-2026-000002"])
        reduce(&state, .filter(.edit(.deleteToStart)))
        typeText("erzieher", into: &state)
        XCTAssertEqual(numbers(state), ["NRW-2026-000001"], "ignoring case")
        reduce(&state, .filter(.edit(.deleteToStart)))
        typeText("pfleger", into: &state)
        XCTAssertEqual(numbers(state), ["NRW-2026-000002", "NRW-2026-000004"])
        reduce(&state, .filter(.edit(.deleteToStart)))
        typeText("NRW-2026", into: &state)
        XCTAssertEqual(numbers(state).count, 4)
    }

    func testInitialsNameNoOne() {
        let c = fourCases[2]
        XCTAssertEqual(c.initials, "L. F.")
        XCTAssertEqual(makeCase("c.x", "N", "", "Demir", beruf: "").initials, "D.")
        XCTAssertEqual(makeCase("c.x", "N", "", "", beruf: "").initials, "")
    }

    func testFiltersByStatusSiteAndCounsellor() {
        var state = casesState(fourCases)
        XCTAssertEqual(numbers(state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        reduce(&state, .cases(.openFilter))
        XCTAssertEqual(state.form?.purpose, .caseFilter)
        guard let counsellors = state.form?.model(CaseFilterForm.self)?.counsellor else { return XCTFail("no counsellor choice") }
        XCTAssertEqual(counsellors.values, [nil, "anna", "ben"], "Alle, then the counsellors of the cases")
        choose(\CaseFilterForm.status, .applied, &state)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.cases.filter, CaseFilter(status: .applied))
        XCTAssertEqual(numbers(state), ["NRW-2026-000001"])

        reduce(&state, .cases(.openFilter))
        XCTAssertEqual(state.form?.model(CaseFilterForm.self)?.status.value, .applied, "the filter in force is preselected")
        choose(\CaseFilterForm.status, nil, &state)
        choose(\CaseFilterForm.site, "s.koeln", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.cases.filter, CaseFilter(siteID: "s.koeln"))
        XCTAssertEqual(numbers(state), ["NRW-2026-000001", "NRW-2026-000003"])

        reduce(&state, .cases(.openFilter))
        choose(\CaseFilterForm.site, nil, &state)
        choose(\CaseFilterForm.counsellor, "ben", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.cases.filter, CaseFilter(counsellor: "ben"))
        XCTAssertEqual(numbers(state), ["NRW-2026-000002", "NRW-2026-000004"])

        reduce(&state, .cases(.openFilter))
        choose(\CaseFilterForm.site, "s.mobil", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.cases.filter, CaseFilter(siteID: "s.mobil", counsellor: "ben"), "facets combine")
        XCTAssertEqual(numbers(state), ["NRW-2026-000004"])

        reduce(&state, .cases(.openFilter))
        choose(\CaseFilterForm.site, nil, &state)
        choose(\CaseFilterForm.counsellor, nil, &state)
        reduce(&state, .form(.submit))
        XCTAssertTrue(state.cases.filter.isEmpty, "Alle everywhere is no filter")
        XCTAssertEqual(numbers(state).count, 4)
    }

    func testSortByNumberStatusAndNextAppointment() {
        var state = casesState(fourCases)
        XCTAssertEqual(state.cases.sort, .number)
        XCTAssertEqual(numbers(state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        reduce(&state, .navigation(.move(.end)))
        reduce(&state, .cases(.cycleSort))
        XCTAssertEqual(state.cases.sort, .status)
        XCTAssertEqual(state[.cases].cursor.selected, 0, "a new order starts at the top")
        // Erstberatung, Antrag gestellt, Qualifizierung, Abgeschlossen.
        XCTAssertEqual(numbers(state), ["NRW-2026-000002", "NRW-2026-000001", "NRW-2026-000004", "NRW-2026-000003"])
        reduce(&state, .cases(.cycleSort))
        XCTAssertEqual(state.cases.sort, .appointment)
        // 16.04. (Jan), 20.04. (Olena); then without one (Mehmet's 01.04. is past) in number order.
        XCTAssertEqual(numbers(state), ["NRW-2026-000004", "NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003"])
        reduce(&state, .cases(.cycleSort))
        XCTAssertEqual(state.cases.sort, .number, "and round again")
        XCTAssertEqual(CaseSort.allCases.map(\.next), [.status, .appointment, .number])
    }

    func testTheDueViewShowsOnlyCasesWhoseDeletionDateHasCome() {
        var state = casesState(fourCases)
        reduce(&state, .navigation(.move(.end)))
        reduce(&state, .cases(.toggleDue))
        XCTAssertTrue(state.cases.showsDue)
        // Lucía's 31.12.2025 has passed, Jan's is today; Olena's is 2029 and Mehmet's case has none.
        XCTAssertEqual(numbers(state), ["NRW-2026-000003", "NRW-2026-000004"])
        XCTAssertEqual(state[.cases].cursor.selected, 0)
        assertCursorValid(state, .cases)
        state.lastTick = CaseTests.noon(2030, 1, 1)
        XCTAssertEqual(numbers(state), ["NRW-2026-000001", "NRW-2026-000003", "NRW-2026-000004"], "as time goes by")
        reduce(&state, .cases(.toggleDue))
        XCTAssertFalse(state.cases.showsDue)
        XCTAssertEqual(numbers(state).count, 4)
    }

    // MARK: Purge

    func testPurgeAsksAndCancelKeepsTheCase() {
        var state = casesState(fourCases)
        select("c.lucia", &state)
        let before = state.document
        reduce(&state, .cases(.purge))
        XCTAssertEqual(state.overlay, .confirmPurge("c.lucia"))
        XCTAssertEqual(state.inputMode, .confirmDelete)
        XCTAssertEqual(state.document, before, "nothing happens before the answer")
        reduce(&state, .cases(.cancelPurge))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.document, before)
        XCTAssertNotNil(state.document.cases["c.lucia"])
        XCTAssertEqual(reduce(&state, .cases(.confirmPurge)), [], "no question, no purge")
        XCTAssertNotNil(state.document.cases["c.lucia"])
    }

    func testPurgeRemovesTheCaseFromTheDocumentAndTheUndoHistory() {
        var state = casesState(fourCases)
        let env = CaseTests.env2026(id: "c.new")
        // A history of the new case: created, edited, given an appointment, stepped forward;
        // and one unrelated edit in between.
        newCaseForm(&state, first: "Tetiana", last: "Bondar", environment: env)
        reduce(&state, .form(.submit), environment: env)
        reduce(&state, .cases(.editCase), environment: env)
        set(\CaseEditorForm.referenzberuf, "Lehrerin", &state, environment: env)
        reduce(&state, .form(.submit), environment: env)
        var caritas = Fixture.caritas
        caritas.name = "Caritas Düsseldorf e. V."
        reduce(&state, .document(.perform(.put(.partner(caritas)), label: Message(.labelPartnerSaved, caritas.name))), environment: env)
        select("c.new", &state)
        reduce(&state, .cases(.addAppointment), environment: env)
        reduce(&state, .form(.submit), environment: env)
        reduce(&state, .cases(.stepStatus), environment: env)
        reduce(&state, .form(.submit), environment: env)
        // Undo the step, so the redo path holds a copy too.
        reduce(&state, .document(.undo), environment: env)
        XCTAssertEqual(state.document.cases["c.new"]?.timeline.count, 1)
        XCTAssertTrue(state.history.undoSteps.contains { touches($0.edit, .case, "c.new") })
        XCTAssertTrue(state.history.redoSteps.contains { touches($0.edit, .case, "c.new") })

        select("c.new", &state)
        reduce(&state, .cases(.purge), environment: env)
        XCTAssertEqual(state.overlay, .confirmPurge("c.new"))
        let effects = reduce(&state, .cases(.confirmPurge), environment: env)
        XCTAssertEqual(effects, [], "no file: nothing journaled or saved")
        XCTAssertNil(state.overlay)
        XCTAssertNil(state.document.cases["c.new"])
        XCTAssertEqual(state.document.cases.items, fourCases, "the other cases untouched")
        XCTAssertEqual(state.status?.message, Message(.statusPurged, "NRW-2026-000005"))
        XCTAssertTrue(state.hasUnsavedChanges)
        assertCursorValid(state, .cases)
        for step in state.history.undoSteps + state.history.redoSteps {
            XCTAssertFalse(touches(step.edit, .case, "c.new"), "a step still holds the case: \(step.label)")
        }
        XCTAssertEqual(state.history.undoSteps.count, 1, "the unrelated edit stays undoable")

        // Nothing brings it back.
        while state.history.canUndo {
            reduce(&state, .document(.undo), environment: env)
            XCTAssertNil(state.document.cases["c.new"])
        }
        XCTAssertEqual(state.document.partners["p.caritas"]?.name, "Caritas Düsseldorf", "the unrelated edit was undone")
        while state.history.canRedo {
            reduce(&state, .document(.redo), environment: env)
            XCTAssertNil(state.document.cases["c.new"])
        }
        XCTAssertEqual(state.document.cases.count, 4)
    }

    func testPurgeJournalsAndSavesAtOnceWhenAFileIsAttached() throws {
        var state = readyState(fourCases)
        select("c.lucia", &state)
        reduce(&state, .cases(.purge))
        let effects = reduce(&state, .cases(.confirmPurge))
        XCTAssertNil(state.document.cases["c.lucia"])
        XCTAssertTrue(effects.contains(.store(.appendJournal(path: "/tmp/x/iq.plist.t.host.0.0.journal", edits: [JournaledEdit(.remove(.case, "c.lucia"), base: .absent)], at: fixedDate))),
                      "the journal learns the case is gone: \(effects)")
        let saves = effects.compactMap { effect -> SaveRequest? in
            if case .store(.save(let request)) = effect { return request }
            return nil
        }
        let request = try XCTUnwrap(saves.first, "saved at once: \(effects)")
        XCTAssertEqual(saves.count, 1)
        XCTAssertEqual(request.file, SnapshotFile(path: "/tmp/x/iq.plist"))
        XCTAssertNil(request.document.cases["c.lucia"], "the file is written without the case")
        XCTAssertEqual(request.document.cases.count, 3)
        XCTAssertTrue(state.store.isSaving)
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
        var state = readyState()
        newCaseForm(&state)
        set(\CaseEditorForm.referenzberuf, "Krankenschwester", &state)
        let effects = reduce(&state, .form(.submit))
        let saved = try XCTUnwrap(state.document.cases["id-1"])
        XCTAssertEqual(effects, [.store(.appendJournal(path: "/tmp/x/iq.plist.t.host.0.0.journal", edits: [JournaledEdit(.put(.case(saved)), base: .absent)], at: fixedDate))])
        XCTAssertEqual(saved.person.lastName, "Kovalenko", "the journal holds the person too: a crash loses nothing")

        // A status step journals the case as it is after the step.
        select("id-1", &state)
        reduce(&state, .cases(.stepStatus))
        let step = reduce(&state, .form(.submit))
        let stepped = try XCTUnwrap(state.document.cases["id-1"])
        XCTAssertEqual(stepped.status, .preparingApplication)
        XCTAssertEqual(step, [.store(.appendJournal(path: "/tmp/x/iq.plist.t.host.0.0.journal", edits: [JournaledEdit(.put(.case(stepped)), base: .absent)], at: fixedDate))])
        // And its undo journals the case as it was.
        let undo = reduce(&state, .document(.undo))
        XCTAssertEqual(undo, [.store(.appendJournal(path: "/tmp/x/iq.plist.t.host.0.0.journal", edits: [JournaledEdit(.put(.case(saved)), base: .absent)], at: fixedDate))])
    }
}
