import Foundation
import XCTest
@testable import IQCore

/// The coded fields in the case export and import: names in the language in CSV, codes in
/// JSON, free text mapped to codes, and a warning naming row and column where it cannot be.
final class CaseCodedExchangeTests: XCTestCase {
    static func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day.endOfYear(2026) }

    static func document() -> Document {
        let meta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 0), modifiedBy: "t")
        var a = Case(id: "c.a", meta: meta, number: "NRW-2026-000001")
        a.person.firstName = "Amal"
        a.person.lastName = "Haddad"
        a.countryOfTraining = "SY"
        a.nationality = "SY"
        a.residenceStatus = .recognition16d
        a.germanLevel = .b1
        a.cameVia = .other
        a.referenzberuf = "Erzieher/in"
        a.furtherReferenzberufe = ["Hebamme", "Kinderpfleger/in"]
        a.counsellingChannel = .phone
        a.counsellingResult = .credentialEvaluationRecommended
        a.timeline = [TimelineEntry(day: day(1, 5), kind: .appointment(channel: .phone)),
                      TimelineEntry(day: day(2, 5), kind: .appointment(channel: .inPerson)),
                      TimelineEntry(day: day(9, 5), kind: .appointment(channel: .video))]
        var b = Case(id: "c.b", meta: meta, number: "NRW-2026-000002")
        b.person.firstName = "Bo"
        b.person.lastName = "Berg"
        b.countryOfTraining = "Atlantis"
        return Document(cases: [a, b])
    }

    func testCSVShowsNamesAndLabelsAndJSONCodes() throws {
        let d = Self.document()
        let de = CaseExchange.csv(d, language: .de, includePersonal: false, today: Self.day(6, 1)).components(separatedBy: "\r\n")
        XCTAssertTrue(de[0].hasSuffix(";Weitere Referenzberufe;Beratungsform;Beratungsergebnis;Beratungskontakte"), de[0])
        XCTAssertTrue(de[1].contains(";Syrien;Syrien;") && de[1].contains(";§ 16d AufenthG (Anerkennung);") && de[1].contains(";Sonstiges;"), de[1])
        XCTAssertTrue(de[1].hasSuffix(";\"Hebamme; Kinderpfleger/in\";Telefon;Zeugnisbewertung (ZAB) empfohlen;2"), "two appointments held by June: \(de[1])")
        XCTAssertTrue(de[2].contains(";Atlantis;"), "legacy text as it was: \(de[2])")
        let en = CaseExchange.csv(d, language: .en, includePersonal: false)
        XCTAssertTrue(en.contains(",Syria,Syria,"), en)
        XCTAssertTrue(en.contains(",3\r\n"), "without a day every appointment counts")

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.json(d, includePersonal: false, today: Self.day(6, 1)).utf8)) as? [[String: Any]])
        XCTAssertEqual(json[0]["countryOfTraining"] as? String, "SY")
        XCTAssertEqual(json[0]["nationality"] as? String, "SY")
        XCTAssertEqual(json[0]["residenceStatus"] as? String, "recognition16d")
        XCTAssertEqual(json[0]["furtherReferenzberufe"] as? [String], ["Hebamme", "Kinderpfleger/in"])
        XCTAssertEqual(json[0]["counsellingChannel"] as? String, "phone")
        XCTAssertEqual(json[0]["counsellingResult"] as? String, "credentialEvaluationRecommended")
        XCTAssertEqual(json[0]["counsellingContacts"] as? Int, 2)
        XCTAssertEqual(json[1]["countryOfTraining"] as? String, "Atlantis")
        XCTAssertEqual(json[1]["furtherReferenzberufe"] as? [String], [])
    }

    func testTheCodedFieldsRoundTripInBothLanguages() {
        let d = Self.document()
        for language in Language.allCases {
            let result = CaseExchange.importCSV(CaseExchange.csv(d, language: language, includePersonal: true), existing: d, now: Date(), user: "i",
                                                newID: { "new" })
            XCTAssertEqual(result.errors, [], "\(language)")
            XCTAssertEqual(result.unchanged, 2, "\(language): \(result.records)")
            XCTAssertEqual(result.warnings.map(\.line), [3], "\(language): only the legacy country")
        }
    }

    func testFreeTextMapsToCodesAndWhatDoesNotIsAWarningWithRowAndColumn() throws {
        let csv = """
            number;firstName;lastName;countryOfTraining;nationality;residenceStatus;germanLevel;cameVia;counsellingChannel;counsellingResult;furtherReferenzberufe;counsellingContacts
            ;Amal;Haddad;Syria;syrische;Aufenthaltserlaubnis § 16d;Niveau B1.2;anders;telefonisch;Antragstellung empfohlen;"Hebamme; Erzieherin";7
            ;Bo;Berg;Atlantis;Mars;Visum;fließend;Freunde;Brieftaube;vielleicht;;
            """
        let result = CaseExchange.importCSV(csv, existing: Document(), now: Date(), user: "i", newID: { "new" })
        XCTAssertEqual(result.errors, [], "nothing that cannot be coded stops a row")
        XCTAssertEqual(result.created, 2)
        let a = result.records[0], b = result.records[1]
        XCTAssertEqual([a.countryOfTraining, a.nationality], ["SY", "SY"])
        XCTAssertEqual(a.residenceStatus, .recognition16d)
        XCTAssertEqual(a.germanLevel, .b1)
        XCTAssertEqual(a.cameVia, .other, "the old label „anders“")
        XCTAssertEqual(a.counsellingChannel, .phone)
        XCTAssertEqual(a.counsellingResult, .applicationRecommended)
        XCTAssertEqual(a.furtherReferenzberufe, ["Hebamme", "Erzieher/in"])
        XCTAssertEqual([b.countryOfTraining, b.nationality], ["Atlantis", "Mars"], "kept as text")
        XCTAssertNil(b.residenceStatus)
        XCTAssertNil(b.germanLevel)
        XCTAssertNil(b.counsellingChannel)
        XCTAssertNil(b.counsellingResult)
        XCTAssertNil(b.cameVia, "an unknown Zugang über is left empty, the row still imported")
        XCTAssertEqual(result.warnings.map(\.line), [3, 3, 3, 3, 3, 3, 3])
        let texts = result.warnings.map { $0.message.text(.de) }
        for column in ["countryOfTraining", "nationality", "residenceStatus", "germanLevel", "cameVia", "counsellingChannel", "counsellingResult"] {
            XCTAssertTrue(texts.contains { $0.hasPrefix(column + ":") }, "\(column) in \(texts)")
        }
        // The possible values are named as the interface names them, in the reader's language.
        let residence = try XCTUnwrap(result.warnings.first { $0.message.de.hasPrefix("residenceStatus:") }?.message)
        XCTAssertTrue(residence.de.contains("Duldung") && !residence.de.contains("toleration"), residence.de)
        let cameVia = try XCTUnwrap(result.warnings.first { $0.message.de.hasPrefix("cameVia:") }?.message)
        XCTAssertTrue(cameVia.de.contains("Sonstiges") && cameVia.en.contains("Other"), cameVia.en)
        XCTAssertFalse(texts.joined().contains("Berg") || texts.joined().contains("Bo "), "never the person's name")
    }
}
