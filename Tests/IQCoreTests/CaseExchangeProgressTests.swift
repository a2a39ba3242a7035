import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The export and import columns of the Erstberatung's date, the procedure's dates and the
/// Bescheid's details (the round trip of every column is in CaseExchangeTests).
final class CaseExchangeProgressTests: XCTestCase {
    private func importCSV(_ text: String) -> CaseImportResult {
        CaseExchange.importCSV(text, existing: Fixture.document(), now: Date(), user: "importer", newID: { "new" })
    }

    func testTheColumnsAreInThePseudonymisedExport() throws {
        var c = Case(id: "c.1", meta: RecordMeta(revision: 1, modifiedAt: Date(), modifiedBy: "x"), number: "NRW-2026-000001", status: .zabStatement)
        c.decision = .zabStatement
        c.firstCounsellingDate = Day(year: 2026, month: 1, day: 5)
        c.recognition.fees = Money(cents: 20_005)
        c.recognition.grant = .applied
        c.recognition.grantAmount = .euros(600)
        let d = Document(cases: [c])
        let csv = CaseExchange.csv(d, language: .de, includePersonal: false)
        let rows = csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ";") }
        let cell = { (header: String) in rows[1][rows[0].firstIndex(of: header) ?? 0] }
        XCTAssertEqual(cell("Erstberatung am"), "05.01.2026")
        XCTAssertEqual(cell("Gebühren (€)"), "200,05")
        XCTAssertEqual(cell("Anerkennungszuschuss"), "beantragt")
        XCTAssertEqual(cell("Zuschuss (€)"), "600")
        XCTAssertEqual(cell("Bescheid"), "Zeugnisbewertung (ZAB)")
        XCTAssertEqual(cell("Status"), "Zeugnisbewertung (ZAB) erhalten")
        let en = CaseExchange.csv(d, language: .en, includePersonal: false)
        XCTAssertTrue(en.contains(",200.05,"), en)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.json(d, includePersonal: false).utf8)) as? [[String: Any]])
        XCTAssertEqual(json[0]["firstCounsellingDate"] as? String, "2026-01-05")
        XCTAssertEqual(json[0]["fees"] as? Double, 200.05)
        XCTAssertEqual(json[0]["grantAmount"] as? Int, 600)
        XCTAssertEqual(json[0]["grant"] as? String, "applied")
        XCTAssertEqual(json[0]["decision"] as? String, "zabStatement")
        XCTAssertTrue(json[0]["compensation"] is NSNull)

        // The Art. 15 report names them too.
        let report = CaseExchange.report(c, d, language: .de, now: Date(), retention: RetentionPolicy())
        XCTAssertTrue(report.contains("Erstberatung am:") && report.contains("05.01.2026") && report.contains("Gebühren (€):"))
    }

    func testImportReadsLabelsAndRefusesWhatTheFormsRefuse() {
        let csv = """
            Fallnummer;Vorname;Nachname;Bescheid;Ausgleichsmaßnahme;Lehrgangsdauer (Monate);Anerkennungszuschuss;Zuschuss (€);Gebühren (€);Erstberatung am;Antrag gestellt am;Unterlagen vollständig;Bescheid vom
            ;Anna;Schmidt;teilweise Gleichwertigkeit;Anpassungslehrgang;6;bewilligt;600;187,50;3.1.2026;1.2.2026;1.3.2026;1.4.2026
            ;Ben;Meier;full;knowledgeTest;;;;;;;;
            ;Cem;Kaya;;Eignungsprüfung;7;;601;-1;;;;
            ;Dana;Roth;;Kurs;;granted;;;31.2.2026;;;
            ;Eva;Lang;;;;;200;;;1.2.2026;1.1.2026;1.4.2026
            """
        let result = importCSV(csv)
        let texts = result.errors.map { "\($0.line) \($0.message.text(.de))" }
        for expected in ["3 Bei voller Gleichwertigkeit gibt es keine Ausgleichsmaßnahme", "4 Zuschuss (€): Ein Betrag über 0 und bis 600 €",
                         "4 Gebühren (€): Ein Betrag ab 0 €", "4 Monate gibt es nur beim Anpassungslehrgang", "5 Ausgleichsmaßnahme: „Kurs“ gibt es nicht",
                         "5 Erstberatung am: „31.2.2026“ ist kein gültiges Datum", "6 Zum Betrag gehört der Stand des Zuschusses",
                         "6 Die Unterlagen sind frühestens mit dem Antrag vollständig"] {
            XCTAssertTrue(texts.contains { $0.hasPrefix(expected) }, "missing \(expected) in\n\(texts.joined(separator: "\n"))")
        }
        XCTAssertEqual(Set(result.errors.map(\.line)), [3, 4, 5, 6])
        let anna = result.accepted(skipInvalid: true).first
        XCTAssertEqual(anna?.person.lastName, "Schmidt")
        XCTAssertEqual(anna?.decision, .partial)
        XCTAssertEqual(anna?.recognition.compensation, .adaptationCourse)
        XCTAssertEqual(anna?.recognition.adaptationMonths, 6)
        XCTAssertEqual(anna?.recognition.grant, .granted)
        XCTAssertEqual(anna?.recognition.grantAmount, .euros(600))
        XCTAssertEqual(anna?.recognition.fees, Money(cents: 18_750))
        XCTAssertEqual(anna?.firstCounsellingDate, Day(year: 2026, month: 1, day: 3))
        XCTAssertEqual(anna?.recognition.fileCompleteDate, Day(year: 2026, month: 3, day: 1))
    }
}
