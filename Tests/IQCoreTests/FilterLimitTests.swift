import XCTest
@testable import IQCore

/// A list's filter stops at FieldLimit.search characters: a pasted page of text would otherwise be
/// folded against every row on each key, and a longer search finds nothing its start would not.
final class FilterLimitTests: XCTestCase {
    func testAPasteIntoTheFilterStopsAtTheLimitAndSaysSo() {
        var state = Fixture.state(Fixture.document())
        _ = AppReducer.reduce(into: &state, action: .filter(.begin), environment: testEnvironment)
        _ = AppReducer.reduce(into: &state, action: .filter(.edit(.insert("Köln "))), environment: testEnvironment)
        XCTAssertNil(state.status)
        _ = AppReducer.reduce(into: &state, action: .filter(.edit(.insert(String(repeating: "x", count: 5_000)))), environment: testEnvironment)
        XCTAssertEqual(state[.partners].filter.count, FieldLimit.search)
        XCTAssertTrue(state[.partners].filter.text.hasPrefix("Köln x"))
        XCTAssertEqual(state.status?.severity, .warning)
        XCTAssertEqual(state.status?.message.text(.de), "Das Feld ist voll: höchstens 1.000 Zeichen.")
        // Full: more typing changes nothing, deleting still works.
        _ = AppReducer.reduce(into: &state, action: .filter(.edit(.insert("y"))), environment: testEnvironment)
        XCTAssertEqual(state[.partners].filter.count, FieldLimit.search)
        _ = AppReducer.reduce(into: &state, action: .filter(.edit(.backspace)), environment: testEnvironment)
        XCTAssertEqual(state[.partners].filter.count, FieldLimit.search - 1)
    }
}
