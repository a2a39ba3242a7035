import Foundation
import XCTest
@testable import IQCore
import IQRandom

/// Resolving the conflicts of a three-way merge.
final class DocumentMergeResolutionTests: XCTestCase, DocumentMergeTesting {
    /// Merges, checks there is exactly one conflict, and returns the merged document with it.
    private func singleConflict(_ base: Document, _ mine: Document, _ theirs: Document,
                                file: StaticString = #filePath, line: UInt = #line) -> (Document, MergeConflict)? {
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts.count, 1, file: file, line: line)
        guard let conflict = result.conflicts.first else { return nil }
        return (result.document, conflict)
    }

    func testResolveBothChanged() throws {
        let base = F.base()
        var mine = base, theirs = base
        let myBeta = F.edited(F.beta, "Beta (meine)", by: "me")
        let theirBeta = F.edited(F.beta, "Beta (ihre)", by: "them")
        mine.partners.put(myBeta)
        theirs.partners.put(theirBeta)
        let (merged, conflict) = try XCTUnwrap(singleConflict(base, mine, theirs))

        XCTAssertEqual(conflict.resolution(.mine, newID: "p.copy"), .batch([]))
        XCTAssertEqual(resolved(merged, conflict, .mine), mine)
        XCTAssertEqual(resolved(merged, conflict, .theirs),
                       Document(partners: [F.alpha, theirBeta, F.gamma], sites: [F.essen], measures: [F.bridge]))

        var copy = theirBeta
        copy.id = "p.copy"
        copy.name = "Beta (ihre) (2)"
        XCTAssertEqual(resolved(merged, conflict, .both),
                       Document(partners: [F.alpha, myBeta, F.gamma, copy], sites: [F.essen], measures: [F.bridge]))
    }

    func testResolveIChangedTheyDeleted() throws {
        let base = F.base()
        var mine = base, theirs = base
        mine.partners.put(F.edited(F.beta, "Beta (meine)", by: "me"))
        theirs.partners.remove(F.beta.id)
        let (merged, conflict) = try XCTUnwrap(singleConflict(base, mine, theirs))

        XCTAssertEqual(resolved(merged, conflict, .mine), mine)
        XCTAssertEqual(conflict.resolution(.theirs, newID: "p.copy"), .remove(.partner, F.beta.id))
        XCTAssertEqual(resolved(merged, conflict, .theirs), theirs)
        XCTAssertEqual(resolved(merged, conflict, .both), mine, "both keeps the version that exists: mine")
    }

    func testResolveIDeletedTheyChanged() throws {
        let base = F.base()
        var mine = base, theirs = base
        let theirBeta = F.edited(F.beta, "Beta (ihre)", by: "them")
        mine.partners.remove(F.beta.id)
        theirs.partners.put(theirBeta)
        let (merged, conflict) = try XCTUnwrap(singleConflict(base, mine, theirs))

        XCTAssertEqual(resolved(merged, conflict, .mine), mine)
        let withTheirs = Document(partners: [F.alpha, F.gamma, theirBeta], sites: [F.essen], measures: [F.bridge])
        XCTAssertEqual(resolved(merged, conflict, .theirs), withTheirs)
        XCTAssertEqual(resolved(merged, conflict, .both), withTheirs, "both keeps the version that exists: theirs, under its own id")
    }

    func testResolveBothAddedTheSameID() throws {
        let base = F.base()
        var mine = base, theirs = base
        let myDelta = F.partner("p.delta", "Delta (meine)", by: "me")
        let theirDelta = F.partner("p.delta", "Delta (ihre)", by: "them")
        mine.partners.put(myDelta)
        theirs.partners.put(theirDelta)
        let (merged, conflict) = try XCTUnwrap(singleConflict(base, mine, theirs))

        XCTAssertEqual(resolved(merged, conflict, .mine), mine)
        XCTAssertEqual(resolved(merged, conflict, .theirs), theirs)
        let both = resolved(merged, conflict, .both, newID: "p.delta-2")
        XCTAssertEqual(both.partners.items.map(\.id), ["p.alpha", "p.beta", "p.gamma", "p.delta", "p.delta-2"])
        XCTAssertEqual(both.partners["p.delta"], myDelta)
        XCTAssertEqual(both.partners["p.delta-2"]?.name, "Delta (ihre) (2)")
        XCTAssertEqual(both.partners["p.delta-2"]?.meta, theirDelta.meta)
    }

    func testResolveBothForSitesAndMeasuresRenamesTheCopy() throws {
        let base = F.base()
        var mine = base, theirs = base
        mine.sites.put(F.site(F.essen.id, "Essen (meine)", revision: 2, by: "me"))
        theirs.sites.put(F.site(F.essen.id, "Essen (ihre)", revision: 2, by: "them"))
        mine.measures.put(F.measure(F.bridge.id, "Kurs (meine)", revision: 2, by: "me"))
        theirs.measures.put(F.measure(F.bridge.id, "Kurs (ihre)", revision: 2, by: "them"))
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts.map(\.kind), [.site, .measure])

        var doc = result.document
        for (n, conflict) in result.conflicts.enumerated() {
            let edit = conflict.resolution(.both, newID: RecordID("copy.\(n)"))
            doc.apply(edit)
        }
        XCTAssertEqual(doc.sites.items.map(\.name), ["Essen (meine)", "Essen (ihre) (2)"])
        XCTAssertEqual(doc.sites.items.map(\.id), [F.essen.id, "copy.0"])
        XCTAssertEqual(doc.measures.items.map(\.name), ["Kurs (meine)", "Kurs (ihre) (2)"])
        XCTAssertEqual(doc.measures.items.map(\.id), [F.bridge.id, "copy.1"])
    }

    func testResolutionEditsUndo() throws {
        let base = F.base()
        var mine = base, theirs = base
        mine.partners.put(F.edited(F.beta, "Beta (meine)", by: "me"))
        theirs.partners.put(F.edited(F.beta, "Beta (ihre)", by: "them"))
        let (merged, conflict) = try XCTUnwrap(singleConflict(base, mine, theirs))
        for choice in [ConflictChoice.mine, .theirs, .both] {
            var doc = merged
            let undo = doc.apply(conflict.resolution(choice, newID: "p.copy"))
            doc.apply(undo)
            XCTAssertEqual(doc, merged, "undo of \(choice)")
        }
    }
}
