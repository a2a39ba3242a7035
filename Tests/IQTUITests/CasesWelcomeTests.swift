import XCTest
@testable import IQCore
@testable import IQTUI

/// The empty case pane's welcome names keys from the key map; it is remembered per context,
/// so it must still follow the language and the context it is drawn in.
final class CasesWelcomeTests: XCTestCase {
    func testRememberedWelcomeFollowsLanguageAndFocus() {
        var state = Fixture.state(.de)
        state.document = Document()
        for language in [Language.de, .en, .de] {
            state.language = language
            for focus in [Pane.partners, .cases] {
                state.focus = focus
                let lines = CasesPane.welcome(state)
                XCTAssertEqual(lines, CasesPane.welcomeLines(state), "\(language) \(focus)")
                XCTAssertEqual(lines.last, CaseText.startHere(pane: "3", new: "n", help: "?").text(language))
            }
        }
        // Twice the same context: the same lines, remembered.
        XCTAssertEqual(CasesPane.welcome(state), CasesPane.welcome(state))
    }

    func testARoleWithoutCasesIsToldWhyThePaneIsEmpty() {
        var state = Fixture.state(.de)
        state.document = Document()
        state.store.access = StoreAccess(readOnlyKinds: [.case])
        XCTAssertEqual(CasesPane.welcome(state).last, CaseText.noCasesForRole.text(.de))
        let screen = Screen.render(state, size: Size(width: 120, height: 40)).text()
        XCTAssertTrue(screen.contains("Ihre Rolle sieht keine Fälle"), screen)
        XCTAssertFalse(screen.contains("Noch keine Fälle"))
    }
}
