import XCTest
@testable import IQCore
import IQTestSupport

/// The partner directory over the real seed dataset (88 partners): search as you type, facet
/// filters, the three sort orders, the tree by category, walking the network in both
/// directions, and deleting with a question and undo.
final class DirectoryTests: XCTestCase {
    // MARK: Helpers

    private func seedStore() -> TestStore {
        TestStore(Fixture.state(Seed.document))
    }

    private func rows(_ state: AppState) -> [PartnerRow] { PartnerList.rows(state) }
    private func names(_ state: AppState) -> [String] { rows(state).compactMap { $0.partner?.name } }
    private func ids(_ state: AppState) -> Set<RecordID> { Set(rows(state).compactMap { $0.partner?.id }) }

    /// `/`, the query typed key by key, Enter: the query is kept and the list starts at its top.
    private func search(_ query: String, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        store.send(.filter(.begin), file: file, line: line) { $0[.partners].isFiltering = true }
        let changes = !query.isEmpty
        store.type(query, file: file, line: line) {
            $0[.partners].filter = TextField(query)
            if changes { $0[.partners].cursor = ListCursor() }
        }
        store.send(.filter(.accept), file: file, line: line) { $0[.partners].isFiltering = false }
    }

    /// The list cursor after a click on `row`.
    private func clicked(_ row: Int, _ state: AppState) -> ListCursor {
        var cursor = state[.partners].cursor
        cursor.select(row, count: state.rowCount(.partners))
        return cursor
    }

    /// Selects the partner's row in the list and presses Enter: its detail opens, a new path.
    private func openPartner(_ id: RecordID, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = rows(store.state).firstIndex(where: { $0.partner?.id == id }) else {
            return XCTFail("\(id) is not in the list", file: file, line: line)
        }
        let cursor = clicked(row, store.state)
        store.send(.navigation(.select(.partners, row: row)), .navigation(.open), file: file, line: line) {
            $0.focus = .partners
            $0[.partners].cursor = cursor
            $0[.partners].isDetailOpen = true
            $0.directory.path = [id]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = 0
        }
    }

    /// Moves the relation cursor to the link pointing at `other` (in the given direction).
    private func selectLink(to other: RecordID, _ direction: NetworkLink.Direction, _ store: TestStore,
                            file: StaticString = #filePath, line: UInt = #line) {
        guard let shown = store.state.directory.path.last,
              let i = PartnerNetwork.links(of: shown, in: store.state.document).firstIndex(where: { $0.other == other && $0.direction == direction }) else {
            return XCTFail("no \(direction) link to \(other)", file: file, line: line)
        }
        store.send(.navigation(.move(.home)), .navigation(.move(.by(i))), file: file, line: line) { $0.directory.relationCursor = i }
    }

    /// The element at `i`, or nil: a wrong count fails an assertion instead of crashing the run.
    private func at<T>(_ array: [T], _ i: Int) -> T? { array.indices.contains(i) ? array[i] : nil }

    /// The partner selected in the list.
    private func selectedID(_ state: AppState) -> RecordID? { at(rows(state), state[.partners].cursor.selected)?.partner?.id }

    private func sortKey(_ s: String) -> String { String(decoding: SearchKey.sortKey(s), as: UTF8.self) }

    private static let inKoeln: Set<RecordID> = ["partner.iw-koeln", "partner.bezreg-koeln", "partner.hwk-koeln",
                                                 "partner.dgb-bildungswerk", "partner.th-koeln", "partner.migrafrica"]
    private static let inMuenster: Set<RecordID> = ["partner.bezreg-muenster", "partner.hwk-muenster",
                                                    "partner.dgb-bildungswerk", "partner.uni-muenster"]

    // MARK: Search as you type

