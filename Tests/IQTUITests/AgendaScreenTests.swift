import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The agenda in the case pane (issue 16 §2) at 80×24 and 200×50, and the filters staying in
/// the frame beside a search.
final class AgendaScreenTests: XCTestCase {
    private func day(_ d: Int) -> Day { Day(year: 2026, month: 4, day: d)! }

    private func state() -> AppState {
        var olena = CaseScreenTests.olena
        olena.timeline += [TimelineEntry(day: day(15), kind: .appointment(channel: .video), note: "Zeugnisse mitbringen", time: ClockTime(hour: 14, minute: 0), minutes: 60),
                           TimelineEntry(day: day(17), kind: .appointment(channel: .phone), note: "verschoben", time: ClockTime(hour: 9, minute: 0), cancelled: true)]
        var document = Fixture.document
        document.cases = RecordTable([olena, CaseScreenTests.mehmet, CaseScreenTests.lucia])
        var state = AppState(document: document, language: .de, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_254_400) // 15.04.2026, noon UTC
        state.cases.me = "anna"
        Fixture.drive(&state, .navigation(.focus(.cases)))
        return state
    }

    func testTheAgendaShowsMyWeek() {
        var s = state()
        let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)
        guard let t = KeyMap.action(for: .char("t"), in: s, layout: layout) else { return XCTFail("t is unbound") }
        Fixture.drive(&s, t)
        guard let right = KeyMap.action(for: .right, in: s, layout: layout) else { return XCTFail("→ is unbound") }
        Fixture.drive(&s, right)
        XCTAssertEqual(s.cases.agenda, .thisWeek)
        let small = Fixture.render(s, 80, 24)
        assertGolden(small, "agenda-week-80x24")
        let text = small.text()
        XCTAssertTrue(text.contains("Mi 15.04."))
        XCTAssertTrue(text.contains("14:00–15:00"))
        XCTAssertFalse(text.contains("Olena"), "no names in the agenda")
        Fixture.drive(&s, .navigation(.toggleZoom))
        let big = Fixture.render(s, 200, 50)
        assertGolden(big, "agenda-week-200x50")
        XCTAssertTrue(big.text().contains("ABGESAGT – verschoben"), "the cancelled one, marked")
        XCTAssertTrue(big.text().contains("O. K."), "initials when there is room")
        XCTAssertFalse(big.text().contains("NRW-2026-000002"), "Ben's case is not mine")
        XCTAssertTrue(big.text().contains("Termine diese Woche · anna"))
    }

    /// English: the day reads "Wed 15 Apr" (not a cut ISO date), "Init." is whole when there
    /// is room, and the frame says it is the agenda and for when.
    func testTheEnglishAgendaSaysItsDayAndRange() {
        var s = state()
        s.language = .en
        Fixture.drive(&s, .cases(.agenda(.toggle)), .cases(.agenda(.range(1))), .navigation(.toggleZoom))
        let big = Fixture.render(s, 200, 50)
        assertGolden(big, "agenda-week-en-200x50")
        let text = big.text()
        XCTAssertTrue(text.contains("Wed 15 Apr"), text)
        XCTAssertTrue(text.contains("Init."), text)
        XCTAssertTrue(text.contains("3 Appointments this week"), text)
        XCTAssertTrue(Fixture.render(s, 80, 24).text().contains("Wed 15 Apr"))
        s.language = .de
        XCTAssertTrue(Fixture.render(s, 80, 24).text().contains("3 Termine diese Woche"))
    }

    /// No login name and no `counsellor`: every case's appointments, and the frame says how to
    /// name the counsellor instead of showing a made-up one.
    func testWithoutAKnownCounsellorTheAgendaSaysHowToNameOne() {
        var s = state()
        s.cases.me = ""
        s.options.userKnown = false
        Fixture.drive(&s, .navigation(.toggleZoom), .cases(.agenda(.toggle)))
        let text = Fixture.render(s, 200, 50).text()
        XCTAssertTrue(text.contains("alle Fälle: kein Berater bekannt – counsellor = Name in der Konfiguration"), text)
        XCTAssertTrue(text.contains("Zeugnisse mitbringen"), "every case's appointments")
        XCTAssertFalse(text.contains("iq-tui ·"), text)
    }

    /// The agenda's status bar names its own keys: open, change, range, back.
    func testTheAgendasStatusBarSaysWhatItsKeysDo() {
        var s = state()
        Fixture.drive(&s, .cases(.agenda(.toggle)))
        let line = StatusHints.fit(s, width: 200)
        for hint in ["Enter:Öffnen", "e:Bearbeiten", "←→:Zeitraum", "t:Zurück"] {
            XCTAssertTrue(line.contains(hint), "\(hint) in \(line)")
        }
        XCTAssertFalse(line.contains("n:Neu"), "the case list's keys are not the agenda's: \(line)")
    }

    func testTheFacetsStayInTheFrameBesideASearch() {
        var s = state()
        Fixture.drive(&s, .navigation(.toggleZoom))
        Fixture.drive(&s, .cases(.setFilter(CaseFilter(openOnly: true))))
        Fixture.drive(&s, .filter(.begin))
        Fixture.drive(&s, .filter(.edit(.insert("0001"))))
        let text = Fixture.render(s, 80, 24).text()
        XCTAssertTrue(text.contains("/0001"), "the search")
        XCTAssertTrue(text.contains("offen"), "and the facet in force")
    }
}
