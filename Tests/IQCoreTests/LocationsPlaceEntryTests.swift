import Foundation
import XCTest
@testable import IQCore

/// Entering a place in the locations pane: completions, the origin and the distance order.
final class LocationsPlaceEntryTests: XCTestCase, LocationsTesting {
    private func names(_ state: AppState) -> [String] { rows(state).map(\.site.name) }

    private func completionNames(_ state: AppState) -> [String] { state.locations.completions.map(\.name) }

    func testOEntersPlaceEntryAndTypingOffersCompletions() {
        let store = seedStore()
        XCTAssertEqual(store.state.inputMode, .navigation)
        // No place set yet: the entry starts empty; nothing typed, nothing offered.
        store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
        XCTAssertEqual(store.state.inputMode, .placeEntry)
        XCTAssertTrue(store.state.locations.completions.isEmpty)

        typePlace("hox", into: store)
        XCTAssertTrue(completionNames(store.state).contains("Höxter"), "\(completionNames(store.state))")
        XCTAssertEqual(store.state.inputMode, .placeEntry)
    }

    func testCompletionsIgnoreDiacriticsAndSpelledOutUmlauts() {
        for (typed, expected) in [("koln", "Köln"), ("koeln", "Köln"), ("muenster", "Münster"), ("Höx", "Höxter"),
                                  ("mün", "Münster"), ("KOELN", "Köln")] {
            let store = seedStore()
            store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
            typePlace(typed, into: store)
            let offered = completionNames(store.state)
            XCTAssertTrue(offered.contains(expected), "\(typed) → \(offered)")
            XCTAssertLessThanOrEqual(offered.count, 8)
        }
    }

    func testMoveCompletionWrapsBothWays() {
        let store = seedStore()
        store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
        typePlace("mün", into: store)
        let count = store.state.locations.completions.count
        XCTAssertGreaterThan(count, 1, "mün offers several places: \(completionNames(store.state))")

        // ↑ on the first wraps to the last, ↓ on the last to the first.
        store.send(.locations(.moveCompletion(-1))) { $0.locations.completion = count - 1 }
        store.send(.locations(.moveCompletion(1))) { $0.locations.completion = 0 }
        for i in 1...count {
            store.send(.locations(.moveCompletion(1))) { $0.locations.completion = i % count }
            assertCursorValid(store.state, .locations)
        }

        // Typing starts again at the first completion.
        store.send(.locations(.moveCompletion(1))) { $0.locations.completion = 1 }
        typePlace("s", into: store)

        // Without completions the arrows do nothing.
        let empty = seedStore()
        empty.send(.locations(.beginPlace), .locations(.moveCompletion(1)), .locations(.moveCompletion(-1))) {
            $0.locations.placeEntry = TextField()
        }
        typePlace("qqq", into: empty)
        XCTAssertTrue(empty.state.locations.completions.isEmpty)
        empty.send(.locations(.moveCompletion(1)))
    }

    func testEnterWithAnExactNameSetsTheOriginAndReturnsToTheList() {
        for typed in ["Höxter", "hoexter", "HOXTER"] {
            let store = seedStore()
            store.send(.navigation(.move(.down)), .navigation(.move(.down))) { $0[.locations].cursor.selected = 2 }
            // The nearest site is selected, no detail open.
            setPlace(typed, expecting: "Höxter", in: store)
            XCTAssertEqual(store.state.inputMode, .navigation)
            assertDistanceOrder(store.state)
        }
    }

    func testEnterTakesTheChosenCompletion() throws {
        let store = seedStore()
        store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
        typePlace("hox", into: store)
        let offered = completionNames(store.state)
        let index = try XCTUnwrap(offered.firstIndex(of: "Höxter"))
        for i in 0..<index { store.send(.locations(.moveCompletion(1))) { $0.locations.completion = i + 1 } }
        let chosen = store.state.locations.completions[index]
        store.send(.locations(.acceptPlace)) {
            $0.locations.origin = chosen
            $0.locations.placeEntry = nil
        }
        XCTAssertEqual(store.state.locations.origin?.name, "Höxter")
        XCTAssertEqual(store.state.inputMode, .navigation)
        assertCursorValid(store.state, .locations)

        // "müns" names no place exactly: ↓ chooses the second completion, not the first.
        let second = seedStore()
        second.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
        typePlace("müns", into: second)
        let places = second.state.locations.completions
        XCTAssertGreaterThanOrEqual(places.count, 2, "\(places.map(\.name))")
        XCTAssertEqual(places.first?.name, "Münster")
        second.send(.locations(.moveCompletion(1)), .locations(.acceptPlace)) {
            $0.locations.origin = places[1]
            $0.locations.placeEntry = nil
            $0.locations.completion = 1
        }
        XCTAssertEqual(second.state.inputMode, .navigation)
        assertDistanceOrder(second.state)
    }

    func testDistanceRowsAfterSettingThePlace() {
        let store = seedStore()
        setPlace("Höxter", in: store)
        let rows = rows(store.state)
        XCTAssertEqual(rows.count, Seed.sites.count, "every site, the mobile team included")
        assertDistanceOrder(store.state)
        XCTAssertEqual(rows.last?.site.id, "site.whkt-mobil", "the mobile team comes last")
        XCTAssertNil(rows.last?.km)
        XCTAssertEqual(rows.filter { $0.km == nil }.count, 1)
        XCTAssertTrue(["Detmold", "Paderborn"].contains(rows[0].site.city), rows[0].site.name)
        // Ties (sites in the same city) are ordered by name.
        for (a, b) in zip(rows, rows.dropFirst()) where a.km != nil && a.km == b.km {
            XCTAssertTrue(SearchKey.sortKey(a.site.name).lexicographicallyPrecedes(SearchKey.sortKey(b.site.name))
                          || SearchKey.sortKey(a.site.name) == SearchKey.sortKey(b.site.name), "\(a.site.name) before \(b.site.name)")
        }
    }

