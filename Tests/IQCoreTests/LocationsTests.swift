import Foundation
import XCTest
@testable import IQCore

/// The locations pane's behaviour on the seed data: typing the client's place with completions,
/// ordering by distance, the service filter, Enter to the operator and marker clicks.
final class LocationsTests: XCTestCase {
    // MARK: Helpers

    /// The seed document with the locations pane focused, as after `2`.
    private func seedState() -> AppState {
        var state = AppState(document: Seed.document)
        reduce(&state, .navigation(.focus(.locations)))
        return state
    }

    /// Types text into the place being entered one character at a time, checking the selection
    /// stays valid after each key.
    private func typePlace(_ text: String, into state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        for ch in text {
            reduce(&state, .locations(.editPlace(.insert(String(ch)))))
            assertCursorValid(state, .locations, file: file, line: line)
        }
    }

    /// `o`, the text, Enter.
    private func setPlace(_ text: String, in state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        reduce(&state, .locations(.beginPlace))
        reduce(&state, .locations(.editPlace(.deleteToStart)))
        typePlace(text, into: &state, file: file, line: line)
        reduce(&state, .locations(.acceptPlace))
        assertCursorValid(state, .locations, file: file, line: line)
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
        var state = seedState()
        XCTAssertEqual(state.inputMode, .navigation)
        reduce(&state, .locations(.beginPlace))
        XCTAssertEqual(state.inputMode, .placeEntry)
        XCTAssertEqual(state.locations.placeEntry?.text, "", "no place set yet: the entry starts empty")
        XCTAssertTrue(state.locations.completions.isEmpty, "nothing typed, nothing offered")
        assertCursorValid(state, .locations)

        typePlace("hox", into: &state)
        XCTAssertEqual(state.locations.placeEntry?.text, "hox")
        XCTAssertTrue(completionNames(state).contains("Höxter"), "\(completionNames(state))")
        XCTAssertEqual(state.inputMode, .placeEntry)
    }

    func testCompletionsIgnoreDiacriticsAndSpelledOutUmlauts() {
        for (typed, expected) in [("koln", "Köln"), ("koeln", "Köln"), ("muenster", "Münster"), ("Höx", "Höxter"),
                                  ("mün", "Münster"), ("KOELN", "Köln")] {
            var state = seedState()
            reduce(&state, .locations(.beginPlace))
            typePlace(typed, into: &state)
            let offered = completionNames(state)
            XCTAssertTrue(offered.contains(expected), "\(typed) → \(offered)")
            XCTAssertLessThanOrEqual(offered.count, 8)
        }
    }

    func testMoveCompletionWrapsBothWays() {
        var state = seedState()
        reduce(&state, .locations(.beginPlace))
        typePlace("mün", into: &state)
        let count = state.locations.completions.count
        XCTAssertGreaterThan(count, 1, "mün offers several places: \(completionNames(state))")
        XCTAssertEqual(state.locations.completion, 0)

        reduce(&state, .locations(.moveCompletion(-1)))
        XCTAssertEqual(state.locations.completion, count - 1, "↑ on the first wraps to the last")
        reduce(&state, .locations(.moveCompletion(1)))
        XCTAssertEqual(state.locations.completion, 0, "↓ on the last wraps to the first")
        for i in 1...count {
            reduce(&state, .locations(.moveCompletion(1)))
            XCTAssertEqual(state.locations.completion, i % count)
            assertCursorValid(state, .locations)
        }

        // Typing starts again at the first completion.
        reduce(&state, .locations(.moveCompletion(1)))
        typePlace("s", into: &state)
        XCTAssertEqual(state.locations.completion, 0)

        // Without completions the arrows do nothing.
        var empty = seedState()
        reduce(&empty, .locations(.beginPlace), .locations(.moveCompletion(1)), .locations(.moveCompletion(-1)))
        XCTAssertEqual(empty.locations.completion, 0)
        typePlace("qqq", into: &empty)
        XCTAssertTrue(empty.locations.completions.isEmpty)
        reduce(&empty, .locations(.moveCompletion(1)))
        XCTAssertEqual(empty.locations.completion, 0)
    }

    func testEnterWithAnExactNameSetsTheOriginAndReturnsToTheList() {
        for typed in ["Höxter", "hoexter", "HOXTER"] {
            var state = seedState()
            reduce(&state, .navigation(.move(.down)), .navigation(.move(.down)))
            setPlace(typed, in: &state)
            XCTAssertEqual(state.locations.origin?.name, "Höxter", typed)
            XCTAssertNil(state.locations.placeEntry)
            XCTAssertEqual(state.inputMode, .navigation)
            XCTAssertEqual(state[.locations].cursor, ListCursor(), "the nearest site is selected")
            XCTAssertFalse(state[.locations].isDetailOpen)
            assertDistanceOrder(state)
        }
    }

