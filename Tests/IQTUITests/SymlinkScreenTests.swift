import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// A data path that is a symbolic link: the unreadable-file screen says what it is and what to
/// type instead, not just ELOOP (issue 13 §7).
final class SymlinkScreenTests: XCTestCase {
    func testTheScreenNamesTheLinkAndTheTargetToUse() {
        for (language, words) in [(Language.de, "symbolischer Link"), (.en, "symbolic link")] {
            var state = Fixture.state(language)
            Fixture.drive(&state, .store(.loadFailed(.symlink(path: "/home/a/iq.plist", target: "/srv/team/iq.plist"), backup: nil)))
            XCTAssertEqual(state.inputMode, .damagedFile)
            let text = Fixture.render(state, 100, 30).text()
            XCTAssertTrue(text.contains(words), text)
            XCTAssertTrue(text.contains("--data"), text)
            XCTAssertTrue(text.contains("/srv/team/iq.plist"), text)
            XCTAssertFalse(text.contains("ELOOP"), text)
        }
    }
}
