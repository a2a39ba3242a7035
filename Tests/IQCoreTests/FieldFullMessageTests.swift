import XCTest
@testable import IQCore
import IQTestSupport

/// "Das Feld ist voll" goes when typing in that field ends, not five seconds later beside the
/// next field.
final class FieldFullMessageTests: XCTestCase {
    private func reduce(_ state: inout AppState, _ actions: Action...) {
        for action in actions { _ = AppReducer.reduce(into: &state, action: action, environment: testEnvironment) }
    }

    func testEnterInAFormTakesTheFieldFullMessageAway() {
        var state = Fixture.state()
        reduce(&state, .directory(.newPartner), .form(.edit(.insert(String(repeating: "a", count: FieldLimit.short + 5)))))
        XCTAssertEqual(state.status?.message, FormText.formFieldLimit(FieldLimit.short))
        // More typing in the same field keeps it.
        reduce(&state, .form(.edit(.insert("b"))))
        XCTAssertEqual(state.status?.message, FormText.formFieldLimit(FieldLimit.short))
        reduce(&state, .form(.newline))
        XCTAssertNil(state.status, "Enter moved on to the next field")
    }

    func testKeepingTheFilterTakesItAway() {
        var state = Fixture.state()
        reduce(&state, .filter(.begin), .filter(.edit(.insert(String(repeating: "x", count: FieldLimit.search + 1)))))
        XCTAssertEqual(state.status?.message, FormText.formFieldLimit(FieldLimit.search))
        reduce(&state, .filter(.accept))
        XCTAssertNil(state.status)
    }

    func testAnotherMessageStays() {
        var state = Fixture.state()
        reduce(&state, .directory(.newPartner))
        state.status = StatusMessage(FormText.formHasErrors)
        reduce(&state, .form(.newline))
        XCTAssertEqual(state.status?.message, FormText.formHasErrors)
    }
}
