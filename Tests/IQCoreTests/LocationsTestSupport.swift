import Foundation
import XCTest
@testable import IQCore

/// Shared helpers of the locations tests: the seeded store, place entry and the site list's rows.
protocol LocationsTesting {}

extension LocationsTesting {
    /// The seed document with the locations pane focused, as after `2`.
    func seedStore(exhaustivity: TestStore.Exhaustivity = .on) -> TestStore {
        let store = TestStore(AppState(document: Seed.document), exhaustivity: exhaustivity)
        store.send(.navigation(.focus(.locations))) { $0.focus = .locations }
        return store
    }

    /// The place of that name in the gazetteer.
    func place(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> Municipality? {
        let found = Gazetteer.find(name)
        XCTAssertNotNil(found, "no place \(name)", file: file, line: line)
        return found
    }

    /// Types text after what the place entry holds, one character at a time: each key puts the
    /// first completion first again; the selection stays valid after each key.
    func typePlace(_ text: String, into store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        for ch in text {
            let typed = (store.state.locations.placeEntry?.text ?? "") + String(ch)
            store.send(.locations(.editPlace(.insert(String(ch)))), file: file, line: line) {
                $0.locations.placeEntry = TextField(typed)
                $0.locations.completion = 0
            }
            assertCursorValid(store.state, .locations, file: file, line: line)
        }
    }

    /// `o`, the text, Enter: the place named `expected` is set and the list starts at its top.
    func setPlace(_ text: String, expecting expected: String? = nil, in store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        let origin = store.state.locations.origin
        store.send(.locations(.beginPlace), file: file, line: line) {
            $0.locations.placeEntry = TextField(origin?.name ?? "")
            $0.locations.completion = 0
        }
        store.send(.locations(.editPlace(.deleteToStart)), file: file, line: line) { $0.locations.placeEntry = TextField() }
        typePlace(text, into: store, file: file, line: line)
        let chosen = place(expected ?? text, file: file, line: line)
        store.send(.locations(.acceptPlace), file: file, line: line) {
            $0.locations.origin = chosen
            $0.locations.placeEntry = nil
            $0[.locations].cursor = ListCursor()
        }
        assertCursorValid(store.state, .locations, file: file, line: line)
    }

    func rows(_ state: AppState) -> [SiteRow] { SiteList.rows(state) }

    /// The rows in ascending km order, every fixed site with a distance, the mobile ones last
    /// without one.
    func assertDistanceOrder(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) {
        let rows = rows(state)
        XCTAssertFalse(rows.isEmpty, file: file, line: line)
        let fixed = rows.prefix { $0.km != nil }
        let rest = rows.dropFirst(fixed.count)
        XCTAssertTrue(rest.allSatisfy { $0.km == nil && $0.site.isMobile }, "after the first row without km only mobile sites",
                      file: file, line: line)
        XCTAssertTrue(fixed.allSatisfy { !$0.site.isMobile }, file: file, line: line)
        let km = fixed.compactMap(\.km)
        XCTAssertEqual(km, km.sorted(), "ascending km", file: file, line: line)
        XCTAssertTrue(km.allSatisfy { $0 >= 0 && $0.isFinite }, file: file, line: line)
        // The distance is the one from the origin to the site.
        if let origin = state.locations.origin {
            for row in fixed {
                XCTAssertEqual(row.km!, Geo.distanceKm(origin.point, row.site.coordinate!), accuracy: 1e-9,
                               row.site.name, file: file, line: line)
            }
        }
    }
}
