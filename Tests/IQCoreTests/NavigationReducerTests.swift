import XCTest
@testable import IQCore

final class NavigationReducerTests: XCTestCase {

    // MARK: Pane focus

    func testStartsOnPartnersPane() {
        let state = Fixture.state()
        XCTAssertEqual(state.focus, .partners)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertFalse(state.isZoomed)
    }

    func testTabCyclesForwardThroughAllFourPanesAndWraps() {
        var state = Fixture.state()
        var visited: [Pane] = []
        for _ in 0..<8 {
            reduce(&state, .navigation(.focusNext))
            visited.append(state.focus)
        }
        XCTAssertEqual(visited, [.locations, .cases, .budgets, .partners, .locations, .cases, .budgets, .partners])
    }

    func testShiftTabCyclesBackwardThroughAllFourPanesAndWraps() {
        var state = Fixture.state()
        var visited: [Pane] = []
        for _ in 0..<8 {
            reduce(&state, .navigation(.focusPrevious))
            visited.append(state.focus)
        }
        XCTAssertEqual(visited, [.budgets, .cases, .locations, .partners, .budgets, .cases, .locations, .partners])
    }

    func testTabThenShiftTabReturnsToTheSamePaneFromEveryPane() {
        for pane in Pane.allCases {
            var state = Fixture.state()
            reduce(&state, .navigation(.focus(pane)), .navigation(.focusNext), .navigation(.focusPrevious))
            XCTAssertEqual(state.focus, pane)
            reduce(&state, .navigation(.focusPrevious), .navigation(.focusNext))
            XCTAssertEqual(state.focus, pane)
        }
    }

    func testFocusJumpsDirectlyToEachPane() {
        var state = Fixture.state()
        for pane in [Pane.budgets, .cases, .partners, .locations, .locations] {
            let effects = reduce(&state, .navigation(.focus(pane)))
            XCTAssertEqual(state.focus, pane)
            XCTAssertEqual(effects, [])
        }
    }

