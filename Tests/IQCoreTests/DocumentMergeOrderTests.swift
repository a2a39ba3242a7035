import Foundation
import XCTest
@testable import IQCore
import IQRandom

/// Three-way merge of documents: kinds, order and counts, and a large document.
final class DocumentMergeOrderTests: XCTestCase, DocumentMergeTesting {
    // MARK: Kinds, order, counts

    func testKindsMergeIndependently() {
        // The same raw id in every table: each table is merged on its own.
        let shared: RecordID = "x.shared"
        let base = Document(partners: [F.partner(shared, "P")], sites: [F.site(shared, "S")],
                            measures: [F.measure(shared, "M")])
        var mine = base, theirs = base
        let theirPartner = F.partner(shared, "P (ihre)", revision: 2, by: "them")
        let mySite = F.site(shared, "S (meine)", revision: 2, by: "me")
        let myMeasure = F.measure(shared, "M (meine)", revision: 2, by: "me")
        let theirMeasure = F.measure(shared, "M (ihre)", revision: 2, by: "them")
        theirs.partners.put(theirPartner)
        mine.sites.put(mySite)
        mine.measures.put(myMeasure)
        theirs.measures.put(theirMeasure)

        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.document.partners[shared], theirPartner)
        XCTAssertEqual(result.document.sites[shared], mySite)
        XCTAssertEqual(result.document.measures[shared], myMeasure)
        XCTAssertEqual(result.conflicts, [MergeConflict(kind: .measure, id: shared, base: .measure(F.measure(shared, "M")),
                                                        mine: .measure(myMeasure), theirs: .measure(theirMeasure))])
        XCTAssertEqual(result.takenFromTheirs, 1)
    }

    func testConflictsAreSortedByKindThenID() {
        let base = Document(partners: [F.partner("p.b", "B"), F.partner("p.a", "A")],
                            sites: [F.site("s.z", "Z"), F.site("s.y", "Y")],
                            measures: [F.measure("m.2", "2"), F.measure("m.1", "1")])
        var mine = base, theirs = base
        // Touch every record on both sides differently, in an order unlike the sorted one.
        for p in base.partners.items.reversed() {
            mine.partners.put(F.partner(p.id, p.name + " mine", revision: 2, by: "me"))
            theirs.partners.put(F.partner(p.id, p.name + " theirs", revision: 2, by: "them"))
        }
        for s in base.sites.items {
            mine.sites.put(F.site(s.id, s.name + " mine", revision: 2, by: "me"))
            theirs.sites.remove(s.id)
        }
        for m in base.measures.items {
            mine.measures.remove(m.id)
            theirs.measures.put(F.measure(m.id, m.name + " theirs", revision: 2, by: "them"))
        }
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts.map { "\($0.kind.rawValue):\($0.id)" },
                       ["partner:p.a", "partner:p.b", "site:s.y", "site:s.z", "measure:m.1", "measure:m.2"])
        // Deterministic: the same merge gives the same result.
        XCTAssertEqual(merge(base, mine, theirs), result)
    }

    func testMergedOrderIsMineThenRecordsOnlyInTheirsInTheirOrder() {
        let base = F.base()  // alpha, beta, gamma
        var mine = base
        mine.partners.remove(F.alpha.id)
        mine.partners.put(F.alpha)                               // mine: beta, gamma, alpha
        mine.partners.put(F.partner("p.mine", "Mine", by: "me")) // mine: beta, gamma, alpha, mine
        var theirs = base
        theirs.partners.put(F.partner("p.zulu", "Zulu", by: "them"))
        theirs.partners.put(F.partner("p.theirs", "Theirs", by: "them"))
        theirs.partners.put(F.partner("p.kilo", "Kilo", by: "them"))
        let result = merge(base, mine, theirs)
        XCTAssertEqual(ids(result.document.partners),
                       ["p.beta", "p.gamma", "p.alpha", "p.mine", "p.zulu", "p.theirs", "p.kilo"])
        XCTAssertEqual(result.takenFromTheirs, 3)
    }

    func testTakenFromTheirsCountsAdditionsChangesAndDeletionsByThemOnly() {
        let base = F.base()
        var mine = base, theirs = base
        // Theirs only: one added partner, one changed site, one deleted measure, one deleted partner.
        theirs.partners.put(F.partner("p.delta", "Delta", by: "them"))
        theirs.sites.put(F.site(F.essen.id, "Essen (ihre)", revision: 2, by: "them"))
        theirs.measures.remove(F.bridge.id)
        theirs.partners.remove(F.gamma.id)
        // Mine only: not counted.
        mine.partners.put(F.edited(F.alpha, "Alpha (meine)", by: "me"))
        // Both the same: not counted.
        let same = F.partner("p.same", "Same", by: "both")
        mine.partners.put(same)
        theirs.partners.put(same)
        // Conflict: not counted.
        mine.partners.put(F.edited(F.beta, "Beta (meine)", by: "me"))
        theirs.partners.put(F.edited(F.beta, "Beta (ihre)", by: "them"))

        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.takenFromTheirs, 4)
        XCTAssertEqual(result.conflicts.map(\.id), [F.beta.id])
        XCTAssertNotNil(result.document.partners["p.delta"])
        XCTAssertNil(result.document.partners[F.gamma.id])
        XCTAssertNil(result.document.measures[F.bridge.id])
        XCTAssertEqual(result.document.sites[F.essen.id]?.name, "Essen (ihre)")
        XCTAssertEqual(result.document.partners[F.alpha.id]?.name, "Alpha (meine)")
    }

    // MARK: Size

    func testLargeDocumentMerges() {
        let count = 100_000
        let partners = (0..<count).map { F.partner(RecordID("p.\($0)"), "Partner \($0)") }
        let base = Document(partners: partners, sites: [F.essen], measures: [F.bridge])
        var mine = base, theirs = base
        mine.partners.put(F.partner("p.10", "Partner 10 (meine)", revision: 2, by: "me"))
        mine.partners.put(F.partner("p.new.mine", "Neu (meine)", by: "me"))
        theirs.partners.put(F.partner("p.20", "Partner 20 (ihre)", revision: 2, by: "them"))
        theirs.partners.put(F.partner("p.new.theirs", "Neu (ihre)", by: "them"))
        theirs.partners.remove("p.99999")
        mine.partners.put(F.partner("p.500", "Partner 500 (meine)", revision: 2, by: "me"))
        theirs.partners.put(F.partner("p.500", "Partner 500 (ihre)", revision: 2, by: "them"))

        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.document.partners.count, count + 1)   // +2 added, -1 deleted
        XCTAssertEqual(result.takenFromTheirs, 3)
        XCTAssertEqual(result.conflicts.map(\.id), ["p.500"])
        XCTAssertEqual(result.document.partners["p.10"]?.name, "Partner 10 (meine)")
        XCTAssertEqual(result.document.partners["p.20"]?.name, "Partner 20 (ihre)")
        XCTAssertEqual(result.document.partners["p.500"]?.name, "Partner 500 (meine)")
        XCTAssertNil(result.document.partners["p.99999"])
        XCTAssertEqual(result.document.partners.items.last?.id, "p.new.theirs")
    }
}
