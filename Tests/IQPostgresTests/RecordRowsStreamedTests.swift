import Foundation
import IQCore
import IQTestSupport
import XCTest
@testable import IQPostgres

/// Rows read straight from their records' bytes (`RecordRows.streamed`) give what the whole-tree
/// way gives, and anything unusual is left to the whole-tree way, with its exact error.
final class RecordRowsStreamedTests: XCTestCase {
    private static func stored(_ document: Document) -> [RecordTableName: [StoredRecord]] {
        RecordRows.rows(of: document).mapValues { $0.map { StoredRecord(id: $0.id, site: $0.extra.first ?? nil, format: $0.format, record: $0.record) } }
    }

    private static let document: Document = {
        var document = RecordRowsTests.document(cases: [(site: "site.whkt-duesseldorf", status: .applied, year: 2025),
                                                        (site: nil, status: .closed, year: 2026), (site: "site.mozaik-bielefeld", status: .onHold, year: 2024)])
        for partner in Fixture.partners { _ = document.partners.put(partner) }
        return document
    }()

    private static let current: Set<Int> = [SnapshotCodec.formatVersion]

    /// `document(from:)` on `stored` as the whole-tree way alone: the same document, or the same error.
    private func assertAsWholeTree(_ stored: [RecordTableName: [StoredRecord]], file: StaticString = #filePath, line: UInt = #line) {
        let formats = Set(stored.values.flatMap { $0.map(\.format) })
        switch (Result { () throws(DatabaseError) in try RecordRows.document(from: stored, savedBy: "") },
                Result { () throws(DatabaseError) in try RecordRows.wholeTree(stored, formats: formats, savedBy: "") }) {
        case (.success(let a), .success(let b)): XCTAssertTrue(a == b, "not the whole tree's document", file: file, line: line)
        case (.failure(let a), .failure(let b)): XCTAssertEqual(a, b, file: file, line: line)
        case let (a, b): XCTFail("\(a) but the whole-tree way: \(b)", file: file, line: line)
        }
    }

    func testTheStreamedDocumentIsTheWholeTreeDocument() throws {
        let stored = Self.stored(Self.document)
        let streamed = try XCTUnwrap(RecordRows.streamed(stored))
        XCTAssertTrue(streamed == (try RecordRows.wholeTree(stored, formats: Self.current, savedBy: "")))
        XCTAssertTrue(streamed == Self.document)
        XCTAssertEqual(streamed.cases.count, 3)
        XCTAssertEqual(streamed.partners.count, Self.document.partners.count)
    }

    func testManyRecordsAreReadInPartsAtOnceAndPutInTheirOrder() throws {
        let many = RecordRowsTests.document(cases: (0..<2_500).map { n in
            (site: n % 3 == 0 ? nil : "site.whkt-duesseldorf", status: n % 2 == 0 ? .applied : .closed, year: 2020 + n % 7)
        })
        var stored = Self.stored(many)
        let streamed = try XCTUnwrap(RecordRows.streamed(stored, parts: 3))
        XCTAssertTrue(streamed == (try RecordRows.wholeTree(stored, formats: Self.current, savedBy: "")))
        XCTAssertTrue(streamed == (try XCTUnwrap(RecordRows.streamed(stored, parts: 1))))
        XCTAssertEqual(streamed.cases.items.map(\.id), many.cases.items.map(\.id))
        // A record of the first part given again in the last: refused as a duplicate, as on the whole-tree way.
        let early = try XCTUnwrap(stored[.cases]?[3])
        stored[.cases]?.append(early)
        XCTAssertNil(RecordRows.streamed(stored, parts: 3))
        assertAsWholeTree(stored)
    }

    func testARowThatDisagreesWithItsRecordIsLeftToTheWholeTreeWay() throws {
        var stored = Self.stored(Self.document)
        let honest = try XCTUnwrap(stored[.cases]?.first)
        stored[.cases]?[0] = StoredRecord(id: honest.id, site: "site.other", format: honest.format, record: honest.record)
        XCTAssertNil(RecordRows.streamed(stored))
        assertAsWholeTree(stored)
        stored = Self.stored(Self.document)
        let partner = try XCTUnwrap(stored[.partners]?.first)
        stored[.partners]?.append(StoredRecord(id: "p.copy", format: partner.format, record: partner.record))
        XCTAssertNil(RecordRows.streamed(stored))
        assertAsWholeTree(stored)
    }

    func testRecordsTheFastReaderRefusesAreReadTheWholeTreeWay() throws {
        var stored = Self.stored(Self.document)
        let original = try XCTUnwrap(stored[.cases]?[1])
        let tree = try PropertyList.decodeAny(original.record)
        // The same record as XML: not for the binary reader, a record for the codec.
        stored[.cases]?[1].record = XMLPlist.encode(tree)
        XCTAssertNil(RecordRows.streamed(stored))
        XCTAssertEqual(try RecordRows.document(from: stored, savedBy: "").cases.count, 3)
        assertAsWholeTree(stored)
        // A key the program does not know, a field of the wrong type, bytes that are no record.
        for record in [plistReplacing(tree, key: "fromTheFuture", with: .integer(1)), plistReplacing(tree, key: "number", with: .integer(7))]
            .map(BinaryPlist.encode) + [[0x62, 0x70, 0x6C, 0x69, 0x73, 0x74, 0x30, 0x30]] {
            stored[.cases]?[1].record = record
            XCTAssertNil(RecordRows.streamed(stored))
            assertAsWholeTree(stored)
        }
    }
}
