import Foundation
import XCTest
@testable import IQCore

/// The site list of the locations pane: the service filter, operators, markers and its invariants.
final class LocationsSiteListTests: XCTestCase, LocationsTesting {
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
            $0.directory.relationCursor = firstRelationRow("partner.dgb-bildungswerk", $0.document)
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
