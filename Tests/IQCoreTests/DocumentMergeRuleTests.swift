import Foundation
import XCTest
@testable import IQCore
import IQRandom

/// Three-way merge of documents, the rules per record: the same change on both sides, a change
/// on one side only, and conflicts.
final class DocumentMergeRuleTests: XCTestCase, DocumentMergeTesting {
    // MARK: Nothing changed, or the same change on both sides

    func testIdenticalDocumentsGiveNoConflictsAndNoChange() {
        let doc = F.base()
        let result = merge(doc, doc, doc)
        XCTAssertEqual(result.document, doc)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)

        let empty = merge(Document(), Document(), Document())
        XCTAssertEqual(empty, MergeResult(document: Document(), conflicts: [], takenFromTheirs: 0))
    }

    func testBothMadeTheSameChange() {
        let base = F.base()
        var mine = base, theirs = base
        let renamed = F.edited(F.beta, "Beta neu", by: "both")
        mine.partners.put(renamed)
        theirs.partners.put(renamed)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testBothDeletedTheSameRecord() {
        let base = F.base()
        var mine = base, theirs = base
        mine.partners.remove(F.beta.id)
        theirs.partners.remove(F.beta.id)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.document, mine)
        XCTAssertNil(result.document.partners[F.beta.id])
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testBothAddedTheSameRecord() {
        let base = F.base()
        var mine = base, theirs = base
        let delta = F.partner("p.delta", "Delta", by: "both")
        mine.partners.put(delta)
        theirs.partners.put(delta)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    // MARK: Only they changed it: theirs comes in

    func testTheyAdded() {
        let base = F.base()
        var theirs = base
        let delta = F.partner("p.delta", "Delta", by: "them")
        theirs.partners.put(delta)
        let result = merge(base, base, theirs)
        XCTAssertEqual(result.document, theirs)
        XCTAssertEqual(result.document.partners[delta.id], delta)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 1)
    }

    func testTheyChanged() {
        let base = F.base()
        var theirs = base
        let renamed = F.edited(F.beta, "Beta (ihre)", by: "them")
        theirs.partners.put(renamed)
        let result = merge(base, base, theirs)
        XCTAssertEqual(result.document.partners[F.beta.id], renamed)
        XCTAssertEqual(ids(result.document.partners), ["p.alpha", "p.beta", "p.gamma"], "changed in place")
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 1)
    }

    func testTheyDeleted() {
        let base = F.base()
        var theirs = base
        theirs.partners.remove(F.beta.id)
        let result = merge(base, base, theirs)
        XCTAssertNil(result.document.partners[F.beta.id])
        XCTAssertEqual(result.document, theirs)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 1)
    }

    // MARK: Only I changed it: mine stays

    func testIAdded() {
        let base = F.base()
        var mine = base
        mine.partners.put(F.partner("p.delta", "Delta", by: "me"))
        let result = merge(base, mine, base)
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testIChanged() {
        let base = F.base()
        var mine = base
        mine.partners.put(F.edited(F.beta, "Beta (meine)", by: "me"))
        let result = merge(base, mine, base)
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testIDeleted() {
        let base = F.base()
        var mine = base
        mine.partners.remove(F.beta.id)
        let result = merge(base, mine, base)
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testMyAndTheirChangesToDifferentRecordsCombine() {
        let base = F.base()
        var mine = base, theirs = base
        let myAlpha = F.edited(F.alpha, "Alpha (meine)", by: "me")
        let theirGamma = F.edited(F.gamma, "Gamma (ihre)", by: "them")
        mine.partners.put(myAlpha)
        mine.partners.remove(F.beta.id)
        theirs.partners.put(theirGamma)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.document.partners.items, [myAlpha, theirGamma])
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.takenFromTheirs, 1)
    }

    // MARK: Both changed it differently: conflict, mine kept provisionally

    func testBothChangedDifferentlyIsAConflict() {
        let base = F.base()
        var mine = base, theirs = base
        let myBeta = F.edited(F.beta, "Beta (meine)", by: "me")
        let theirBeta = F.edited(F.beta, "Beta (ihre)", by: "them")
        mine.partners.put(myBeta)
        theirs.partners.put(theirBeta)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts, [MergeConflict(kind: .partner, id: F.beta.id, base: .partner(F.beta),
                                                        mine: .partner(myBeta), theirs: .partner(theirBeta))])
        XCTAssertEqual(result.document, mine, "mine is kept until the conflict is resolved")
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testSameContentButDifferentMetadataIsAConflict() {
        // Records compare with their metadata: the same name typed by two people is two edits.
        let base = F.base()
        var mine = base, theirs = base
        mine.partners.put(F.edited(F.beta, "Beta neu", by: "me"))
        theirs.partners.put(F.edited(F.beta, "Beta neu", by: "them"))
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts.map(\.id), [F.beta.id])
    }

    func testIChangedTheyDeletedIsAConflictWithTheirsNil() {
        let base = F.base()
        var mine = base, theirs = base
        let myBeta = F.edited(F.beta, "Beta (meine)", by: "me")
        mine.partners.put(myBeta)
        theirs.partners.remove(F.beta.id)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts, [MergeConflict(kind: .partner, id: F.beta.id, base: .partner(F.beta),
                                                        mine: .partner(myBeta), theirs: nil)])
        XCTAssertEqual(result.document.partners[F.beta.id], myBeta)
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testIDeletedTheyChangedIsAConflictWithMineNil() {
        let base = F.base()
        var mine = base, theirs = base
        let theirBeta = F.edited(F.beta, "Beta (ihre)", by: "them")
        mine.partners.remove(F.beta.id)
        theirs.partners.put(theirBeta)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts, [MergeConflict(kind: .partner, id: F.beta.id, base: .partner(F.beta),
                                                        mine: nil, theirs: .partner(theirBeta))])
        XCTAssertNil(result.document.partners[F.beta.id], "my deletion stands until resolved")
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.takenFromTheirs, 0)
    }

    func testBothAddedTheSameIDDifferentlyIsAConflictWithBaseNil() {
        let base = F.base()
        var mine = base, theirs = base
        let myDelta = F.partner("p.delta", "Delta (meine)", by: "me")
        let theirDelta = F.partner("p.delta", "Delta (ihre)", by: "them")
        mine.partners.put(myDelta)
        theirs.partners.put(theirDelta)
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts, [MergeConflict(kind: .partner, id: "p.delta", base: nil,
                                                        mine: .partner(myDelta), theirs: .partner(theirDelta))])
        XCTAssertEqual(result.document, mine)
        XCTAssertEqual(result.takenFromTheirs, 0)
    }
}
