import XCTest
@testable import IQCore

/// What the lists derive from a document is remembered with it, in typed slots (issue 14 §5).
final class DocumentMemoTests: XCTestCase {
    func testASlotKeepsTheLastValueForAnEqualKey() {
        let slot = MemoSlot<Int, String>()
        var computed = 0
        XCTAssertEqual(slot.value(for: 1) { computed += 1; return "one" }, "one")
        XCTAssertEqual(slot.value(for: 1) { computed += 1; return "again" }, "one", "an equal key: remembered")
        XCTAssertEqual(slot.value(for: 2) { computed += 1; return "two" }, "two")
        XCTAssertEqual(computed, 2)
        XCTAssertEqual(slot.last?.key, 2)
    }

    func testCopiesShareWhatWasDerivedANewDocumentStartsEmpty() {
        let document = Document(partners: [Partner(id: "p.a", name: "A", category: .provider)])
        let index = PartnerList.index(document)
        var copy = document
        XCTAssertTrue(PartnerList.index(copy) === index, "a copy reuses the index")
        copy.partners.put(Partner(id: "p.b", name: "B", category: .provider))
        XCTAssertFalse(PartnerList.index(copy) === index, "a changed table is indexed anew")
        let other = Document(partners: document.partners.items)
        XCTAssertFalse(PartnerList.index(other) === index, "an equal document made anew derives its own")
        XCTAssertEqual(other, document, "the memo is no part of equality")
    }
}
