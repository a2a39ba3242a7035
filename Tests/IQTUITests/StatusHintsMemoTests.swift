import XCTest
@testable import IQCore
@testable import IQTUI

final class StatusHintsMemoTests: XCTestCase {
    /// The status bar's fitted hint line is remembered per context and width: it is what the
    /// line would be made anew.
    func testRememberedHintLineIsTheLineMadeAnew() {
        for language in [Language.de, .en] {
            for pane in Pane.allCases {
                var state = Fixture.state(language)
                Fixture.drive(&state, .navigation(.focus(pane)))
                for width in [10, 40, 77, 200] {
                    for ascii in [false, true] {
                        XCTAssertEqual(StatusHints.fit(state, width: width, ascii: ascii), StatusHints.fitAnew(state, width: width, ascii: ascii))
                        XCTAssertEqual(StatusHints.fit(state, width: width, ascii: ascii), StatusHints.fitAnew(state, width: width, ascii: ascii),
                                       "asked again: from the memo")
                    }
                    for _ in 0..<2 {
                        XCTAssertEqual(StatusHints.keys(state, width: width), StatusHints.keysAnew(state, width: width))
                    }
                }
            }
        }
    }
}