    func testEnterTakesTheChosenCompletion() throws {
        var state = seedState()
        reduce(&state, .locations(.beginPlace))
        typePlace("hox", into: &state)
        let offered = completionNames(state)
        let index = try XCTUnwrap(offered.firstIndex(of: "Höxter"))
        for _ in 0..<index { reduce(&state, .locations(.moveCompletion(1))) }
        reduce(&state, .locations(.acceptPlace))
        XCTAssertEqual(state.locations.origin?.name, "Höxter")
        XCTAssertEqual(state.inputMode, .navigation)
        assertCursorValid(state, .locations)

        // "müns" names no place exactly: ↓ chooses the second completion, not the first.
        var second = seedState()
        reduce(&second, .locations(.beginPlace))
        typePlace("müns", into: &second)
        let places = second.locations.completions
        XCTAssertGreaterThanOrEqual(places.count, 2, "\(places.map(\.name))")
        XCTAssertEqual(places.first?.name, "Münster")
        reduce(&second, .locations(.moveCompletion(1)), .locations(.acceptPlace))
        XCTAssertEqual(second.locations.origin, places[1])
        XCTAssertEqual(second.inputMode, .navigation)
        assertDistanceOrder(second)
    }

    func testDistanceRowsAfterSettingThePlace() {
        var state = seedState()
        setPlace("Höxter", in: &state)
        let rows = rows(state)
        XCTAssertEqual(rows.count, Seed.sites.count, "every site, the mobile team included")
        assertDistanceOrder(state)
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
        var hoexter = seedState()
        setPlace("Höxter", in: &hoexter)
        XCTAssertTrue(["Detmold", "Paderborn"].contains(rows(hoexter).first?.site.city ?? ""), "\(names(hoexter).prefix(3))")

        var aachen = seedState()
        setPlace("Aachen", in: &aachen)
        XCTAssertEqual(rows(aachen).first?.site.id, "site.dgb-bildungswerk-aachen")
        XCTAssertLessThan(rows(aachen).first?.km ?? .infinity, 10)

        var bonn = seedState()
        setPlace("Bonn", in: &bonn)
        XCTAssertEqual(rows(bonn).first?.site.city, "Bonn")
        XCTAssertEqual(Array(rows(bonn).prefix(2).map(\.site.city)), ["Bonn", "Bonn"], "both Bonn sites come first")

        var koeln = seedState()
        setPlace("koeln", in: &koeln)
        XCTAssertEqual(koeln.locations.origin?.name, "Köln")
        XCTAssertEqual(rows(koeln).prefix(4).map(\.site.city), ["Köln", "Köln", "Köln", "Köln"])

        var muenster = seedState()
        setPlace("muenster", in: &muenster)
        XCTAssertEqual(muenster.locations.origin?.name, "Münster")
        XCTAssertEqual(rows(muenster).first?.site.city, "Münster")
    }

    func testUnknownPlaceKeepsTheEntryOpenAndSuggests() throws {
        var state = seedState()
        setPlace("Höxter", in: &state)
        reduce(&state, .locations(.beginPlace), .locations(.editPlace(.deleteToStart)))
        typePlace("Atlantis", into: &state)
        XCTAssertTrue(state.locations.completions.isEmpty, "\(completionNames(state))")
        reduce(&state, .locations(.acceptPlace))
        XCTAssertEqual(state.inputMode, .placeEntry, "the entry stays open to correct the name")
        XCTAssertEqual(state.locations.placeEntry?.text, "Atlantis")
        XCTAssertEqual(state.locations.origin?.name, "Höxter", "the earlier place is kept")
        let status = try XCTUnwrap(state.status)
        XCTAssertEqual(status.severity, .warning)
        XCTAssertEqual(status.message.key, .placeUnknown)
        let text = status.message.text(.de)
        XCTAssertTrue(text.contains("Atlantis"), text)
        let suggestions = Gazetteer.suggestions(for: "Atlantis", limit: 3).map(\.name)
        XCTAssertEqual(suggestions.count, 3)
        for name in suggestions { XCTAssertTrue(text.contains(name), "\(text) names \(name)") }
        XCTAssertEqual(status.expiresAt, fixedDate.addingTimeInterval(5))
        assertCursorValid(state, .locations)

        // Correcting the name and Enter then works.
        reduce(&state, .locations(.editPlace(.deleteToStart)))
        typePlace("Bonn", into: &state)
        reduce(&state, .locations(.acceptPlace))
        XCTAssertEqual(state.locations.origin?.name, "Bonn")
        XCTAssertEqual(state.inputMode, .navigation)
    }

