import XCTest
@testable import IQCore
import IQTestSupport

/// The partner directory's search as you type and its facet filters.
final class DirectorySearchTests: XCTestCase, DirectoryTesting {
    private func ids(_ state: AppState) -> Set<RecordID> { Set(rows(state).compactMap { $0.partner?.id }) }

    private static let inKoeln: Set<RecordID> = ["partner.iw-koeln", "partner.bezreg-koeln", "partner.hwk-koeln",
                                                 "partner.dgb-bildungswerk", "partner.th-koeln", "partner.migrafrica"]

    private static let inMuenster: Set<RecordID> = ["partner.bezreg-muenster", "partner.zag", "partner.hwk-muenster",
                                                    "partner.dgb-bildungswerk", "partner.uni-muenster"]

    // MARK: Search as you type

    func testTheSeedHas92PartnersAndAnEmptyQueryListsThemAll() {
        let store = seedStore()
        XCTAssertEqual(rows(store.state).count, 92)
        XCTAssertEqual(store.state.rowCount(.partners), 92)
        search("", store)
        XCTAssertEqual(rows(store.state).count, 92, "an empty query hides nothing")
    }

    func testKolnAndKoelnBothFindThePartnersInKoeln() {
        for query in ["koln", "koeln", "Köln", "KÖLN", "KOELN", "kÖlN"] {
            let store = seedStore()
            search(query, store)
            XCTAssertEqual(ids(store.state), Self.inKoeln, "query \(query)")
            XCTAssertEqual(store.state.rowCount(.partners), Self.inKoeln.count, "query \(query)")
        }
    }

    func testMuensterFindsMuensterButNotMuenchen() {
        for query in ["muenster", "munster", "Münster", "MUENSTER"] {
            let store = seedStore()
            search(query, store)
            XCTAssertEqual(ids(store.state), Self.inMuenster, "query \(query)")
        }
        let store = seedStore()
        search("münchen", store)
        XCTAssertEqual(ids(store.state), ["partner.iq-fachstelle-ika", "partner.via"], "cities are searched too")
    }

    func testSearchMatchesNameShortNameAndCity() {
        for (query, expected, why) in [("whkt", ["Westdeutscher Handwerkskammertag"], "short name"), ("paderborn", ["SBH West"], "city"),
                                       ("ärztekammer", ["Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe"], "name"),
                                       ("arztekammer", ["Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe"], "without the umlaut")] {
            let store = seedStore()
            search(query, store)
            XCTAssertEqual(names(store.state), expected, why)
        }
    }

