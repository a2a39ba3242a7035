import XCTest
@testable import IQCore

/// Actions, effects and the state are copied and compared on every key. Held inline, one large
/// payload (a loaded file, an open form) made every action 10 KB and the state 21 KB, and a
/// start spent a quarter of its instructions copying them. A large payload is boxed
/// (`indirect`); these bounds catch one that is not.
final class ValueSizeTests: XCTestCase {
    func testActionsAndEffectsStaySmall() {
        XCTAssertLessThanOrEqual(MemoryLayout<Action>.size, 64, "box the new large payload (indirect case)")
        XCTAssertLessThanOrEqual(MemoryLayout<Delegate>.size, 64, "box the new large payload (indirect case)")
        XCTAssertLessThanOrEqual(MemoryLayout<Effect>.size, 64, "box the new large payload (indirect case)")
    }

    func testTheStateHoldsNoFormInline() {
        XCTAssertLessThanOrEqual(MemoryLayout<FormState>.size, 128, "FormContent is boxed")
        XCTAssertLessThanOrEqual(MemoryLayout<AppState>.size, 4096)
    }
}