    func testTheSeedHas88PartnersAndAnEmptyQueryListsThemAll() {
        let store = seedStore()
        XCTAssertEqual(rows(store.state).count, 88)
        XCTAssertEqual(store.state.rowCount(.partners), 88)
        search("", store)
        XCTAssertEqual(rows(store.state).count, 88, "an empty query hides nothing")
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
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 87) }
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        var previous = 88
        var counts: [Int] = []
        var typed = ""
        for ch in "koeln" {
            typed.append(ch)
            // A changed query starts at the top.
            store.type(String(ch)) { [typed] in
                $0[.partners].filter = TextField(typed)
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
        store.send(.filter(.edit(.backspace)), .filter(.edit(.backspace))) { $0[.partners].filter = TextField("koe") }
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
        store.send(.navigation(.back)) { $0[.partners].filter = TextField() }
        XCTAssertEqual(rows(store.state).count, 88)
    }

    // MARK: Facet filters

    func testCategoryFilter() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(category: .chamber)))) { $0.directory.filter = PartnerFilter(category: .chamber) }
        let expected = Set(Seed.document.partners.items.filter { $0.category == .chamber }.map(\.id))
        XCTAssertEqual(expected.count, 11)
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
        XCTAssertEqual(ids(store.state), ["partner.kommunale-integrationsagenturen", "partner.kommunale-integrationszentren"])
        store.send(.directory(.setFilter(PartnerFilter(level: .region)))) { $0.directory.filter = PartnerFilter(level: .region) }
        let expected = Set(Seed.document.partners.items.filter { $0.level == .region }.map(\.id))
        XCTAssertEqual(ids(store.state), expected)
        XCTAssertFalse(ids(store.state).contains("partner.ingenieurkammer-bau-nrw"), "a state-level chamber")
    }

    func testCombinedFiltersAndSearchAllApply() {
        let store = seedStore()
        func filter(_ f: PartnerFilter) { store.send(.directory(.setFilter(f))) { $0.directory.filter = f } }
        filter(PartnerFilter(category: .chamber, level: .region))
        XCTAssertEqual(ids(store.state).count, 9, "11 chambers less Kammern (no level) and Ingenieurkammer (state)")
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
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 87) }
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
        }
        // The second Esc clears the facets and the search.
        store.send(.navigation(.back)) {
            $0.directory.filter = PartnerFilter()
            $0[.partners].filter = TextField()
        }
        XCTAssertEqual(rows(store.state).count, 88)
        assertCursorValid(store.state, .partners)
    }

    func testEscClearsFacetFiltersEvenWithoutASearch() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(level: .federal)))) { $0.directory.filter = PartnerFilter(level: .federal) }
        XCTAssertLessThan(rows(store.state).count, 88)
        store.send(.navigation(.back)) { $0.directory.filter = PartnerFilter() }
        XCTAssertEqual(rows(store.state).count, 88)
    }

    func testClearFilterAction() {
        let store = seedStore()
        store.send(.directory(.setFilter(PartnerFilter(category: .welfare))), .directory(.clearFilter))
        XCTAssertEqual(rows(store.state).count, 88)
    }

    // MARK: Sort

    func testSortByNameIsGermanOrder() {
        let state = seedStore().state
        let list = names(state)
        XCTAssertEqual(Array(list.prefix(8)), [
            "Agenturen für Arbeit", "Anerkennungsbegleitung NRW", "Ankommen in Deutschland", "Arbeit und Leben NRW e.V.",
            "Arbeitgeberverband Pflege", "Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe", "AWO Bielefeld",
        ], "Ärztekammer sorts with A, not after Z; AWO sorts as Awo")
        XCTAssertEqual(list.last, "Zentralstelle für ausländisches Bildungswesen")
        // Lower-case names sort with their letter, not after Z.
        let lower = list.firstIndex(of: "unternehmer.nrw") ?? -1
        XCTAssertEqual(list[max(0, lower - 1)], "Unternehmen integrieren Flüchtlinge")
        XCTAssertEqual(list[min(list.count - 1, lower + 1)], "ValiKom")
        // Förderprogramm (Ö read as O) comes before Forge.
        XCTAssertLessThan(list.firstIndex(of: "Förderprogramm „Integration durch Qualifizierung (IQ)“") ?? 99,
                          list.firstIndex(of: "Forge your Future") ?? -1)
        for (a, b) in zip(list, list.dropFirst()) {
            XCTAssertFalse(sortKey(b) < sortKey(a), "\(a) before \(b)")
        }
    }

    func testSortCyclesNameCategoryCityAndStartsAtTheTop() {
        let store = seedStore()
        XCTAssertEqual(store.state.directory.sort, .name)
        // A new order starts at the top.
        store.send(.navigation(.move(.end)), .directory(.cycleSort)) { $0.directory.sort = .category }
        store.send(.directory(.cycleSort)) { $0.directory.sort = .city }
        store.send(.directory(.cycleSort)) { $0.directory.sort = .name }
        XCTAssertEqual(rows(store.state).count, 88, "sorting never hides a partner")
    }

    func testSortByCategoryGroupsEachCategoryWithTiesByName() {
        let store = seedStore()
        store.send(.directory(.cycleSort)) { $0.directory.sort = .category }
        let partners = rows(store.state).compactMap(\.partner)
        XCTAssertEqual(partners.count, 88)
        // Each category is one contiguous block…
        var seen: [PartnerCategory] = []
        for p in partners where seen.last != p.category {
            XCTAssertFalse(seen.contains(p.category), "\(p.category) appears in two blocks")
            seen.append(p.category)
        }
        XCTAssertEqual(Set(seen), Set(PartnerCategory.allCases))
        // …sorted by name inside, in German order (Ärztekammer with A).
        for category in PartnerCategory.allCases {
            let block = partners.filter { $0.category == category }.map(\.name)
            XCTAssertEqual(block, block.sorted { sortKey($0) < sortKey($1) }, "\(category) by name")
        }
        let chambers = partners.filter { $0.category == .chamber }.map(\.name)
        XCTAssertEqual(Array(chambers.prefix(2)), ["Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe"])
    }

    func testSortByCityPutsPartnersWithoutCityLastWithTiesByName() {
        let store = seedStore()
        store.send(.directory(.cycleSort), .directory(.cycleSort)) { $0.directory.sort = .city }
        let partners = rows(store.state).compactMap(\.partner)
        XCTAssertEqual(partners.count, 88)
        let withCity = partners.prefix { !$0.cities.isEmpty }
        let withoutCity = partners.dropFirst(withCity.count)
        XCTAssertEqual(withCity.count, Seed.document.partners.items.filter { !$0.cities.isEmpty }.count)
        XCTAssertTrue(withoutCity.allSatisfy { $0.cities.isEmpty }, "no partner with a city after the first without")
        XCTAssertEqual(Array(withCity.map(\.name).prefix(2)), ["DGB Bildungswerk", "Handwerkskammer Aachen"], "Aachen first, ties by name")
        for (a, b) in zip(withCity, withCity.dropFirst()) {
            let ka = sortKey(a.cities[0]), kb = sortKey(b.cities[0])
            XCTAssertTrue(ka < kb || (ka == kb && sortKey(a.name) < sortKey(b.name)), "\(a.name) (\(a.cities[0])) before \(b.name) (\(b.cities[0]))")
        }
        // Düsseldorf (ü read as u) after Duisburg, before Köln; Münster after München.
        let cities = withCity.map { $0.cities[0] }
        XCTAssertLessThan(cities.lastIndex(of: "Duisburg") ?? 99, cities.firstIndex(of: "Düsseldorf") ?? -1)
        XCTAssertLessThan(cities.lastIndex(of: "Düsseldorf") ?? 99, cities.firstIndex(of: "Köln") ?? -1)
        XCTAssertLessThan(cities.lastIndex(of: "München") ?? 99, cities.firstIndex(of: "Münster") ?? -1)
        XCTAssertEqual(withoutCity.map(\.name), withoutCity.map(\.name).sorted { sortKey($0) < sortKey($1) })
    }

    func testSortAppliesToTheFilteredList() {
        let store = seedStore()
        search("köln", store)
        store.send(.directory(.cycleSort), .directory(.cycleSort)) { $0.directory.sort = .city }
        XCTAssertEqual(names(store.state), ["DGB Bildungswerk", "Bezirksregierung Köln", "Handwerkskammer Köln",
                                      "Institut der deutschen Wirtschaft Köln", "Migrafrica e.V.", "Technische Hochschule Köln"],
                       "by first city (Aachen before Köln), then by name")
    }

    // MARK: Tree

    func testTreeGroupsByCategoryInCategoryOrderWithCounts() {
        let store = seedStore()
        // The tree starts at the top.
        store.send(.navigation(.move(.by(5))), .directory(.toggleTree)) { $0.directory.showsTree = true }
        let all = rows(store.state)
        var groups: [(PartnerCategory, Int)] = []
        var current: PartnerCategory?
        var members: [PartnerCategory: [Partner]] = [:]
        for row in all {
            switch row {
            case .group(let category, let count, let expanded):
                XCTAssertTrue(expanded, "every group starts open")
                groups.append((category, count))
                current = category
            case .partner(let p):
                XCTAssertEqual(p.category, current, "\(p.name) under its own category")
                members[p.category, default: []].append(p)
            }
        }
        XCTAssertEqual(all.first, .group(.network, count: 3, expanded: true), "the IQ network comes first")
        XCTAssertEqual(groups.map(\.0), PartnerCategory.allCases, "every category of the seed, in the category order")
        for (category, count) in groups {
            XCTAssertEqual(count, Seed.document.partners.items.filter { $0.category == category }.count, "\(category)")
            XCTAssertEqual(members[category]?.count, count)
            let inGroup = members[category]?.map(\.name) ?? []
            XCTAssertEqual(inGroup, inGroup.sorted { sortKey($0) < sortKey($1) }, "\(category) members by name")
        }
        XCTAssertEqual(groups.reduce(0) { $0 + $1.1 }, 88)
        XCTAssertEqual(all.count, 88 + PartnerCategory.allCases.count)
        XCTAssertEqual(store.state.rowCount(.partners), all.count)
        store.send(.directory(.toggleTree)) { $0.directory.showsTree = false }
        XCTAssertEqual(rows(store.state).count, 88, "t again: the flat list")
    }

    func testEnterOnAGroupCollapsesAndExpandsItWithTheCountUnchanged() {
        let store = seedStore()
        store.send(.directory(.toggleTree)) { $0.directory.showsTree = true }
        guard let funders = rows(store.state).firstIndex(where: { if case .group(.funder, _, _) = $0 { return true } else { return false } }) else {
            return XCTFail("no funder group")
        }
        let before = rows(store.state)
        let cursor = clicked(funders, store.state)
        // A group does not open as a partner: it closes, the selection stays on it.
        store.send(.navigation(.select(.partners, row: funders)), .navigation(.open)) {
            $0[.partners].cursor = cursor
            $0.directory.collapsed = [.funder]
        }
        let collapsed = rows(store.state)
        XCTAssertEqual(at(collapsed, funders), .group(.funder, count: 7, expanded: false), "the count stays when closed")
        XCTAssertEqual(collapsed.count, before.count - 7)
        XCTAssertFalse(collapsed.contains { $0.partner?.category == .funder }, "its members are hidden")
        XCTAssertEqual(store.state.rowCount(.partners), collapsed.count)
        XCTAssertEqual(at(collapsed, funders + 1), at(before, funders + 8), "the next group follows directly")
        // End reaches the last visible row.
        let last = collapsed.count - 1
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: last) }

        let back = clicked(funders, store.state)
        store.send(.navigation(.select(.partners, row: funders)), .navigation(.open)) {
            $0[.partners].cursor = back
            $0.directory.collapsed = []
        }
        XCTAssertEqual(rows(store.state), before, "Enter again opens it as it was")
        XCTAssertEqual(store.state.rowCount(.partners), before.count)
    }

    func testCollapsingTheLastGroupKeepsTheSelectionOnIt() {
        let store = seedStore()
        store.send(.directory(.toggleTree)) { $0.directory.showsTree = true }
        let last = rows(store.state).lastIndex { $0.partner == nil } ?? -1
        store.send(.navigation(.select(.partners, row: last)), .navigation(.open)) {
            $0.directory.collapsed = [.specialistUnit]
            // On the group, now the last row.
            $0[.partners].cursor = ListCursor(selected: last)
        }
        XCTAssertEqual(rows(store.state).last, .group(.specialistUnit, count: 3, expanded: false))
        XCTAssertEqual(store.state[.partners].cursor.selected, rows(store.state).count - 1)
        assertCursorValid(store.state, .partners)
    }

    func testEnterOnAPartnerInTheTreeOpensIt() {
        let store = seedStore()
        store.send(.directory(.toggleTree)) { $0.directory.showsTree = true }
        openPartner("partner.whkt", store)
        XCTAssertEqual(at(rows(store.state), 1)?.partner?.name, "Förderprogramm „Integration durch Qualifizierung (IQ)“")
    }

    func testTreeOfASearchCountsOnlyTheMatchesAndLeavesEmptyGroupsOut() {
        let store = seedStore()
        search("köln", store)
        store.send(.directory(.toggleTree)) { $0.directory.showsTree = true }
        let groups = rows(store.state).compactMap { row -> PartnerRow? in row.partner == nil ? row : nil }
        XCTAssertEqual(groups, [
            .group(.federalInstitute, count: 1, expanded: true),
            .group(.competentAuthority, count: 1, expanded: true),
            .group(.chamber, count: 1, expanded: true),
            .group(.provider, count: 3, expanded: true),
        ])
        XCTAssertEqual(store.state.rowCount(.partners), 6 + 4)
        // A collapsed group stays collapsed when the search changes.
        guard let group = rows(store.state).firstIndex(of: .group(.provider, count: 3, expanded: true)) else { return XCTFail("no providers") }
        let cursor = clicked(group, store.state)
        store.send(.navigation(.select(.partners, row: group)), .navigation(.open)) {
            $0[.partners].cursor = cursor
            $0.directory.collapsed = [.provider]
        }
        store.send(.navigation(.back)) { $0[.partners].filter = TextField() }
        let providers = Seed.document.partners.items.filter { $0.category == .provider }.count
        XCTAssertEqual(providers, 16)
        XCTAssertTrue(rows(store.state).contains(.group(.provider, count: providers, expanded: false)), "counted whole again, still closed")
        XCTAssertEqual(store.state.rowCount(.partners), 88 - providers + PartnerCategory.allCases.count)
    }

    // MARK: Network

    func testLinksOfThePartnerShowOutgoingAndIncomingRelations() {
        let document = Seed.document
        let whkt = PartnerNetwork.links(of: "partner.whkt", in: document)
        XCTAssertEqual(whkt.first, NetworkLink(kind: .partOf, direction: .outgoing, other: "partner.iq-nrw"))
        XCTAssertEqual(whkt.filter { $0.direction == .outgoing }.map(\.other), document.partners["partner.whkt"]?.relations.map(\.target),
                       "every relation of the record, in its order")
        XCTAssertEqual(whkt.count, 18 + 1)
        XCTAssertEqual(whkt.last, NetworkLink(kind: .funds, direction: .incoming, other: "partner.bamf"),
                       "BAMF funds the WHKT: shown at the WHKT as funded by BAMF")
        XCTAssertEqual(whkt.last?.label, DomainText.relationFundedBy)

        // The IQ programme has no relations of its own; everything points at it.
        let programme = PartnerNetwork.links(of: "partner.iq-programm", in: document)
        XCTAssertEqual(programme, [
            NetworkLink(kind: .cooperatesWith, direction: .incoming, other: "partner.ba"),
            NetworkLink(kind: .funds, direction: .incoming, other: "partner.bmas"),
            NetworkLink(kind: .cooperatesWith, direction: .incoming, other: "partner.bmbf"),
            NetworkLink(kind: .funds, direction: .incoming, other: "partner.esf"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.iq-fachstelle-anerkennung"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.iq-fachstelle-ika"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.iq-nrw"),
        ], "incoming links by the other's name")
        XCTAssertEqual(programme.map(\.label), [DomainText.relationCooperatesWith, DomainText.relationFundedBy, DomainText.relationCooperatesWith, DomainText.relationFundedBy,
                                                DomainText.relationHasPart, DomainText.relationHasPart, DomainText.relationHasPart])
        XCTAssertEqual(at(programme, 1).map { $0.label.text(.de) }, "wird gefördert von")
        XCTAssertEqual(at(programme, 1).map { $0.label.text(.en) }, "funded by")

        // The other side of the same relation.
        let bmas = PartnerNetwork.links(of: "partner.bmas", in: document)
        XCTAssertEqual(bmas, [NetworkLink(kind: .funds, direction: .outgoing, other: "partner.iq-programm")])
        XCTAssertEqual(bmas.first?.label, DomainText.relationFunds)

        // Referrals both ways.
        let jmd = PartnerNetwork.links(of: "partner.jmd", in: document)
        XCTAssertTrue(jmd.contains(NetworkLink(kind: .refersTo, direction: .incoming, other: "partner.mozaik")))
        XCTAssertTrue(jmd.allSatisfy { $0.direction == .incoming && $0.label == DomainText.relationReferredFrom })
    }

    func testACooperationStatedOnBothSidesIsShownOnce() {
        let links = PartnerNetwork.links(of: "partner.bertelsmann-stiftung", in: Seed.document)
        XCTAssertEqual(links, [
            NetworkLink(kind: .cooperatesWith, direction: .outgoing, other: "partner.iq-nrw"),
            NetworkLink(kind: .cooperatesWith, direction: .outgoing, other: "partner.jp-morgan"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.ankommen-in-deutschland"),
        ])
        let other = PartnerNetwork.links(of: "partner.jp-morgan", in: Seed.document)
        XCTAssertEqual(other.filter { $0.other == "partner.bertelsmann-stiftung" }.count, 1)
    }

    func testAPartnerWithoutRelationsHasNoLinksAndEnterDoesNothing() {
        let store = seedStore()
        XCTAssertEqual(PartnerNetwork.links(of: "partner.arbeitgeberverband-pflege", in: store.state.document), [])
        XCTAssertEqual(PartnerNetwork.links(of: "partner.unknown", in: store.state.document), [])
        openPartner("partner.arbeitgeberverband-pflege", store)
        store.send(.navigation(.move(.down)), .navigation(.open))
    }

    func testFollowingRelationsBuildsAPathAndBackspaceWalksBack() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        let listCursor = store.state[.partners].cursor

        // Enter follows the first relation: WHKT is part of IQ NRW; a new partner starts at its
        // first relation.
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw"]
            $0.directory.pathCursors = [0]
        }
        // IQ NRW is part of the programme.
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"]
            $0.directory.pathCursors = [0, 0]
        }
        // An incoming link leads on too: the programme is funded by BMAS.
        selectLink(to: "partner.bmas", .incoming, store)
        let bmas = store.state.directory.relationCursor
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm", "partner.bmas"]
            $0.directory.pathCursors = [0, 0, bmas]
            $0.directory.relationCursor = 0
        }

        // Backspace returns to the relation chosen there.
        store.send(.directory(.walkBack)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"]
            $0.directory.pathCursors = [0, 0]
            $0.directory.relationCursor = bmas
        }
        // Back at the first partner, still open.
        store.send(.directory(.walkBack), .directory(.walkBack)) {
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = 0
        }
        // Backspace at the first partner closes the detail; the list selection is kept.
        store.send(.directory(.walkBack)) {
            $0.directory.path = []
            $0[.partners].isDetailOpen = false
        }
        XCTAssertEqual(store.state[.partners].cursor, listCursor)
        XCTAssertEqual(selectedID(store.state), "partner.whkt")
    }

    func testEscClosesTheDetailFromAnyDepth() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        store.send(.navigation(.open), .navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"]
            $0.directory.pathCursors = [0, 0]
        }
        store.send(.navigation(.move(.down))) { $0.directory.relationCursor = 1 }
        store.send(.navigation(.back)) {
            $0[.partners].isDetailOpen = false
            $0.directory.path = []
            $0.directory.pathCursors = []
            $0.directory.relationCursor = 0
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
        // Opening again starts a fresh path.
        openPartner("partner.bmas", store)
    }

    func testTheRelationCursorClampsToTheLinks() {
        let store = seedStore()
        openPartner("partner.iq-programm", store)
        let count = PartnerNetwork.links(of: "partner.iq-programm", in: store.state.document).count
        XCTAssertEqual(count, 7)
        // Up at the first relation stays.
        store.send(.navigation(.move(.up)))
        store.send(.navigation(.move(.down)), .navigation(.move(.down))) { $0.directory.relationCursor = 2 }
        // Page down stops at the last relation.
        store.send(.navigation(.move(.by(5))), .navigation(.move(.by(5)))) { $0.directory.relationCursor = count - 1 }
        store.send(.navigation(.move(.down)))
        store.send(.navigation(.move(.home))) { $0.directory.relationCursor = 0 }
        store.send(.navigation(.move(.end))) { $0.directory.relationCursor = count - 1 }
        // Enter on the last relation follows that one: part of it is IQ NRW. The list
        // selection behind the detail does not move.
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.iq-programm", "partner.iq-nrw"]
            $0.directory.pathCursors = [count - 1]
            $0.directory.relationCursor = 0
        }
        XCTAssertEqual(selectedID(store.state), "partner.iq-programm")
    }

    func testDeletingTheShownPartnerShortensThePathOrClosesTheDetail() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw"]
            $0.directory.pathCursors = [0]
        }

        // IQ NRW disappears (deleted here or by someone else): back to the partner before it.
        let first = FormText.labelPartnerDeleted("IQ NRW")
        store.send(.document(.perform(.remove(.partner, "partner.iq-nrw"), label: first))) {
            $0.expectEdit(.remove(.partner, "partner.iq-nrw"), label: first)
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
        }
        XCTAssertFalse(PartnerNetwork.links(of: "partner.whkt", in: store.state.document).contains { $0.other == "partner.iq-nrw" },
                       "links to a deleted partner are left out")

        // Nothing left to show.
        let second = FormText.labelPartnerDeleted("WHKT")
        store.send(.document(.perform(.remove(.partner, "partner.whkt"), label: second))) {
            $0.expectEdit(.remove(.partner, "partner.whkt"), label: second)
            $0.directory.path = []
            $0[.partners].isDetailOpen = false
        }
        assertCursorValid(store.state, .partners)
    }

    func testDeletingAPartnerInTheMiddleOfThePathKeepsTheRest() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        store.send(.navigation(.open), .navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"]
            $0.directory.pathCursors = [0, 0]
        }
        let label = FormText.labelPartnerDeleted("IQ NRW")
        store.send(.document(.perform(.remove(.partner, "partner.iq-nrw"), label: label))) {
            $0.expectEdit(.remove(.partner, "partner.iq-nrw"), label: label)
            $0.directory.path = ["partner.whkt", "partner.iq-programm"]
            $0.directory.pathCursors = [0]
        }
        // Backspace never lands on a deleted partner.
        store.send(.directory(.walkBack)) {
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
        }
    }

    // MARK: Delete with confirmation and undo

    func testDeleteAsksFirstAndNoKeepsThePartner() {
        let store = seedStore()
        let row = rows(store.state).firstIndex { $0.partner?.id == "partner.mozaik" } ?? 0
        let cursor = clicked(row, store.state)
        // Asking deletes nothing.
        store.send(.navigation(.select(.partners, row: row)), .directory(.deletePartner)) {
            $0[.partners].cursor = cursor
            $0.overlay = .confirmDelete("partner.mozaik")
        }
        XCTAssertEqual(store.state.inputMode, .confirmDelete)
        // No: the question closes, the document, the history and the selection stay.
        store.send(.directory(.cancelDelete)) { $0.overlay = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testConfirmDeleteRemovesAndOneUndoRestoresAtTheSamePlace() {
        let store = seedStore()
        let original = store.state.document.partners["partner.mozaik"]
        let position = store.state.document.partners.items.firstIndex { $0.id == "partner.mozaik" }
        let row = rows(store.state).firstIndex { $0.partner?.id == "partner.mozaik" } ?? 0
        let namesBefore = names(store.state)
        let cursor = clicked(row, store.state)
        let label = FormText.labelPartnerDeleted("MOZAIK gGmbH")
        store.send(.navigation(.select(.partners, row: row)), .directory(.deletePartner), .directory(.confirmDelete)) {
            $0[.partners].cursor = cursor
            $0.expectEdit(.remove(.partner, "partner.mozaik"), label: label)
            $0.status = shown(FormText.statusDeletedUndo("MOZAIK gGmbH"))
        }
        XCTAssertEqual(store.state.document.partners.count, 87)
        XCTAssertEqual(rows(store.state).count, 87)
        assertCursorValid(store.state, .partners)
        // Relations of others towards it are no longer shown.
        XCTAssertFalse(PartnerNetwork.links(of: "partner.iq-nrw", in: store.state.document).contains { $0.other == "partner.mozaik" })

        // The very record comes back, at its old place; the delete was one step.
        store.send(.document(.undo)) {
            $0.document = Seed.document
            var redo = UndoHistory()
            var document = Seed.document
            redo.perform(.remove(.partner, "partner.mozaik"), label: label, on: &document)
            _ = redo.undo(on: &document)
            $0.history = redo
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.partners["partner.mozaik"], original)
        XCTAssertEqual(store.state.document.partners.items.firstIndex { $0.id == "partner.mozaik" }, position)
        XCTAssertEqual(names(store.state), namesBefore)
        XCTAssertTrue(PartnerNetwork.links(of: "partner.iq-nrw", in: store.state.document).contains { $0.other == "partner.mozaik" })
    }

    func testDeleteInTheDetailDeletesTheShownPartnerNotTheListSelection() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw"]
            $0.directory.pathCursors = [0]
        }
        store.send(.directory(.deletePartner)) { $0.overlay = .confirmDelete("partner.iq-nrw") }
        // The detail goes back to where it came from.
        let name = store.state.document.partners["partner.iq-nrw"]?.name ?? ""
        let label = FormText.labelPartnerDeleted(name)
        store.send(.directory(.confirmDelete)) {
            $0.overlay = nil
            $0.expectEdit(.remove(.partner, "partner.iq-nrw"), label: label)
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
            $0.status = shown(FormText.statusDeletedUndo(name))
        }
        XCTAssertNotNil(store.state.document.partners["partner.whkt"])
    }

    func testDeleteInAnEmptyListAsksNothing() {
        let store = seedStore()
        search("xyzzy", store)
        store.send(.directory(.deletePartner))
        // Confirm without a question deletes nothing.
        store.send(.directory(.confirmDelete))
    }

    func testDeleteOfAGroupRowInTheTreeAsksNothing() {
        // A category heading is not a partner.
        seedStore().send(.directory(.toggleTree), .directory(.deletePartner)) { $0.directory.showsTree = true }
    }
}
