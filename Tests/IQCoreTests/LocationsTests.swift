import Foundation
import XCTest
@testable import IQCore

/// The locations pane's behaviour on the seed data: typing the client's place with completions,
/// ordering by distance, the service filter, Enter to the operator and marker clicks.
final class LocationsTests: XCTestCase {
    // MARK: Helpers

    /// The seed document with the locations pane focused, as after `2`.
    private func seedStore(exhaustivity: TestStore.Exhaustivity = .on) -> TestStore {
        let store = TestStore(AppState(document: Seed.document), exhaustivity: exhaustivity)
        store.send(.navigation(.focus(.locations))) { $0.focus = .locations }
        return store
    }

    /// The place of that name in the gazetteer.
    private func place(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> Municipality? {
        let found = Gazetteer.find(name)
        XCTAssertNotNil(found, "no place \(name)", file: file, line: line)
        return found
    }

    /// Types text after what the place entry holds, one character at a time: each key puts the
    /// first completion first again; the selection stays valid after each key.
    private func typePlace(_ text: String, into store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
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
    private func setPlace(_ text: String, expecting expected: String? = nil, in store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
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

    private func rows(_ state: AppState) -> [SiteRow] { SiteList.rows(state) }

    private func names(_ state: AppState) -> [String] { rows(state).map(\.site.name) }

    private func completionNames(_ state: AppState) -> [String] { state.locations.completions.map(\.name) }

    /// The rows in ascending km order, every fixed site with a distance, the mobile ones last
    /// without one.
    private func assertDistanceOrder(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) {
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

    // MARK: Place entry

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

    // MARK: Service filter

    func testVCyclesThroughEveryServiceAndBack() {
        let store = seedStore()
        let all = rows(store.state)
        XCTAssertEqual(all.count, Seed.sites.count)
        for service in SiteService.allCases {
            store.send(.locations(.cycleService)) { $0.locations.service = service }
            let filtered = rows(store.state)
            let expected = Seed.sites.filter { $0.services.contains(service) }
            XCTAssertEqual(Set(filtered.map(\.site.id)), Set(expected.map(\.id)), "\(service)")
            XCTAssertFalse(filtered.isEmpty, "\(service)")
            XCTAssertLessThan(filtered.count, all.count, "\(service) filters")
            assertCursorValid(store.state, .locations)
        }
        // After the last service all sites again.
        store.send(.locations(.cycleService)) { $0.locations.service = nil }
        XCTAssertEqual(rows(store.state), all)
    }

    func testFairIntegrationIsTheTwoDGBSites() {
        let store = seedStore()
        store.send(.locations(.cycleService), .locations(.cycleService)) { $0.locations.service = .fairIntegration }
        let rows = rows(store.state)
        XCTAssertEqual(rows.map(\.site.id), ["site.dgb-bildungswerk-dortmund", "site.dgb-bildungswerk-duesseldorf"])
        XCTAssertEqual(rows.map(\.site.city), ["Dortmund", "Düsseldorf"])
        XCTAssertTrue(rows.allSatisfy { $0.site.operatorID == "partner.dgb-bildungswerk" })
    }

    func testServiceFilterCombinesWithThePlace() {
        let store = seedStore()
        setPlace("Höxter", in: store)
        store.send(.locations(.cycleService), .locations(.cycleService)) { $0.locations.service = .fairIntegration }
        XCTAssertEqual(rows(store.state).map(\.site.city), ["Dortmund", "Düsseldorf"], "Dortmund is nearer to Höxter")
        assertDistanceOrder(store.state)

        // A new place keeps the service.
        setPlace("Düsseldorf", in: store)
        XCTAssertEqual(rows(store.state).map(\.site.city), ["Düsseldorf", "Dortmund"])
        assertDistanceOrder(store.state)

        // Each service with a place: the rows are that service's sites by distance, the mobile team
        // last only where it offers the service.
        let each = seedStore()
        setPlace("Bielefeld", in: each)
        for service in SiteService.allCases {
            each.send(.locations(.cycleService)) { $0.locations.service = service }
            let rows = rows(each.state)
            XCTAssertTrue(rows.allSatisfy { $0.site.services.contains(service) }, "\(service)")
            XCTAssertEqual(rows.count, Seed.sites.filter { $0.services.contains(service) }.count, "\(service)")
            XCTAssertEqual(rows.contains { $0.site.isMobile }, service == .recognitionCounselling)
            assertDistanceOrder(each.state)
            assertCursorValid(each.state, .locations)
        }
        // v leaves the place alone.
        each.send(.locations(.cycleService)) { $0.locations.service = nil }

        // x leaves the service alone.
        store.send(.locations(.clearPlace)) { $0.locations.origin = nil }
        XCTAssertEqual(rows(store.state).map(\.site.city), ["Dortmund", "Düsseldorf"])
    }

    // MARK: Operator and markers

    func testOpenOperatorShowsTheOperatorInThePartnerPane() {
        let store = seedStore()
        setPlace("Aachen", in: store)
        let site = rows(store.state)[0].site
        XCTAssertEqual(site.id, "site.dgb-bildungswerk-aachen")
        let operatorRow = PartnerList.rows(store.state).firstIndex { $0.partner?.id == "partner.dgb-bildungswerk" } ?? -1
        // The operator's detail in the partner pane; the locations pane keeps its place.
        store.send(.locations(.openOperator)) {
            $0.focus = .partners
            $0[.partners].isDetailOpen = true
            $0[.partners].cursor = ListCursor(selected: operatorRow)
            $0.directory.path = ["partner.dgb-bildungswerk"]
        }
        XCTAssertNotNil(store.state.document.partners["partner.dgb-bildungswerk"])
        assertCursorValid(store.state, .partners)
        assertCursorValid(store.state, .locations)

        // Every seed site's operator is in the directory and opens (checked for what the
        // loop is about: focus, detail and path).
        let count = rows(seedStore().state).count
        for i in 0..<count {
            let s = seedStore(exhaustivity: .off)
            s.send(.navigation(.select(.locations, row: i)))
            let row = rows(s.state)[i]
            s.send(.locations(.openOperator)) {
                $0.focus = .partners
                $0.directory.path = [row.site.operatorID ?? "none"]
                $0[.partners].isDetailOpen = true
            }
        }
    }

    func testOpenOperatorWithoutAKnownOperatorStays() {
        // The directory does not know the operator: nothing but the focus changes.
        let store = TestStore(AppState(document: Document(partners: [], sites: Seed.sites, measures: [])))
        store.send(.navigation(.focus(.locations)), .locations(.openOperator)) { $0.focus = .locations }
    }

    func testSelectSiteSelectsItsRow() {
        let state = AppState(document: Seed.document)
        // Over every seed site: the focus moves and the site's row is selected (checked by
        // the row, not restated step by step).
        let store = TestStore(state, exhaustivity: .off)
        for site in Seed.sites {
            store.send(.navigation(.focus(.partners))) { $0.focus = .partners }
            store.send(.locations(.selectSite(site.id))) { $0.focus = .locations }
            let i = store.state[.locations].cursor.selected
            XCTAssertEqual(rows(store.state)[i].site.id, site.id)
            assertCursorValid(store.state, .locations)
        }
        store.exhaustivity = .on
        setPlace("Höxter", in: store)
        let aachen = rows(store.state).firstIndex { $0.site.id == "site.dgb-bildungswerk-aachen" } ?? -1
        store.send(.locations(.selectSite("site.dgb-bildungswerk-aachen"))) {
            $0[.locations].cursor = ListCursor(selected: aachen)
        }
        assertCursorValid(store.state, .locations)

        // A site the list does not show (filtered out) leaves the selection alone.
        store.send(.locations(.cycleService), .locations(.cycleService), .navigation(.move(.down))) {
            $0.locations.service = .fairIntegration
            $0[.locations].cursor = ListCursor(selected: 1)
        }
        store.send(.locations(.selectSite("site.uni-muenster")))
        store.send(.locations(.selectSite("site.unknown")))
        assertCursorValid(store.state, .locations)
    }

    // MARK: Invariants

    func testSelectionStaysValidAfterEveryAction() {
        // An invariant over a long script: checked after each step, not restated.
        let store = seedStore(exhaustivity: .off)
        let script: [Action] = [
            .navigation(.move(.end)), .locations(.cycleService), .navigation(.move(.end)), .locations(.cycleService),
            .navigation(.move(.by(4))), .locations(.beginPlace), .locations(.editPlace(.insert("h"))),
            .locations(.editPlace(.insert("ö"))), .locations(.moveCompletion(-1)), .locations(.acceptPlace),
            .navigation(.move(.end)), .locations(.selectSite("site.whkt-mobil")), .locations(.cycleService),
            .locations(.cycleService), .locations(.cycleService), .locations(.cycleService), .navigation(.move(.end)),
            .locations(.clearPlace), .navigation(.move(.end)), .navigation(.open), .locations(.cycleService),
            .navigation(.back), .filter(.begin), .filter(.edit(.insert("k"))), .filter(.edit(.insert("ö"))),
            .filter(.accept), .navigation(.move(.end)), .locations(.beginPlace), .locations(.editPlace(.insert("Bonn"))),
            .locations(.acceptPlace), .navigation(.move(.end)), .locations(.cycleService),
            .locations(.selectSite("site.lernet-bonn")), .locations(.beginPlace), .locations(.editPlace(.insert("x"))),
            .locations(.acceptPlace), .locations(.cancelPlace), .navigation(.back), .locations(.clearPlace),
            .locations(.openOperator),
        ]
        for (i, action) in script.enumerated() {
            store.send(action)
            let state = store.state
            assertCursorValid(state, .locations)
            assertCursorValid(state, .partners)
            let count = rows(state).count
            if count > 0 {
                XCTAssertTrue((0..<count).contains(state[.locations].cursor.selected), "step \(i): \(action)")
            }
            if let _ = state.locations.placeEntry, !state.locations.completions.isEmpty {
                XCTAssertTrue(state.locations.completions.indices.contains(state.locations.completion), "step \(i)")
            }
        }
        XCTAssertEqual(store.state.focus, .partners, "the script ends on the operator of a site")
    }

    func testPlaceEntryModeNeedsTheLocationsPaneFocused() {
        let store = seedStore()
        store.send(.locations(.beginPlace)) { $0.locations.placeEntry = TextField() }
        XCTAssertEqual(store.state.inputMode, .placeEntry)
        var state = store.state
        state.focus = .partners
        XCTAssertEqual(state.inputMode, .navigation, "the place entry belongs to the locations pane")
    }
}
