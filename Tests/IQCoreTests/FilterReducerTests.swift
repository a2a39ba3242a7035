import XCTest
@testable import IQCore

final class FilterReducerTests: XCTestCase {

    /// Names of the partner rows the pane shows with its current filter.
    private func partnerRows(_ state: AppState) -> [String] {
        PartnerList.rows(state.document, query: state[.partners].filter.text).map(\.name)
    }

    /// Starts a filter on the focused pane and types the query.
    private func filtered(_ query: String, pane: Pane = .partners, document: Document = Fixture.document()) -> AppState {
        var state = Fixture.state(document)
        reduce(&state, .navigation(.focus(pane)), .filter(.begin))
        typeText(query, into: &state)
        return state
    }

    // MARK: Modes

    func testBeginEntersTextEntryMode() {
        var state = Fixture.state()
        reduce(&state, .filter(.begin))
        XCTAssertEqual(state.inputMode, .textEntry)
        XCTAssertTrue(state[.partners].isFiltering)
        XCTAssertTrue(state[.partners].filter.isEmpty)
        XCTAssertEqual(state.rowCount(.partners), 5, "an empty filter shows every row")
    }

    func testBeginClosesAnOpenDetail() {
        var state = Fixture.state()
        reduce(&state, .navigation(.open), .filter(.begin))
        XCTAssertFalse(state[.partners].isDetailOpen)
        XCTAssertEqual(state.inputMode, .textEntry)
    }

    func testFilterBelongsToTheFocusedPaneOnly() {
        var state = filtered("köln", pane: .locations)
        XCTAssertEqual(state.rowCount(.locations), 1)
        XCTAssertEqual(state.rowCount(.partners), 5)
        XCTAssertFalse(state[.partners].isFiltering)
        reduce(&state, .filter(.accept), .navigation(.focus(.partners)))
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertTrue(state[.partners].filter.isEmpty)
    }

    // MARK: Matching

    func testTypingNarrowsTheListStepByStep() {
        var state = Fixture.state()
        reduce(&state, .filter(.begin))
        var counts: [Int] = []
        for ch in "diak" {
            reduce(&state, .filter(.edit(.insert(String(ch)))))
            counts.append(state.rowCount(.partners))
        }
        XCTAssertEqual(counts.last, 1)
        XCTAssertEqual(counts, counts.sorted(by: >), "each typed letter can only narrow the list")
        XCTAssertEqual(partnerRows(state), ["Diakonie an der Hauptstraße"])
    }

    func testKolnAndKoelnBothFindKoeln() {
        for query in ["koln", "koeln", "köln", "KOLN", "Koeln", "KÖLN"] {
            let state = filtered(query)
            XCTAssertEqual(partnerRows(state), ["Agentur für Arbeit Köln"], "query \(query)")
            XCTAssertEqual(state.rowCount(.partners), 1, "query \(query)")
        }
    }

    func testMuensterFindsMuenster() {
        for query in ["muenster", "munster", "münster", "MUENSTER"] {
            XCTAssertEqual(partnerRows(filtered(query)), ["Bezirksregierung Münster"], "query \(query)")
        }
    }

    func testStrasseFindsStrasseWithSharpS() {
        for query in ["strasse", "STRASSE", "straße", "hauptstrasse"] {
            XCTAssertEqual(partnerRows(filtered(query)), ["Diakonie an der Hauptstraße"], "query \(query)")
        }
    }

    func testDuesseldorfSpellings() {
        for query in ["dusseldorf", "duesseldorf", "Düsseldorf"] {
            XCTAssertEqual(partnerRows(filtered(query)), ["Caritas Düsseldorf"], "query \(query)")
        }
    }

    func testMatchingIsCaseInsensitive() {
        XCTAssertEqual(filtered("CARITAS").rowCount(.partners), 1)
        XCTAssertEqual(filtered("caritas").rowCount(.partners), 1)
        XCTAssertEqual(filtered("cArItAs").rowCount(.partners), 1)
    }

