import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// `iq-tui export partners` and `iq-tui import partners`, run as the built program against a
/// private HOME and XDG_DATA_HOME.
final class PartnerCommandTests: XCTestCase {
    private var home = ""
    private var dataPath: String { home + "/xdg/iq-tui/iq-tui.plist" }

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-partner-cmd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    // MARK: Helpers

    private func run(_ arguments: [String], language: String = "de") throws -> ProgramRun.Result {
        try ProgramRun.run(arguments, home: home, language: language, user: "tester")
    }

    private func write(_ name: String, _ text: String) -> String {
        let path = home + "/" + name
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return name
    }

    private func dataBytes() -> Data? { FileManager.default.contents(atPath: dataPath) }

    /// A data file with the seed, written as XML (so the test also sees the format kept).
    private func createDataFile() throws {
        try ProgramDataFile.write(SnapshotCodec.encode(Seed.document, format: .xml, savedAt: Date(), savedBy: "setup"), to: dataPath)
    }

    private let badCSV = """
        Name;Kategorie;E-Mail
        Neue Beratungsstelle;Träger;info@beratung.de
        Kaputt;Kammern;keine-adresse
        ;Kammern;
        """

    // MARK: Export

    func testExportWritesEveryFormatAndExitsZero() throws {
        let csv = try run(["export", "partners"])
        XCTAssertEqual(csv.status, 0, csv.err)
        let lines = csv.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 93)
        XCTAssertEqual(lines.first, "\u{FEFF}ID;Name;Kurzname;Kategorie;Ebene;Handlungsfelder;Orte;Rolle;Website;E-Mail;Telefon;Anschrift")
        XCTAssertTrue(csv.err.contains("eingebauten Netzwerkdaten"), csv.err)
        XCTAssertNil(dataBytes(), "export never creates the data file")

        let english = try run(["export", "partners", "--format", "csv"], language: "en")
        XCTAssertTrue(english.out.hasPrefix("\u{FEFF}ID,Name,Short name,"))

        let json = try run(["export", "partners", "--format=json"])
        XCTAssertEqual(json.status, 0, json.err)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [Any]
        XCTAssertEqual(parsed?.count, 92)

        let vcard = try run(["export", "partners", "--format", "vcard"])
        XCTAssertEqual(vcard.status, 0, vcard.err)
        XCTAssertEqual(vcard.out.components(separatedBy: "BEGIN:VCARD\r\n").count - 1, 92)
    }

    func testExportSortsByNameAndReportsAnUnreadableFile() throws {
        try createDataFile()
        let csv = try run(["export", "partners"])
        XCTAssertEqual(csv.status, 0)
        XCTAssertEqual(csv.err, "")
        let names = PartnerExchange.sortedByName(Seed.partners).map(\.id.rawValue)
        let ids = csv.out.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ";").first.map(String.init) }
        XCTAssertEqual(ids, names)

        XCTAssertTrue(FileManager.default.createFile(atPath: dataPath, contents: Data("kaputt".utf8)))
        let broken = try run(["export", "partners"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.out, "")
        XCTAssertTrue(broken.err.contains(dataPath), broken.err)
    }

    // MARK: Import

    func testImportOfAGoodFileChangesTheDataFile() throws {
        try createDataFile()
        let file = write("gut.csv", "ID;Name;E-Mail\r\npartner.iq-nrw;IQ Netzwerk NRW;info@iq-netzwerk-nrw.de\r\n;Neue Initiative;\r\n")
        let result = try run(["import", "partners", file])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("2 Partner importiert (1 neu, 1 aktualisiert), 1 Warnung"), result.out)
        XCTAssertTrue(result.err.contains("gut.csv, Zeile 3: Warnung:"), result.err)

        let loaded = try ProgramDataFile.load(dataPath)
        XCTAssertEqual(loaded.format, .xml, "the file keeps its format")
        XCTAssertEqual(loaded.document.partners.count, 93)
        let nrw = try XCTUnwrap(loaded.document.partners["partner.iq-nrw"])
        XCTAssertEqual(nrw.email, "info@iq-netzwerk-nrw.de")
        XCTAssertEqual(nrw.relations, Seed.document.partners["partner.iq-nrw"]?.relations)
        XCTAssertEqual(nrw.meta.revision, 2)
        XCTAssertEqual(nrw.meta.modifiedBy, "tester")
        XCTAssertTrue(loaded.document.partners.items.contains { $0.name == "Neue Initiative" && $0.category == .project })
        XCTAssertTrue(FileManager.default.fileExists(atPath: dataPath + ".backup-1"))

        let check = try run(["check"])
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.contains("93 Partner"), check.out)
    }

    func testImportWithoutADataFileStartsFromTheSeed() throws {
        let result = try run(["import", "partners", write("a.csv", "Name,Category\nNew place,provider\n")], language: "en")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Partners imported: 1 (1 new, 0 updated), 0 warnings."), result.out)
        let loaded = try ProgramDataFile.load(dataPath)
        XCTAssertEqual(loaded.document.partners.count, 93)
        XCTAssertEqual(loaded.format, .binary)
    }

    func testABadFileImportsNothingAndLeavesTheDataFileAlone() throws {
        try createDataFile()
        let before = try XCTUnwrap(dataBytes())
        let result = try run(["import", "partners", write("schlecht.csv", badCSV)])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("schlecht.csv, Zeile 3: Fehler:"), result.err)
        XCTAssertTrue(result.err.contains("schlecht.csv, Zeile 4: Fehler: Der Name fehlt."), result.err)
        XCTAssertTrue(result.err.contains("--skip-invalid"), result.err)
        XCTAssertEqual(dataBytes(), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataPath + ".backup-1"))

        let unterminated = try run(["import", "partners", write("offen.csv", "Name\n\"offen\n"), "--skip-invalid"])
        XCTAssertEqual(unterminated.status, 1)
        XCTAssertEqual(dataBytes(), before)
    }

    func testSkipInvalidImportsTheGoodRows() throws {
        try createDataFile()
        let result = try run(["import", "partners", write("schlecht.csv", badCSV), "--skip-invalid"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains("2 Zeilen mit Fehlern übersprungen"), result.err)
        XCTAssertTrue(result.out.contains("1 Partner importiert (1 neu, 0 aktualisiert)"), result.out)
        let partners = try ProgramDataFile.load(dataPath).document.partners
        XCTAssertEqual(partners.count, 93)
        XCTAssertTrue(partners.items.contains { $0.name == "Neue Beratungsstelle" && $0.category == .provider })
    }

    func testRefusalsAndUnreadableInput() throws {
        let readOnly = try run(["import", "partners", write("a.csv", "Name\nX\n"), "--read-only"])
        XCTAssertEqual(readOnly.status, 1)
        XCTAssertNil(dataBytes())

        let missing = try run(["import", "partners", "gibt-es-nicht.csv"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("gibt-es-nicht.csv"), missing.err)

        XCTAssertTrue(FileManager.default.createFile(atPath: home + "/latin1.csv", contents: Data([0x4E, 0x61, 0x6D, 0x65, 0x0A, 0x4B, 0xF6, 0x6C, 0x6E, 0x0A])))
        let latin = try run(["import", "partners", "latin1.csv"], language: "en")
        XCTAssertEqual(latin.status, 1)
        XCTAssertTrue(latin.err.contains("not UTF-8") && latin.err.contains("line 2"), latin.err)
        XCTAssertNil(dataBytes())

        let usage = try run(["import", "partners"])
        XCTAssertEqual(usage.status, 2)
    }
}
