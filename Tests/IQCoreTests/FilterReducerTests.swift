import XCTest
@testable import IQCore
import IQTestSupport

final class FilterReducerTests: XCTestCase {

    /// Names of the partner rows the pane shows with its current filter.
    private func partnerRows(_ state: AppState) -> [String] {
        PartnerList.rows(state.document, query: state[.partners].filter.text).map(\.name)
    }

    /// Starts a filter on the focused pane and types the query.
    private func filtered(_ query: String, pane: Pane = .partners, document: Document = Fixture.document(),
                          file: StaticString = #filePath, line: UInt = #line) -> TestStore {
        let store = TestStore(Fixture.state(document))
        store.send(.navigation(.focus(pane)), .filter(.begin), file: file, line: line) {
            $0.focus = pane
            $0[pane].isFiltering = true
        }
        store.type(query, file: file, line: line) { $0[pane].filter = typedFilter(query) }
        return store
    }

    // MARK: Modes

    func testBeginEntersTextEntryMode() {
        let store = TestStore(Fixture.state())
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        XCTAssertEqual(store.state.inputMode, .textEntry)
        XCTAssertEqual(store.state.rowCount(.partners), 5, "an empty filter shows every row")
    }

    func testBeginClosesAnOpenDetail() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.open)) {
            $0[.partners].isDetailOpen = true
            $0.directory.path = [Fixture.agentur.id]
        }
        // The detail closes; the partner it showed stays on the path until the next open.
        store.send(.filter(.begin)) {
            $0[.partners].isDetailOpen = false
            $0[.partners].isFiltering = true
        }
        XCTAssertEqual(store.state.inputMode, .textEntry)
    }

    func testFilterBelongsToTheFocusedPaneOnly() {
        let store = filtered("köln", pane: .locations)
        XCTAssertEqual(store.state.rowCount(.locations), 1)
        XCTAssertEqual(store.state.rowCount(.partners), 5)
        store.send(.filter(.accept), .navigation(.focus(.partners))) {
            $0[.locations].isFiltering = false
            $0.focus = .partners
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    // MARK: Matching

    func testTypingNarrowsTheListStepByStep() {
        let store = TestStore(Fixture.state())
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        var counts: [Int] = []
        var typed = ""
        for ch in "diak" {
            typed.append(ch)
            store.send(.filter(.edit(.insert(String(ch))))) { [typed] in $0[.partners].filter = typedFilter(typed) }
            counts.append(store.state.rowCount(.partners))
        }
        XCTAssertEqual(counts.last, 1)
        XCTAssertEqual(counts, counts.sorted(by: >), "each typed letter can only narrow the list")
        XCTAssertEqual(partnerRows(store.state), ["Diakonie an der Hauptstraße"])
    }

    func testKolnAndKoelnBothFindKoeln() {
        for query in ["koln", "koeln", "köln", "KOLN", "Koeln", "KÖLN"] {
            let state = filtered(query).state
            XCTAssertEqual(partnerRows(state), ["Agentur für Arbeit Köln"], "query \(query)")
            XCTAssertEqual(state.rowCount(.partners), 1, "query \(query)")
        }
    }

    func testMuensterFindsMuenster() {
        for query in ["muenster", "munster", "münster", "MUENSTER"] {
            XCTAssertEqual(partnerRows(filtered(query).state), ["Bezirksregierung Münster"], "query \(query)")
        }
    }

    func testStrasseFindsStrasseWithSharpS() {
        for query in ["strasse", "STRASSE", "straße", "hauptstrasse"] {
            XCTAssertEqual(partnerRows(filtered(query).state), ["Diakonie an der Hauptstraße"], "query \(query)")
        }
    }

    func testDuesseldorfSpellings() {
        for query in ["dusseldorf", "duesseldorf", "Düsseldorf"] {
            XCTAssertEqual(partnerRows(filtered(query).state), ["Caritas Düsseldorf"], "query \(query)")
        }
    }

    func testMatchingIsCaseInsensitive() {
        XCTAssertEqual(filtered("CARITAS").state.rowCount(.partners), 1)
        XCTAssertEqual(filtered("caritas").state.rowCount(.partners), 1)
        XCTAssertEqual(filtered("cArItAs").state.rowCount(.partners), 1)
    }

    func testFilterSearchesShortNameAndCitiesToo() {
        XCTAssertEqual(partnerRows(filtered("EWN").state), ["Eine Welt Netz Bonn"])
        XCTAssertEqual(partnerRows(filtered("essen").state), ["Diakonie an der Hauptstraße"])
    }

    func testLocationsFilterMatchesCityNameAndOperator() {
        XCTAssertEqual(filtered("koeln", pane: .locations).state.rowCount(.locations), 1)
        XCTAssertEqual(filtered("mobiles", pane: .locations).state.rowCount(.locations), 1)
        // The Münster site is run by the Diakonie.
        let byOperator = filtered("diakonie", pane: .locations).state
        XCTAssertEqual(SiteList.rows(byOperator.document, query: byOperator[.locations].filter.text).map(\.id), ["s.muenster"])
    }

    func testBudgetsFilterMatchesNameAndYear() {
        // Within the year shown (2019, the last planned one).
        XCTAssertEqual(filtered("2019", pane: .budgets).state.rowCount(.budgets), 1)
        XCTAssertEqual(filtered("2018", pane: .budgets).state.rowCount(.budgets), 0)
        XCTAssertEqual(filtered("bruckenkurs", pane: .budgets).state.rowCount(.budgets), 1)
        XCTAssertEqual(filtered("brueckenkurs", pane: .budgets).state.rowCount(.budgets), 1)
    }

    func testNoMatchGivesNoRowsAndNothingToOpen() {
        let store = filtered("xyzzy")
        XCTAssertEqual(store.state.rowCount(.partners), 0)
        XCTAssertEqual(store.state[.partners].cursor, ListCursor())
        store.send(.filter(.accept), .navigation(.open)) { $0[.partners].isFiltering = false }
        XCTAssertEqual(store.state.rowCount(.partners), 0)
    }

    // MARK: Selection

    func testSelectionResetsToFirstRowOnEachChange() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 30)))
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 29) }
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        store.type("p") {
            $0[.partners].filter = typedFilter("p")
            $0[.partners].cursor = ListCursor(selected: 0)
        }

        store.send(.navigation(.move(.down)), .navigation(.move(.down))) { $0[.partners].cursor.selected = 2 }
        store.type("a") {
            $0[.partners].filter = typedFilter("pa")
            $0[.partners].cursor = ListCursor(selected: 0)
        }

        store.send(.navigation(.move(.down))) { $0[.partners].cursor.selected = 1 }
        // Deleting is a change too.
        store.send(.filter(.edit(.backspace))) {
            $0[.partners].filter = typedFilter("p")
            $0[.partners].cursor = ListCursor(selected: 0)
        }
    }

    func testMovingTheTextCursorKeepsTheListSelection() {
        let store = filtered("partner", document: Fixture.numberedDocument(partners: 30))
        store.send(.navigation(.move(.down)), .navigation(.move(.down))) { $0[.partners].cursor.selected = 2 }
        // Left, Home, End: the text cursor is back at the end, nothing else moved.
        store.send(.filter(.edit(.left)), .filter(.edit(.home)), .filter(.edit(.end)))
        // Backspace at the very start changes nothing, so nothing resets.
        store.send(.filter(.edit(.home)), .filter(.edit(.backspace))) { $0[.partners].filter.apply(.home) }
        XCTAssertEqual(store.state[.partners].cursor.selected, 2)
    }

    // MARK: Accept and cancel

    func testAcceptKeepsTheFilterAndReturnsToNavigation() {
        let store = filtered("köln")
        store.send(.filter(.accept)) { $0[.partners].isFiltering = false }
        XCTAssertEqual(store.state.inputMode, .navigation)
        XCTAssertEqual(store.state.rowCount(.partners), 1)
    }

    func testCancelClearsTheFilterAndReturnsToNavigation() {
        let store = filtered("köln")
        store.send(.filter(.cancel)) {
            $0[.partners].isFiltering = false
            $0[.partners].filter = PaneState.emptyFilter
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
        XCTAssertEqual(store.state.rowCount(.partners), 5)
    }

    func testBeginAgainEditsTheKeptFilter() {
        let store = filtered("kö")
        store.send(.filter(.accept), .filter(.begin))
        XCTAssertEqual(store.state.inputMode, .textEntry)
        store.type("ln") { $0[.partners].filter = typedFilter("köln") }
        XCTAssertEqual(store.state.rowCount(.partners), 1)
    }
}

extension FilterReducerTests {
    func testSeveralWordsMustEachBeFoundInAnyOrder() {
        let key = SearchKey("DGB Bildungswerk Köln")
        XCTAssertTrue(key.matches("dgb köln"))
        XCTAssertTrue(key.matches("koeln dgb"), "any order, umlaut spelled out")
        XCTAssertFalse(key.matches("dgb bonn"), "every word must be found")
        XCTAssertTrue(key.matches("  dgb   "), "extra spaces do not matter")
    }
}