    func testFilterSearchesShortNameAndCitiesToo() {
        XCTAssertEqual(partnerRows(filtered("EWN")), ["Eine Welt Netz Bonn"])
        XCTAssertEqual(partnerRows(filtered("essen")), ["Diakonie an der Hauptstraße"])
    }

    func testLocationsFilterMatchesCityNameAndOperator() {
        XCTAssertEqual(filtered("koeln", pane: .locations).rowCount(.locations), 1)
        XCTAssertEqual(filtered("mobiles", pane: .locations).rowCount(.locations), 1)
        // The Münster site is run by the Diakonie.
        let byOperator = filtered("diakonie", pane: .locations)
        XCTAssertEqual(SiteList.rows(byOperator.document, query: byOperator[.locations].filter.text).map(\.id), ["s.muenster"])
    }

    func testBudgetsFilterMatchesNameAndYear() {
        XCTAssertEqual(filtered("2018", pane: .budgets).rowCount(.budgets), 1)
        XCTAssertEqual(filtered("bruckenkurs", pane: .budgets).rowCount(.budgets), 1)
        XCTAssertEqual(filtered("brueckenkurs", pane: .budgets).rowCount(.budgets), 1)
    }

    func testNoMatchGivesNoRowsAndNothingToOpen() {
        var state = filtered("xyzzy")
        XCTAssertEqual(state.rowCount(.partners), 0)
        XCTAssertEqual(state[.partners].cursor, ListCursor())
        reduce(&state, .filter(.accept), .navigation(.open))
        XCTAssertFalse(state[.partners].isDetailOpen)
        XCTAssertEqual(state.rowCount(.partners), 0)
    }

    // MARK: Selection

    func testSelectionResetsToFirstRowOnEachChange() {
        var state = Fixture.state(Fixture.numberedDocument(partners: 30))
        reduce(&state, .navigation(.move(.end)))
        XCTAssertEqual(state[.partners].cursor.selected, 29)
        reduce(&state, .filter(.begin))
        typeText("p", into: &state)
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))

        reduce(&state, .navigation(.move(.down)), .navigation(.move(.down)))
        XCTAssertEqual(state[.partners].cursor.selected, 2)
        typeText("a", into: &state)
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0))

        reduce(&state, .navigation(.move(.down)))
        reduce(&state, .filter(.edit(.backspace)))
        XCTAssertEqual(state[.partners].cursor, ListCursor(selected: 0), "deleting is a change too")
    }

    func testMovingTheTextCursorKeepsTheListSelection() {
        var state = filtered("partner", document: Fixture.numberedDocument(partners: 30))
        reduce(&state, .navigation(.move(.down)), .navigation(.move(.down)))
        reduce(&state, .filter(.edit(.left)), .filter(.edit(.home)), .filter(.edit(.end)))
        XCTAssertEqual(state[.partners].cursor.selected, 2)
        // Backspace at the very start changes nothing, so nothing resets.
        reduce(&state, .filter(.edit(.home)), .filter(.edit(.backspace)))
        XCTAssertEqual(state[.partners].cursor.selected, 2)
    }

    // MARK: Accept and cancel

    func testAcceptKeepsTheFilterAndReturnsToNavigation() {
        var state = filtered("köln")
        let effects = reduce(&state, .filter(.accept))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertFalse(state[.partners].isFiltering)
        XCTAssertEqual(state[.partners].filter.text, "köln")
        XCTAssertEqual(state.rowCount(.partners), 1)
    }

    func testCancelClearsTheFilterAndReturnsToNavigation() {
        var state = filtered("köln")
        reduce(&state, .filter(.cancel))
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertFalse(state[.partners].isFiltering)
        XCTAssertTrue(state[.partners].filter.isEmpty)
        XCTAssertEqual(state.rowCount(.partners), 5)
    }

    func testBeginAgainEditsTheKeptFilter() {
        var state = filtered("kö")
        reduce(&state, .filter(.accept), .filter(.begin))
        XCTAssertEqual(state.inputMode, .textEntry)
        typeText("ln", into: &state)
        XCTAssertEqual(state[.partners].filter.text, "köln")
        XCTAssertEqual(state.rowCount(.partners), 1)
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
