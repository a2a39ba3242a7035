import Foundation
import XCTest
@testable import IQCore
import IQRandom

/// A randomised property of the three-way merge: nothing is dropped silently.
final class DocumentMergePropertyTests: XCTestCase, DocumentMergeTesting {
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
}