    func testEveryKeystrokeNarrowsTheListAndResetsTheSelection() {
        let store = seedStore()
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 91) }
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        var previous = 92
        var counts: [Int] = []
        var typed = ""
        for ch in "koeln" {
            typed.append(ch)
            // A changed query starts at the top.
            store.type(String(ch)) { [typed] in
                $0[.partners].filter = typedFilter(typed)
                $0[.partners].cursor = ListCursor()
            }
            let count = rows(store.state).count
            XCTAssertLessThanOrEqual(count, previous, "typing \(ch) never widens the list")
            assertCursorValid(store.state, .partners)
            counts.append(count)
            previous = count
        }
        XCTAssertEqual(counts.last, Self.inKoeln.count)
        XCTAssertLessThan(counts.last ?? 0, counts.first ?? 0)
        // Backspace widens it again.
        store.send(.filter(.edit(.backspace)), .filter(.edit(.backspace))) { $0[.partners].filter = typedFilter("koe") }
        XCTAssertEqual(rows(store.state).count, counts[2], "back to the rows of \"koe\"")
    }

    func testAQueryWithoutMatchesShowsNoRowsAndClearingItShowsAll() {
        let store = seedStore()
        search("xyzzy", store)
        XCTAssertEqual(rows(store.state).count, 0)
        XCTAssertEqual(store.state.rowCount(.partners), 0)
        assertCursorValid(store.state, .partners)
        // Nothing to open.
        store.send(.navigation(.open))
        store.send(.navigation(.back)) { $0[.partners].filter = PaneState.emptyFilter }
        XCTAssertEqual(rows(store.state).count, 92)
    }

    // MARK: Facet filters

    func testCategoryFilter() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(category: .chamber)))) { $0.directory.filter = PartnerFilter(category: .chamber) }
        let expected = Set(Seed.document.partners.items.filter { $0.category == .chamber }.map(\.id))
        XCTAssertEqual(expected.count, 12)
        XCTAssertEqual(ids(store.state), expected)
        XCTAssertTrue(ids(store.state).contains("partner.aekno"))
        XCTAssertFalse(ids(store.state).contains("partner.ihk-fosa"), "IHK FOSA is a competent authority, not a chamber")
    }

    func testFieldOfActionFilter() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(field: .fairIntegration)))) { $0.directory.filter = PartnerFilter(field: .fairIntegration) }
        XCTAssertEqual(ids(store.state), ["partner.iq-nrw", "partner.dgb-bildungswerk"])
        store.send(.directory(.setFilter(PartnerFilter(field: .regionalNetworks)))) { $0.directory.filter = PartnerFilter(field: .regionalNetworks) }
        XCTAssertEqual(ids(store.state), ["partner.iq-programm"])
    }

    func testCityFilterIgnoresCaseAndDiacriticsAndMatchesAnyOfSeveralCities() {
        for city in ["Köln", "köln", "KÖLN", "koln", "Koln"] {
            let store = seedStore()
            store.send(.directory(.setFilter(PartnerFilter(city: city)))) { $0.directory.filter = PartnerFilter(city: city) }
            XCTAssertEqual(ids(store.state), Self.inKoeln, "city \(city)")
        }
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(city: "krefeld")))) { $0.directory.filter = PartnerFilter(city: "krefeld") }
        XCTAssertEqual(ids(store.state), ["partner.hs-niederrhein"], "the second of two cities counts too")
        store.send(.directory(.setFilter(PartnerFilter(city: "Köl")))) { $0.directory.filter = PartnerFilter(city: "Köl") }
        XCTAssertEqual(rows(store.state).count, 0, "a city is matched whole, not as a prefix")
    }

    func testLevelFilter() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(level: .municipal)))) { $0.directory.filter = PartnerFilter(level: .municipal) }
        XCTAssertEqual(ids(store.state), ["partner.kommunale-integrationsagenturen", "partner.kommunen", "partner.kommunale-integrationszentren"])
        store.send(.directory(.setFilter(PartnerFilter(level: .region)))) { $0.directory.filter = PartnerFilter(level: .region) }
        let expected = Set(Seed.document.partners.items.filter { $0.level == .region }.map(\.id))
        XCTAssertEqual(ids(store.state), expected)
        XCTAssertFalse(ids(store.state).contains("partner.ingenieurkammer-bau-nrw"), "a state-level chamber")
    }

    func testCombinedFiltersAndSearchAllApply() {
        let store = seedStore()
        func filter(_ f: PartnerFilter) { store.send(.directory(.setFilter(f))) { $0.directory.filter = f } }
        filter(PartnerFilter(category: .chamber, level: .region))
        XCTAssertEqual(ids(store.state).count, 9, "12 chambers less Kammern (no level), Ingenieurkammer and Architektenkammer (state)")
        filter(PartnerFilter(category: .chamber, city: "Köln", level: .region))
        XCTAssertEqual(ids(store.state), ["partner.hwk-koeln"])
        filter(PartnerFilter(category: .provider, field: .qualification, city: "Köln"))
        XCTAssertEqual(ids(store.state), ["partner.th-koeln", "partner.migrafrica"])
        search("technische", store)
        XCTAssertEqual(ids(store.state), ["partner.th-koeln"], "the search narrows the filtered list further")
        filter(PartnerFilter(category: .funder, city: "Köln"))
        XCTAssertEqual(rows(store.state).count, 0)
        assertCursorValid(store.state, .partners)
    }

    func testSettingAFilterStartsAtTheTopAndKeepsTheSelectionValid() {
        let store = seedStore()
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 91) }
        store.send(.directory(.setFilter(PartnerFilter(field: .fairIntegration)))) {
            $0.directory.filter = PartnerFilter(field: .fairIntegration)
            $0[.partners].cursor = ListCursor()
        }
        assertCursorValid(store.state, .partners)
    }

    func testEscClearsFiltersAndSearchButFirstClosesTheOpenPartner() {
        let store = seedStore()
        let facets = PartnerFilter(category: .chamber, city: "Köln")
        store.send(.directory(.setFilter(facets))) { $0.directory.filter = facets }
        search("hand", store)
        XCTAssertEqual(ids(store.state), ["partner.hwk-koeln"])
        openPartner("partner.hwk-koeln", store)

        // The first Esc closes the partner and keeps the filters and the search.
        store.send(.navigation(.back)) {
            $0[.partners].isDetailOpen = false
            $0.directory.path = []
            $0.directory.relationCursor = 0
        }
        // The second Esc clears the facets and the search.
        store.send(.navigation(.back)) {
            $0.directory.filter = PartnerFilter()
            $0[.partners].filter = PaneState.emptyFilter
        }
        XCTAssertEqual(rows(store.state).count, 92)
        assertCursorValid(store.state, .partners)
    }

    func testEscClearsFacetFiltersEvenWithoutASearch() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(level: .federal)))) { $0.directory.filter = PartnerFilter(level: .federal) }
        XCTAssertLessThan(rows(store.state).count, 92)
        store.send(.navigation(.back)) { $0.directory.filter = PartnerFilter() }
        XCTAssertEqual(rows(store.state).count, 92)
    }

    func testClearFilterAction() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(category: .welfare))), .directory(.clearFilter))
        XCTAssertEqual(rows(store.state).count, 92)
    }
}
