import XCTest
@testable import IQCore

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
    func testOpenTypeSelectClose() {
        var s = Fixture.state()
        reduce(&s, .palette(.open))
        XCTAssertEqual(s.inputMode, .palette)
        reduce(&s, .palette(.edit(.insert("n"))), .palette(.edit(.insert("e"))), .palette(.select(3)))
        XCTAssertEqual(s.palette?.query.text, "ne")
        XCTAssertEqual(s.palette?.selection, 3)
        reduce(&s, .palette(.edit(.insert("u"))))
        XCTAssertEqual(s.palette?.selection, 0, "a new query highlights the best match again")
        reduce(&s, .palette(.edit(.left)), .palette(.select(2)), .palette(.edit(.right)))
        XCTAssertEqual(s.palette?.selection, 2, "moving the cursor keeps the highlight")
        reduce(&s, .palette(.select(-4)))
        XCTAssertEqual(s.palette?.selection, 0)
        reduce(&s, .palette(.close))
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.inputMode, .navigation)
    }

    func testRunClosesFocusesAndPerforms() {
        var s = Fixture.state()
        reduce(&s, .palette(.open), .palette(.edit(.insert("neuer fall"))))
        reduce(&s, .palette(.run(.cases(.newCase), focus: .cases)))
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.focus, .cases)
        XCTAssertEqual(s.form?.purpose, .newCase, "the case form is open")
        XCTAssertEqual(s.inputMode, .form)
    }

    func testRunWithoutPaneStaysWhereItIs() {
        var s = Fixture.state()
        reduce(&s, .navigation(.focus(.locations)), .palette(.open), .palette(.run(.navigation(.toggleZoom), focus: nil)))
        XCTAssertEqual(s.focus, .locations)
        XCTAssertTrue(s.isZoomed)
        reduce(&s, .palette(.open), .palette(.run(.help(.toggle), focus: nil)))
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.overlay, .help, "the help opens as the palette closes")
    }

    func testRunReturnsTheActionsEffects() {
        var s = Fixture.state()
        let effects = reduce(&s, .palette(.open), .palette(.run(.session(.requestQuit), focus: nil)))
        XCTAssertEqual(effects, [.quit], "quitting without unsaved changes")
    }

    func testHelpOverThePaletteKeepsIt() {
        var s = Fixture.state()
        reduce(&s, .palette(.open), .palette(.edit(.insert("x"))), .help(.toggle))
        XCTAssertEqual(s.inputMode, .help)
        reduce(&s, .help(.close))
        XCTAssertEqual(s.inputMode, .palette)
        XCTAssertEqual(s.palette?.query.text, "x")
    }

    func testAPaletteInsideRunDoesNothing() {
        var s = Fixture.state()
        reduce(&s, .palette(.open), .palette(.run(.palette(.open), focus: nil)))
        XCTAssertNil(s.palette)
    }
}
