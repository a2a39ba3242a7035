import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Issue 13 §7: import warnings are capped, counts are said in singular and plural with the
/// language's thousands separator (a symlinked data path explained in words: IQStoreTests).
final class HardeningSmallThingsTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-small-things-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func newID() -> RecordID { RecordID(UUID().uuidString) }

    // MARK: Capped warnings

    func testEachKindOfProblemIsListedAtMostAHundredTimes() {
        // 250 unknown columns (one kind), 3 bad e-mails (another) and 147 valid rows without a
        // category (a third).
        var csv = "Name;E-Mail;" + (1...250).map { "Unbekannt \($0)" }.joined(separator: ";") + "\n"
        for i in 1...150 { csv += "Stelle \(i);\(i <= 3 ? "kaputt" : "")\n" }
        let result = PartnerExchange.importCSV(csv, existing: Document(), now: Date(), user: "t", newID: newID)
        let de = ImportReport.problemLines(result, file: "p.csv", language: .de)
        XCTAssertEqual(de.count, 100 + 1 + 3 + 100 + 1)
        XCTAssertEqual(de[99], "p.csv, Zeile 1: Warnung: Unbekannte Spalte „Unbekannt 100“ – wird ignoriert.")
        XCTAssertEqual(de[100], "… und 150 weitere derselben Art")
        XCTAssertEqual(de.filter { $0.contains("Fehler") }.count, 3, "errors are a kind of their own")
        XCTAssertEqual(de.last, "… und 47 weitere derselben Art")
        XCTAssertEqual(de[de.count - 2], "p.csv, Zeile 104: Warnung: Keine Kategorie angegeben – eingeordnet unter „Projekte und Initiativen“; bitte prüfen.")
        let en = ImportReport.problemLines(result, file: "p.csv", language: .en)
        XCTAssertEqual(en[100], "… and 150 more of the same kind")
    }

    func testAHeaderOfAMillionUnknownColumnsPrintsAFewKilobytes() throws {
        let header = "Name;" + (0..<1_000_000).map { "x\($0)" }.joined(separator: ";")
        XCTAssertTrue(FileManager.default.createFile(atPath: home + "/wide.csv", contents: Data((header + "\nStelle\n").utf8)))
        let result = try ProgramRun.run(["import", "partners", "wide.csv", "--data", home + "/data.plist"], home: home, user: "tester")
        XCTAssertEqual(result.status, 0, String(result.err.prefix(500)))
        XCTAssertLessThan(result.err.utf8.count + result.out.utf8.count, 20_000)
        XCTAssertTrue(result.err.contains("\n… und 999.900 weitere derselben Art\n"), String(result.err.suffix(500)))
        XCTAssertTrue(result.out.contains("1 Partner importiert (1 neu, 0 aktualisiert), 1.000.001 Warnungen."), result.out)
    }

    // MARK: Plurals and thousands

    func testPluralFormsFollowTheCount() {
        let cases: [(Message, Language, String)] = [
            (PartnerExchangeText.importSkippedRows(1), .de, "1 Zeile mit Fehlern übersprungen (--skip-invalid)."),
            (PartnerExchangeText.importSkippedRows(1234), .de, "1.234 Zeilen mit Fehlern übersprungen (--skip-invalid)."),
            (PartnerExchangeText.importSkippedRows(1), .en, "Skipped 1 row with errors (--skip-invalid)."),
            (PartnerExchangeText.importNothingImported(1), .de,
             "Nichts importiert: 1 Zeile hat Fehler. Bitte korrigieren oder mit --skip-invalid nur die gültigen Zeilen importieren."),
            (PartnerExchangeText.importUnchanged(1), .en, "1 row already matches the data – nothing to do."),
            (PartnerExchangeText.importWarningsMany(1), .de, "1 Warnung"),
            (PartnerExchangeText.importWarningsMany(0), .de, "0 Warnungen"),
            (StoreText.statusTakenFromOthers(1, "anna"), .de, "1 Änderung von anna übernommen."),
            (StoreText.statusSavedMerged("12:00", 1), .en, "Saved 12:00 – took in 1 change by others."),
            (StoreText.statusRecovered(1), .de, "1 Eintrag aus der Wiederherstellung übernommen – noch nicht gespeichert."),
            (StoreText.conflictMarker(1), .de, "1 Konflikt"),
            (StoreText.conflictMarker(2), .en, "2 conflicts"),
            (CaseExchangeText.importCasesSummary(1, 1, 0, "0 Warnungen"), .de, "1 Fall importiert (1 neu, 0 aktualisiert), 0 Warnungen."),
            (BudgetText.budgetMeasureInUse("M 2021", 1, 1), .de, "„M 2021“ wird gebraucht: 1 Fall eingeschrieben, 1 Zahlung. Erst diese umbuchen."),
            (BudgetText.budgetMeasureMany(1), .en, "1 measure"),
            (CommandLineText.checkOK("f", "2", "xml", 1, 1, 1, "heute", "anna"), .en,
             "f: OK – format 2 (xml), 1 partner, 1 site, 1 measure, saved heute by anna."),
            (PartnerExchangeText.importExtraFields(1_234, 1), .de,
             "Die Zeile hat 1.234 Felder, die Kopfzeile nur 1 – die überzähligen werden ignoriert."),
        ]
        for (message, language, expected) in cases {
            XCTAssertEqual(message.text(language), expected)
        }
        XCTAssertTrue(StoreText.recoveryBody("gestern", 1).text(.de).hasSuffix("an 1 Datensatz:"))
    }
}
