import XCTest
@testable import IQCore
import IQTestSupport

/// The partner directory as a tree grouped by category.
final class DirectoryTreeTests: XCTestCase, DirectoryTesting {
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
        XCTAssertEqual(groups.reduce(0) { $0 + $1.1 }, 92)
        XCTAssertEqual(all.count, 92 + PartnerCategory.allCases.count)
        XCTAssertEqual(store.state.rowCount(.partners), all.count)
        store.send(.directory(.toggleTree)) { $0.directory.showsTree = false }
        XCTAssertEqual(rows(store.state).count, 92, "t again: the flat list")
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
        XCTAssertEqual(at(collapsed, funders), .group(.funder, count: 8, expanded: false), "the count stays when closed")
        XCTAssertEqual(collapsed.count, before.count - 8)
        XCTAssertFalse(collapsed.contains { $0.partner?.category == .funder }, "its members are hidden")
        XCTAssertEqual(store.state.rowCount(.partners), collapsed.count)
        XCTAssertEqual(at(collapsed, funders + 1), at(before, funders + 9), "the next group follows directly")
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
        store.send(.navigation(.back)) { $0[.partners].filter = PaneState.emptyFilter }
        let providers = Seed.document.partners.items.filter { $0.category == .provider }.count
        XCTAssertEqual(providers, 15)
        XCTAssertTrue(rows(store.state).contains(.group(.provider, count: providers, expanded: false)), "counted whole again, still closed")
        XCTAssertEqual(store.state.rowCount(.partners), 92 - providers + PartnerCategory.allCases.count)
    }
}