    func testEmptyEntryEnterDoesNotSetAPlace() {
        var state = seedState()
        reduce(&state, .locations(.beginPlace), .locations(.acceptPlace))
        XCTAssertNil(state.locations.origin)
        XCTAssertEqual(state.inputMode, .placeEntry, "nothing typed: the entry stays open")
        reduce(&state, .locations(.cancelPlace))
        XCTAssertEqual(state.inputMode, .navigation)
    }

    func testEscKeepsThePreviousPlace() {
        var state = seedState()
        reduce(&state, .locations(.beginPlace))
        typePlace("Köln", into: &state)
        reduce(&state, .locations(.cancelPlace))
        XCTAssertNil(state.locations.origin, "Esc does not take what was typed")
        XCTAssertNil(state.locations.placeEntry)
        XCTAssertEqual(state.inputMode, .navigation)

        setPlace("Höxter", in: &state)
        let before = rows(state)
        reduce(&state, .locations(.beginPlace))
        XCTAssertEqual(state.locations.placeEntry?.text, "Höxter", "the entry starts with the place set")
        reduce(&state, .locations(.editPlace(.deleteToStart)))
        typePlace("Aachen", into: &state)
        reduce(&state, .locations(.moveCompletion(1)), .locations(.cancelPlace))
        XCTAssertEqual(state.locations.origin?.name, "Höxter")
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(rows(state), before)
        assertCursorValid(state, .locations)
    }