    func testPaneNumbersMatchTheirKeys() {
        XCTAssertEqual(Pane.allCases.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(Pane.allCases, [.partners, .locations, .cases, .budgets])
    }

    func testEachPaneKeepsItsOwnSelection() {
        var state = Fixture.state()
        reduce(&state, .navigation(.move(.down)), .navigation(.move(.down)), .navigation(.focusNext), .navigation(.move(.down)))
        XCTAssertEqual(state[.partners].cursor.selected, 2)
        XCTAssertEqual(state[.locations].cursor.selected, 1)
        reduce(&state, .navigation(.focusPrevious))
        XCTAssertEqual(state[.partners].cursor.selected, 2)
    }

    // MARK: Moving in a list

    func testMoveUpAtTopStaysOnFirstRow() {
        var state = Fixture.state()
        reduce(&state, .navigation(.move(.up)), .navigation(.move(.up)))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))
        reduce(&state, .navigation(.move(.by(-3))))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))
    }

    func testMoveDownAtBottomStaysOnLastRow() {
        var state = Fixture.state()
        for _ in 0..<10 { reduce(&state, .navigation(.move(.down))) }
        XCTAssertEqual(state[.partners].cursor.selected, 4)
        reduce(&state, .navigation(.move(.by(3))))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 4))
    }

    /// PgUp/PgDn arrive with the page the layout gives (the key map's test checks that).
    func testPageDownAndPageUpMoveByThePageHeightAndClamp() {
        var state = Fixture.state(Fixture.numberedDocument(partners: 10))
        reduce(&state, .navigation(.move(.by(4))))
        XCTAssertEqual(state[.partners].cursor.selected, 4)
        reduce(&state, .navigation(.move(.by(4))))
        XCTAssertEqual(state[.partners].cursor.selected, 8)
        reduce(&state, .navigation(.move(.by(4))))
        XCTAssertEqual(state[.partners].cursor.selected, 9)
        reduce(&state, .navigation(.move(.by(-4))))
        XCTAssertEqual(state[.partners].cursor.selected, 5)
        reduce(&state, .navigation(.move(.by(-4))))
        XCTAssertEqual(state[.partners].cursor.selected, 1)
        reduce(&state, .navigation(.move(.by(-4))))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))
    }

    func testHomeAndEndJumpToFirstAndLastRow() {
        var state = Fixture.state(Fixture.numberedDocument(partners: 25))
        reduce(&state, .navigation(.move(.end)))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 24))
        reduce(&state, .navigation(.move(.home)))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))
    }

    func testSelectionAlwaysStaysInTheListOverAnyMoveSequence() {
        for page in [1, 2, 3, 5, 12, 40] {
            let moves: [ListCursor.Move] = [.down, .down, .by(page), .end, .up, .by(-page), .by(-page), .home, .by(7), .by(-2),
                                            .by(page), .by(page), .by(page), .by(100), .up, .by(-100), .down]
            var state = Fixture.state(Fixture.numberedDocument(partners: 17))
            for move in moves {
                reduce(&state, .navigation(.move(move)))
                assertCursorValid(state, .partners)
            }
        }
    }

    func testMovingInAPaneWithoutRowsKeepsTheSelectionAtZero() {
        var state = Fixture.state()
        reduce(&state, .navigation(.focus(.cases)))
        for move in [ListCursor.Move.down, .end, .by(10), .up, .home] {
            reduce(&state, .navigation(.move(move)))
            XCTAssertEqual(state[.cases].cursor, ListCursor())
        }
    }

    // MARK: Scrolling an open entry

    func testScrollDetailStopsAtTheLimitTheKeyCarries() {
        var state = Fixture.state()
        reduce(&state, .navigation(.focus(.locations)), .navigation(.open))
        reduce(&state, .navigation(.scrollDetail(by: 10, limit: 14)))
        XCTAssertEqual(state[.locations].detailScroll, 10)
        reduce(&state, .navigation(.scrollDetail(by: 10, limit: 14)))
        XCTAssertEqual(state[.locations].detailScroll, 14)
        reduce(&state, .navigation(.scrollDetail(by: -20, limit: 14)))
        XCTAssertEqual(state[.locations].detailScroll, 0)
        reduce(&state, .navigation(.scrollDetail(by: 5, limit: -3)))
        XCTAssertEqual(state[.locations].detailScroll, 0, "nothing to scroll")
    }

    func testScrollDetailPastAnEndThatShrankStartsFromWhatIsShown() {
        var state = Fixture.state()
        reduce(&state, .navigation(.focus(.locations)), .navigation(.open))
        // Sent with no frame drawn yet, the end unknown.
        reduce(&state, .navigation(.scrollDetail(by: 30, limit: .max)))
        XCTAssertEqual(state[.locations].detailScroll, 30)
        // The view showed its last page, line 12: the way up starts there at once.
        reduce(&state, .navigation(.scrollDetail(by: -10, limit: 12)))
        XCTAssertEqual(state[.locations].detailScroll, 2)
        reduce(&state, .navigation(.scrollDetail(by: .max, limit: .max)), .navigation(.scrollDetail(by: -.max, limit: .max)))
        XCTAssertEqual(state[.locations].detailScroll, 0, "Home and End with an unknown end neither overflow nor go below 0")
    }

    // MARK: Mouse

    func testSelectFocusesThePaneAndSelectsTheRow() {
        var state = Fixture.state()
        reduce(&state, .navigation(.select(.locations, row: 2)))
        XCTAssertEqual(state.focus, .locations)
        XCTAssertEqual(state[.locations].cursor.selected, 2)
        XCTAssertEqual(state[.partners].cursor.selected, 0)
    }

    func testSelectClampsARowOutsideTheList() {
        var state = Fixture.state()
        reduce(&state, .navigation(.select(.budgets, row: 99)))
        XCTAssertEqual(state.focus, .budgets)
        XCTAssertEqual(state[.budgets].cursor.selected, 1)
        reduce(&state, .navigation(.select(.partners, row: -3)))
        XCTAssertEqual(state.focus, .partners)
        XCTAssertEqual(state[.partners].cursor.selected, 0)
    }

    func testSelectKeepsTheSelectedRowVisible() {
        var state = Fixture.state(Fixture.numberedDocument(partners: 30))
        reduce(&state, .navigation(.select(.partners, row: 12)))
        XCTAssertEqual(state[.partners].cursor.selected, 12)
        assertCursorValid(state, .partners)
    }

    func testWheelScrollsTheListUnderTheMouseAndClamps() {
        var state = Fixture.state(Fixture.numberedDocument(partners: 10))
        reduce(&state, .navigation(.scroll(.partners, by: 3)))
        XCTAssertEqual(state[.partners].cursor.selected, 3)
        reduce(&state, .navigation(.scroll(.partners, by: 3)), .navigation(.scroll(.partners, by: 3)),
               .navigation(.scroll(.partners, by: 3)))
        XCTAssertEqual(state[.partners].cursor.selected, 9)
        assertCursorValid(state, .partners)
        reduce(&state, .navigation(.scroll(.partners, by: -3)))
        XCTAssertEqual(state[.partners].cursor.selected, 6)
        reduce(&state, .navigation(.scroll(.partners, by: -30)))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))
    }

    func testWheelOverAnotherPaneScrollsThatPaneOnly() {
        var state = Fixture.state()
        reduce(&state, .navigation(.scroll(.locations, by: 1)))
        XCTAssertEqual(state[.locations].cursor.selected, 1)
        XCTAssertEqual(state[.partners].cursor.selected, 0)
    }

    // MARK: Detail view

    func testOpenShowsTheDetailOfAListWithRows() {
        var state = Fixture.state()
        reduce(&state, .navigation(.open))
        XCTAssertTrue(state[.partners].isDetailOpen)
        XCTAssertFalse(state[.locations].isDetailOpen)
    }

    func testOpenDoesNothingInTheCasesPane() {
        var state = Fixture.state()
        reduce(&state, .navigation(.focus(.cases)), .navigation(.open))
        XCTAssertEqual(state.rowCount(.cases), 0)
        XCTAssertFalse(state[.cases].isDetailOpen)
    }

    func testOpenDoesNothingInAnEmptyList() {
        var state = Fixture.state(Document())
        reduce(&state, .navigation(.open))
        XCTAssertFalse(state[.partners].isDetailOpen)
    }

    func testBackClosesDetailThenClearsFilterThenLeavesZoom() {
        var state = Fixture.state()
        reduce(&state, .filter(.begin))
        typeText("köln", into: &state)
        reduce(&state, .filter(.accept), .navigation(.open), .navigation(.toggleZoom))
        XCTAssertTrue(state[.partners].isDetailOpen)
        XCTAssertEqual(state[.partners].filter.text, "köln")
        XCTAssertEqual(state.rowCount(.partners), 1)
        XCTAssertTrue(state.isZoomed)

        reduce(&state, .navigation(.back))
        XCTAssertFalse(state[.partners].isDetailOpen)
        XCTAssertEqual(state[.partners].filter.text, "köln", "the first Esc only closes the detail")
        XCTAssertTrue(state.isZoomed)

        reduce(&state, .navigation(.back))
        XCTAssertTrue(state[.partners].filter.isEmpty)
        XCTAssertEqual(state.rowCount(.partners), 5)
        XCTAssertTrue(state.isZoomed, "the second Esc only clears the filter")

        reduce(&state, .navigation(.back))
        XCTAssertFalse(state.isZoomed)

        let before = state
        let effects = reduce(&state, .navigation(.back))
        XCTAssertEqual(state, before, "Esc with nothing to close changes nothing")
        XCTAssertEqual(effects, [])
    }

    func testBackAfterClearingTheFilterKeepsTheSelectionValid() {
        var state = Fixture.state(Fixture.numberedDocument(partners: 30))
        reduce(&state, .filter(.begin))
        typeText("partner 02", into: &state)
        reduce(&state, .filter(.accept), .navigation(.move(.end)))
        // Both words, anywhere: "Partner 002" and "Partner 020" … "Partner 029".
        XCTAssertEqual(state.rowCount(.partners), 11)
        reduce(&state, .navigation(.back))
        XCTAssertEqual(state.rowCount(.partners), 30)
        assertCursorValid(state, .partners)
    }

    func testToggleZoomTurnsZoomOnAndOff() {
        var state = Fixture.state()
        reduce(&state, .navigation(.toggleZoom))
        XCTAssertTrue(state.isZoomed)
        reduce(&state, .navigation(.toggleZoom))
        XCTAssertFalse(state.isZoomed)
    }

    func testZoomFollowsTheFocus() {
        var state = Fixture.state()
        reduce(&state, .navigation(.toggleZoom), .navigation(.focusNext))
        XCTAssertTrue(state.isZoomed)
        XCTAssertEqual(state.focus, .locations)
    }

    func testNavigationNeverAsksForEffects() {
        var state = Fixture.state()
        let effects = reduce(&state, .navigation(.focusNext), .navigation(.move(.down)), .navigation(.open),
                             .navigation(.back), .navigation(.toggleZoom), .navigation(.scrollDetail(by: 4, limit: 9)),
                             .navigation(.select(.budgets, row: 1)), .navigation(.scroll(.partners, by: 2)))
        XCTAssertEqual(effects, [])
    }
}
