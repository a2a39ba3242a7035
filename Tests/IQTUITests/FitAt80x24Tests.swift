import XCTest
@testable import IQCore
@testable import IQTUI

/// Nothing a counsellor needs is cut at 80×24, in German and English: frame captions leave
/// out their key hints before they are cut, titles and labels are whole, help lines fit.
final class FitAt80x24Tests: XCTestCase {
    private func state(_ language: Language, focus: Pane, seed: Bool = false) -> AppState {
        var state = CaseScreenTests.casesState(language, base: seed ? Seed.document : Fixture.document)
        Fixture.drive(&state, .navigation(.focus(focus)))
        return state
    }

    func testCaptionsAndListTitlesAreWhole() {
        for language in [Language.de, .en] {
            var s = state(language, focus: .cases, seed: true)
            let grid = Fixture.render(s, 80, 24)
            XCTAssertFalse(grid.row(22).contains("…"), "the budget caption: \(grid.row(22))")
            XCTAssertFalse(grid.row(1).contains("…"), "the partner list's titles: \(grid.row(1))")
            XCTAssertTrue(grid.row(1).contains(CommonText.colShortNameList.text(language)), grid.row(1))
            Fixture.drive(&s, .cases(.agenda(.toggle)), .cases(.agenda(.range(1))))
            XCTAssertFalse(Fixture.render(s, 80, 24).row(22).contains("…"), Fixture.render(s, 80, 24).row(22))
        }
        // With room, the hints and the long title stay.
        let wide = Fixture.render(state(.de, focus: .cases, seed: true), 200, 50).text()
        XCTAssertTrue(wide.contains("y/Y Jahr · v Ansicht") && wide.contains("Kurzname"), wide)
    }

    func testADetailLabelLongerThanItsColumnGetsALineOfItsOwn() {
        var s = state(.en, focus: .cases)
        Fixture.drive(&s, .navigation(.open))
        var text = ""
        for _ in 0..<6 {
            text += Fixture.render(s, 80, 24).text()
            Fixture.drive(&s, .navigation(.scrollDetail(by: 8, limit: 500)))
        }
        XCTAssertTrue(text.contains("Year of entry") && text.contains("Birth year  "), text)
        XCTAssertFalse(text.contains("Year of ent…"), text)
    }

    func testEveryHelpLineFitsAt80Columns() {
        for language in [Language.de, .en] {
            for pane in Pane.allCases {
                for open in [false, true] {
                    var s = state(language, focus: pane)
                    if open { Fixture.drive(&s, .navigation(.open)) }
                    let lines = HelpOverlay.lines(s, separated: false)
                    let keys = lines.map { TextWidth.of(KeyName.localized($0.key, language)) }.max() ?? 0
                    for line in lines { XCTAssertLessThanOrEqual(keys + 2 + TextWidth.of(line.text), 76, "\(language) \(pane): \(line.text)") }
                }
            }
        }
    }
}
