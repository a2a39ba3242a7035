import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The case pane's screens over three hand-built cases — the pseudonymised list, the open case,
/// the new-case form — that the list names no one while the open case does, and the case keys.
final class CaseScreenTests: XCTestCase {
    private let layout80 = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    // MARK: Fixtures

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// Noon UTC on 15 April 2026: "today" on every screen here, whatever the machine's zone.
    static let today: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: 2026, month: 4, day: 15, hour: 12))!
    }()

    private static let meta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_770_000_000), modifiedBy: "anna")

    /// Olena's case: in the middle of the procedure, with a timeline of every kind.
    static let olena: Case = {
        var c = Case(id: "c.olena", meta: meta, number: "NRW-2026-000001", status: .applied)
        c.person.firstName = "Olena"
        c.person.lastName = "Kovalenko"
        c.person.birthYear = 1991
        c.person.phone = "0521 123456"
        c.person.email = "olena@example.org"
        c.person.sex = .female
        c.nationality = "UA"
        c.yearOfEntry = 2022
        c.residenceStatus = .temporaryProtection24
        c.benefits = .sgbII
        c.germanLevel = .b2
        c.regulated = true
        c.cameVia = .jobcenter
        c.consentDate = day(2026, 2, 2)
        c.referenzberuf = "Erzieher/in"
        c.qualification = "Vykhovatel"
        c.countryOfTraining = "UA"
        c.residence = "Bielefeld"
        c.authority = "Bezirksregierung Detmold"
        c.siteID = "s.bi"
        c.counsellor = "anna"
        c.applicationDate = day(2026, 3, 1)
        c.timeline = [
            TimelineEntry(day: day(2026, 2, 2), kind: .status(from: .firstCounselling, to: .preparingApplication)),
            TimelineEntry(day: day(2026, 3, 1), kind: .status(from: .preparingApplication, to: .applied), note: "per Post"),
            TimelineEntry(day: day(2026, 3, 10), kind: .referral(partner: "p.zab")),
            TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .video)),
        ]
        return c
    }()

    static let mehmet: Case = {
        var c = Case(id: "c.mehmet", meta: meta, number: "NRW-2026-000002")
        c.person.firstName = "Mehmet"
        c.person.lastName = "Demir"
        c.referenzberuf = "Gesundheits- und Krankenpfleger/in"
        c.siteID = "s.k"
        c.counsellor = "ben"
        c.timeline = [TimelineEntry(day: day(2026, 4, 16), kind: .appointment(channel: .inPerson))]
        return c
    }()

    static let lucia: Case = {
        var c = Case(id: "c.lucia", meta: meta, number: "NRW-2026-000003", status: .closed)
        c.person.firstName = "Lucía"
        c.person.lastName = "Fernández"
        c.referenzberuf = "Lehrer/in"
        c.siteID = "s.mobil"
        c.counsellor = "anna"
        c.deletionDate = day(2029, 12, 31)
        return c
    }()

    static let cases = [olena, mehmet, lucia]
    static let names = ["Olena", "Kovalenko", "Mehmet", "Demir", "Lucía", "Fernández"]

    /// The screen test document (or `base`) with the three cases, the case pane focused.
    static func casesState(_ language: Language = .de, base: Document = Fixture.document, cases: [Case] = cases) -> AppState {
        var document = base
        document.cases = RecordTable(cases)
        var state = AppState(document: document, language: language, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = CaseScreenTests.today
        Fixture.drive(&state, .navigation(.focus(.cases)))
        return state
    }

    /// The three cases, the case pane focused and zoomed.
    private func zoomedCases(zoomed: Bool = true) -> AppState {
        var state = Self.casesState()
        if zoomed { Fixture.drive(&state, .navigation(.toggleZoom)) }
        return state
    }

    private func action(_ key: Key, _ state: AppState) -> Action? {
        KeyMap.action(for: key, in: state, layout: layout80)
    }

    /// Presses keys through the key map, as the runtime does.
    private func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys {
            guard let action = action(key, state) else { continue }
            Fixture.drive(&state, action)
        }
    }

    // MARK: Goldens

    func testTheCaseListIsPseudonymised() {
        let state = zoomedCases()
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "cases-list-80x24")
        let text = canvas.text()
        // One row per case, in number order. (The number column is narrower than a number:
        // see the report; so only the numbers' common start is looked for here.)
        let rows = (0..<canvas.height).map { canvas.row($0) }.filter { $0.contains("NRW-2026-0000") }
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows.map { $0.contains("O. K.") }, [true, false, false], "initials instead of the name")
        XCTAssertEqual(rows.map { $0.contains("M. D.") }, [false, true, false])
        XCTAssertEqual(rows.map { $0.contains("L. F.") }, [false, false, true])
        XCTAssertTrue(text.contains("Erzieher/in"))
        XCTAssertTrue(text.contains("Erstberatung"))
        XCTAssertTrue(text.contains("Abgeschlossen"))
        XCTAssertTrue(text.contains("HWK Köln"), "the site's name")
        XCTAssertTrue(text.contains("20.04.2026"), "Olena's next appointment")
        XCTAssertTrue(text.contains("16.04.2026"), "Mehmet's")
        XCTAssertFalse(text.contains("02.02.2026"), "a status step is no appointment")
    }

    func testTheDueViewSaysWhenAndByWhichRule() {
        var due = zoomedCases()
        Fixture.drive(&due, .cases(.toggleDue))
        due.lastTick = Date(timeIntervalSince1970: 1_900_000_000) // 2030
        let text = Fixture.render(due, 120, 30).text()
        XCTAssertTrue(text.contains("Löschung fällig"), "the column of the D view")
        XCTAssertFalse(text.contains("Nächster Termin"))
        XCTAssertTrue(text.contains("31.12.2029 eingetragen"), "Lucía's date, set in the case")
        XCTAssertTrue(text.contains("31.12.2029 ohne Aktivität"), "Mehmet's, three years after his last appointment")
    }

    func testNoListScreenNamesAnyone() {
        var screens: [(String, AppState)] = [("zoomed", zoomedCases()), ("grid", zoomedCases(zoomed: false))]
        var sorted = zoomedCases()
        Fixture.drive(&sorted, .cases(.cycleSort), .cases(.cycleSort))
        screens.append(("sorted by appointment", sorted))
        var due = zoomedCases()
        Fixture.drive(&due, .cases(.toggleDue))
        due.lastTick = Date(timeIntervalSince1970: 1_900_000_000) // 2030: Lucía's case is due
        screens.append(("due", due))
        var filtered = zoomedCases()
        Fixture.drive(&filtered, .filter(.begin))
        for ch in "pfleger" { Fixture.drive(&filtered, .filter(.edit(.insert(String(ch))))) }
        screens.append(("searching", filtered))
        for (what, state) in screens {
            for (width, height) in [(80, 24), (120, 40), (200, 50)] {
                let text = Fixture.render(state, width, height).text()
                XCTAssertTrue(text.contains("NRW-2026-0000"), "\(what) \(width)x\(height) shows cases")
                for name in CaseScreenTests.names {
                    XCTAssertFalse(text.contains(name), "\(what) \(width)x\(height) names \(name)")
                }
            }
        }
        XCTAssertTrue(Fixture.render(due, 80, 24).text().contains("zur Löschung fällig"), "the due view says what it shows")
        XCTAssertTrue(Fixture.render(sorted, 80, 24).text().contains("sortiert nach Nächster Termin"))
    }

    func testTheOpenCaseShowsEveryFieldInGroupsAndTheTimelineNewestFirst() {
        var state = zoomedCases()
        Fixture.drive(&state, .navigation(.open))
        XCTAssertTrue(state[.cases].isDetailOpen)
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "case-detail-80x24")
        let text = canvas.text()
        XCTAssertTrue(text.contains("NRW-2026-000001"))
        XCTAssertTrue(text.contains("Olena Kovalenko"), "here, and only here, the name")
        XCTAssertTrue(text.contains("olena@example.org"))

        // The whole record on a tall terminal: every stored field, in its group.
        let large = Fixture.render(state, 120, 70)
        assertGolden(large, "case-detail-120x70")
        let all = large.text()
        let order = ["Person", "Geschlecht", "weiblich", "Staatsangehörigkeit", "Einreisejahr", "2022", "Aufenthaltsstatus",
                     "§ 24 AufenthG", "Leistungsbezug", "SGB II", "Deutschkenntnisse (GER)", "B2",
                     "Beruf und Anerkennung", "Erzieher/in", "Reglementierter Beruf", "reglementiert",
                     "Beratung", "Antrag gestellt", "Zugang über", "Jobcenter", "Verlauf",
                     "Qualifizierung", "IQ-Förderkriterien", "☐ Die Prüfung der Eigenleistungsfähigkeit entfällt als Voraussetzung.",
                     "☐ Ein AZAV-Zertifikat der Maßnahme wird nicht vorausgesetzt.",
                     "Datenschutz", "Einwilligung (ESF) am", "02.02.2026", "Löschen am"]
        var from = all.startIndex
        for word in order {
            guard let found = all.range(of: word, range: from..<all.endIndex) else { return XCTFail("\(word) missing or out of order") }
            from = found.upperBound
        }
        // Newest first, so the latest step shows without scrolling.
        let timeline = ["20.04.2026 Termin (Video)", "10.03.2026 Verweis an Zentralstelle für ausländisches Bildungswesen",
                        "01.03.2026 Antrag in Vorbereitung → Antrag gestellt – per Post", "02.02.2026 Erstberatung → Antrag in Vorbereitung"]
        let places = timeline.map { all.range(of: $0)?.lowerBound }
        XCTAssertFalse(places.contains(nil), "\(places)")
        XCTAssertEqual(places.compactMap { $0 }, places.compactMap { $0 }.sorted())
    }

    func testTheNewCaseForm() {
        var state = zoomedCases()
        Fixture.drive(&state, .cases(.newCase))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "case-form-new-80x24")
        let text = canvas.text()
        XCTAssertTrue(text.contains("Neuer Fall"))
        XCTAssertTrue(text.contains("Vorname *"), "required fields are marked")
        XCTAssertTrue(text.contains("Nachname *"))
        XCTAssertTrue(text.contains("Person (nur hier sichtbar)"))
        XCTAssertFalse(text.contains("! "), "no error before anything was tried")
        XCTAssertNotNil(canvas.cursor, "the terminal cursor stands in the first name")
    }

    /// The authority suggestion with its notes (abroad, the date of a change) is long; the form
    /// shows all of it under the field, never cut after a few lines.
    func testTheAuthoritySuggestionIsShownInFull() throws {
        var state = zoomedCases()
        Fixture.drive(&state, .cases(.newCase))
        let context = FormContext(document: state.document, language: .de)
        state.form?.edit(CaseEditorForm.self) { form in
            form.referenzberuf.set("Tierarzt")
            form.residence.set("Ausland")
            form.validate(context)
        }
        let form = try XCTUnwrap(state.form)
        let warning = try XCTUnwrap(form.model(CaseEditorForm.self)?.authority.control.warning).text(.de)
        let lines = FormView.layout(form, state, valueWidth: 50, ascii: false).map(\.text).joined(separator: " ")
        XCTAssertGreaterThan(warning.count, 200, "a long suggestion: \(warning)")
        XCTAssertTrue(lines.filter { !$0.isWhitespace }.contains(warning.filter { !$0.isWhitespace }), "every word of it, in order: \(lines)")
    }

    // MARK: Keys

    func testTheCaseKeysInTheCasePane() {
        let state = zoomedCases()
        XCTAssertEqual(state.inputMode, .navigation)
        let expected: [(Character, CaseAction)] = [
            ("n", .newCase), ("e", .editCase), ("w", .stepStatus), ("a", .addAppointment), ("r", .addReferral),
            ("f", .openFilter), ("s", .cycleSort), ("D", .toggleDue), ("P", .purge),
            ("A", .writeReport),
        ]
        var open = state
        Fixture.drive(&open, .navigation(.open))
        for (key, caseAction) in expected {
            XCTAssertEqual(action(.char(key), state), .cases(caseAction), "\(key) in the list")
            XCTAssertEqual(action(.char(key), open), .cases(caseAction), "\(key) in the open case")
        }
        // Elsewhere the letters mean something else, or nothing.
        var partners = state
        Fixture.drive(&partners, .navigation(.focus(.partners)))
        for (key, caseAction) in expected {
            XCTAssertNotEqual(action(.char(key), partners), .cases(caseAction), "\(key) in the partner pane")
        }
        // The help lists them in the case pane.
        XCTAssertTrue(KeyMap.groups(for: state).contains { $0.title == HelpText.helpSectionCases })
        XCTAssertFalse(KeyMap.groups(for: partners).contains { $0.title == HelpText.helpSectionCases })

        // Keys act: w opens the status form of the selected case, n a new case.
        var keyed = state
        press([.char("w")], &keyed)
        XCTAssertEqual(keyed.form?.purpose, .caseStatus("c.olena"))
        var fresh = state
        press([.char("n")], &fresh)
        XCTAssertEqual(fresh.form?.purpose, .newCase)
        XCTAssertEqual(action(.char("n"), fresh), .form(.edit(.insert("n"))), "in the form n types")
    }

    /// The purge is never answered by a navigation key: only Enter on "Endgültig löschen", and
    /// only after the case number's last three digits were typed.
    func testThePurgeNeedsTheDigitsAndEnterOnItsButton() {
        var state = zoomedCases()
        press([.char("P")], &state)
        XCTAssertEqual(state.overlay, .confirmPurge("c.olena"))
        XCTAssertEqual(state.inputMode, .confirmDelete)
        for key in [Key.char("j"), .char("J"), .char("y"), .char("Y"), .char("k"), .char("g"), .char("G"), .char(" "), .down, .up, .pageDown, .home, .end] {
            var tried = state
            press([key, .enter], &tried)
            XCTAssertNotNil(tried.document.cases["c.olena"], "\(key) then Enter keeps the case")
        }
        for key in [Key.char("n"), .char("N"), .escape] {
            XCTAssertEqual(action(key, state), .dialog(.cancel), "\(key)")
        }
        XCTAssertEqual(action(.char("e"), state), .dialog(.type("e")), "no case key behind the question")
        XCTAssertEqual(KeyMap.groups(for: state).map(\.title), [CommonText.helpSectionDialog])

        press([.char("n")], &state)
        XCTAssertNil(state.overlay)
        XCTAssertNotNil(state.document.cases["c.olena"], "n keeps the case")
        // Enter takes the preselected "Abbrechen".
        press([.char("P"), .enter], &state)
        XCTAssertNil(state.overlay)
        XCTAssertNotNil(state.document.cases["c.olena"], "Enter keeps the case")
        // The delete button without the digits, and with wrong ones, does nothing.
        press([.char("P"), .right, .enter], &state)
        XCTAssertEqual(state.overlay, .confirmPurge("c.olena"))
        press([.char("0"), .char("0"), .char("2"), .enter], &state)
        XCTAssertNotNil(state.document.cases["c.olena"], "wrong digits keep the case")
        press([.backspace, .char("1"), .enter], &state)
        XCTAssertNil(state.overlay)
        XCTAssertNil(state.document.cases["c.olena"], "the right digits and Enter on its button delete it")
        XCTAssertEqual(state.document.cases.count, 2)
        XCTAssertEqual(CaseList.rows(state).map(\.number), ["NRW-2026-000002", "NRW-2026-000003"], "gone from the list")
    }
}
