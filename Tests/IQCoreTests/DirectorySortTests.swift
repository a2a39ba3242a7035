import XCTest
@testable import IQCore
import IQTestSupport

/// The partner directory's sort orders.
final class DirectorySortTests: XCTestCase, DirectoryTesting {
    func testSortByNameIsGermanOrder() {
        let state = seedStore().state
        let list = names(state)
        XCTAssertEqual(Array(list.prefix(8)), [
            "Agenturen für Arbeit", "Anerkennungsbegleitung NRW", "Ankommen in Deutschland", "Arbeit und Leben NRW e.V.",
            "Arbeitgeberverband Pflege", "Architektenkammer Nordrhein-Westfalen", "Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe",
        ], "Ärztekammer sorts with A, not after Z")
        XCTAssertEqual(list[8], "AWO Bielefeld", "AWO sorts as Awo")
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
        XCTAssertEqual(rows(store.state).count, 92, "sorting never hides a partner")
    }

    func testSortByCategoryGroupsEachCategoryWithTiesByName() {
        let store = seedStore()
        store.send(.directory(.cycleSort)) { $0.directory.sort = .category }
        let partners = rows(store.state).compactMap(\.partner)
        XCTAssertEqual(partners.count, 92)
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
        XCTAssertEqual(Array(chambers.prefix(3)), ["Architektenkammer Nordrhein-Westfalen", "Ärztekammer Nordrhein", "Ärztekammer Westfalen-Lippe"])
    }

    func testSortByCityPutsPartnersWithoutCityLastWithTiesByName() {
        let store = seedStore()
        store.send(.directory(.cycleSort), .directory(.cycleSort)) { $0.directory.sort = .city }
        let partners = rows(store.state).compactMap(\.partner)
        XCTAssertEqual(partners.count, 92)
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
}
