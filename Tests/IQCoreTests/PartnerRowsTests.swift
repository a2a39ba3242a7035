import XCTest
@testable import IQCore

/// The partner pane's rows as positions (issue 17): typing on narrows what the last keystroke
/// found, and every step lists exactly what a fresh search lists, flat and as a tree.
final class PartnerRowsTests: XCTestCase {
    private func directory(_ query: String, tree: Bool = false, collapsed: Set<PartnerCategory> = [], filter: PartnerFilter = PartnerFilter()) -> DirectoryState {
        var d = DirectoryState()
        d.list.filter = typedFilter(query)
        d.showsTree = tree
        d.collapsed = collapsed
        d.filter = filter
        return d
    }

    /// The rows as a new document (with nothing remembered) gives them.
    private func fresh(_ document: Document, _ d: DirectoryState) -> [PartnerRow] {
        Array(PartnerList.rows(Document(partners: document.partners.items), d))
    }

    func testTypingOnListsWhatAFreshSearchLists() {
        let document = Seed.document
        for (tree, collapsed) in [(false, Set<PartnerCategory>()), (true, [.chamber]), (true, [])] {
            for query in ["ha", "köln b", "ru", "x"] {
                var typed = ""
                for ch in query {
                    typed.append(ch)
                    let d = directory(typed, tree: tree, collapsed: collapsed)
                    XCTAssertEqual(Array(PartnerList.rows(document, d)), fresh(document, d), "\(typed), tree \(tree)")
                }
                for _ in query {
                    typed.removeLast()
                    let d = directory(typed, tree: tree, collapsed: collapsed)
                    XCTAssertEqual(Array(PartnerList.rows(document, d)), fresh(document, d), "back to \(typed), tree \(tree)")
                }
            }
        }
    }

    func testAFacetOrAnotherSortIsNotNarrowedFromTheLastSearch() {
        let document = Seed.document
        _ = PartnerList.rows(document, directory("k"))
        let chambers = directory("kö", filter: PartnerFilter(category: .chamber))
        XCTAssertEqual(Array(PartnerList.rows(document, chambers)), fresh(document, chambers))
        var byCity = directory("köl")
        byCity.sort = .city
        XCTAssertEqual(Array(PartnerList.rows(document, byCity)), fresh(document, byCity))
    }

    func testTheTreeCountsItsPartnersUnderOpenAndClosedHeadings() {
        let document = Seed.document
        let rows = PartnerList.rows(document, directory("", tree: true, collapsed: [.chamber, .network]))
        let counted = rows.reduce(0) { n, row in
            if case .group(_, let count, _) = row { return n + count }
            return n
        }
        XCTAssertEqual(rows.partnerCount, document.partners.count)
        XCTAssertEqual(counted, document.partners.count)
        XCTAssertLessThan(rows.count, document.partners.count + PartnerCategory.allCases.count, "closed groups hide their partners")
    }
}
