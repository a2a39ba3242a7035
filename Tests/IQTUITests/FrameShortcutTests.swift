import XCTest
@testable import IQCore
@testable import IQTUI

/// The frame's shortcuts give what the long way gives: remembered status hints, and text that
/// skips Foundation's normalisation because it is NFC already.
final class FrameShortcutTests: XCTestCase {
    /// Every context the hint memo serves, in both languages and in workshop mode; the memo is
    /// filled by all of them first, so a context that a key mixes up with another shows it.
    func testRememberedHintsAreTheHintsOfTheirContext() {
        var states: [AppState] = []
        for language in Language.allCases {
            for pane in Pane.allCases {
                var list = Fixture.state(language)
                Fixture.drive(&list, .navigation(.focus(pane)))
                var detail = list
                Fixture.drive(&detail, .navigation(.open))
                var search = list
                Fixture.drive(&search, .filter(.begin))
                states += [list, detail, search]
            }
            for steps in 1..<BudgetView.allCases.count {
                var budgets = Fixture.state(language)
                Fixture.drive(&budgets, .navigation(.focus(.budgets)))
                for _ in 0..<steps { Fixture.drive(&budgets, .budgets(.cycleView(1))) }
                states.append(budgets)
            }
        }
        states.append(WorkshopScreenTests.state())
        for state in states { _ = StatusHints.line(state) }
        for state in states {
            let fresh = StatusHints.hints(state, StatusHints.specs(state).1, paging: .unmeasured).map(\.text)
            XCTAssertEqual(StatusHints.line(state).hints.map(\.text), fresh, "\(state.inputMode) \(state.focus) \(state.language)")
        }
    }
}
