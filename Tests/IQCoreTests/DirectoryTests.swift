import XCTest
@testable import IQCore

/// The partner directory over the real seed dataset (88 partners): search as you type, facet
/// filters, the three sort orders, the tree by category, walking the network in both
/// directions, and deleting with a question and undo.
final class DirectoryTests: XCTestCase {
    // MARK: Helpers

    private func seedState() -> AppState {
        Fixture.state(Seed.document)
    }

    private func rows(_ state: AppState) -> [PartnerRow] { PartnerList.rows(state) }
    private func names(_ state: AppState) -> [String] { rows(state).compactMap { $0.partner?.name } }
    private func ids(_ state: AppState) -> Set<RecordID> { Set(rows(state).compactMap { $0.partner?.id }) }

    /// `/`, the query typed key by key, Enter.
    private func search(_ query: String, _ state: inout AppState) {
        reduce(&state, .filter(.begin))
        typeText(query, into: &state)
        reduce(&state, .filter(.accept))
    }

    /// Selects the partner's row in the list and presses Enter.
    private func openPartner(_ id: RecordID, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = rows(state).firstIndex(where: { $0.partner?.id == id }) else {
            return XCTFail("\(id) is not in the list", file: file, line: line)
        }
        reduce(&state, .navigation(.select(.partners, row: row)), .navigation(.open))
        XCTAssertTrue(state[.partners].isDetailOpen, file: file, line: line)
        XCTAssertEqual(state.directory.path, [id], file: file, line: line)
    }

    /// Moves the relation cursor to the link pointing at `other` (in the given direction).
    private func selectLink(to other: RecordID, _ direction: NetworkLink.Direction, _ state: inout AppState,
                            file: StaticString = #filePath, line: UInt = #line) {
        guard let shown = state.directory.path.last,
              let i = PartnerNetwork.links(of: shown, in: state.document).firstIndex(where: { $0.other == other && $0.direction == direction }) else {
            return XCTFail("no \(direction) link to \(other)", file: file, line: line)
        }
        reduce(&state, .navigation(.move(.home)), .navigation(.move(.by(i))))
        XCTAssertEqual(state.directory.relationCursor, i, file: file, line: line)
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
        var state = seedState()
        XCTAssertEqual(rows(state).count, 88)
        XCTAssertEqual(state.rowCount(.partners), 88)
        search("", &state)
        XCTAssertEqual(rows(state).count, 88, "an empty query hides nothing")
    }

    func testKolnAndKoelnBothFindThePartnersInKoeln() {
        for query in ["koln", "koeln", "Köln", "KÖLN", "KOELN", "kÖlN"] {
            var state = seedState()
            search(query, &state)
            XCTAssertEqual(ids(state), Self.inKoeln, "query \(query)")
            XCTAssertEqual(state.rowCount(.partners), Self.inKoeln.count, "query \(query)")
        }
    }

    func testMuensterFindsMuensterButNotMuenchen() {
        for query in ["muenster", "munster", "Münster", "MUENSTER"] {
            var state = seedState()
            search(query, &state)
            XCTAssertEqual(ids(state), Self.inMuenster, "query \(query)")
        }
        var state = seedState()
        search("münchen", &state)
        XCTAssertEqual(ids(state), ["partner.iq-fachstelle-ika", "partner.via"], "cities are searched too")
    }

    func testSearchMatchesNameShortNameAndCity() {
        var state = seedState()
        search("whkt", &state)
        XCTAssertEqual(names(state), ["Westdeutscher Handwerkskammertag"], "short name")
        state = seedState()
        search("paderborn", &state)
        XCTAssertEqual(names(state), ["SBH West"], "city")
        state = seedState()
        search("ärztekammer", &state)
        XCTAssertEqual(names(state), ["Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe"])
        state = seedState()
        search("arztekammer", &state)
        XCTAssertEqual(names(state), ["Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe"], "without the umlaut")
    }

