import XCTest
@testable import IQCore
@testable import IQTUI

/// Keys typed while "Terminal zu klein" shows are dropped, not acted on unseen (and so not
/// found done after the window grows); only q quits, where nothing is open.
final class TooSmallKeysTests: XCTestCase {
    private let small = ScreenLayout(size: Size(width: 59, height: 16), zoomed: nil)

    func testKeysAreDroppedButQuit() {
        let state = Fixture.state()
        for key in [Key.char("n"), .char("d"), .char("3"), .down, .enter, .tab, .char("/"), .ctrl("s"), .char("u")] {
            XCTAssertNil(KeyMap.action(for: key, in: state, layout: small), "\(key)")
        }
        XCTAssertEqual(KeyMap.action(for: .char("q"), in: state, layout: small), .session(.requestQuit))
        XCTAssertEqual(KeyMap.action(for: .ctrl("l"), in: state, layout: small), .session(.redraw))
        // The same keys act once everything shows.
        XCTAssertNotNil(KeyMap.action(for: .char("n"), in: state, layout: ScreenLayout(size: Size(width: 60, height: 16), zoomed: nil)))
        XCTAssertTrue(Fixture.render(state, 59, 16).text().contains("Bis dahin wirkt nur q (beenden)."))
    }

    func testInAFormNotEvenQActs() {
        var state = Fixture.state()
        Fixture.drive(&state, .directory(.newPartner))
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertNil(KeyMap.action(for: .char("q"), in: state, layout: small), "q would type into the field unseen")
        XCTAssertTrue(Fixture.render(state, 59, 16).text().contains("Bis dahin wirken keine Tasten."))
    }
}
