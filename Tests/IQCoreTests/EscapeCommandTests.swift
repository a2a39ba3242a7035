import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Every command, run as the built program on a data file whose names, notes and saved-by name
/// carry terminal sequences (OSC 52, OSC 0, CSI 2J, BEL, NUL, C1 CSI, bidi overrides): not one raw
/// control or bidi character reaches standard output or standard error (issue 13 §2).
final class EscapeCommandTests: XCTestCase {
    private var home = ""
    private var dataPath: String { home + "/data.plist" }
    private let hostile = ControlCharacterTests.hostile
    private let number = "NRW-2026-000001"

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-escape-cmd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func run(_ arguments: [String], language: String = "de", user: String = "tester") throws -> ProgramRun.Result {
        try ProgramRun.run(arguments, home: home, language: language, user: user)
    }

    /// The seed with a hostile partner, site, measure and case, saved by a hostile name.
    private func writeHostileData() throws {
        var document = Seed.document
        let meta = RecordMeta(modifiedAt: Date(timeIntervalSince1970: 1_790_000_000), modifiedBy: hostile)
        var partner = Partner(id: "p.hostile", name: hostile, category: .project)
        partner.role = "Zeile 1\n" + hostile
        partner.cities = [hostile]
        partner.meta = meta
        document.partners.put(partner)
        var site = try XCTUnwrap(document.sites.items.first { $0.coordinate != nil })
        site.name = hostile
        document.sites.put(site)
        var measure = try XCTUnwrap(document.measures.items.first)
        measure.name = hostile
        document.measures.put(measure)
        var person = CasePerson()
        person.firstName = hostile
        person.lastName = hostile
        var c = Case(id: "c1", meta: meta, number: number, person: person)
        c.notes = hostile
        c.counsellor = hostile
        c.measureID = measure.id
        document.cases.put(c)
        let bytes = SnapshotCodec.encode(document, format: .xml, savedAt: Date(timeIntervalSince1970: 1_790_000_000), savedBy: hostile)
        XCTAssertTrue(FileManager.default.createFile(atPath: dataPath, contents: Data(bytes)))
    }

    private func assertClean(_ result: ProgramRun.Result, allowCR: Bool = false, _ what: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 0, "\(what): \(result.err)", file: file, line: line)
        XCTAssertFalse(result.out.isEmpty, what, file: file, line: line)
        XCTAssertEqual(ControlCharacterTests.rawControls(result.out, allowCR: allowCR), [], "\(what) stdout", file: file, line: line)
        XCTAssertEqual(ControlCharacterTests.rawControls(result.err), [], "\(what) stderr", file: file, line: line)
    }

    func testNoCommandPrintsARawControlOrBidiCharacter() throws {
        try writeHostileData()
        let data = ["--data", dataPath]
        let check = try run(["check", dataPath])
        assertClean(check, "check")
        // The saved-by name is cleaned when the file is read.
        XCTAssertTrue(check.out.hasSuffix("von A]52;c;ZXZpbA==B]0;pwned[2J31m gpj.exexZ.\n"), check.out)

        let report = try run(["export", "case", number] + data)
        assertClean(report, "export case")
        XCTAssertTrue(report.out.contains("<U+202E>gpj.exe<U+2066>x<U+2069><U+200F>Z"), report.out)
        assertClean(try run(["export", "case", number, "--format", "json"] + data), "export case json")
        for format in ["csv", "json"] {
            assertClean(try run(["export", "cases", "--include-personal", "--format", format] + data), allowCR: true, "export cases \(format)")
        }
        for format in ["csv", "json", "vcard"] {
            assertClean(try run(["export", "partners", "--format", format] + data), allowCR: true, "export partners \(format)")
        }
        for format in ["csv", "geojson"] {
            assertClean(try run(["export", "locations", "--format", format] + data), allowCR: true, "export locations \(format)")
        }
        for format in ["text", "csv", "json"] {
            assertClean(try run(["stats", "--format", format] + data), allowCR: true, "stats \(format)")
        }
        assertClean(try run(["nearest", "Köln"] + data), "nearest")
        // A message that repeats what was typed.
        let unknown = try run(["export", "case", "NRW-\u{1B}]52;c;eA==\u{07}"] + data)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(ControlCharacterTests.rawControls(unknown.err), [], unknown.err)
        XCTAssertTrue(unknown.err.contains("NRW-^[]52;c;eA==^G"), unknown.err)
    }

    func testImportMessagesAndStoredValuesAreClean() throws {
        let csv = "Name;Rolle;E-Mail;Spalte\u{1B}]0:t\u{07}\n\"Böse\u{1B}]0;title\u{07}\u{202E} Stelle\";\"a\nb\";kaputt\u{1B}[2J\nGute\u{9B}2J Stelle;Rolle;\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: home + "/p.csv", contents: Data(csv.utf8)))
        let result = try run(["import", "partners", "p.csv", "--skip-invalid", "--data", dataPath], user: "ev\u{1B}]0;x\u{07}il\u{202E}")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(ControlCharacterTests.rawControls(result.out + result.err), [], result.err)
        // The unknown column is named, visibly; the bad e-mail, cleaned.
        XCTAssertTrue(result.err.contains("p.csv, Zeile 1: Warnung: Unbekannte Spalte „Spalte^[]0:t^G“"), result.err)
        XCTAssertTrue(result.err.contains("p.csv, Zeile 2: Fehler: „kaputt[2J“"), result.err)
        XCTAssertTrue(result.err.contains("p.csv, Zeile 4: Warnung: Steuer- oder Richtungszeichen aus „Name“ entfernt"), result.err)

        let loaded = try ProgramDataFile.load(dataPath)
        XCTAssertEqual(loaded.header.savedBy, "ev]0;xil", "the saving user's name is cleaned when written")
        let imported = try XCTUnwrap(loaded.document.partners.items.first { $0.name == "Gute2J Stelle" })
        XCTAssertEqual(imported.meta.modifiedBy, "ev]0;xil")
        for p in loaded.document.partners.items {
            XCTAssertEqual(ControlCharacterTests.rawControls(p.name + p.role + p.email), [], "stored: \(p.name)")
        }
    }
}
