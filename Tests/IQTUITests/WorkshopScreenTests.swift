import XCTest
@testable import IQCore
import IQRandom
@testable import IQTUI

/// Workshop mode on screen: two panes, the notice, a help that lists only what works, and keys
/// that never reach a case, a budget or the disk.
final class WorkshopScreenTests: XCTestCase {
    /// The fixture's partners and sites in workshop mode (the fixture, so the goldens do not
    /// change when the seed dataset grows).
    static func state(_ language: Language = .de) -> AppState {
        var state = Fixture.state(language)
        state.isWorkshop = true
        state.document = Document(partners: Fixture.document.partners.items, sites: Fixture.document.sites.items)
        return state
    }

    /// The state `--workshop` really starts with: the built-in network.
    static func started(_ arguments: [String] = ["--workshop"]) throws -> AppState {
        Startup.make(options: try LaunchOptions.parse(arguments, environment: [:]).get(), dataFile: "/x/iq-tui/iq-tui.plist", user: "trainer").state
    }

    func testGoldens() {
        assertGolden(Fixture.render(Self.state(), 80, 24), "workshop-de-80x24")
        assertGolden(Fixture.render(Self.state(), 120, 40), "workshop-de-120x40")
        assertGolden(Fixture.render(Self.state(.en), 120, 40), "workshop-en-120x40")
    }

    func testTwoPanesSideBySideOrStacked() {
        let wide = ScreenLayout(state: Self.state(), size: Size(width: 80, height: 24))
        XCTAssertEqual(Set(wide.panes.keys), [.partners, .locations])
        XCTAssertEqual(wide.panes[.partners], Rect(x: 0, y: 0, width: 40, height: 23))
        XCTAssertEqual(wide.panes[.locations], Rect(x: 40, y: 0, width: 40, height: 23))
        let narrow = ScreenLayout(state: Self.state(), size: Size(width: 64, height: 30))
        XCTAssertEqual(narrow.panes[.partners], Rect(x: 0, y: 0, width: 64, height: 14))
        XCTAssertEqual(narrow.panes[.locations], Rect(x: 0, y: 14, width: 64, height: 15))
        var zoomed = Self.state()
        Fixture.drive(&zoomed, .navigation(.focus(.locations)), .navigation(.toggleZoom))
        XCTAssertEqual(ScreenLayout(state: zoomed, size: Size(width: 80, height: 24)).panes, [.locations: Rect(x: 0, y: 0, width: 80, height: 23)])
    }

