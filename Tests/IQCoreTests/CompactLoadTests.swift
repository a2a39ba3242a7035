import Foundation
import XCTest
@testable import IQCore

/// The compact load (issue 17): a binary snapshot of the current format is read record by
/// record, repeated values share one storage, and none of it shows: the document is the one the
/// whole-tree reading gives, and a damaged file fails as before.
final class CompactLoadTests: XCTestCase {
    let savedAt = Date(timeIntervalSince1970: 1_790_000_000.5)
    static let occupation = "Gesundheits- und Krankenpfleger/in"
    var occupation: String { Self.occupation }
    var document: Document { Self.document(savedAt: savedAt) }

    /// The seed with cases that use every kind of field, several sharing long values.
    static func document(savedAt: Date) -> Document {
        var d = Seed.document
        let meta = RecordMeta(revision: 4, modifiedAt: savedAt, modifiedBy: "anna")
        for i in 0..<40 {
            var c = Case(id: RecordID("case.\(i)"), meta: meta, number: "NRW-2026-\(100_000 + i)", status: CaseStatus.allCases[i % CaseStatus.allCases.count])
            c.person.firstName = "Vorname \(i)"
            c.person.lastName = "Nachname mit einer langen Form \(i)"
            c.person.birthYear = 1970 + i
            c.referenzberuf = occupation
            c.qualification = "\(occupation) (Ausland) \(i % 3)"
            c.nationality = "SY"
            c.residence = "Mönchengladbach-Rheydt"
            c.counsellor = "Beraterin mit langem Namen"
            c.siteID = d.sites.items[i % d.sites.count].id
            c.applicationDate = Day(year: 2025, month: 1 + i % 12, day: 1 + i % 28)
            c.recognition.endDate = Day(year: 2026, month: 12, day: 31)
            c.timeline = [TimelineEntry(day: Day(year: 2024, month: 3, day: 2)!, kind: .status(from: .firstCounselling, to: c.status), note: "Notiz"),
                          TimelineEntry(day: Day(year: 2024, month: 4, day: 5)!, kind: .appointment(channel: .video), time: ClockTime(parsing: "09:30"), minutes: 60)]
            c.furtherReferenzberufe = i % 2 == 0 ? ["Altenpfleger/in", occupation] : []
            d.cases.put(c)
        }
        return d
    }

    func testTheStreamedLoadGivesTheDocumentTheWholeTreeGives() throws {
        let original = document
        let bytes = SnapshotCodec.encode(original, format: .binary, savedAt: savedAt, savedBy: "anna")
        let streamed = try XCTUnwrap(SnapshotCodec.streamedDocument(bytes, path: "x"), "a current binary file is streamed")
        let (tree, treeHeader) = try SnapshotCodec.document(from: try PropertyList.decodeAny(bytes), path: "x")
        XCTAssertEqual(streamed.0, original)
        XCTAssertEqual(streamed.0, tree)
        XCTAssertEqual(streamed.0.cases.items.map(\.id), original.cases.items.map(\.id), "order kept")
        XCTAssertEqual(streamed.0.partners.items.map(\.id), original.partners.items.map(\.id))
        XCTAssertEqual(streamed.1, treeHeader)
        // And it is what a load gives.
        XCTAssertEqual(try SnapshotCodec.decode(bytes, path: "x").0, original)
    }

    func testRepeatedValuesShareOneStorageAfterALoad() throws {
        let bytes = SnapshotCodec.encode(document, format: .binary, savedAt: savedAt, savedBy: "anna")
        let cases = try SnapshotCodec.decode(bytes, path: "x").0.cases.items
        func storage(_ s: String) -> UnsafePointer<UInt8>? {
            var s = s
            return s.withUTF8 { $0.baseAddress }
        }
        for field in [\Case.referenzberuf, \Case.residence, \Case.counsellor] {
            XCTAssertEqual(Set(cases.map { storage($0[keyPath: field]) }).count, 1, "one storage for \(field)")
        }
        XCTAssertEqual(storage(cases[0].furtherReferenzberufe[1]), storage(cases[1].referenzberuf))
        // Different values stay different, of course.
        XCTAssertEqual(Set(cases.map(\.person.lastName)).count, cases.count)
    }

    func testOlderFilesAndXMLStillGoTheWholeTreeWay() throws {
        let xml = SnapshotCodec.encode(document, format: .xml, savedAt: savedAt, savedBy: "anna")
        XCTAssertNil(SnapshotCodec.streamedDocument(xml, path: "x"))
        var old = SnapshotCodec.plist(Seed.document, savedAt: savedAt, savedBy: "anna")
        guard case .dict(var pairs) = old else { return XCTFail("not a dictionary") }
        pairs[0] = ("formatVersion", .integer(2))
        old = .dict(pairs)
        XCTAssertNil(SnapshotCodec.streamedDocument(BinaryPlist.encode(old), path: "x"), "a version-2 file is migrated on the tree")
        XCTAssertEqual(try SnapshotCodec.decode(BinaryPlist.encode(old), path: "x").0, Seed.document)
    }

    func testAProblemInARecordGivesTheSameErrorAsBefore() throws {
        var root = SnapshotCodec.plist(document, savedAt: savedAt, savedBy: "anna")
        guard case .dict(var pairs) = root, let i = pairs.firstIndex(where: { $0.0 == "cases" }), case .array(var cases) = pairs[i].1,
              case .dict(var first) = cases[3] else { return XCTFail("no cases") }
        first.removeAll { $0.0 == "status" }
        cases[3] = .dict(first)
        cases.append(cases[0])
        pairs[i].1 = .array(cases)
        root = .dict(pairs)
        let bytes = BinaryPlist.encode(root)
        XCTAssertNil(SnapshotCodec.streamedDocument(bytes, path: "x"))
        XCTAssertThrowsError(try SnapshotCodec.decode(bytes, path: "/d/iq-tui.plist")) { error in
            XCTAssertEqual(error as? SnapshotError, .wrongSchema(path: "/d/iq-tui.plist", detail: "cases[3].status: missing"))
        }
    }

    func testADayIsFourBytesAndKeepsItsOrderTextAndCoding() throws {
        XCTAssertLessThanOrEqual(MemoryLayout<Day?>.size, 5)
        let days = [Day(year: 1900, month: 1, day: 1), Day(year: 2026, month: 2, day: 28), Day(year: 2026, month: 3, day: 1),
                    Day(year: 2026, month: 12, day: 31), Day(year: 2200, month: 12, day: 31)].compactMap { $0 }
        XCTAssertEqual(days.count, 5)
        XCTAssertEqual(days, days.sorted())
        XCTAssertEqual(days.map(\.year), [1900, 2026, 2026, 2026, 2200])
        XCTAssertEqual(days.map(\.month), [1, 2, 3, 12, 12])
        XCTAssertEqual(days.map(\.day), [1, 28, 1, 31, 31])
        XCTAssertEqual(days[3].text(.de), "31.12.2026")
        XCTAssertEqual(Day(parsing: "2026-02-28"), days[1])
        let json = try JSONEncoder().encode(days[1])
        XCTAssertEqual(try JSONSerialization.jsonObject(with: json) as? [String: Int], ["year": 2026, "month": 2, "day": 28])
        XCTAssertEqual(try JSONDecoder().decode(Day.self, from: json), days[1])
    }
}
