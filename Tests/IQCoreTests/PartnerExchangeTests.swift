import Foundation
import XCTest
@testable import IQCore

/// The CSV reader and writer, the partner import rules, and the CSV, JSON and vCard exports.
final class PartnerExchangeTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_700_000_000)

    private func read(_ text: String) throws -> CSV.Table { try CSV.read(text) }

    private func importing(_ text: String, into document: Document = Document()) -> PartnerImportResult {
        var n = 0
        return PartnerExchange.importCSV(text, existing: document, now: now, user: "tester") {
            n += 1
            return RecordID("new-\(n)")
        }
    }

    private static let caritas = Partner(id: "p.caritas", meta: RecordMeta(revision: 4, modifiedAt: Date(timeIntervalSince1970: 0), modifiedBy: "x"),
                                         name: "Caritas Köln", shortName: "CK", category: .welfare, level: .municipal,
                                         fieldsOfAction: [.counselling], cities: ["Köln"], role: "Beratung",
                                         phone: "0221 12345", relations: [Relation(.cooperatesWith, "p.other")])
    private static let other = Partner(id: "p.other", name: "Agentur für Arbeit Bonn", category: .employmentAgency)
    private let small = Document(partners: [caritas, other])

    // MARK: CSV reader

    func testByteOrderMarkIsDropped() throws {
        let table = try read("\u{FEFF}Name;Ort\r\nA;B\r\n")
        XCTAssertEqual(table.rows.map(\.fields), [["Name", "Ort"], ["A", "B"]])
    }

    func testSeparatorIsDetectedFromTheHeader() throws {
        XCTAssertEqual(try read("Name;Ort,Stadt;X\na;b").separator, ";")
        XCTAssertEqual(try read("Name,Ort;Stadt,X\na,b").separator, ",")
        // Separators inside quotes do not count.
        XCTAssertEqual(try read("\"a,b,c\";d\n").separator, ";")
        // A single column: the rest of the text decides.
        XCTAssertEqual(try read("Name\n\"x\";y;z\n").separator, ";")
        XCTAssertEqual(try read("sep=;\nName,Ort;x\n").rows.map(\.fields), [["Name,Ort", "x"]])
    }

    func testQuotedFieldsWithSeparatorsAndDoubledQuotes() throws {
        let table = try read("a;b;c\n\"x;y\";\"sag \"\"hallo\"\"\";\"\"\n")
        XCTAssertEqual(table.rows[1].fields, ["x;y", "sag \"hallo\"", ""])
    }

    func testLineBreaksInsideQuotesKeepLineNumbersOfLaterRows() throws {
        let text = "Name;Rolle\r\nA;\"eins\r\nzwei\r\ndrei\"\r\nB;x\nC;\"y\nz\"\nD;w\n"
        let table = try read(text)
        XCTAssertEqual(table.rows.map(\.line), [1, 2, 5, 6, 8])
        XCTAssertEqual(table.rows[1].fields, ["A", "eins\nzwei\ndrei"])
        XCTAssertEqual(table.rows[3].fields, ["C", "y\nz"])
    }

    func testLineEndsCRLFLFAndLoneCR() throws {
        let table = try read("a,b\r\n1,2\n3,4\r5,6")
        XCTAssertEqual(table.rows.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        XCTAssertEqual(table.rows.map(\.line), [1, 2, 3, 4])
    }

    func testEmptyLinesAndTrailingEmptyLineAreSkipped() throws {
        let table = try read("a;b\n\n1;2\n\n")
        XCTAssertEqual(table.rows.map(\.fields), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(table.rows.map(\.line), [1, 3])
        XCTAssertEqual(try read("a;b\n1;\n").rows[1].fields, ["1", ""])
    }

    func testLenientQuotesInTheMiddleOfAField() throws {
        XCTAssertEqual(try read("a;b\nab\"c;\"x\"y\n").rows[1].fields, ["ab\"c", "xy"])
    }

    func testUnterminatedQuoteNamesItsLine() {
        XCTAssertThrowsError(try read("a;b\n1;2\n3;\"offen\nnoch\n")) { error in
            XCTAssertEqual(error as? CSV.ParseError, .unterminatedQuote(line: 3))
        }
        let result = importing("Name;Rolle\nA;x\nB;\"nie zu\n")
        XCTAssertTrue(result.fileError)
        XCTAssertEqual(result.errors, [RowProblem(line: 3, message: PartnerExchangeText.importUnterminatedQuote)])
        XCTAssertEqual(result.accepted(skipInvalid: true), [])
    }

    // MARK: CSV writer

    func testWriterQuotesOnlyWhenNeeded() {
        let text = CSV.write([["a", "b;c", "d\"e", "f\ng", "h,i"]], separator: ";")
        XCTAssertEqual(text, "a;\"b;c\";\"d\"\"e\";\"f\ng\";h,i\r\n")
        XCTAssertEqual(CSV.write([["h,i"]], separator: ","), "\"h,i\"\r\n")
    }

    func testFormulaInjectionGuard() throws {
        for dangerous in ["=SUMME(A1)", "+49 211", "-1", "@cmd", "\tx", "\rx"] {
            let escaped = CSV.escape(dangerous, separator: ";")
            let cell = try XCTUnwrap(try read("x\n" + escaped + "\n").rows.last?.fields.first, dangerous)
            XCTAssertTrue(cell.hasPrefix("'"), "\(dangerous) must be defused")
            if !dangerous.hasPrefix("\r") { XCTAssertEqual(CSV.removeFormulaGuard(cell), dangerous) }
        }
        XCTAssertEqual(CSV.escape("Köln", separator: ";"), "Köln")
        XCTAssertEqual(CSV.removeFormulaGuard("'Köln"), "'Köln")
        // The import takes the guard off again.
        let p = Partner(id: "p", name: "=HYPERLINK(\"x\")", category: .project, phone: "+49 211 12345")
        let csv = PartnerExchange.csv([p], language: .de)
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        XCTAssertTrue(csv.contains(";'+49 211 12345;"))
        let back = importing(csv)
        XCTAssertEqual(back.records.first?.name, p.name)
        XCTAssertEqual(back.records.first?.phone, p.phone)
    }

    // MARK: Import: columns

    func testColumnsInAnyOrderGerman() {
        let result = importing("""
            Telefon ; E-Mail;Kategorie;NAME;Ort;Handlungsfelder;Ebene;Kurzname;Webseite;Adresse;Rolle
            0211 123456;info@beispiel.de;Kammern;Handwerkskammer;Düsseldorf | Köln;Anerkennungs- und Qualifizierungsberatung;Region;HWK;hwk.de;Str. 1, 40000 D;berät

            """)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.records, [Partner(id: "new-1", meta: RecordMeta(revision: 1, modifiedAt: now, modifiedBy: "tester"),
                                                 name: "Handwerkskammer", shortName: "HWK", category: .chamber, level: .region,
                                                 fieldsOfAction: [.counselling], cities: ["Düsseldorf", "Köln"], role: "berät",
                                                 website: "hwk.de", email: "info@beispiel.de", phone: "0211 123456",
                                                 address: "Str. 1, 40000 D")])
        XCTAssertEqual(result.created, 1)
    }

    func testColumnsInAnyOrderEnglishWithRawValues() {
        let result = importing("""
            fields of action,city,short name,level,category,name,url,email,telephone,address,role
            "intercultural, fairIntegration",Essen,X,state,employmentAgency,Jobcenter Essen,https://jobcenter.example.org/a?b=c,a@b.de,+49 201 1234,"Weg 2, Essen",hilft
            "Regional skilled-labour networks",,,Federal,Funders and ministries,Ministerium,,,,,
            """)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.category), [.employmentAgency, .funder])
        XCTAssertEqual(result.records.map(\.level), [.state, .federal])
        XCTAssertEqual(result.records.map(\.fieldsOfAction), [[.intercultural, .fairIntegration], [.regionalNetworks]])
        XCTAssertEqual(result.records[0].address, "Weg 2, Essen")
    }

    func testOnlyTheNameIsRequiredAndTheDefaultCategorySaysSo() {
        let result = importing("Name\nNeue Initiative\n")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.category), [PartnerExchange.defaultCategory])
        XCTAssertEqual(result.warnings, [RowProblem(line: 2, message: PartnerExchangeText.importDefaultCategory)])
    }

    func testMissingNameColumnIsAnErrorNamingTheHeader() {
        let result = importing("Kurzname;Ort\nX;Köln\n")
        XCTAssertTrue(result.fileError)
        XCTAssertEqual(result.errors, [RowProblem(line: 1, message: PartnerExchangeText.importNoNameColumn("Kurzname, Ort"))])
        XCTAssertTrue(result.errors[0].message.text(.de).contains("„Name“"))
        XCTAssertTrue(importing("").fileError)
    }

    func testUnknownAndDoubleColumnsAreWarnings() {
        let result = importing("Name;Farbe;Name\nA;rot;B\n")
        XCTAssertEqual(result.warnings.prefix(2).map(\.message), [PartnerExchangeText.importUnknownColumn("Farbe"), PartnerExchangeText.importDuplicateColumn("Name")])
        XCTAssertEqual(result.records.map(\.name), ["A"])
    }

    // MARK: Import: validation

    func testValidationErrorsCarryTheirLines() {
        let text = """
            Name;Kategorie;E-Mail;Website;Telefon;Rolle
            Gut;Kammern;a@b.de;b.de;0211 12345;"zwei
            Zeilen"
            Mail;Kammern;kein-at.de;;;
            Web;Kammern;;nur text;;
            Tel;Kammern;;;ruf an;
            ;Kammern;;;;
            Kat;Sonstiges;;;;
            Ebene;Kammern;;;12;
            """
        let result = importing(text)
        XCTAssertEqual(result.errors, [
            RowProblem(line: 4, message: PartnerExchangeText.importBadEmail("kein-at.de")),
            RowProblem(line: 5, message: PartnerExchangeText.importBadWebsite("nur text")),
            RowProblem(line: 6, message: PartnerExchangeText.importBadPhone("ruf an")),
            RowProblem(line: 7, message: PartnerExchangeText.importNameMissing),
            RowProblem(line: 8, message: PartnerExchangeText.importUnknownCategory("Sonstiges", PartnerExchange.rawValues(PartnerCategory.self))),
            RowProblem(line: 9, message: PartnerExchangeText.importBadPhone("12")),
        ])
        XCTAssertEqual(result.invalidRows, 6)
        XCTAssertEqual(result.records.map(\.name), ["Gut"])
        XCTAssertEqual(result.records.first?.role, "zwei\nZeilen")
        // Nothing without --skip-invalid; the valid rows with it.
        XCTAssertEqual(result.accepted(skipInvalid: false), [])
        XCTAssertEqual(result.accepted(skipInvalid: true).map(\.name), ["Gut"])
    }

    func testUnknownLevelAndFieldOfActionAreErrors() {
        let result = importing("Name,Level,Fields of action\nA,Galaxis,\nB,,Kochen | counselling\n")
        XCTAssertEqual(result.errors.map(\.line), [2, 3])
        XCTAssertEqual(result.errors.map(\.message.name), [PartnerExchangeText.importUnknownLevel("", "").name, PartnerExchangeText.importUnknownField("", "").name])
    }

    func testContactValidation() {
        for ok in ["", "a@b.de", " info@iq-netzwerk-nrw.de ", "vor.name@sub.beispiel.org", "müller@köln.de"] {
            XCTAssertTrue(ContactValidation.isValidEmail(ok), ok)
        }
        for bad in ["a", "a@b", "@b.de", "a@@b.de", "a b@c.de", "a@b.d", "a@.de", "a@b..de", ".a@b.de", "Herr Müller"] {
            XCTAssertFalse(ContactValidation.isValidEmail(bad), bad)
        }
        for ok in ["", "iq-netzwerk-nrw.de", "www.bq-portal.de/de", "https://example.org:8443/a?b=c#d", "HTTP://X.DE"] {
            XCTAssertTrue(ContactValidation.isValidWebsite(ok), ok)
        }
        for bad in ["beispiel", "ftp://x.de", "http://", "x.de:99999", "nur text", "-x.de", "x.1"] {
            XCTAssertFalse(ContactValidation.isValidWebsite(bad), bad)
        }
        for ok in ["", "0211-9380038", "+49 (0)211 / 300 77 60", "12345"] {
            XCTAssertTrue(ContactValidation.isValidPhone(ok), ok)
        }
        for bad in ["1234", "0211 123 ab", "0211.12345", "Tel. 0211 12345"] {
            XCTAssertFalse(ContactValidation.isValidPhone(bad), bad)
        }
    }

    // MARK: Import: duplicates and updates

    func testDuplicateNamesAreWarningsAndStillImported() {
        let result = importing("Name;Kategorie\ncaritas koln;Träger\nNeu;Träger\nNEU;Träger\n", into: small)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.count, 3)
        XCTAssertEqual(result.warnings, [
            RowProblem(line: 2, message: PartnerExchangeText.importDuplicateExisting("caritas koln", "Caritas Köln")),
            RowProblem(line: 4, message: PartnerExchangeText.importDuplicateName("NEU", "3")),
        ])
    }

    func testARowWithAnExistingIDUpdatesThatPartner() throws {
        let result = importing("ID;Name;E-Mail;Ort\np.caritas;Caritas Köln e. V.;info@caritas.de;\n", into: small)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.updated, 1)
        XCTAssertEqual(result.created, 0)
        let p = try XCTUnwrap(result.records.first)
        XCTAssertEqual(p.id, "p.caritas")
        XCTAssertEqual(p.name, "Caritas Köln e. V.")
        XCTAssertEqual(p.email, "info@caritas.de")
        XCTAssertEqual(p.cities, [], "an empty cell clears the field")
        // Columns the file does not have keep their values; relations always stay.
        XCTAssertEqual(p.phone, "0221 12345")
        XCTAssertEqual(p.category, .welfare)
        XCTAssertEqual(p.level, .municipal)
        XCTAssertEqual(p.relations, Self.caritas.relations)
        XCTAssertEqual(p.meta, RecordMeta(revision: 5, modifiedAt: now, modifiedBy: "tester"))
    }

    func testUnknownIDMakesANewPartnerAndATwiceUsedIDIsAnError() {
        let result = importing("ID;Name\nfremd;A\np.other;B\np.other;C\n", into: small)
        XCTAssertEqual(result.records.map(\.id), ["new-1", "p.other"])
        XCTAssertEqual(result.warnings, [RowProblem(line: 2, message: PartnerExchangeText.importUnknownID("fremd")),
                                         RowProblem(line: 2, message: PartnerExchangeText.importDefaultCategory)])
        XCTAssertEqual(result.errors, [RowProblem(line: 4, message: PartnerExchangeText.importDuplicateID("p.other", "3"))])
    }

    func testUnchangedRowsAreNotWritten() {
        let csv = PartnerExchange.csv(small.partners.items, language: .en)
        let result = importing(csv, into: small)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.records, [])
        XCTAssertEqual(result.unchanged, 2)
    }

    // MARK: Round trip and exports

    func testCSVRoundTripOfTheSeedPartners() {
        for language in Language.allCases {
            let csv = PartnerExchange.csv(Seed.partners, language: language, byteOrderMark: true)
            let result = importing(csv)
            XCTAssertEqual(result.errors, [], "\(language)")
            XCTAssertEqual(Set(result.warnings.map(\.message.name)), [PartnerExchangeText.importUnknownID("").name], "\(language)")
            XCTAssertEqual(result.records.count, 92)
            for (original, imported) in zip(Seed.partners, result.records) {
                var expected = original
                expected.id = imported.id
                expected.meta = imported.meta
                expected.relations = []
                XCTAssertEqual(imported, expected, "\(language) \(original.id)")
            }
            // Into the seed itself, the same file changes nothing.
            XCTAssertEqual(importing(csv, into: Seed.document).unchanged, 92)
        }
    }

    func testCSVHeadersFollowTheLanguage() {
        let de = PartnerExchange.csv([], language: .de)
        XCTAssertEqual(de, "ID;Name;Kurzname;Kategorie;Ebene;Handlungsfelder;Orte;Rolle;Website;E-Mail;Telefon;Anschrift\r\n")
        let en = PartnerExchange.csv([], language: .en)
        XCTAssertEqual(en, "ID,Name,Short name,Category,Level,Fields of action,Cities,Role,Website,E-mail,Phone,Address\r\n")
        let row = PartnerExchange.csv([Self.caritas], language: .de).components(separatedBy: "\r\n")[1]
        XCTAssertEqual(row, "p.caritas;Caritas Köln;CK;Freie Wohlfahrtspflege;Kommune;Anerkennungs- und Qualifizierungsberatung;Köln;Beratung;;;0221 12345;")
    }

    func testJSONExportParses() throws {
        let json = PartnerExchange.json(Seed.partners)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.count, 92)
        let iqNRW = try XCTUnwrap(parsed.first { $0["id"] as? String == "partner.iq-nrw" })
        XCTAssertEqual(iqNRW["category"] as? String, "network")
        XCTAssertEqual(iqNRW["level"] as? String, "state")
        let relations = try XCTUnwrap(iqNRW["relations"] as? [[String: String]])
        XCTAssertEqual(relations, [["kind": "partOf", "target": "partner.iq-programm"]])
        XCTAssertTrue(parsed.contains { $0["level"] is NSNull })
        XCTAssertEqual(PartnerExchange.json([]), "[]\n")
        let tricky = Partner(id: "t", name: "\"A\"\\\n\u{1}", category: .project)
        let back = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(PartnerExchange.json([tricky]).utf8)) as? [[String: Any]])
        XCTAssertEqual(back.first?["name"] as? String, tricky.name)
        // Keys in a stable, fixed order.
        XCTAssertEqual(PartnerExchange.json([tricky]), PartnerExchange.json([tricky]))
    }

    func testVCardExport() throws {
        let vcard = PartnerExchange.vcard(Seed.partners)
        XCTAssertTrue(vcard.hasSuffix("END:VCARD\r\n"))
        let lines = vcard.components(separatedBy: "\r\n").dropLast()
        XCTAssertFalse(lines.contains { $0.contains("\n") || $0.contains("\r") }, "every line ends in CRLF")
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 75 })
        XCTAssertTrue(lines.contains { $0.hasPrefix(" ") }, "the long roles are folded")
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VCARD" }.count, 92)
        XCTAssertEqual(lines.filter { $0 == "VERSION:4.0" }.count, 92)
        XCTAssertEqual(lines.filter { $0.hasPrefix("UID:urn:iq-tui:partner.") }.count, 92)
        XCTAssertTrue(lines.contains("URL:https://iq-netzwerk-nrw.de"))

        let p = Partner(id: "p.x", name: "A; B, C\\D", shortName: "ABC", category: .chamber, fieldsOfAction: [.counselling],
                        role: "eins\r\nzwei\nö" + String(repeating: "ä", count: 60), website: "http://x.de", email: "a@b.de",
                        phone: "0211 12345", address: "Weg 1, 40000 Düsseldorf")
        let card = PartnerExchange.vcard([p])
        let unfolded = card.replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(unfolded.contains("\r\nFN:A\\; B\\, C\\\\D\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nORG:A\\; B\\, C\\\\D\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nNICKNAME:ABC\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nKIND:org\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nCATEGORIES:Kammern,Anerkennungs- und Qualifizierungsberatung\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nADR:;;Weg 1\\, 40000 Düsseldorf;;;;\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nNOTE:eins\\nzwei\\nö" + String(repeating: "ä", count: 60) + "\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nURL:http://x.de\r\nEMAIL:a@b.de\r\nTEL;VALUE=text:0211 12345\r\n"))
        XCTAssertTrue(unfolded.contains("\r\nUID:urn:iq-tui:p.x\r\n"))
        // Folding never cuts a two-byte "ä": every physical line, as bytes, is valid UTF-8 on its own.
        let bytes = Array(card.utf8)
        var start = 0
        for i in bytes.indices where i + 1 < bytes.count && bytes[i] == 0x0D && bytes[i + 1] == 0x0A {
            let line = Array(bytes[start..<i])
            XCTAssertLessThanOrEqual(line.count, 75)
            XCTAssertTrue(String(decoding: line, as: UTF8.self).utf8.elementsEqual(line))
            start = i + 2
        }
        XCTAssertEqual(start, bytes.count)
        XCTAssertEqual(PartnerExchange.foldVCardLine(String(repeating: "a", count: 75)), String(repeating: "a", count: 75) + "\r\n")
        XCTAssertEqual(PartnerExchange.foldVCardLine(String(repeating: "a", count: 76)), String(repeating: "a", count: 75) + "\r\n a\r\n")
        XCTAssertEqual(PartnerExchange.foldVCardLine(String(repeating: "a", count: 74) + "ä"), String(repeating: "a", count: 74) + "\r\n ä\r\n")
    }
}
