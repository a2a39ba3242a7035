import Foundation
import XCTest
@testable import IQCore
import IQRandom

// Three-way merge of documents: the rules per record, order, counts, conflict resolution,
// a randomised "nothing is dropped silently" property and a large document.

/// Small records built here, so the merge tests depend on neither the seed nor other fixtures.
private enum MergeFixture {
    static let day = Date(timeIntervalSince1970: 1_700_000_000)

    static func meta(_ revision: Int, _ by: String) -> RecordMeta {
        RecordMeta(revision: revision, modifiedAt: day.addingTimeInterval(Double(revision) * 60), modifiedBy: by)
    }

    static func partner(_ id: RecordID, _ name: String, revision: Int = 1, by: String = "base") -> Partner {
        Partner(id: id, meta: meta(revision, by), name: name, category: .provider, cities: ["Köln"])
    }

    static func site(_ id: RecordID, _ name: String, revision: Int = 1, by: String = "base") -> Site {
        Site(id: id, meta: meta(revision, by), name: name, operatorID: nil, city: "Essen",
             services: [.recognitionCounselling], coordinate: GeoPoint(51.45, 7.01))
    }

    static func measure(_ id: RecordID, _ name: String, revision: Int = 1, by: String = "base") -> Measure {
        Measure(id: id, meta: meta(revision, by), name: name, fieldOfAction: .qualification, providerIDs: [],
                year: 2019, allocation: .euros(1_000), plannedParticipants: 10, costPerParticipant: .euros(100),
                isApproximate: false)
    }

    /// The partner as edited by someone: new name, next revision, their name in the metadata.
    static func edited(_ p: Partner, _ name: String, by: String) -> Partner {
        var p = p
        p.name = name
        p.meta = meta(p.meta.revision + 1, by)
        return p
    }

    static let alpha = partner("p.alpha", "Alpha")
    static let beta = partner("p.beta", "Beta")
    static let gamma = partner("p.gamma", "Gamma")
    static let essen = site("s.essen", "Beratung Essen")
    static let bridge = measure("m.bridge", "Brückenkurs")

    /// Three partners, one site, one measure.
    static func base() -> Document {
        Document(partners: [alpha, beta, gamma], sites: [essen], measures: [bridge])
    }
}

/// MergeRandom: a small deterministic generator, so the random scenarios are the same every run.
private typealias MergeRandom = SeededRandom

extension SeededRandom {
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            a.swapAt(i, below(i + 1))
        }
    }
}

final class DocumentMergeTests: XCTestCase {
    private typealias F = MergeFixture

    private func merge(_ base: Document, _ mine: Document, _ theirs: Document) -> MergeResult {
        DocumentMerge.merge(base: base, mine: mine, theirs: theirs)
    }

    private func ids(_ table: RecordTable<Partner>) -> [RecordID] { table.items.map(\.id) }

    // MARK: - Nothing changed, or the same change on both sides

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

    // MARK: - Only they changed it: theirs comes in

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

    // MARK: - Only I changed it: mine stays

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

    // MARK: - Both changed it differently: conflict, mine kept provisionally

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

    // MARK: - Kinds, order, counts

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

    // MARK: - Resolution

    /// Merges, checks there is exactly one conflict, and returns the merged document with it.
    private func singleConflict(_ base: Document, _ mine: Document, _ theirs: Document,
                                file: StaticString = #filePath, line: UInt = #line) -> (Document, MergeConflict)? {
        let result = merge(base, mine, theirs)
        XCTAssertEqual(result.conflicts.count, 1, file: file, line: line)
        guard let conflict = result.conflicts.first else { return nil }
        return (result.document, conflict)
    }

