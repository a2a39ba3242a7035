import XCTest
@testable import IQCore
@testable import IQTUI

/// A data file that is not a property list: the dialog says what to do, offers its one
/// button without "choose", q quits, and the panes behind do not pretend to be empty.
final class DamagedFileScreenTests: XCTestCase {
    private let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    private func garbage(_ language: Language) -> AppState {
        var state = Fixture.state(language)
        Fixture.drive(&state, .store(.loadFailed(.notAPropertyList(path: "/d/iq-tui.plist"), backup: nil)))
        XCTAssertEqual(state.inputMode, .damagedFile)
        return state
    }

    func testTheDialogAdvisesAndHasNothingToChoose() {
        for (language, advice, keys) in [(Language.de, "Was tun:", "Enter / Esc: Beenden"), (.en, "What to do:", "Enter / Esc: Quit")] {
            var state = garbage(language)
            let canvas = Fixture.render(state, 80, 24)
            assertGolden(canvas, "damaged-file-\(language)-80x24")
            let text = canvas.text()
            XCTAssertTrue(text.contains(advice) && text.contains("iq-tui check"), text)
            XCTAssertTrue(text.contains(keys), text)
            XCTAssertFalse(text.contains("←/→"), "one button: nothing to choose")
            XCTAssertEqual(KeyMap.action(for: .char("q"), in: state, layout: layout), .dialog(.cancel))
            XCTAssertNil(KeyMap.action(for: .right, in: state, layout: layout))
            Fixture.drive(&state, .dialog(.type("x")))
            XCTAssertEqual(state.status?.message.text(language), keys)
        }
    }

    func testThePanesBehindSayTheFileWasNotRead() {
        let text = Fixture.render(garbage(.de), 120, 40).text()
        XCTAssertTrue(text.contains(StoreText.paneNotRead.text(.de)), text)
        XCTAssertFalse(text.contains(CommonText.emptyList.text(.de)), text)
        XCTAssertFalse(text.contains("Noch keine Fälle"), text)
        XCTAssertFalse(text.contains("y/Y Jahr"), "no caption over lists that were not read")
    }
}