    func testEveryKeystrokeNarrowsTheListAndResetsTheSelection() {
        var state = seedState()
        reduce(&state, .navigation(.move(.end)))
        XCTAssertEqual(state[.partners].cursor.selected, 87)
        reduce(&state, .filter(.begin))
        var previous = 88
        var counts: [Int] = []
        for ch in "koeln" {
            typeText(String(ch), into: &state)
            let count = rows(state).count
            XCTAssertLessThanOrEqual(count, previous, "typing \(ch) never widens the list")
            XCTAssertEqual(state[.partners].cursor.selected, 0, "a changed query starts at the top")
            assertCursorValid(state, .partners)
            counts.append(count)
            previous = count
        }
        XCTAssertEqual(counts.last, Self.inKoeln.count)
        XCTAssertLessThan(counts.last ?? 0, counts.first ?? 0)
        // Backspace widens it again.
        reduce(&state, .filter(.edit(.backspace)), .filter(.edit(.backspace)))
        XCTAssertEqual(rows(state).count, counts[2], "back to the rows of \"koe\"")
    }

    func testAQueryWithoutMatchesShowsNoRowsAndClearingItShowsAll() {
        var state = seedState()
        search("xyzzy", &state)
        XCTAssertEqual(rows(state).count, 0)
        XCTAssertEqual(state.rowCount(.partners), 0)
        assertCursorValid(state, .partners)
        reduce(&state, .navigation(.open))
        XCTAssertFalse(state[.partners].isDetailOpen, "nothing to open")
        reduce(&state, .navigation(.back))
        XCTAssertEqual(rows(state).count, 88)
    }

    // MARK: Facet filters

