import XCTest
@testable import IQCore
import IQTestSupport

/// A list's filter stops at FieldLimit.search characters: a pasted page of text would otherwise be
/// folded against every row on each key, and a longer search finds nothing its start would not.
final class FilterLimitTests: XCTestCase {
    func testAPasteIntoTheFilterStopsAtTheLimitAndSaysSo() {
        let store = TestStore(Fixture.state(Fixture.document()))
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        store.send(.filter(.edit(.insert("Köln ")))) { $0[.partners].filter = typedFilter("Köln ") }
        // A pasted page: cut at the limit, and said.
        let full = "Köln " + String(repeating: "x", count: FieldLimit.search - 5)
        let limit = shown(FormText.formFieldLimit(FieldLimit.search), .warning)
        store.send(.filter(.edit(.insert(String(repeating: "x", count: 5_000))))) {
            $0[.partners].filter = typedFilter(full)
            $0.status = limit
        }
        XCTAssertEqual(store.state[.partners].filter.count, FieldLimit.search)
        XCTAssertEqual(store.state.status?.message.text(.de), "Das Feld ist voll: höchstens 1.000 Zeichen.")
        // Full: more typing changes nothing (and says so again), deleting still works.
        store.send(.filter(.edit(.insert("y"))))
        store.send(.filter(.edit(.backspace))) { $0[.partners].filter = typedFilter(String(full.dropLast())) }
        XCTAssertEqual(store.state[.partners].filter.count, FieldLimit.search - 1)
    }
}
