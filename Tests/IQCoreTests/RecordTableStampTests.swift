import XCTest
@testable import IQCore
import IQRandom

/// Each place of a table carries the stamp of the write that put its record there; the stamps
/// move with their records. The same stamp at the same place means the same record, which lets
/// a database save skip comparing 100,000 unchanged cases.
final class RecordTableStampTests: XCTestCase {
    private func site(_ n: Int, _ city: String = "Essen") -> Site {
        Site(id: RecordID("s.\(n)"), name: "Standort \(n)", operatorID: nil, city: city, services: [], coordinate: nil)
    }

    func testStampsStayBesideTheirRecordsThroughEveryChange() {
        var random = SeededRandom(seed: 18)
        var table = RecordTable((0..<50).map { site($0) })
        for step in 0..<2_000 {
            let before = table
            let n = Int(random.next() % 60)
            switch random.next() % 3 {
            case 0: table.put(site(n, "Köln \(step)"))
            case 1: table.remove(RecordID("s.\(n)"))
            default: table.insert(site(n, "Bonn \(step)"), at: Int(random.next() % 60))
            }
            XCTAssertEqual(table.stamps.count, table.items.count)
            XCTAssertEqual(Set(table.stamps).count, table.stamps.count, "a stamp is never shared by two places")
            // Wherever a place has the same stamp as before, it holds the same record.
            for i in table.items.indices where table.sameWrite(at: i, as: before) {
                XCTAssertEqual(table.items[i], before.items[i], "step \(step) place \(i)")
            }
        }
    }

    func testOnlyThePlaceWrittenLosesItsStamp() {
        let base = RecordTable((0..<1_000).map { site($0) })
        var mine = base
        mine.put(site(500, "Dortmund"))
        let differing = mine.items.indices.filter { !mine.sameWrite(at: $0, as: base) }
        XCTAssertEqual(differing, [500])
        // The same records written again (a document read anew) share no stamp: they are
        // compared field by field, never taken as unchanged by accident.
        let reread = RecordTable(base.items)
        XCTAssertFalse(reread.items.indices.contains { reread.sameWrite(at: $0, as: base) })
        XCTAssertEqual(reread, base)
    }
}
