import XCTest
@testable import IQCore
import IQTestSupport

final class NavigationReducerTests: XCTestCase {

    // MARK: Pane focus

    func testStartsOnPartnersPane() {
        let state = Fixture.state()
        XCTAssertEqual(state.focus, .partners)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertFalse(state.isZoomed)
    }

    func testTabCyclesForwardThroughAllFourPanesAndWraps() {
        let store = TestStore(Fixture.state())
        for pane in [Pane.locations, .cases, .budgets, .partners, .locations, .cases, .budgets, .partners] {
            store.send(.navigation(.focusNext)) { $0.focus = pane }
        }
    }

    func testShiftTabCyclesBackwardThroughAllFourPanesAndWraps() {
        let store = TestStore(Fixture.state())
        for pane in [Pane.budgets, .cases, .locations, .partners, .budgets, .cases, .locations, .partners] {
            store.send(.navigation(.focusPrevious)) { $0.focus = pane }
        }
    }

    func testTabThenShiftTabReturnsToTheSamePaneFromEveryPane() {
        for pane in Pane.allCases {
            let store = TestStore(Fixture.state())
            store.send(.navigation(.focus(pane)), .navigation(.focusNext), .navigation(.focusPrevious)) { $0.focus = pane }
            store.send(.navigation(.focusPrevious), .navigation(.focusNext))
        }
    }

    func testFocusJumpsDirectlyToEachPane() {
        let store = TestStore(Fixture.state())
        for pane in [Pane.budgets, .cases, .partners, .locations] {
            store.send(.navigation(.focus(pane))) { $0.focus = pane }
        }
        store.send(.navigation(.focus(.locations)))
    }

