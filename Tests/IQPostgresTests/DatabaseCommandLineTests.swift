import Foundation
import IQCore
import IQTestSupport
import XCTest
@testable import IQPostgres

/// The `db` commands as a person types them, through the built program.
final class DatabaseCommandLineTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                           appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true).path
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: home) }

    #if PostgreSQL
    func testAFileGoesInAndComesOutTheSame() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let document = RecordRowsTests.document(cases: [(site: "site.whkt-duesseldorf", status: .applied, year: 2025)])
        let input = home + "/in.plist", output = home + "/out.plist"
        try Data(SnapshotCodec.encode(document, format: .binary, savedAt: Date(), savedBy: "t")).write(to: URL(fileURLWithPath: input))
        let store = "--store=" + db.connection
        let initialised = try ProgramRun.run(["db", "init", store], home: home)
        XCTAssertEqual(initialised.status, 0, initialised.err)
        XCTAssertTrue(initialised.out.contains("Schema angelegt"))
        let imported = try ProgramRun.run(["db", "import", input, store], home: home, language: "en")
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.contains("Imported: \(document.partners.count) partners"), imported.out)
        let exported = try ProgramRun.run(["db", "export", output, store], home: home)
        XCTAssertEqual(exported.status, 0, exported.err)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
        XCTAssertEqual(SnapshotFormat.detect(bytes), .binary)
        XCTAssertEqual(try SnapshotCodec.decode(bytes, path: output).0, RecordRowsTests.sortedByID(document))
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600)
        // XML on request (its dates keep whole seconds only, so binary is the default).
        let xml = home + "/out.xml.plist"
        XCTAssertEqual(try ProgramRun.run(["db", "export", xml, store, "--format=xml"], home: home).status, 0)
        XCTAssertEqual(SnapshotFormat.detect([UInt8](try Data(contentsOf: URL(fileURLWithPath: xml)))), .xml)
        let again = try ProgramRun.run(["db", "import", input, store], home: home)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("füllt nur eine leere Datenbank"), again.err)
    }

    func testAPasswordOnTheCommandLineIsRefused() throws {
        let run = try ProgramRun.run(["db", "migrate", "--store", "host=/nowhere password=geheim"], home: home, language: "en")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("a password does not belong in the connection string"), run.err)
        XCTAssertFalse(run.err.contains("geheim"))
    }

    /// The program on a database it cannot reach stops before the screen is taken over.
    func testTheProgramOnAnUnreachableOrPasswordedStoreStopsWithAMessage() throws {
        let password = try ProgramRun.run(["--store", "host=/nowhere password=geheim"], home: home, language: "en")
        XCTAssertEqual(password.status, 1)
        XCTAssertTrue(password.err.contains("a password does not belong in the connection string"), password.err)
        let unreachable = try ProgramRun.run(["--store", "host=/tmp/iq-nowhere-\(UUID().uuidString) dbname=iq"], home: home, language: "en")
        XCTAssertEqual(unreachable.status, 1)
        XCTAssertTrue(unreachable.err.contains(DatabaseText.connectionFailed("").text(.en).prefix(20)), unreachable.err)
        XCTAssertEqual(unreachable.out, "")
    }
    #else
    func testWithoutTheTraitTheProgramOnAStoreSaysHowToBuildIt() throws {
        let run = try ProgramRun.run(["--store", "service=iq"], home: home, language: "en")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err, DatabaseText.notBuiltIn.text(.en) + "\n")
    }

    func testWithoutTheTraitTheCommandsSayHowToBuildThem() throws {
        let run = try ProgramRun.run(["db", "import", home + "/missing.plist"], home: home, language: "en")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err, DatabaseText.notBuiltIn.text(.en) + "\n")
    }
    #endif
}
