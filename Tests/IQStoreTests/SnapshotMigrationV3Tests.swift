import Foundation
import XCTest
@testable import IQCore
@testable import IQStore

/// 2 → 3: the coded case fields. The fixtures snapshot-v2-cases.* were written once by the
/// version-2 code (free-text countries and residence titles) and are never regenerated.
final class SnapshotMigrationV3Tests: XCTestCase {
    private func load(_ name: String) throws -> SnapshotFile.Loaded {
        try SnapshotFile(path: SnapshotMigrationTests.fixtures.appendingPathComponent(name).path).load()
    }

    func testVersion2CasesLoadWithCodes() throws {
        for name in ["snapshot-v2-cases.bplist", "snapshot-v2-cases.xml"] {
            let loaded = try load(name)
            XCTAssertEqual(loaded.header.formatVersion, 2, name)
            let cases = loaded.document.cases
            let note = SnapshotMigrations.residenceNoteLabel
            // Names in either language, an adjective and a code become codes.
            XCTAssertEqual(cases["case.a"]?.nationality, "SY", name)
            XCTAssertEqual(cases["case.a"]?.countryOfTraining, "SY", name)
            XCTAssertEqual(cases["case.b"]?.nationality, "TR", "türkisch: \(name)")
            XCTAssertEqual(cases["case.b"]?.countryOfTraining, "TR", name)
            XCTAssertEqual(cases["case.c"]?.nationality, "PL", name)
            XCTAssertEqual(cases["case.d"]?.nationality, "UA", name)
            XCTAssertEqual(cases["case.d"]?.countryOfTraining, "UA", name)
            // Text that names no country stays as it was.
            XCTAssertEqual(cases["case.c"]?.countryOfTraining, "Atlantis", name)
            // Residence titles; the typed text is kept in the notes, nothing is lost.
            XCTAssertEqual(cases["case.a"]?.residenceStatus, .humanitarian25, name)
            XCTAssertEqual(cases["case.a"]?.notes, "Unterlagen vollständig\n\(note): § 25 Abs. 2 AufenthG", name)
            XCTAssertEqual(cases["case.b"]?.residenceStatus, .blueCard18g, name)
            XCTAssertEqual(cases["case.b"]?.notes, "\(note): Blaue Karte EU", name)
            XCTAssertEqual(cases["case.c"]?.residenceStatus, .other, "unmappable: \(name)")
            XCTAssertEqual(cases["case.c"]?.notes, "\(note): Visum zur Arbeitsplatzsuche", name)
            XCTAssertEqual(cases["case.d"]?.residenceStatus, .temporaryProtection24, name)
            XCTAssertEqual(cases["case.d"]?.notes, "Kontakt über Tafel\n\(note): §24", name)
            // The rest is untouched; the new fields are empty.
            XCTAssertEqual(cases["case.a"]?.germanLevel, .b1, name)
            XCTAssertEqual(cases["case.a"]?.cameVia, .other, name)
            XCTAssertEqual(cases["case.a"]?.referenzberuf, "Ärztin/Arzt", name)
            XCTAssertEqual(cases["case.a"]?.counsellingContacts(asOf: nil), 2, name)
            XCTAssertEqual(cases["case.a"]?.furtherReferenzberufe, [], name)
            XCTAssertNil(cases["case.a"]?.counsellingResult, name)
        }
    }

    func testAnExactTitleNeedsNoNoteAndAnEmptyOneStaysEmpty() throws {
        let exact = SnapshotMigrations.codeCase(.dict([("residenceStatus", .string("eingebürgert")), ("nationality", .string("Deutschland"))]))
        XCTAssertEqual(exact, .dict([("nationality", .string("DE")), ("residenceStatus", .string("naturalised"))]))
        let empty = SnapshotMigrations.codeCase(.dict([("residenceStatus", .string("  ")), ("notes", .string("n"))]))
        XCTAssertEqual(empty, .dict([("notes", .string("n"))]))
    }

    func testTheMigratedDocumentSavesAsVersion3AndLoadsTheSame() throws {
        let document = try load("snapshot-v2-cases.xml").document
        let bytes = SnapshotCodec.encode(document, format: .xml, savedAt: Date(timeIntervalSince1970: 0), savedBy: "t")
        let (again, header) = try SnapshotCodec.decode(bytes, path: "x")
        XCTAssertEqual(header.formatVersion, 3)
        XCTAssertEqual(again, document, "migrating a version-3 file changes nothing")
    }
}