    func testPaneNumbersMatchTheirKeys() {
        XCTAssertEqual(Pane.allCases.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(Pane.allCases, [.partners, .locations, .cases, .budgets])
    }

    func testEachPaneKeepsItsOwnSelection() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.move(.down)), .navigation(.move(.down)), .navigation(.focusNext), .navigation(.move(.down))) {
            $0[.partners].cursor.selected = 2
            $0.focus = .locations
            $0[.locations].cursor.selected = 1
        }
        store.send(.navigation(.focusPrevious)) { $0.focus = .partners }
    }

    // MARK: Moving in a list

    func testMoveUpAtTopStaysOnFirstRow() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.move(.up)), .navigation(.move(.up)))
        store.send(.navigation(.move(.by(-3))))
        XCTAssertEqual(store.state[.partners].cursor, ListCursor(selected: 0))
    }

    func testMoveDownAtBottomStaysOnLastRow() {
        let store = TestStore(Fixture.state())
        for selected in 1...4 {
            store.send(.navigation(.move(.down))) { $0[.partners].cursor = ListCursor(selected: selected) }
        }
        for _ in 4..<10 { store.send(.navigation(.move(.down))) }
        store.send(.navigation(.move(.by(3))))
        XCTAssertEqual(store.state[.partners].cursor, ListCursor(selected: 4))
    }

    /// PgUp/PgDn arrive with the page the layout gives (the key map's test checks that).
    func testPageDownAndPageUpMoveByThePageHeightAndClamp() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 10)))
        store.send(.navigation(.move(.by(4)))) { $0[.partners].cursor = ListCursor(selected: 4) }
        store.send(.navigation(.move(.by(4)))) { $0[.partners].cursor = ListCursor(selected: 8) }
        store.send(.navigation(.move(.by(4)))) { $0[.partners].cursor = ListCursor(selected: 9) }
        store.send(.navigation(.move(.by(-4)))) { $0[.partners].cursor = ListCursor(selected: 5) }
        store.send(.navigation(.move(.by(-4)))) { $0[.partners].cursor = ListCursor(selected: 1) }
        store.send(.navigation(.move(.by(-4)))) { $0[.partners].cursor = ListCursor(selected: 0) }
    }

    func testHomeAndEndJumpToFirstAndLastRow() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 25)))
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 24) }
        store.send(.navigation(.move(.home))) { $0[.partners].cursor = ListCursor(selected: 0) }
    }

    func testSelectionAlwaysStaysInTheListOverAnyMoveSequence() {
        // An invariant over many pages and moves: checked by `assertCursorValid`, not step by step.
        for page in [1, 2, 3, 5, 12, 40] {
            let moves: [ListCursor.Move] = [.down, .down, .by(page), .end, .up, .by(-page), .by(-page), .home, .by(7), .by(-2),
                                            .by(page), .by(page), .by(page), .by(100), .up, .by(-100), .down]
            let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 17)), exhaustivity: .off)
            for move in moves {
                store.send(.navigation(.move(move)))
                assertCursorValid(store.state, .partners)
            }
        }
    }

    func testMovingInAPaneWithoutRowsKeepsTheSelectionAtZero() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focus(.cases))) { $0.focus = .cases }
        for move in [ListCursor.Move.down, .end, .by(10), .up, .home] {
            store.send(.navigation(.move(move)))
        }
        XCTAssertEqual(store.state[.cases].cursor, ListCursor())
    }

    // MARK: Scrolling an open entry

    func testScrollDetailStopsAtTheLimitTheKeyCarries() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focus(.locations)), .navigation(.open)) {
            $0.focus = .locations
            $0[.locations].isDetailOpen = true
        }
        store.send(.navigation(.scrollDetail(by: 10, limit: 14))) { $0[.locations].detailScroll = 10 }
        store.send(.navigation(.scrollDetail(by: 10, limit: 14))) { $0[.locations].detailScroll = 14 }
        store.send(.navigation(.scrollDetail(by: -20, limit: 14))) { $0[.locations].detailScroll = 0 }
        // Nothing to scroll.
        store.send(.navigation(.scrollDetail(by: 5, limit: -3)))
    }

    func testScrollDetailPastAnEndThatShrankStartsFromWhatIsShown() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focus(.locations)), .navigation(.open)) {
            $0.focus = .locations
            $0[.locations].isDetailOpen = true
        }
        // Sent with no frame drawn yet, the end unknown.
        store.send(.navigation(.scrollDetail(by: 30, limit: .max))) { $0[.locations].detailScroll = 30 }
        // The view showed its last page, line 12: the way up starts there at once.
        store.send(.navigation(.scrollDetail(by: -10, limit: 12))) { $0[.locations].detailScroll = 2 }
        // Home and End with an unknown end neither overflow nor go below 0.
        store.send(.navigation(.scrollDetail(by: .max, limit: .max)), .navigation(.scrollDetail(by: -.max, limit: .max))) {
            $0[.locations].detailScroll = 0
        }
    }

    // MARK: Mouse

    func testSelectFocusesThePaneAndSelectsTheRow() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.select(.locations, row: 2))) {
            $0.focus = .locations
            $0[.locations].cursor.selected = 2
        }
        XCTAssertEqual(store.state[.partners].cursor.selected, 0)
    }

    /// Two measures in the year the budget pane shows (2019, the last planned one).
    func twoMeasuresIn2019() -> AppState {
        var d = Fixture.document()
        var training = Fixture.measureTraining
        training.year = 2019
        d.measures.put(training)
        return Fixture.state(d)
    }

    func testSelectClampsARowOutsideTheList() {
        let store = TestStore(twoMeasuresIn2019())
        store.send(.navigation(.select(.budgets, row: 99))) {
            $0.focus = .budgets
            $0[.budgets].cursor.selected = 1
        }
        store.send(.navigation(.select(.partners, row: -3))) { $0.focus = .partners }
        XCTAssertEqual(store.state[.partners].cursor.selected, 0)
    }

    func testSelectKeepsTheSelectedRowVisible() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 30)))
        store.send(.navigation(.select(.partners, row: 12))) { $0[.partners].cursor = ListCursor(selected: 12) }
        assertCursorValid(store.state, .partners)
    }

    func testWheelScrollsTheListUnderTheMouseAndClamps() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 10)))
        store.send(.navigation(.scroll(.partners, by: 3))) { $0[.partners].cursor = ListCursor(selected: 3) }
        store.send(.navigation(.scroll(.partners, by: 3)), .navigation(.scroll(.partners, by: 3)),
                   .navigation(.scroll(.partners, by: 3))) { $0[.partners].cursor = ListCursor(selected: 9) }
        assertCursorValid(store.state, .partners)
        store.send(.navigation(.scroll(.partners, by: -3))) { $0[.partners].cursor = ListCursor(selected: 6) }
        store.send(.navigation(.scroll(.partners, by: -30))) { $0[.partners].cursor = ListCursor(selected: 0) }
    }

    func testWheelOverAnotherPaneScrollsThatPaneOnly() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.scroll(.locations, by: 1))) { $0[.locations].cursor.selected = 1 }
    }

    // MARK: Detail view

    func testOpenShowsTheDetailOfAListWithRows() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.open)) {
            $0[.partners].isDetailOpen = true
            $0.directory.path = [Fixture.agentur.id]
        }
    }

    func testOpenDoesNothingInTheCasesPane() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focus(.cases)), .navigation(.open)) { $0.focus = .cases }
        XCTAssertEqual(store.state.rowCount(.cases), 0)
    }

    func testOpenDoesNothingInAnEmptyList() {
        let store = TestStore(Fixture.state(Document()))
        store.send(.navigation(.open))
    }

    func testBackClosesDetailThenClearsFilterThenLeavesZoom() {
        let store = TestStore(Fixture.state())
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        store.type("köln") { $0[.partners].filter = typedFilter("köln") }
        store.send(.filter(.accept), .navigation(.open), .navigation(.toggleZoom)) {
            $0[.partners].isFiltering = false
            $0[.partners].isDetailOpen = true
            $0.directory.path = [Fixture.agentur.id]
            $0.isZoomed = true
        }
        XCTAssertEqual(store.state.rowCount(.partners), 1)

        // The first Esc only closes the detail.
        store.send(.navigation(.back)) {
            $0[.partners].isDetailOpen = false
            $0.directory.path = []
        }
        // The second Esc only clears the filter.
        store.send(.navigation(.back)) { $0[.partners].filter = PaneState.emptyFilter }
        XCTAssertEqual(store.state.rowCount(.partners), 5)

        store.send(.navigation(.back)) { $0.isZoomed = false }
        // Esc with nothing to close changes nothing.
        store.send(.navigation(.back))
    }

    func testBackAfterClearingTheFilterKeepsTheSelectionValid() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 30)))
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        store.type("partner 02") { $0[.partners].filter = typedFilter("partner 02") }
        // Both words, anywhere: "Partner 002" and "Partner 020" … "Partner 029".
        store.send(.filter(.accept), .navigation(.move(.end))) {
            $0[.partners].isFiltering = false
            $0[.partners].cursor = ListCursor(selected: 10)
        }
        XCTAssertEqual(store.state.rowCount(.partners), 11)
        store.send(.navigation(.back)) { $0[.partners].filter = PaneState.emptyFilter }
        XCTAssertEqual(store.state.rowCount(.partners), 30)
        assertCursorValid(store.state, .partners)
    }

    func testToggleZoomTurnsZoomOnAndOff() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.toggleZoom)) { $0.isZoomed = true }
        store.send(.navigation(.toggleZoom)) { $0.isZoomed = false }
    }

    func testZoomFollowsTheFocus() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.toggleZoom), .navigation(.focusNext)) {
            $0.isZoomed = true
            $0.focus = .locations
        }
    }

    func testNavigationNeverAsksForEffects() {
        // The store fails on any effect not asserted; none is.
        let store = TestStore(twoMeasuresIn2019())
        store.send(.navigation(.focusNext), .navigation(.move(.down)), .navigation(.open),
                   .navigation(.back), .navigation(.toggleZoom), .navigation(.scrollDetail(by: 4, limit: 9)),
                   .navigation(.select(.budgets, row: 1)), .navigation(.scroll(.partners, by: 2))) {
            $0.focus = .budgets
            $0[.locations].cursor.selected = 1
            $0.isZoomed = true
            // A scroll request is kept even with the entry closed (opening starts at the top).
            $0[.locations].detailScroll = 4
            $0[.budgets].cursor.selected = 1
            $0[.partners].cursor.selected = 2
        }
    }
}
