import XCTest
@testable import IQCore
import IQTestSupport

/// The command palette's fuzzy matching and its reducer (the commands themselves come from the
/// key map: see IQTUITests/CommandPaletteTests).
final class FuzzyMatchTests: XCTestCase {
    func q(_ query: String, _ text: String) -> FuzzyMatch.Quality? {
        FuzzyMatch.quality(query, in: text)
    }

    func testQualities() {
        XCTAssertEqual(q("neu", "Neuer Fall"), .prefix)
        XCTAssertEqual(q("fall", "Neuer Fall"), .wordPrefix, "the start of a later word")
        XCTAssertEqual(q("neuer f", "Neuer Fall"), .prefix, "a space in the query is a space in the text")
        XCTAssertEqual(q("nf", "Neuer Fall"), .wordStarts)
        XCTAssertEqual(q("neufa", "Neuer Fall"), .wordStarts)
        XCTAssertEqual(q("neu fa", "Neuer Fall"), .wordStarts)
        XCTAssertEqual(q("fall neu", "Neuer Fall"), .wordStarts, "the words of a query in any order")
        XCTAssertEqual(q("euer", "Neuer Fall"), .substring)
        XCTAssertEqual(q("nrfl", "Neuer Fall"), .scattered)
        XCTAssertNil(q("xyz", "Neuer Fall"))
        XCTAssertNil(q("llaf", "Neuer Fall"), "in order only")
        XCTAssertNil(q("fall xyz", "Neuer Fall"), "every word must match")
        XCTAssertNil(q("", "Neuer Fall"))
        XCTAssertNil(q("   ", "Neuer Fall"))
    }

    func testIgnoresCaseAndDiacritics() {
        XCTAssertEqual(q("loschen", "Partner löschen"), .wordPrefix)
        XCTAssertEqual(q("loeschen", "Partner löschen"), .wordPrefix, "ue, oe, ae stand for the umlauts")
        XCTAssertEqual(q("LÖSCH", "Partner löschen"), .wordPrefix)
        XCTAssertEqual(q("zuruck", "Zurück, Filter löschen"), .prefix)
        XCTAssertEqual(q("zurueck", "Zurück, Filter löschen"), .prefix)
        XCTAssertEqual(q("falle", "Fälle Neuer Fall"), .prefix)
        XCTAssertEqual(q("faelle", "Fälle Neuer Fall"), .prefix)
        XCTAssertEqual(q("massnahme", "Neue Maßnahme / Zahlung"), .wordPrefix, "ß is ss")
        XCTAssertNil(q("mün", "Dortmund"), "a typed umlaut is not a plain vowel")
        XCTAssertEqual(q("ctrl-s", "Ctrl-S"), .prefix, "keys are text too")
    }

    func testEnglish() {
        XCTAssertEqual(q("new", "Cases New case"), .wordPrefix)
        XCTAssertEqual(q("nc", "New case"), .wordStarts)
        XCTAssertEqual(q("undo", "Everywhere Undo"), .wordPrefix)
        XCTAssertEqual(q("ndo", "Undo"), .substring)
    }

    func testRanking() {
        let items = ["Zahlungsfall prüfen", "Fall bearbeiten", "Neuer Fall", "Filter alle Listen", "Fenster aller Fälle"]
        let ranked = FuzzyMatch.rank(items, query: "fall", texts: { [$0] }, length: { $0.count })
        // The text's start; then later words' starts, shorter first ("Fälle" folds to "falle");
        // then word starts ("F|ilter all|e"); then the substring in "Zahlungsfall".
        XCTAssertEqual(ranked, ["Fall bearbeiten", "Neuer Fall", "Fenster aller Fälle", "Filter alle Listen", "Zahlungsfall prüfen"])

        let equal = ["abc neux", "Zeile neu", "x neu"]
        XCTAssertEqual(FuzzyMatch.rank(equal, query: "neu", texts: { [$0] }, length: { _ in 0 }), equal,
                       "equal quality and length keep the given order")
        let mixed = ["nxexux", "fneu", "nur eine Umfrage", "neu"]
        XCTAssertEqual(FuzzyMatch.rank(mixed, query: "neu", texts: { [$0] }, length: { _ in 0 }),
                       ["neu", "nur eine Umfrage", "fneu", "nxexux"], "the text's start > word starts > substring > scattered")
    }

