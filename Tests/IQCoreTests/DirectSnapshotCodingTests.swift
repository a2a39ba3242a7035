import Foundation
import XCTest
@testable import IQCore

/// Records written straight into the binary object table and read straight from the bytes
/// (issue 17): the file is the property list the tree of values gives, for our reader and for
/// Foundation's, and a record the direct reader does not fully understand goes the whole-tree way.
final class DirectSnapshotCodingTests: XCTestCase {
    let savedAt = Date(timeIntervalSince1970: 1_790_000_000.25)

    /// The compact-load document (every kind of case field) plus a case with all the rest.
    var document: Document {
        var d = CompactLoadTests.document(savedAt: savedAt)
        var c = Case(id: "case.full", meta: RecordMeta(revision: 2, modifiedAt: savedAt, modifiedBy: "ben"), number: "NRW-2026-999999", status: .decisionReceived)
        c.person.sex = .diverse
        c.person.phone = "0211 123"
        c.person.email = "x@example.org"
        c.yearOfEntry = 2015
        c.residenceStatus = .other
        c.benefits = .sgbII
        c.germanLevel = .b2
        c.regulated = .regulated
        c.authority = "Bezirksregierung Düsseldorf"
        c.authorityID = "authority.x"
        c.cameVia = .jobcenter
        c.decision = .partial
        c.decisionDate = Day(year: 2026, month: 5, day: 4)
        c.consentDate = Day(year: 2025, month: 1, day: 2)
        c.deletionDate = Day(year: 2030, month: 1, day: 2)
        c.notes = "Zeile 1\nZeile 2 😀"
        c.counsellingChannel = .video
        c.counsellingResult = CounsellingResult.allCases.first
        c.firstCounsellingDate = Day(year: 2025, month: 1, day: 2)
        c.recognition.compensation = .adaptationCourse
        c.recognition.adaptationMonths = 6
        c.recognition.grant = .granted
        c.recognition.grantAmount = .euros(600)
        c.recognition.fees = .euros(120)
        c.timeline = [TimelineEntry(day: Day(year: 2025, month: 2, day: 3)!, kind: .referral(partner: "partner.whkt")),
                      TimelineEntry(day: Day(year: 2025, month: 3, day: 3)!, kind: .appointment(channel: .phone), time: ClockTime(parsing: "10:15"), minutes: 30, cancelled: true)]
        d.cases.put(c)
        return d
    }

    func testTheDirectFileIsTheTreesPropertyList() throws {
        let original = document
        let bytes = SnapshotCodec.encode(original, format: .binary, savedAt: savedAt, savedBy: "anna")
        let tree = SnapshotCodec.plist(original, savedAt: savedAt, savedBy: "anna")
        XCTAssertEqual(try BinaryPlist.decode(bytes), tree)
        XCTAssertEqual(bytes.count, BinaryPlist.encode(tree).count, "the same objects, shared the same way")
        XCTAssertEqual(try SnapshotCodec.decode(bytes, path: "x").0, original)
    }

    func testFoundationReadsTheDirectFile() throws {
        let original = document
        let bytes = SnapshotCodec.encode(original, format: .binary, savedAt: savedAt, savedBy: "anna")
        let any = try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil)
        // Foundation's own binary file of what it read is the same document for us.
        let again = try PropertyListSerialization.data(fromPropertyList: any, format: .binary, options: 0)
        XCTAssertEqual(try SnapshotCodec.decode([UInt8](again), path: "x").0, original)
    }

    /// Changes the first case's dictionary in the tree and encodes it the old way.
    func bytes(changingFirstCase change: (inout [(String, PlistValue)]) -> Void) throws -> [UInt8] {
        guard case .dict(var pairs) = SnapshotCodec.plist(document, savedAt: savedAt, savedBy: "anna"),
              let i = pairs.firstIndex(where: { $0.0 == "cases" }), case .array(var cases) = pairs[i].1,
              case .dict(var first) = cases[0] else { throw XCTSkip("no cases") }
        change(&first)
        cases[0] = .dict(first)
        pairs[i].1 = .array(cases)
        return BinaryPlist.encode(.dict(pairs))
    }

    func testARecordTheDirectReaderDoesNotFullyReadGoesTheWholeTreeWay() throws {
        let unknown = try bytes { $0.append(("colour", .string("blau"))) }
        let unread = try bytes { $0.append(("target", .string("partner.x"))) }
        let twice = try bytes { $0.append(("number", .string("NRW-2026-000000"))) }
        for (name, file) in [("unknown key", unknown), ("a key no case reads", unread), ("a key given twice", twice)] {
            XCTAssertNil(SnapshotCodec.streamedDocument(file, path: "x"), name)
            let (tree, _) = try SnapshotCodec.document(from: try PropertyList.decodeAny(file), path: "x")
            XCTAssertEqual(try SnapshotCodec.decode(file, path: "x").0, tree, name)
            XCTAssertEqual(tree.cases.count, document.cases.count, name)
        }
    }

    func testAWrongTypeGivesTheWholeTreesError() throws {
        let file = try bytes { fields in
            guard let i = fields.firstIndex(where: { $0.0 == "person" }) else { return }
            fields[i].1 = .dict([("firstName", .integer(3))])
        }
        XCTAssertNil(SnapshotCodec.streamedDocument(file, path: "x"))
        XCTAssertThrowsError(try SnapshotCodec.decode(file, path: "/d/f.plist")) { error in
            XCTAssertEqual(error as? SnapshotError, .wrongSchema(path: "/d/f.plist", detail: "cases[0].person.firstName: expected text"))
        }
    }
}

/// A case in memory (issue 17: 100,000 of them at once): no padding between its fields, its
/// recognition details boxed and absent when empty, and none of that visible.
final class CompactCaseTests: XCTestCase {
    func testACaseTakesNoMoreThan424Bytes() {
        XCTAssertLessThanOrEqual(MemoryLayout<Case>.stride, 424, "was 544")
    }

    func testTheRecognitionDetailsReadAndChangeAsAField() {
        var c = Case(id: "case.1", meta: .seed, number: "NRW-2026-000001")
        XCTAssertTrue(c.recognition.isEmpty)
        let copy = c
        c.recognition.fees = .euros(120)
        c.recognition.endDate = Day(year: 2026, month: 3, day: 1)
        XCTAssertEqual(c.recognition.fees, .euros(120))
        XCTAssertTrue(copy.recognition.isEmpty, "a copy keeps its own details")
        XCTAssertNotEqual(c, copy)
        var same = copy
        same.recognition.fees = .euros(120)
        same.recognition.endDate = Day(year: 2026, month: 3, day: 1)
        XCTAssertEqual(c, same, "equal details, equal cases, whatever their boxes")
        c.recognition = RecognitionDetails()
        XCTAssertEqual(c, copy, "emptied details are no details")
    }
}