    func testCategoryFilter() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .chamber))))
        let expected = Set(Seed.document.partners.items.filter { $0.category == .chamber }.map(\.id))
        XCTAssertEqual(expected.count, 11)
        XCTAssertEqual(ids(state), expected)
        XCTAssertTrue(ids(state).contains("partner.aekno"))
        XCTAssertFalse(ids(state).contains("partner.ihk-fosa"), "IHK FOSA is a competent authority, not a chamber")
    }

    func testFieldOfActionFilter() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(field: .fairIntegration))))
        XCTAssertEqual(ids(state), ["partner.iq-nrw", "partner.dgb-bildungswerk"])
        reduce(&state, .directory(.setFilter(PartnerFilter(field: .regionalNetworks))))
        XCTAssertEqual(ids(state), ["partner.iq-programm"])
    }

    func testCityFilterIgnoresCaseAndDiacriticsAndMatchesAnyOfSeveralCities() {
        for city in ["Köln", "köln", "KÖLN", "koln", "Koln"] {
            var state = seedState()
            reduce(&state, .directory(.setFilter(PartnerFilter(city: city))))
            XCTAssertEqual(ids(state), Self.inKoeln, "city \(city)")
        }
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(city: "krefeld"))))
        XCTAssertEqual(ids(state), ["partner.hs-niederrhein"], "the second of two cities counts too")
        reduce(&state, .directory(.setFilter(PartnerFilter(city: "Köl"))))
        XCTAssertEqual(rows(state).count, 0, "a city is matched whole, not as a prefix")
    }

    func testLevelFilter() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(level: .municipal))))
        XCTAssertEqual(ids(state), ["partner.kommunale-integrationsagenturen", "partner.kommunale-integrationszentren"])
        reduce(&state, .directory(.setFilter(PartnerFilter(level: .region))))
        let expected = Set(Seed.document.partners.items.filter { $0.level == .region }.map(\.id))
        XCTAssertEqual(ids(state), expected)
        XCTAssertFalse(ids(state).contains("partner.ingenieurkammer-bau-nrw"), "a state-level chamber")
    }

    func testCombinedFiltersAndSearchAllApply() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .chamber, level: .region))))
        let chambersInRegions = ids(state)
        XCTAssertEqual(chambersInRegions.count, 9, "11 chambers less Kammern (no level) and Ingenieurkammer (state)")
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .chamber, city: "Köln", level: .region))))
        XCTAssertEqual(ids(state), ["partner.hwk-koeln"])
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .provider, field: .qualification, city: "Köln"))))
        XCTAssertEqual(ids(state), ["partner.th-koeln", "partner.migrafrica"])
        search("technische", &state)
        XCTAssertEqual(ids(state), ["partner.th-koeln"], "the search narrows the filtered list further")
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .funder, city: "Köln"))))
        XCTAssertEqual(rows(state).count, 0)
        assertCursorValid(state, .partners)
    }

    func testSettingAFilterStartsAtTheTopAndKeepsTheSelectionValid() {
        var state = seedState()
        reduce(&state, .navigation(.move(.end)))
        reduce(&state, .directory(.setFilter(PartnerFilter(field: .fairIntegration))))
        XCTAssertEqual(state[.partners].cursor, ListCursor())
        assertCursorValid(state, .partners)
    }

    func testEscClearsFiltersAndSearchButFirstClosesTheOpenPartner() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .chamber, city: "Köln"))))
        search("hand", &state)
        XCTAssertEqual(ids(state), ["partner.hwk-koeln"])
        openPartner("partner.hwk-koeln", &state)

        reduce(&state, .navigation(.back))
        XCTAssertFalse(state[.partners].isDetailOpen, "the first Esc closes the partner")
        XCTAssertEqual(state.directory.filter, PartnerFilter(category: .chamber, city: "Köln"), "…and keeps the filters")
        XCTAssertEqual(state[.partners].filter.text, "hand")

        reduce(&state, .navigation(.back))
        XCTAssertTrue(state.directory.filter.isEmpty, "the second Esc clears the facets")
        XCTAssertEqual(state[.partners].filter.text, "", "…and the search")
        XCTAssertEqual(rows(state).count, 88)
        assertCursorValid(state, .partners)
    }

    func testEscClearsFacetFiltersEvenWithoutASearch() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(level: .federal))))
        XCTAssertLessThan(rows(state).count, 88)
        reduce(&state, .navigation(.back))
        XCTAssertEqual(state.directory.filter, PartnerFilter())
        XCTAssertEqual(rows(state).count, 88)
    }

    func testClearFilterAction() {
        var state = seedState()
        reduce(&state, .directory(.setFilter(PartnerFilter(category: .welfare))), .directory(.clearFilter))
        XCTAssertTrue(state.directory.filter.isEmpty)
        XCTAssertEqual(rows(state).count, 88)
    }

    // MARK: Sort

    func testSortByNameIsGermanOrder() {
        let state = seedState()
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
        var state = seedState()
        XCTAssertEqual(state.directory.sort, .name)
        reduce(&state, .navigation(.move(.end)), .directory(.cycleSort))
        XCTAssertEqual(state.directory.sort, .category)
        XCTAssertEqual(state[.partners].cursor, ListCursor(), "a new order starts at the top")
        reduce(&state, .directory(.cycleSort))
        XCTAssertEqual(state.directory.sort, .city)
        reduce(&state, .directory(.cycleSort))
        XCTAssertEqual(state.directory.sort, .name)
        XCTAssertEqual(rows(state).count, 88, "sorting never hides a partner")
    }

    func testSortByCategoryGroupsEachCategoryWithTiesByName() {
        var state = seedState()
        reduce(&state, .directory(.cycleSort))
        let partners = rows(state).compactMap(\.partner)
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
        var state = seedState()
        reduce(&state, .directory(.cycleSort), .directory(.cycleSort))
        let partners = rows(state).compactMap(\.partner)
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
        var state = seedState()
        search("köln", &state)
        reduce(&state, .directory(.cycleSort), .directory(.cycleSort))
        XCTAssertEqual(names(state), ["DGB Bildungswerk", "Bezirksregierung Köln", "Handwerkskammer Köln",
                                      "Institut der deutschen Wirtschaft Köln", "Migrafrica e.V.", "Technische Hochschule Köln"],
                       "by first city (Aachen before Köln), then by name")
    }

    // MARK: Tree

    func testTreeGroupsByCategoryInCategoryOrderWithCounts() {
        var state = seedState()
        reduce(&state, .navigation(.move(.by(5))), .directory(.toggleTree))
        XCTAssertTrue(state.directory.showsTree)
        XCTAssertEqual(state[.partners].cursor, ListCursor(), "the tree starts at the top")
        let all = rows(state)
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
        XCTAssertEqual(state.rowCount(.partners), all.count)
        reduce(&state, .directory(.toggleTree))
        XCTAssertEqual(rows(state).count, 88, "t again: the flat list")
    }

    func testEnterOnAGroupCollapsesAndExpandsItWithTheCountUnchanged() {
        var state = seedState()
        reduce(&state, .directory(.toggleTree))
        guard let funders = rows(state).firstIndex(where: { if case .group(.funder, _, _) = $0 { return true } else { return false } }) else {
            return XCTFail("no funder group")
        }
        let before = rows(state)
        reduce(&state, .navigation(.select(.partners, row: funders)), .navigation(.open))
        XCTAssertFalse(state[.partners].isDetailOpen, "a group does not open as a partner")
        XCTAssertEqual(state.directory.collapsed, [.funder])
        let collapsed = rows(state)
        XCTAssertEqual(at(collapsed, funders), .group(.funder, count: 7, expanded: false), "the count stays when closed")
        XCTAssertEqual(collapsed.count, before.count - 7)
        XCTAssertFalse(collapsed.contains { $0.partner?.category == .funder }, "its members are hidden")
        XCTAssertEqual(state.rowCount(.partners), collapsed.count)
        XCTAssertEqual(state[.partners].cursor.selected, funders, "the selection stays on the group")
        XCTAssertEqual(at(collapsed, funders + 1), at(before, funders + 8), "the next group follows directly")
        reduce(&state, .navigation(.move(.end)))
        XCTAssertEqual(state[.partners].cursor.selected, collapsed.count - 1, "End reaches the last visible row")

        reduce(&state, .navigation(.select(.partners, row: funders)), .navigation(.open))
        XCTAssertEqual(state.directory.collapsed, [])
        XCTAssertEqual(rows(state), before, "Enter again opens it as it was")
        XCTAssertEqual(state.rowCount(.partners), before.count)
    }

    func testCollapsingTheLastGroupKeepsTheSelectionOnIt() {
        var state = seedState()
        reduce(&state, .directory(.toggleTree))
        let last = rows(state).lastIndex { $0.partner == nil } ?? -1
        reduce(&state, .navigation(.select(.partners, row: last)), .navigation(.open))
        XCTAssertEqual(rows(state).last, .group(.specialistUnit, count: 3, expanded: false))
        XCTAssertEqual(state[.partners].cursor.selected, rows(state).count - 1)
        assertCursorValid(state, .partners)
    }

    func testEnterOnAPartnerInTheTreeOpensIt() {
        var state = seedState()
        reduce(&state, .directory(.toggleTree))
        openPartner("partner.whkt", &state)
        XCTAssertEqual(at(rows(state), 1)?.partner?.name, "Förderprogramm „Integration durch Qualifizierung (IQ)“")
    }

    func testTreeOfASearchCountsOnlyTheMatchesAndLeavesEmptyGroupsOut() {
        var state = seedState()
        search("köln", &state)
        reduce(&state, .directory(.toggleTree))
        let groups = rows(state).compactMap { row -> PartnerRow? in row.partner == nil ? row : nil }
        XCTAssertEqual(groups, [
            .group(.federalInstitute, count: 1, expanded: true),
            .group(.competentAuthority, count: 1, expanded: true),
            .group(.chamber, count: 1, expanded: true),
            .group(.provider, count: 3, expanded: true),
        ])
        XCTAssertEqual(state.rowCount(.partners), 6 + 4)
        // A collapsed group stays collapsed when the search changes.
        guard let group = rows(state).firstIndex(of: .group(.provider, count: 3, expanded: true)) else { return XCTFail("no providers") }
        reduce(&state, .navigation(.select(.partners, row: group)), .navigation(.open))
        reduce(&state, .navigation(.back))
        XCTAssertEqual(state.directory.collapsed, [.provider])
        let providers = Seed.document.partners.items.filter { $0.category == .provider }.count
        XCTAssertEqual(providers, 16)
        XCTAssertTrue(rows(state).contains(.group(.provider, count: providers, expanded: false)), "counted whole again, still closed")
        XCTAssertEqual(state.rowCount(.partners), 88 - providers + PartnerCategory.allCases.count)
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
        XCTAssertEqual(whkt.last?.label, .relationFundedBy)

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
        XCTAssertEqual(programme.map(\.label), [.relationCooperatesWith, .relationFundedBy, .relationCooperatesWith, .relationFundedBy,
                                                .relationHasPart, .relationHasPart, .relationHasPart])
        XCTAssertEqual(at(programme, 1).map { L10n.string($0.label, .de) }, "wird gefördert von")
        XCTAssertEqual(at(programme, 1).map { L10n.string($0.label, .en) }, "funded by")

        // The other side of the same relation.
        let bmas = PartnerNetwork.links(of: "partner.bmas", in: document)
        XCTAssertEqual(bmas, [NetworkLink(kind: .funds, direction: .outgoing, other: "partner.iq-programm")])
        XCTAssertEqual(bmas.first?.label, .relationFunds)

        // Referrals both ways.
        let jmd = PartnerNetwork.links(of: "partner.jmd", in: document)
        XCTAssertTrue(jmd.contains(NetworkLink(kind: .refersTo, direction: .incoming, other: "partner.mozaik")))
        XCTAssertTrue(jmd.allSatisfy { $0.direction == .incoming && $0.label == .relationReferredFrom })
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
        var state = seedState()
        XCTAssertEqual(PartnerNetwork.links(of: "partner.arbeitgeberverband-pflege", in: state.document), [])
        XCTAssertEqual(PartnerNetwork.links(of: "partner.unknown", in: state.document), [])
        openPartner("partner.arbeitgeberverband-pflege", &state)
        reduce(&state, .navigation(.move(.down)), .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.arbeitgeberverband-pflege"])
        XCTAssertEqual(state.directory.relationCursor, 0)
    }

    func testFollowingRelationsBuildsAPathAndBackspaceWalksBack() {
        var state = seedState()
        openPartner("partner.whkt", &state)
        XCTAssertEqual(state.directory.relationCursor, 0)

        // Enter follows the first relation: WHKT is part of IQ NRW.
        reduce(&state, .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw"])
        XCTAssertEqual(state.directory.relationCursor, 0, "a new partner starts at its first relation")
        // IQ NRW is part of the programme.
        reduce(&state, .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"])
        // An incoming link leads on too: the programme is funded by BMAS.
        selectLink(to: "partner.bmas", .incoming, &state)
        reduce(&state, .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw", "partner.iq-programm", "partner.bmas"])
        XCTAssertTrue(state[.partners].isDetailOpen)

        reduce(&state, .directory(.walkBack))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"])
        XCTAssertTrue(state[.partners].isDetailOpen)
        reduce(&state, .directory(.walkBack), .directory(.walkBack))
        XCTAssertEqual(state.directory.path, ["partner.whkt"])
        XCTAssertTrue(state[.partners].isDetailOpen, "back at the first partner, still open")
        reduce(&state, .directory(.walkBack))
        XCTAssertFalse(state[.partners].isDetailOpen, "Backspace at the first partner closes the detail")
        XCTAssertEqual(state.directory.path, [])
        XCTAssertEqual(selectedID(state), "partner.whkt", "the list selection is kept")
    }

    func testEscClosesTheDetailFromAnyDepth() {
        var state = seedState()
        openPartner("partner.whkt", &state)
        reduce(&state, .navigation(.open), .navigation(.open))
        XCTAssertEqual(state.directory.path.count, 3)
        reduce(&state, .navigation(.move(.down)))
        reduce(&state, .navigation(.back))
        XCTAssertFalse(state[.partners].isDetailOpen)
        XCTAssertEqual(state.directory.path, [])
        XCTAssertEqual(state.directory.relationCursor, 0)
        XCTAssertEqual(state.inputMode, .navigation)
        // Opening again starts a fresh path.
        openPartner("partner.bmas", &state)
        XCTAssertEqual(state.directory.path, ["partner.bmas"])
    }

    func testTheRelationCursorClampsToTheLinks() {
        var state = seedState()
        openPartner("partner.iq-programm", &state)
        let count = PartnerNetwork.links(of: "partner.iq-programm", in: state.document).count
        XCTAssertEqual(count, 7)
        reduce(&state, .navigation(.move(.up)))
        XCTAssertEqual(state.directory.relationCursor, 0, "up at the first relation stays")
        reduce(&state, .navigation(.move(.down)), .navigation(.move(.down)))
        XCTAssertEqual(state.directory.relationCursor, 2)
        reduce(&state, .navigation(.move(.by(5))), .navigation(.move(.by(5))))
        XCTAssertEqual(state.directory.relationCursor, count - 1, "page down stops at the last relation")
        reduce(&state, .navigation(.move(.down)))
        XCTAssertEqual(state.directory.relationCursor, count - 1)
        reduce(&state, .navigation(.move(.home)))
        XCTAssertEqual(state.directory.relationCursor, 0)
        reduce(&state, .navigation(.move(.end)))
        XCTAssertEqual(state.directory.relationCursor, count - 1)
        // Enter on the last relation follows that one: part of it is IQ NRW.
        reduce(&state, .navigation(.open))
        XCTAssertEqual(state.directory.path.last, "partner.iq-nrw")
        // The list selection behind the detail did not move.
        XCTAssertEqual(selectedID(state), "partner.iq-programm")
    }

    func testDeletingTheShownPartnerShortensThePathOrClosesTheDetail() {
        var state = seedState()
        openPartner("partner.whkt", &state)
        reduce(&state, .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw"])

        // IQ NRW disappears (deleted here or by someone else).
        reduce(&state, .document(.perform(.remove(.partner, "partner.iq-nrw"), label: Message(.labelPartnerDeleted, "IQ NRW"))))
        XCTAssertTrue(state[.partners].isDetailOpen)
        XCTAssertEqual(state.directory.path, ["partner.whkt"], "back to the partner before it")
        XCTAssertFalse(PartnerNetwork.links(of: "partner.whkt", in: state.document).contains { $0.other == "partner.iq-nrw" },
                       "links to a deleted partner are left out")

        reduce(&state, .document(.perform(.remove(.partner, "partner.whkt"), label: Message(.labelPartnerDeleted, "WHKT"))))
        XCTAssertFalse(state[.partners].isDetailOpen, "nothing left to show")
        XCTAssertEqual(state.directory.path, [])
        assertCursorValid(state, .partners)
    }

    func testDeletingAPartnerInTheMiddleOfThePathKeepsTheRest() {
        var state = seedState()
        openPartner("partner.whkt", &state)
        reduce(&state, .navigation(.open), .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"])
        reduce(&state, .document(.perform(.remove(.partner, "partner.iq-nrw"), label: Message(.labelPartnerDeleted, "IQ NRW"))))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-programm"])
        reduce(&state, .directory(.walkBack))
        XCTAssertEqual(state.directory.path, ["partner.whkt"], "Backspace never lands on a deleted partner")
    }

    // MARK: Delete with confirmation and undo

    func testDeleteAsksFirstAndNoKeepsThePartner() {
        var state = seedState()
        let before = state.document
        let row = rows(state).firstIndex { $0.partner?.id == "partner.mozaik" } ?? 0
        reduce(&state, .navigation(.select(.partners, row: row)), .directory(.deletePartner))
        XCTAssertEqual(state.overlay, .confirmDelete("partner.mozaik"))
        XCTAssertEqual(state.inputMode, .confirmDelete)
        XCTAssertEqual(state.document, before, "asking deletes nothing")

        reduce(&state, .directory(.cancelDelete))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(state.document, before)
        XCTAssertNotNil(state.document.partners["partner.mozaik"])
        XCTAssertFalse(state.hasUnsavedChanges)
        XCTAssertFalse(state.history.canUndo)
        XCTAssertEqual(state[.partners].cursor.selected, row, "the selection stays")
    }

    func testConfirmDeleteRemovesAndOneUndoRestoresAtTheSamePlace() {
        var state = seedState()
        let original = state.document.partners["partner.mozaik"]
        let position = state.document.partners.items.firstIndex { $0.id == "partner.mozaik" }
        let row = rows(state).firstIndex { $0.partner?.id == "partner.mozaik" } ?? 0
        let namesBefore = names(state)
        reduce(&state, .navigation(.select(.partners, row: row)), .directory(.deletePartner), .directory(.confirmDelete))

        XCTAssertNil(state.overlay)
        XCTAssertNil(state.document.partners["partner.mozaik"])
        XCTAssertEqual(state.document.partners.count, 87)
        XCTAssertEqual(rows(state).count, 87)
        XCTAssertFalse(names(state).contains("MOZAIK gGmbH"))
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertEqual(state.status?.message, Message(.statusDeletedUndo, "MOZAIK gGmbH"))
        assertCursorValid(state, .partners)
        // Relations of others towards it are no longer shown.
        XCTAssertFalse(PartnerNetwork.links(of: "partner.iq-nrw", in: state.document).contains { $0.other == "partner.mozaik" })

        reduce(&state, .document(.undo))
        XCTAssertEqual(state.document.partners["partner.mozaik"], original, "the very record comes back")
        XCTAssertEqual(state.document.partners.items.firstIndex { $0.id == "partner.mozaik" }, position, "at its old place")
        XCTAssertEqual(state.document.partners.items.map(\.id), Seed.document.partners.items.map(\.id))
        XCTAssertEqual(names(state), namesBefore)
        XCTAssertTrue(PartnerNetwork.links(of: "partner.iq-nrw", in: state.document).contains { $0.other == "partner.mozaik" })
        XCTAssertFalse(state.history.canUndo, "the delete was one step")
    }

    func testDeleteInTheDetailDeletesTheShownPartnerNotTheListSelection() {
        var state = seedState()
        openPartner("partner.whkt", &state)
        reduce(&state, .navigation(.open))
        reduce(&state, .directory(.deletePartner))
        XCTAssertEqual(state.overlay, .confirmDelete("partner.iq-nrw"))
        reduce(&state, .directory(.confirmDelete))
        XCTAssertNil(state.document.partners["partner.iq-nrw"])
        XCTAssertNotNil(state.document.partners["partner.whkt"])
        XCTAssertEqual(state.directory.path, ["partner.whkt"], "the detail goes back to where it came from")
    }

    func testDeleteInAnEmptyListAsksNothing() {
        var state = seedState()
        search("xyzzy", &state)
        reduce(&state, .directory(.deletePartner))
        XCTAssertNil(state.overlay)
        reduce(&state, .directory(.confirmDelete))
        XCTAssertEqual(state.document.partners.count, 88, "confirm without a question deletes nothing")
    }

    func testDeleteOfAGroupRowInTheTreeAsksNothing() {
        var state = seedState()
        reduce(&state, .directory(.toggleTree), .directory(.deletePartner))
        XCTAssertNil(state.overlay, "a category heading is not a partner")
    }
}