    private func resolved(_ document: Document, _ conflict: MergeConflict, _ choice: ConflictChoice,
                          newID: RecordID = "p.copy") -> Document {
        var doc = document
        doc.apply(conflict.resolution(choice, newID: newID))
        return doc
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

    // MARK: - Property: nothing is dropped silently

    /// Version `v` of the record with this id: the same (id, v) always gives an equal record,
    /// so both sides sometimes make the same change.
    private func version(_ kind: RecordKind, _ id: RecordID, _ v: Int) -> AnyRecord {
        let name = "\(id) v\(v)"
        let by = v == 0 ? "base" : "user\(v)"
        switch kind {
        case .partner: return .partner(F.partner(id, name, revision: v + 1, by: by))
        case .site: return .site(F.site(id, name, revision: v + 1, by: by))
        case .measure: return .measure(F.measure(id, name, revision: v + 1, by: by))
        case .case:
            var c = Case(id: id, meta: RecordMeta(revision: v + 1, modifiedAt: Date(timeIntervalSince1970: 1_700_000_000), modifiedBy: by), number: name)
            c.referenzberuf = name
            return .case(c)
        case .payment:
            let meta = RecordMeta(revision: v + 1, modifiedAt: Date(timeIntervalSince1970: 1_700_000_000), modifiedBy: by)
            return .payment(Payment(id: id, meta: meta, measureID: "m", providerID: nil, day: Day.endOfYear(2020), amount: .euros(Int64(v)), reference: name))
        }
    }

    private func document(_ records: [AnyRecord]) -> Document {
        var doc = Document()
        for r in records { doc.apply(.put(r)) }
        return doc
    }

    /// One side's edit of the base: keep, change to version 1 or 2, delete, or add.
    private func side(of base: AnyRecord?, _ kind: RecordKind, _ id: RecordID, _ rng: inout MergeRandom) -> AnyRecord? {
        let roll = rng.below(100)
        if base != nil {
            switch roll {
            case 0..<45: return base
            case 45..<80: return version(kind, id, 1 + rng.below(2))
            default: return nil
            }
        }
        return roll < 30 ? version(kind, id, 1 + rng.below(2)) : nil
    }

    func testNothingIsDroppedSilentlyInRandomScenarios() {
        var rng = MergeRandom(seed: 0x1DEA_5EED)
        var conflictsSeen = 0, takenSeen = 0
        for scenario in 0..<300 {
            var keys: [(RecordKind, RecordID)] = []
            for i in 0..<20 {
                let kind = RecordKind.allCases[rng.below(RecordKind.allCases.count)]
                keys.append((kind, RecordID("r.\(i)")))
            }
            var baseRecords: [AnyRecord] = [], mineRecords: [AnyRecord] = [], theirRecords: [AnyRecord] = []
            var expected: [(kind: RecordKind, id: RecordID, base: AnyRecord?, mine: AnyRecord?, theirs: AnyRecord?)] = []
            for (kind, id) in keys {
                let b: AnyRecord? = rng.below(100) < 70 ? version(kind, id, 0) : nil
                let m = side(of: b, kind, id, &rng)
                let t = side(of: b, kind, id, &rng)
                if let b { baseRecords.append(b) }
                if let m { mineRecords.append(m) }
                if let t { theirRecords.append(t) }
                expected.append((kind, id, b, m, t))
            }
            rng.shuffle(&baseRecords)
            rng.shuffle(&mineRecords)
            rng.shuffle(&theirRecords)
            let base = document(baseRecords), mine = document(mineRecords), theirs = document(theirRecords)

            let result = merge(base, mine, theirs)
            conflictsSeen += result.conflicts.count
            takenSeen += result.takenFromTheirs

            var conflictByKey: [String: MergeConflict] = [:]
            for c in result.conflicts { conflictByKey["\(c.kind.rawValue):\(c.id)"] = c }
            XCTAssertEqual(conflictByKey.count, result.conflicts.count, "scenario \(scenario): one conflict per record")

            var taken = 0
            for e in expected {
                let merged = result.document.record(e.kind, e.id)
                let conflict = conflictByKey["\(e.kind.rawValue):\(e.id)"]
                // Every version that differs from base is either in the merged document or in a conflict.
                for (sideName, version) in [("mine", e.mine), ("theirs", e.theirs)] where version != e.base {
                    let kept = merged == version
                    let inConflict = conflict.map { sideName == "mine" ? $0.mine == version : $0.theirs == version } ?? false
                    XCTAssertTrue(kept || inConflict,
                                  "scenario \(scenario): \(sideName) version of \(e.kind) \(e.id) was dropped")
                }
                // The rules themselves.
                if e.mine == e.theirs || e.theirs == e.base {
                    XCTAssertNil(conflict, "scenario \(scenario): \(e.id)")
                    XCTAssertEqual(merged, e.mine, "scenario \(scenario): \(e.id)")
                } else if e.mine == e.base {
                    XCTAssertNil(conflict, "scenario \(scenario): \(e.id)")
                    XCTAssertEqual(merged, e.theirs, "scenario \(scenario): \(e.id)")
                    taken += 1
                } else {
                    XCTAssertEqual(conflict, MergeConflict(kind: e.kind, id: e.id, base: e.base, mine: e.mine, theirs: e.theirs),
                                   "scenario \(scenario): \(e.id)")
                    XCTAssertEqual(merged, e.mine, "scenario \(scenario): mine kept provisionally for \(e.id)")
                }
            }
            XCTAssertEqual(result.takenFromTheirs, taken, "scenario \(scenario)")
            let total = result.document.partners.count + result.document.sites.count + result.document.measures.count + result.document.cases.count + result.document.payments.count
            XCTAssertEqual(total, expected.filter { result.document.record($0.kind, $0.id) != nil }.count,
                           "scenario \(scenario): no records other than the ones in play")

            // Resolving every conflict with "theirs" gives their version of each conflicting record.
            var allTheirs = result.document
            for c in result.conflicts { allTheirs.apply(c.resolution(.theirs, newID: "unused")) }
            for c in result.conflicts {
                XCTAssertEqual(allTheirs.record(c.kind, c.id), c.theirs, "scenario \(scenario): \(c.id)")
            }
        }
        XCTAssertGreaterThan(conflictsSeen, 0, "the scenarios exercise conflicts")
        XCTAssertGreaterThan(takenSeen, 0, "the scenarios exercise their changes")
    }

    // MARK: - Size

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