    func testRankingUsesEveryText() {
        let items = [("Speichern", "Ctrl-S"), ("Sortierung", "s")]
        let ranked = FuzzyMatch.rank(items, query: "ctrl", texts: { [$0.0, $0.1] }, length: { $0.0.count })
        XCTAssertEqual(ranked.map(\.0), ["Speichern"], "the keys are searched too")
    }

    func testEmptyQueryKeepsAll() {
        let items = ["b", "a", "c"]
        XCTAssertEqual(FuzzyMatch.rank(items, query: "", texts: { [$0] }, length: { $0.count }), items)
        XCTAssertEqual(FuzzyMatch.rank(items, query: "  ", texts: { [$0] }, length: { $0.count }), items)
    }
}

final class PaletteReducerTests: XCTestCase {
    /// An open palette with `query` typed and the match at `selection` highlighted.
    private func palette(_ query: String, selection: Int = 0) -> PaletteState {
        var palette = PaletteState()
        palette.query = TextField(query)
        palette.selection = selection
        return palette
    }

    func testOpenTypeSelectClose() {
        let store = TestStore(Fixture.state())
        store.send(.palette(.open)) { $0.palette = PaletteState() }
        XCTAssertEqual(store.state.inputMode, .palette)
        store.send(.palette(.edit(.insert("n"))), .palette(.edit(.insert("e"))), .palette(.select(3))) {
            $0.palette = self.palette("ne", selection: 3)
        }
        // A new query highlights the best match again.
        store.send(.palette(.edit(.insert("u")))) { $0.palette = self.palette("neu", selection: 0) }
        // Moving the cursor keeps the highlight.
        store.send(.palette(.edit(.left)), .palette(.select(2)), .palette(.edit(.right))) { $0.palette?.selection = 2 }
        store.send(.palette(.select(-4))) { $0.palette?.selection = 0 }
        store.send(.palette(.close)) { $0.palette = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testRunClosesFocusesAndPerforms() {
        let store = TestStore(Fixture.state())
        store.send(.palette(.open), .palette(.edit(.insert("neuer fall")))) { $0.palette = self.palette("neuer fall") }
        store.send(.palette(.run(.cases(.newCase), focus: .cases))) {
            $0.palette = nil
            $0.focus = .cases
            // The case form is open.
            $0.form = CaseForm.editor(for: nil, $0, user: "tester")
        }
        XCTAssertEqual(store.state.form?.purpose, .newCase)
        XCTAssertEqual(store.state.inputMode, .form)
    }

    func testRunWithoutPaneStaysWhereItIs() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focus(.locations)), .palette(.open), .palette(.run(.navigation(.toggleZoom), focus: nil))) {
            $0.focus = .locations
            $0.isZoomed = true
        }
        // The help opens as the palette closes.
        store.send(.palette(.open), .palette(.run(.help(.toggle), focus: nil))) { $0.overlay = .help }
    }

    func testRunReturnsTheActionsEffects() {
        // Quitting without unsaved changes.
        TestStore(Fixture.state()).send(.palette(.open), .palette(.run(.session(.requestQuit), focus: nil)), effects: [.quit])
    }

    func testHelpOverThePaletteKeepsIt() {
        let store = TestStore(Fixture.state())
        store.send(.palette(.open), .palette(.edit(.insert("x"))), .help(.toggle)) {
            $0.palette = self.palette("x")
            $0.overlay = .help
        }
        XCTAssertEqual(store.state.inputMode, .help)
        store.send(.help(.close)) { $0.overlay = nil }
        XCTAssertEqual(store.state.inputMode, .palette)
    }

    func testAPaletteInsideRunDoesNothing() {
        TestStore(Fixture.state()).send(.palette(.open), .palette(.run(.palette(.open), focus: nil)))
    }
}