    func testXClearsThePlaceBackToCityOrder() {
        var state = seedState()
        let byCity = rows(state)
        XCTAssertTrue(byCity.allSatisfy { $0.km == nil })
        // City order: by city, then name; the mobile team, without a place, last.
        XCTAssertTrue(byCity.last?.site.isMobile == true)
        let keys = byCity.dropLast().map { SearchKey.sortKey("\($0.site.city) \($0.site.name)") }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) }, "\(byCity.map(\.site.city))")

        setPlace("Höxter", in: &state)
        XCTAssertNotEqual(rows(state).map(\.site.id), byCity.map(\.site.id))
        reduce(&state, .navigation(.move(.end)))
        reduce(&state, .locations(.clearPlace))
        XCTAssertNil(state.locations.origin)
        XCTAssertEqual(rows(state), byCity)
        XCTAssertEqual(state[.locations].cursor, ListCursor())
        assertCursorValid(state, .locations)
        // x without a place changes nothing else.
        reduce(&state, .locations(.clearPlace))
        XCTAssertEqual(rows(state), byCity)
    }

    // MARK: Service filter

    func testVCyclesThroughEveryServiceAndBack() {
        var state = seedState()
        let all = rows(state)
        XCTAssertEqual(all.count, Seed.sites.count)
        for service in SiteService.allCases {
            reduce(&state, .locations(.cycleService))
            XCTAssertEqual(state.locations.service, service)
            let filtered = rows(state)
            let expected = Seed.sites.filter { $0.services.contains(service) }
            XCTAssertEqual(Set(filtered.map(\.site.id)), Set(expected.map(\.id)), "\(service)")
            XCTAssertFalse(filtered.isEmpty, "\(service)")
            XCTAssertLessThan(filtered.count, all.count, "\(service) filters")
            XCTAssertEqual(state[.locations].cursor, ListCursor())
            assertCursorValid(state, .locations)
        }
        reduce(&state, .locations(.cycleService))
        XCTAssertNil(state.locations.service, "after the last service all sites again")
        XCTAssertEqual(rows(state), all)
    }

    func testFairIntegrationIsTheTwoDGBSites() {
        var state = seedState()
        reduce(&state, .locations(.cycleService), .locations(.cycleService))
        XCTAssertEqual(state.locations.service, .fairIntegration)
        let rows = rows(state)
        XCTAssertEqual(rows.map(\.site.id), ["site.dgb-bildungswerk-dortmund", "site.dgb-bildungswerk-duesseldorf"])
        XCTAssertEqual(rows.map(\.site.city), ["Dortmund", "Düsseldorf"])
        XCTAssertTrue(rows.allSatisfy { $0.site.operatorID == "partner.dgb-bildungswerk" })
    }

    func testServiceFilterCombinesWithThePlace() {
        var state = seedState()
        setPlace("Höxter", in: &state)
        reduce(&state, .locations(.cycleService), .locations(.cycleService))
        XCTAssertEqual(rows(state).map(\.site.city), ["Dortmund", "Düsseldorf"], "Dortmund is nearer to Höxter")
        assertDistanceOrder(state)

        setPlace("Düsseldorf", in: &state)
        XCTAssertEqual(state.locations.service, .fairIntegration, "a new place keeps the service")
        XCTAssertEqual(rows(state).map(\.site.city), ["Düsseldorf", "Dortmund"])
        assertDistanceOrder(state)

        // Each service with a place: the rows are that service's sites by distance, the mobile team
        // last only where it offers the service.
        var each = seedState()
        setPlace("Bielefeld", in: &each)
        for service in SiteService.allCases {
            reduce(&each, .locations(.cycleService))
            let rows = rows(each)
            XCTAssertTrue(rows.allSatisfy { $0.site.services.contains(service) }, "\(service)")
            XCTAssertEqual(rows.count, Seed.sites.filter { $0.services.contains(service) }.count, "\(service)")
            XCTAssertEqual(rows.contains { $0.site.isMobile }, service == .recognitionCounselling)
            assertDistanceOrder(each)
            assertCursorValid(each, .locations)
        }
        reduce(&each, .locations(.cycleService))
        XCTAssertNil(each.locations.service)
        XCTAssertEqual(each.locations.origin?.name, "Bielefeld", "v leaves the place alone")

        reduce(&state, .locations(.clearPlace))
        XCTAssertEqual(state.locations.service, .fairIntegration, "x leaves the service alone")
        XCTAssertEqual(rows(state).map(\.site.city), ["Dortmund", "Düsseldorf"])
    }

    // MARK: Operator and markers

    func testOpenOperatorShowsTheOperatorInThePartnerPane() {
        var state = seedState()
        setPlace("Aachen", in: &state)
        let site = rows(state)[0].site
        XCTAssertEqual(site.id, "site.dgb-bildungswerk-aachen")
        reduce(&state, .locations(.openOperator))
        XCTAssertEqual(state.focus, .partners)
        XCTAssertTrue(state[.partners].isDetailOpen)
        XCTAssertEqual(state.directory.path, ["partner.dgb-bildungswerk"])
        XCTAssertEqual(state.directory.relationCursor, 0)
        XCTAssertNotNil(state.document.partners["partner.dgb-bildungswerk"])
        XCTAssertEqual(state.locations.origin?.name, "Aachen", "the locations pane keeps its place")
        assertCursorValid(state, .partners)
        assertCursorValid(state, .locations)

        // Every seed site's operator is in the directory and opens.
        let count = rows(seedState()).count
        for i in 0..<count {
            var s = seedState()
            reduce(&s, .navigation(.select(.locations, row: i)))
            let row = rows(s)[i]
            reduce(&s, .locations(.openOperator))
            XCTAssertEqual(s.focus, .partners, row.site.name)
            XCTAssertEqual(s.directory.path, [row.site.operatorID!], row.site.name)
            XCTAssertTrue(s[.partners].isDetailOpen)
        }
    }

    func testOpenOperatorWithoutAKnownOperatorStays() {
        var state = AppState(document: Document(partners: [], sites: Seed.sites, measures: []))
        reduce(&state, .navigation(.focus(.locations)), .locations(.openOperator))
        XCTAssertEqual(state.focus, .locations, "the directory does not know the operator")
        XCTAssertFalse(state[.partners].isDetailOpen)
        XCTAssertEqual(state.directory.path, [])
    }

    func testSelectSiteSelectsItsRow() {
        var state = AppState(document: Seed.document)
        for site in Seed.sites {
            reduce(&state, .navigation(.focus(.partners)))
            reduce(&state, .locations(.selectSite(site.id)))
            XCTAssertEqual(state.focus, .locations)
            let i = state[.locations].cursor.selected
            XCTAssertEqual(rows(state)[i].site.id, site.id)
            assertCursorValid(state, .locations)
        }
        setPlace("Höxter", in: &state)
        reduce(&state, .locations(.selectSite("site.dgb-bildungswerk-aachen")))
        XCTAssertEqual(rows(state)[state[.locations].cursor.selected].site.id, "site.dgb-bildungswerk-aachen")
        assertCursorValid(state, .locations)

        // A site the list does not show (filtered out) leaves the selection alone.
        reduce(&state, .locations(.cycleService), .locations(.cycleService))
        reduce(&state, .navigation(.move(.down)))
        reduce(&state, .locations(.selectSite("site.uni-muenster")))
        XCTAssertEqual(state[.locations].cursor.selected, 1)
        reduce(&state, .locations(.selectSite("site.unknown")))
        XCTAssertEqual(state[.locations].cursor.selected, 1)
        assertCursorValid(state, .locations)
    }

    // MARK: Invariants

    func testSelectionStaysValidAfterEveryAction() {
        var state = seedState()
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
            reduce(&state, action)
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
        XCTAssertEqual(state.focus, .partners, "the script ends on the operator of a site")
    }

    func testPlaceEntryModeNeedsTheLocationsPaneFocused() {
        var state = seedState()
        reduce(&state, .locations(.beginPlace))
        XCTAssertEqual(state.inputMode, .placeEntry)
        state.focus = .partners
        XCTAssertEqual(state.inputMode, .navigation, "the place entry belongs to the locations pane")
    }
}