    func testNearestSiteFromSeveralPlaces() {
        let hoexter = seedStore()
        setPlace("Höxter", in: hoexter)
        XCTAssertTrue(["Detmold", "Paderborn"].contains(rows(hoexter.state).first?.site.city ?? ""), "\(names(hoexter.state).prefix(3))")

        let aachen = seedStore()
        setPlace("Aachen", in: aachen)
        XCTAssertEqual(rows(aachen.state).first?.site.id, "site.dgb-bildungswerk-aachen")
        XCTAssertLessThan(rows(aachen.state).first?.km ?? .infinity, 10)

        let bonn = seedStore()
        setPlace("Bonn", in: bonn)
        XCTAssertEqual(rows(bonn.state).first?.site.city, "Bonn")
        XCTAssertEqual(Array(rows(bonn.state).prefix(2).map(\.site.city)), ["Bonn", "Bonn"], "both Bonn sites come first")

        let koeln = seedStore()
        setPlace("koeln", expecting: "Köln", in: koeln)
        XCTAssertEqual(rows(koeln.state).prefix(4).map(\.site.city), ["Köln", "Köln", "Köln", "Köln"])

        let muenster = seedStore()
        setPlace("muenster", expecting: "Münster", in: muenster)
        XCTAssertEqual(rows(muenster.state).first?.site.city, "Münster")
    }

    func testUnknownPlaceKeepsTheEntryOpenAndSuggests() throws {
        let store = seedStore()
        setPlace("Höxter", in: store)
        store.send(.locations(.beginPlace), .locations(.editPlace(.deleteToStart))) { $0.locations.placeEntry = TextField() }
        typePlace("Atlantis", into: store)
        XCTAssertTrue(store.state.locations.completions.isEmpty, "\(completionNames(store.state))")
        // The entry stays open to correct the name, the earlier place is kept, a warning names
        // three places that are spelled alike.
        let suggestions = Gazetteer.suggestions(for: "Atlantis", limit: 3).map(\.name)
        XCTAssertEqual(suggestions.count, 3)
        store.send(.locations(.acceptPlace)) {
            $0.status = shown(LocationText.placeUnknown("Atlantis", suggestions.joined(separator: ", ")), .warning)
        }
        XCTAssertEqual(store.state.inputMode, .placeEntry)
        let text = store.state.status?.message.text(.de) ?? ""
        XCTAssertTrue(text.contains("Atlantis"), text)
        for name in suggestions { XCTAssertTrue(text.contains(name), "\(text) names \(name)") }
        assertCursorValid(store.state, .locations)

        // Correcting the name and Enter then works.
        store.send(.locations(.editPlace(.deleteToStart))) { $0.locations.placeEntry = TextField() }
        typePlace("Bonn", into: store)
        store.send(.locations(.acceptPlace)) {
            $0.locations.origin = self.place("Bonn")
            $0.locations.placeEntry = nil
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testEmptyEntryEnterDoesNotSetAPlace() {
        let store = seedStore()
        // Nothing typed: the entry stays open, no place is set (the warning names none).
        store.send(.locations(.beginPlace), .locations(.acceptPlace)) {
            $0.locations.placeEntry = TextField()
            $0.status = shown(LocationText.placeUnknown("", ""), .warning)
        }
        XCTAssertEqual(store.state.inputMode, .placeEntry)
        store.send(.locations(.cancelPlace)) { $0.locations.placeEntry = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testEscKeepsThePreviousPlace() {
        let store = seedStore()
        store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
        typePlace("Köln", into: store)
        // Esc does not take what was typed.
        store.send(.locations(.cancelPlace)) {
            $0.locations.placeEntry = nil
            $0.locations.completion = 0
        }
        XCTAssertEqual(store.state.inputMode, .navigation)

        setPlace("Höxter", in: store)
        let before = rows(store.state)
        // The entry starts with the place set.
        store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField("Höxter") }
        store.send(.locations(.editPlace(.deleteToStart))) { $0.locations.placeEntry = TextField() }
        typePlace("Aachen", into: store)
        let moved = store.state.locations.completions.count > 1 ? 1 : 0
        store.send(.locations(.moveCompletion(1)), .locations(.cancelPlace)) {
            $0.locations.placeEntry = nil
            $0.locations.completion = moved
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
        XCTAssertEqual(rows(store.state), before)
        assertCursorValid(store.state, .locations)
    }

    func testXClearsThePlaceBackToCityOrder() {
        let store = seedStore()
        let byCity = rows(store.state)
        XCTAssertTrue(byCity.allSatisfy { $0.km == nil })
        // City order: by city, then name; the mobile team, without a place, last.
        XCTAssertTrue(byCity.last?.site.isMobile == true)
        let keys = byCity.dropLast().map { SearchKey.sortKey("\($0.site.city) \($0.site.name)") }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) }, "\(byCity.map(\.site.city))")

        setPlace("Höxter", in: store)
        XCTAssertNotEqual(rows(store.state).map(\.site.id), byCity.map(\.site.id))
        let last = byCity.count - 1
        store.send(.navigation(.move(.end))) { $0[.locations].cursor = ListCursor(selected: last) }
        store.send(.locations(.clearPlace)) {
            $0.locations.origin = nil
            $0[.locations].cursor = ListCursor()
        }
        XCTAssertEqual(rows(store.state), byCity)
        // x without a place changes nothing else.
        store.send(.locations(.clearPlace))
    }
}
