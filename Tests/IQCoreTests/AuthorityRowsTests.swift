import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Issue 15 §5: the rows beyond DOMAIN.md's table, the three regulation states, a residence outside
/// NRW or abroad, the grammar of the reasons, close suggestions only, and `iq-tui authority`
/// answering every row.
final class AuthorityRowsTests: XCTestCase {

    private func route(_ id: String, country: String? = nil, living: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws -> AuthorityRouting.Result {
        let occupation = try XCTUnwrap(ReferenceOccupations.occupation(id: id), id, file: file, line: line)
        let residence = try living.map { try XCTUnwrap(Residence.find($0), $0, file: file, line: line) }
        return AuthorityRouting.suggest(occupation: occupation, countryOfTraining: country, living: residence)
    }

    private func suggestion(_ id: String, country: String? = nil, living: String? = nil,
                            file: StaticString = #filePath, line: UInt = #line) throws -> AuthoritySuggestion {
        let result = try route(id, country: country, living: living, file: file, line: line)
        guard case .suggestion(let s) = result else {
            XCTFail("\(id): \(result)", file: file, line: line)
            throw XCTSkip("no suggestion")
        }
        return s
    }

    private func needs(_ id: String, country: String? = nil, living: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws -> Message? {
        if case .needs(let message) = try route(id, country: country, living: living, file: file, line: line) { return message }
        return nil
    }

    // MARK: The rows

    func testArchitectsGoToTheArchitektenkammerAndOnlyTheTitleIsProtected() throws {
        let s = try suggestion("architekt", country: "SY", living: "Köln")
        XCTAssertEqual(s.authorityName, "Architektenkammer Nordrhein-Westfalen (Eintragungsausschuss)")
        XCTAssertEqual(s.partnerID, "partner.aknw")
        XCTAssertEqual(s.regulated, .titleProtected)
        XCTAssertTrue(s.reason.text(.de).contains("Berufsbezeichnung geschützt"))
        XCTAssertEqual(s.notes, [AuthorityText.authorityNoteArchitectZAB])
        XCTAssertEqual(try suggestion("ingenieur", living: "Essen").regulated, .titleProtected)
        XCTAssertEqual(try suggestion("bauingenieur", living: "Essen").regulated, .titleProtected)
        XCTAssertEqual(Seed.document.partners["partner.aknw"]?.shortName, "AKNW")
    }

    func testSocialWorkGoesToTheBezirksregierungOfResidence() throws {
        let places = ["Bielefeld": "detmold", "Essen": "duesseldorf", "Bonn": "koeln", "Ahaus": "muenster", "Siegen": "arnsberg"]
        for (town, slug) in places {
            let s = try suggestion("sozialarbeiter", country: "UA", living: town)
            XCTAssertEqual(s.partnerID, RecordID("partner.bezreg-\(slug)"), town)
            XCTAssertEqual(s.regulated, .regulated)
        }
        XCTAssertEqual(try suggestion("sozialarbeiter", living: "Bielefeld").reason.text(.de),
                       "Sozialarbeiter/in / Sozialpädagoge/-pädagogin: staatliche Anerkennung → Bezirksregierung des Wohnorts; Bielefeld liegt im Regierungsbezirk Detmold → Bezirksregierung Detmold")
        XCTAssertEqual(ReferenceOccupations.find("Sozialpädagogin")?.group, .socialWork)
        XCTAssertEqual(try needs("sozialarbeiter")?.name, AuthorityText.authorityNeedsResidence("").name)
    }

    func testVeterinariansGoToTheLAVE() throws {
        let s = try suggestion("tierarzt", country: "RO")
        XCTAssertEqual(s.authorityName, "Landesamt für Verbraucherschutz und Ernährung NRW (LAVE)")
        XCTAssertEqual(s.partnerID, "partner.lave")
        XCTAssertTrue(s.reason.text(.de).contains("seit 1. April 2025 (vorher: LANUV NRW)"))
    }

    func testLawyersFromEuropeTakeTheAptitudeTestAndOthersCannotBeRecognised() throws {
        let s = try suggestion("rechtsanwalt", country: "PL")
        XCTAssertTrue(s.authorityName.hasPrefix("Gemeinsames Prüfungsamt der Länder Hessen, Nordrhein-Westfalen"))
        XCTAssertNil(s.partnerID)
        XCTAssertEqual(s.alsoRelevant, [AuthorityRouting.barChambers])
        XCTAssertEqual(try needs("rechtsanwalt", country: "SY")?.name, AuthorityText.authorityLawyerThirdCountry("", Countries.all[0]).name)
        XCTAssertTrue(try needs("rechtsanwalt", country: "SY")?.text(.de).contains("§ 206 BRAO") == true)
        XCTAssertEqual(try needs("rechtsanwalt")?.name, AuthorityText.authorityNeedsCountry("").name)
    }

    func testTaxAdvisorsFromEuropeGoToTheSteuerberaterkammer() throws {
        let s = try suggestion("steuerberater", country: "AT")
        XCTAssertTrue(s.authorityName.contains("Steuerberaterkammer (in NRW: Düsseldorf, Köln, Westfalen-Lippe)"))
        XCTAssertTrue(s.reason.text(.de).contains("§ 37a StBerG"))
        XCTAssertEqual(try needs("steuerberater", country: "US")?.name, AuthorityText.authorityTaxAdvisorThirdCountry("", Countries.all[0]).name)
    }

    func testFoodChemistsFromTheEUOrEEAGoToTheExaminationBoard() throws {
        let s = try suggestion("lebensmittelchemiker", country: "IT")
        XCTAssertTrue(s.authorityName.hasPrefix("Prüfungsausschuss für die Zweite Staatsprüfung"))
        XCTAssertTrue(s.reason.text(.de).contains("§ 22 APVOLChem NRW"))
        XCTAssertNotNil(try? suggestion("lebensmittelchemiker", country: "NO"), "EEA")
        for code in ["CH", "TR"] {
            XCTAssertEqual(try needs("lebensmittelchemiker", country: code)?.name, AuthorityText.authorityFoodChemistOther("", Countries.all[0]).name, code)
        }
    }

    func testTrainDriversGoToTheEisenbahnBundesamt() throws {
        let s = try suggestion("triebfahrzeugfuehrer", country: "CZ", living: "Hamm")
        XCTAssertEqual(s.authorityName, "Eisenbahn-Bundesamt (Triebfahrzeugführerscheinstelle)")
        XCTAssertTrue(s.reason.text(.de).contains("§ 4 Abs. 2 TfV"))
    }

    func testMasterCraftsmenGoToTheHandwerkskammer() throws {
        let s = try suggestion("meister-handwerk", country: "PL", living: "Bergisch Gladbach")
        XCTAssertEqual(s.partnerID, HandwerkChamber.koeln.partnerID)
        XCTAssertEqual(s.regulated, .regulated)
        XCTAssertEqual(ReferenceOccupations.occupation(id: "meister-handwerk")?.note, AuthorityText.occupationNoteCraftMaster)
    }

    func testRettungssanitaeterIsNoNotfallsanitaeter() throws {
        let message = try XCTUnwrap(try needs("rettungssanitaeter", country: "PL"))
        XCTAssertTrue(message.text(.de).hasPrefix("Rettungssanitäter/in ist nicht Notfallsanitäter/in: eine landesrechtliche Ausbildung"))
        XCTAssertFalse(try XCTUnwrap(ReferenceOccupations.occupation(id: "notfallsanitaeter")).aliases.contains("Rettungssanitäter"))
        XCTAssertEqual(try suggestion("notfallsanitaeter").partnerID, "partner.zag")
    }

    func testNursingUnderItsCurrentTitleWithTheOldOnesAsAliases() throws {
        let nurse = try XCTUnwrap(ReferenceOccupations.occupation(id: "gesundheits-krankenpfleger"))
        XCTAssertEqual(nurse.name, "Pflegefachfrau/Pflegefachmann")
        for old in ["Gesundheits- und Krankenpfleger/in", "Krankenschwester", "Altenpfleger/in", "Altenpflegerin",
                    "Gesundheits- und Kinderkrankenpfleger/in", "Pflegefachfrau", "Pflegefachmann"] {
            XCTAssertEqual(ReferenceOccupations.find(old)?.id, nurse.id, old)
        }
    }

    func testHeilerziehungspflegeStaysInTheFachschuleRowAndIsRegulated() throws {
        let s = try suggestion("heilerziehungspfleger", country: "PL")
        XCTAssertEqual(s.partnerID, "partner.bezreg-arnsberg")
        XCTAssertEqual(s.regulated, .regulated)
    }

    func testTheZAGIsAUnitOfTheBezirksregierungMuenster() throws {
        let zag = try XCTUnwrap(Seed.document.partners["partner.zag"])
        XCTAssertEqual(zag.shortName, "ZAG")
        XCTAssertEqual(zag.relations.map(\.target), ["partner.bezreg-muenster"])
        XCTAssertEqual(Seed.document.partners["partner.bezreg-muenster"]?.shortName, "", "ZAG is the unit's short name")
        XCTAssertEqual(Seed.partners.filter { $0.shortName == "ZAG" }.count, 1)
    }

    // MARK: Residence outside NRW or abroad

    func testResidenceIsAPlaceInNRWAnotherLandOrAbroad() throws {
        XCTAssertEqual(Residence.find("Köln"), .nrw(try XCTUnwrap(Gazetteer.find("Köln"))))
        XCTAssertEqual(Residence.find("Bayern"), .outsideNRW("Bayern"))
        XCTAssertEqual(Residence.find("lower saxony"), .outsideNRW("Niedersachsen"))
        XCTAssertEqual(Residence.find("außerhalb NRW"), .outsideNRW("außerhalb NRW"))
        XCTAssertEqual(Residence.find("Ausland"), .abroad(nil))
        XCTAssertEqual(Residence.find("abroad"), .abroad(nil))
        XCTAssertEqual(Residence.find("Türkei"), .abroad(Countries.find("TR")))
        XCTAssertNil(Residence.find("Deutschland"), "Germany is no residence abroad")
        XCTAssertNil(Residence.find("Atlantis"))
        XCTAssertEqual(Residence.closePlaces(to: "Atlantis"), [])
        XCTAssertEqual(Residence.closePlaces(to: "Bielefled").first?.name, "Bielefeld")
    }

    func testRowsByResidenceSayWhoDecidesForSomeoneLivingElsewhere() throws {
        for id in ["ingenieur", "tischler", "sozialarbeiter", "meister-handwerk"] {
            let outside = try XCTUnwrap(try needs(id, living: "Hessen"), id)
            XCTAssertEqual(outside.name, AuthorityText.authorityLivesOutsideNRW("", "").name, id)
            XCTAssertTrue(outside.text(.de).contains("künftige Arbeitsort (Sitz des Arbeitgebers, Stellenangebot)"), id)
            let abroad = try XCTUnwrap(try needs(id, country: "SY", living: "Türkei"), id)
            XCTAssertEqual(abroad.name, AuthorityText.authorityLivesAbroad("", nil).name, id)
        }
        let abroad = try XCTUnwrap(try needs("tischler", living: "Türkei"))
        XCTAssertTrue(abroad.text(.de).contains("Tischler/in: Wohnsitz in der Türkei – zuständig ist die Stelle am künftigen Arbeitsort"), abroad.de)
        XCTAssertTrue(abroad.text(.de).contains("Zentrale Servicestelle Berufsanerkennung (ZSBA)"))
        XCTAssertTrue(abroad.text(.en).contains("living in Türkiye –"), abroad.en)
        XCTAssertTrue(try XCTUnwrap(try needs("tischler", living: "Ausland")).text(.de).contains("Wohnsitz im Ausland"))
    }

    func testStatewideRowsNoteWhatAnApplicationFromElsewhereNeeds() throws {
        let nurse = try suggestion("gesundheits-krankenpfleger", country: "PH", living: "Philippinen")
        XCTAssertEqual(nurse.partnerID, "partner.zag")
        XCTAssertEqual(nurse.notes.map(\.name), [AuthorityText.authorityNoteFromAbroad(nil).name])
        XCTAssertTrue(nurse.notes[0].text(.de).hasPrefix("Wohnsitz auf den Philippinen: Die NRW-Stelle braucht einen Nachweis"), nurse.notes[0].de)
        XCTAssertTrue(nurse.notes[0].text(.en).hasPrefix("Living in the Philippines:"), nurse.notes[0].en)
        let doctor = try suggestion("arzt", living: "Berlin")
        XCTAssertEqual(doctor.notes.map(\.name), [AuthorityText.authorityNoteFromOutsideNRW("").name])
        XCTAssertEqual(try suggestion("arzt", living: "Münster").notes, [])
    }

    // MARK: Grammar and suggestions

    func testCountriesReadWithTheirArticleAfterIn() throws {
        let german: [(String, String)] = [("TR", "in der Türkei"), ("CH", "in der Schweiz"), ("NL", "in den Niederlanden"),
                                          ("US", "in den Vereinigten Staaten"), ("IQ", "im Irak"), ("PL", "in Polen"),
                                          ("PH", "auf den Philippinen"), ("SK", "in der Slowakei")]
        for (code, phrase) in german {
            XCTAssertEqual(try XCTUnwrap(Countries.find(code)).inName(.de), phrase, code)
        }
        let english: [(String, String)] = [("NL", "in the Netherlands"), ("US", "in the United States"), ("PL", "in Poland"),
                                           ("GB", "in the United Kingdom"), ("CH", "in Switzerland")]
        for (code, phrase) in english {
            XCTAssertEqual(try XCTUnwrap(Countries.find(code)).inName(.en), phrase, code)
        }
        let teacher = try suggestion("lehrer", country: "CH")
        XCTAssertTrue(teacher.reason.text(.de).contains("Ausbildung in der Schweiz (CH), einem Staat der EU"), teacher.reason.de)
        XCTAssertTrue(teacher.reason.text(.en).contains("trained in Switzerland (CH)"), teacher.reason.en)
        XCTAssertTrue(try suggestion("erzieher", country: "NL").reason.text(.de).contains("Ausbildung in den Niederlanden (NL)"))
    }

    func testDidYouMeanOnlyForCloseWords() {
        XCTAssertEqual(LookupFold.maxDistance(6), 2)
        XCTAssertEqual(LookupFold.maxDistance(16), 4)
        guard case .unknown(let close) = ReferenceOccupations.match("Tischlr") else { return XCTFail("Tischlr is unknown") }
        XCTAssertEqual(close.first?.id, "tischler")
        XCTAssertEqual(ReferenceOccupations.match("Xylophonbauer"), .unknown(suggestions: []))
        XCTAssertEqual(Countries.suggestions(for: "Qwertzuiop"), [])
        XCTAssertEqual(AuthorityText.authorityUnknownCountry("Atlantis", []).text(.de), "Land „Atlantis“ nicht gefunden.")
        let close2 = AuthorityText.authorityUnknownCountry("Syrein", Countries.suggestions(for: "Syrein"))
        XCTAssertTrue(close2.text(.de).contains("Syrien (SY)") && close2.text(.en).contains("Syria (SY)"))
    }

    // MARK: The third regulation state in files

    func testRegulationCellsAcceptLabelsRawValuesAndTheOldYesNo() {
        let cells: [(String, Regulation?)] = [
            ("ja", .regulated), ("Yes", .regulated), ("nein", .notRegulated), ("no", .notRegulated),
            ("reglementiert", .regulated), ("nicht reglementiert", .notRegulated), ("Berufsbezeichnung geschützt", .titleProtected),
            ("protected title", .titleProtected), ("titleProtected", .titleProtected), ("vielleicht", nil),
        ]
        for (cell, expected) in cells {
            XCTAssertEqual(Regulation(cell: cell), expected, cell)
        }
        XCTAssertEqual(Regulation.regulated.formToken, "yes", "drafts of the two-state time stored yes/no")
        XCTAssertEqual(Regulation.titleProtected.formToken, "titleProtected")
    }

    func testTheSnapshotWritesTheStateAndStillReadsTheOldBoolean() throws {
        var c = Case(id: "c.1", meta: .seed, number: "NRW-2026-000001", status: .firstCounselling)
        c.regulated = .titleProtected
        XCTAssertEqual(c.plist["regulated"], .string("titleProtected"))
        XCTAssertEqual(try Case(fields: PlistReader(c.plist, path: "")).regulated, .titleProtected)
        for (old, expected) in [(true, Regulation.regulated), (false, .notRegulated)] {
            guard case .dict(var pairs) = c.plist else { return XCTFail("a case is a dictionary") }
            pairs = pairs.map { $0.0 == "regulated" ? ($0.0, .bool(old)) : $0 }
            XCTAssertEqual(try Case(fields: PlistReader(.dict(pairs), path: "")).regulated, expected, "\(old)")
        }
    }

    func testTheCaseExportWritesTheStateAndTheImportReadsItBack() throws {
        var c = Case(id: "c.1", meta: .seed, number: "NRW-2026-000001")
        c.person.firstName = "Ada"
        c.person.lastName = "Ingenieurin"
        c.regulated = .titleProtected
        let document = Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures, cases: [c])
        let german = CaseExchange.csv(document, language: .de, includePersonal: true)
        XCTAssertTrue(german.contains(";Berufsbezeichnung geschützt;"), german)
        XCTAssertTrue(CaseExchange.csv(document, language: .en, includePersonal: true).contains(",protected title,"))
        XCTAssertTrue(CaseExchange.json(document, includePersonal: false).contains("\"regulated\": \"titleProtected\""))
        // Imported over the case without the state, so that every row changes it.
        let unknown = Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures,
                               cases: [Case(id: "c.1", meta: .seed, number: "NRW-2026-000001", person: c.person)])
        func imported(_ cell: String) -> CaseImportResult {
            CaseExchange.importCSV(german.replacingOccurrences(of: "Berufsbezeichnung geschützt", with: cell), existing: unknown,
                                   now: Date(), user: "importer", newID: { "new" })
        }
        XCTAssertEqual(imported("Berufsbezeichnung geschützt").records.first?.regulated, .titleProtected)
        XCTAssertEqual(imported("ja").records.first?.regulated, .regulated, "files of the two-state time")
        XCTAssertEqual(imported("nein").records.first?.regulated, .notRegulated)
        let bad = imported("vielleicht")
        XCTAssertEqual(bad.errors.count, 1)
        XCTAssertTrue(bad.errors.first?.message.text(.de).contains("Berufsbezeichnung geschützt") == true)
    }