    func testTheRealStartShowsNetworkMapAndNoticeButNoCasesOrBudgets() throws {
        let state = try Self.started()
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let text = Fixture.render(state, width, height).text()
            XCTAssertTrue(text.contains("1 Partner") && text.contains("2 Standorte"), text)
            XCTAssertTrue(text.contains("Workshop-Modus – nur Netzwerk und Karte, nichts wird gespeichert"), text)
            XCTAssertFalse(text.contains("Fälle") || text.contains("Budgets"), text)
        }
        var zoomed = state
        Fixture.drive(&zoomed, .navigation(.focus(.locations)), .navigation(.toggleZoom))
        XCTAssertTrue(Fixture.render(zoomed, 120, 40).text().contains("GeoBasis-DE"), "the map with its attribution")
    }

    func testNoticeGivesWayToMessagesButTheModeStaysNamed() {
        var state = Self.state()
        Fixture.drive(&state, .navigation(.focus(.cases)))
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains("nur Partner (1) und Standorte (2)"), text)
        XCTAssertTrue(text.contains("Workshop-Modus"), "the right of the status bar names the mode")
        state.status = nil
        Fixture.drive(&state, .navigation(.open))
        let detail = Fixture.render(state, 80, 24).text()
        XCTAssertFalse(detail.contains("nur Netzwerk und Karte"), "an open entry shows its keys")
        XCTAssertTrue(detail.contains("Workshop-Modus"), "and the mode on the right")
    }

    func testHelpListsOnlyWhatWorks() {
        var state = Self.state()
        Fixture.drive(&state, .help(.toggle))
        let help = Fixture.render(state, 80, 40).text()
        XCTAssertTrue(help.contains("1 2              Partner, Standorte"), help)
        XCTAssertFalse(help.contains("Fälle") || help.contains("Budgets") || help.contains("Ctrl-S"), help)
        for focus in WorkshopMode.panes {
            var underlying = Self.state()
            Fixture.drive(&underlying, .navigation(.focus(focus)))
            let lines = HelpOverlay.lines(underlying, separated: false)
            let keys = lines.map(\.key)
            for refused in ["n", "e", "d / Del", "u / Ctrl-Z", "Ctrl-R / Ctrl-Y", "Ctrl-S", "1 2 3 4", "3", "4"] {
                XCTAssertFalse(keys.contains(refused), "\(focus): \(refused)")
            }
            XCTAssertTrue(keys.contains("1 2") && keys.contains("z") && keys.contains("Tab / Shift-Tab"))
            XCTAssertFalse(lines.contains { $0.text.contains("Fälle") || $0.text.contains("ungespeichert") })
        }
        var filtering = Self.state()
        Fixture.drive(&filtering, .filter(.begin))
        XCTAssertFalse(HelpOverlay.lines(filtering, separated: false).map(\.key).contains("Ctrl-S"))
    }

    func testRefusedKeysSaySo() {
        let layout = ScreenLayout(state: Self.state(), size: Size(width: 80, height: 24))
        func press(_ key: Key, _ state: inout AppState) -> [Effect] {
            guard let action = KeyMap.action(for: key, in: state, layout: layout) else { return [] }
            return Fixture.drive(&state, action)
        }
        var state = Self.state()
        for (key, message) in [(Key.char("3"), WorkshopText.workshopOnlyNetwork), (.char("4"), WorkshopText.workshopOnlyNetwork), (.ctrl("s"), WorkshopText.workshopNothingSaved),
                               (.char("n"), WorkshopText.workshopNoEdits), (.char("e"), WorkshopText.workshopNoEdits), (.char("d"), WorkshopText.workshopNoEdits), (.char("u"), WorkshopText.workshopNoEdits)] {
            state.status = nil
            XCTAssertEqual(press(key, &state), [])
            XCTAssertEqual(state.status?.message, message, "\(key)")
            XCTAssertEqual(state.focus, .partners)
            XCTAssertNil(state.form)
            XCTAssertNil(state.overlay)
        }
        XCTAssertEqual(press(.char("q"), &state), [.quit], "quit asks nothing")
    }

    /// Keys as a restless audience would press them, through the key map as the runtime does:
    /// never file work, never a case or budget pane, never a changed network.
    func testRandomKeysNeverReachTheDisk() throws {
        var state = try Self.started()
        let document = state.document
        let keys: [Key] = [
            .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .delete,
            .function(1), .function(10), .ctrl("s"), .ctrl("z"), .ctrl("r"), .ctrl("y"), .ctrl("l"), .ctrl("u"), .ctrl("w"),
            .mouse(MouseEvent(.press, x: 10, y: 5)), .mouse(MouseEvent(.press, x: 50, y: 20)), .mouse(MouseEvent(.wheelDown, x: 60, y: 10)),
        ] + "1234nedDPfstxovizgGjk/?q wabyYVmu:".map { Key.char($0) }
        var random = SeededRandom(seed: 2018)
        for step in 0..<4_000 {
            let layout = ScreenLayout(state: state, size: Size(width: 100, height: 30))
            let key = keys[Int(random.next() % UInt64(keys.count))]
            guard let action = KeyMap.action(for: key, in: state, layout: layout) else { continue }
            let effects = Fixture.drive(&state, action)
            XCTAssertFalse(effects.contains { if case .store = $0 { true } else { false } }, "step \(step): \(key) → \(action)")
            XCTAssertEqual(state.document, document)
            XCTAssertTrue(WorkshopMode.panes.contains(state.focus))
            if step % 200 == 0 {
                let text = Screen.render(state, size: Size(width: 100, height: 30)).text()
                XCTAssertFalse(text.contains("3 Fälle") || text.contains("4 Budgets"), text)
            }
        }
    }

    func testReadOnlyIsShownInTheStatusBar() throws {
        var state = Fixture.state()
        state.store = Startup.make(options: try LaunchOptions.parse(["--read-only"], environment: [:]).get(),
                                   dataFile: "/x/iq-tui/iq-tui.plist", user: "anna").state.store
        XCTAssertEqual(state.store.readOnly, .requested)
        XCTAssertTrue(Fixture.render(state, 80, 24).text().contains("schreibgeschützt"))
    }

}
