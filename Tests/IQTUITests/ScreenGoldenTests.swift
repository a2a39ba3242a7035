import XCTest
@testable import IQCore
@testable import IQTUI

/// Golden screens: the whole frame as text and role letters, compared with Goldens/*.txt.
final class ScreenGoldenTests: XCTestCase {
    func testGoldenRoleLettersAreDistinct() {
        let letters = StyleRole.allCases.map(GoldenRoles.letter)
        XCTAssertEqual(Set(letters).count, StyleRole.allCases.count, "a golden must tell every role apart")
    }

    func testFourPanes80x24() {
        assertGolden(Fixture.render(Fixture.state(), 80, 24), "grid-de-80x24")
    }

    func testFourPanes120x40English() {
        assertGolden(Fixture.render(Fixture.state(.en), 120, 40), "grid-en-120x40")
    }

    func testEachPaneZoomed() {
        for pane in Pane.allCases {
            var state = Fixture.state()
            Fixture.drive(&state, .navigation(.focus(pane)), .navigation(.toggleZoom))
            assertGolden(Fixture.render(state, 80, 24), "pane\(pane.number)-zoomed-80x24")
            assertGolden(Fixture.render(state, 120, 40), "pane\(pane.number)-zoomed-120x40")
        }
    }

    func testDetailViews() {
        var state = Fixture.state()
        // Sorted by name: IQ Netzwerk NRW, MOZAIK, Westdeutscher Handwerkskammertag …
        Fixture.drive(&state, .navigation(.toggleZoom), .navigation(.move(.end)), .navigation(.open))
        assertGolden(Fixture.render(state, 80, 24), "partner-detail-80x24")
        Fixture.drive(&state, .navigation(.back), .navigation(.focus(.locations)), .navigation(.open))
        assertGolden(Fixture.render(state, 80, 24), "site-detail-80x24")
        Fixture.drive(&state, .navigation(.back), .navigation(.focus(.budgets)), .navigation(.move(.down)), .navigation(.open))
        assertGolden(Fixture.render(state, 80, 24), "measure-unknown-detail-80x24")
    }

    func testHelpOverlay() {
        var state = Fixture.state()
        Fixture.drive(&state, .help(.toggle))
        assertGolden(Fixture.render(state, 80, 24), "help-de-80x24")
        assertGolden(Fixture.render(state, 120, 40), "help-de-120x40")
        var en = Fixture.state(.en)
        Fixture.drive(&en, .help(.toggle))
        assertGolden(Fixture.render(en, 80, 24), "help-en-80x24")
    }

    func testHelpScrollsWhenTheTerminalIsLow() {
        var state = Fixture.state()
        Fixture.drive(&state, .help(.toggle))
        let top = Fixture.render(state, 60, 16).text()
        Fixture.drive(&state, .help(.scroll(50)))
        let bottom = Fixture.render(state, 60, 16).text()
        XCTAssertTrue(top.contains("In Listen"))
        XCTAssertFalse(bottom.contains("In Listen"), "scrolled past the first section")
        XCTAssertTrue(bottom.contains("Maus"), "the last section can be reached")
    }

    func testFilterAndConfirmQuit() {
        var state = Fixture.state()
        Fixture.drive(&state, .filter(.begin))
        for ch in "koln" { Fixture.drive(&state, .filter(.edit(.insert(String(ch))))) }
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "filter-koln-80x24")
        XCTAssertNotNil(canvas.cursor, "the terminal cursor sits in the filter while typing")

        var dirty = Fixture.state()
        dirty.hasUnsavedChanges = true
        Fixture.drive(&dirty, .session(.requestQuit))
        assertGolden(Fixture.render(dirty, 80, 24), "confirm-quit-80x24")
    }

    func testTooSmall() {
        assertGolden(Fixture.render(Fixture.state(), 59, 16), "too-small-de-59x16")
        assertGolden(Fixture.render(Fixture.state(.en), 40, 10), "too-small-en-40x10")
        XCTAssertTrue(Fixture.render(Fixture.state(), 60, 16).text().contains("Partner"), "60×16 is enough")
    }

    func testASCIIMode() {
        assertGolden(Fixture.render(Fixture.state(ascii: true), 80, 24), "grid-ascii-80x24")
        let text = Fixture.render(Fixture.state(ascii: true), 80, 24).text()
        XCTAssertFalse(text.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) }, "no box-drawing or block characters")
        XCTAssertFalse(text.contains("…"), "ellipses are three dots")
        XCTAssertTrue(text.contains("+--"))
    }

    func testStylesCarryMeaning() {
        let canvas = Fixture.render(Fixture.state(), 80, 24)
        let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)
        let partners = layout.panes[.partners]!, locations = layout.panes[.locations]!
        XCTAssertEqual(canvas[partners.x, partners.y].role, .borderFocused)
        XCTAssertEqual(canvas[locations.x, locations.y].role, .border)
        let firstRow = layout.listRows(of: .partners)!
        XCTAssertEqual(canvas[firstRow.x + 2, firstRow.y].role, .selection, "the selected row of the focused pane")
        let siteRow = layout.listRows(of: .locations)!
        XCTAssertEqual(canvas[siteRow.x + 2, siteRow.y].role, .selectionUnfocused)
        var dirty = Fixture.state()
        dirty.hasUnsavedChanges = true
        XCTAssertTrue(Fixture.render(dirty, 80, 24).row(23).contains("ungespeichert"))
    }

    func testSeedDataShowsInAllPanes() {
        let state = AppState(document: Seed.document)
        let text = Fixture.render(state, 120, 40).text()
        // The budgets show one year: the last the slides plan.
        let year = BudgetsState.defaultYear(Seed.document, today: state.today).map(String.init) ?? "?"
        for title in ["1 Partner", "2 Standorte", "3 Fälle", "4 Budgets", "MOZAIK", "Maßnahmen · \(year)"] {
            XCTAssertTrue(text.contains(title), "missing \(title)")
        }
    }
}