    // MARK: The command, every row of §5

    func testTheCommandAnswersEveryRowOfTheIssue() throws {
        let home = NSTemporaryDirectory() + "iq-authority-rows-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let rows: [(args: [String], status: Int32, out: [String], err: [String])] = [
            (["Bauingenieurin", "--place", "Bielefeld"], 0, ["Reglementiert: nur die Berufsbezeichnung ist geschützt", "Bezirksregierung Detmold"], []),
            (["Architekt", "--country", "IR"], 0, ["Zuständige Stelle: Architektenkammer Nordrhein-Westfalen", "(partner.aknw)"], []),
            (["Sozialpädagogin", "--place", "Essen"], 0, ["Zuständige Stelle: Bezirksregierung Düsseldorf"], []),
            (["Tierärztin", "--country", "RO"], 0, ["Zuständige Stelle: Landesamt für Verbraucherschutz und Ernährung NRW (LAVE)"], []),
            (["Rechtsanwältin", "--country", "Polen"], 0, ["Gemeinsames Prüfungsamt der Länder", "Rechtsanwaltskammer Düsseldorf, Hamm oder Köln"], []),
            (["Rechtsanwalt", "--country", "Syrien"], 1, [], ["keine Anerkennung als Rechtsanwalt"]),
            (["Steuerberater", "--country", "AT"], 0, ["Steuerberaterkammer"], []),
            (["Lebensmittelchemikerin", "--country", "IT"], 0, ["Prüfungsausschuss für die Zweite Staatsprüfung"], []),
            (["Lokführer"], 0, ["Zuständige Stelle: Eisenbahn-Bundesamt"], []),
            (["Meister", "im", "Handwerk", "--place", "Hamm"], 0, ["Zuständige Stelle: Handwerkskammer Dortmund"], []),
            (["Rettungssanitäter"], 1, ["Referenzberuf: Rettungssanitäter/in"], ["ist nicht Notfallsanitäter/in"]),
            (["Notfallsanitäter"], 0, ["ZAG-PuG"], []),
            (["Krankenschwester"], 0, ["Referenzberuf: Pflegefachfrau/Pflegefachmann", "seit 1. Juli 2021"], []),
            (["Heilerziehungspfleger", "--country", "PL"], 0, ["Reglementiert: ja", "Bezirksregierung Arnsberg"], []),
            (["Zahnärztin"], 0, ["Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG)", "seit Juli 2020"], []),
            (["Tischler", "--place", "Bayern"], 1, ["Wohnort: außerhalb NRW (Bayern)"], ["künftige Arbeitsort"]),
            (["Tischler", "--place", "Türkei"], 1, ["Wohnort: Ausland (Türkei, TR)"], ["Wohnsitz in der Türkei", "ZSBA"]),
            (["Physiotherapeutin", "--place", "Ausland"], 0, ["Hinweis: Wohnsitz im Ausland: Die NRW-Stelle braucht"], []),
            (["Lehrerin", "--country", "NL"], 0, ["Ausbildung in den Niederlanden (NL)"], []),
            (["Xylophonbauer"], 1, [], ["Referenzberuf „Xylophonbauer“ nicht gefunden.\n"]),
        ]
        for row in rows {
            let r = try ProgramRun.run(["authority"] + row.args, home: home)
            let label = row.args.joined(separator: " ")
            XCTAssertEqual(r.status, row.status, "\(label): \(r.err)")
            for part in row.out { XCTAssertTrue(r.out.contains(part), "\(label): \(r.out)") }
            for part in row.err { XCTAssertTrue(r.err.contains(part), "\(label): \(r.err)") }
        }
        let english = try ProgramRun.run(["authority", "Tischler", "--place", "Türkei"], home: home, language: "en")
        XCTAssertTrue(english.out.contains("Residence: abroad (Türkiye, TR)"), english.out)
        XCTAssertTrue(english.err.contains("living in Türkiye"), english.err)
    }
}
