import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// The reference occupations, the countries, every row of DOMAIN.md's table of competent
/// authorities in NRW, and `iq-tui authority` run as the built program.
final class AuthorityRoutingTests: XCTestCase {

    // MARK: Helpers

    private func occupation(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> ReferenceOccupation {
        try XCTUnwrap(ReferenceOccupations.occupation(id: id), "no occupation \(id)", file: file, line: line)
    }

    private func place(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Municipality {
        try XCTUnwrap(Gazetteer.find(name), "no municipality \(name)", file: file, line: line)
    }

    private func suggestion(_ id: String, country: String? = nil, residence: String? = nil,
                            file: StaticString = #filePath, line: UInt = #line) throws -> AuthoritySuggestion {
        let result = AuthorityRouting.suggest(occupation: try occupation(id, file: file, line: line), countryOfTraining: country,
                                              residence: try residence.map { try place($0, file: file, line: line) })
        guard case .suggestion(let s) = result else {
            XCTFail("\(id) \(country ?? "-") \(residence ?? "-"): \(result)", file: file, line: line)
            throw XCTSkip("no suggestion")
        }
        return s
    }

    private func needs(_ id: String, country: String? = nil, residence: String? = nil) throws -> String? {
        let result = AuthorityRouting.suggest(occupation: try occupation(id), countryOfTraining: country,
                                              residence: try residence.map { try place($0) })
        if case .needs(let message) = result { return message.name }
        return nil
    }

    // MARK: Reference occupations

    func testAtLeastFortyOccupationsWithUniqueIDsInEveryGroup() {
        let all = ReferenceOccupations.all
        XCTAssertGreaterThanOrEqual(all.count, 40)
        XCTAssertEqual(Set(all.map(\.id)).count, all.count, "ids are unique")
        XCTAssertEqual(Set(all.map(\.name)).count, all.count, "names are unique")
        for o in all {
            XCTAssertTrue(o.id.allSatisfy { ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }, o.id)
            XCTAssertFalse(o.englishName.isEmpty, o.id)
        }
        for group in OccupationGroup.allCases {
            XCTAssertTrue(all.contains { $0.group == group }, "\(group)")
        }
        XCTAssertTrue(all.filter { [.medicalApprobation, .healthProfession, .teacher].contains($0.group) }.allSatisfy { $0.regulated == .regulated })
        XCTAssertTrue(all.filter { [.engineer, .architect].contains($0.group) }.allSatisfy { $0.regulated == .titleProtected },
                      "engineers and architects: only the title is protected")
        XCTAssertTrue(all.filter { [.ihk, .handwerk, .academicNonRegulated].contains($0.group) }.allSatisfy { $0.regulated == .notRegulated })
        XCTAssertTrue(all.filter { $0.group == .handwerk }.allSatisfy { $0.note == AuthorityText.occupationNoteHandwerk })
        XCTAssertEqual(try occupation("erzieher").regulated, .regulated)
        XCTAssertEqual(try occupation("heilerziehungspfleger").regulated, .regulated)
    }

    func testEveryNameAndAliasFindsItsOwnOccupation() {
        XCTAssertNil(ReferenceOccupations.occupation(id: "altenpfleger"), "Altenpfleger/in is an alias of Pflegefachfrau/-mann now")
        for o in ReferenceOccupations.all {
            for name in o.searchNames {
                XCTAssertEqual(ReferenceOccupations.find(name)?.id, o.id, "“\(name)”")
            }
        }
    }

    func testLookupByAliasDiacriticsAndWords() {
        let expected: [(String, String)] = [
            ("Krankenschwester", "gesundheits-krankenpfleger"), ("Pflegefachkraft", "gesundheits-krankenpfleger"),
            ("Pflegefachmann", "gesundheits-krankenpfleger"), ("Altenpflegerin", "gesundheits-krankenpfleger"),
            ("Gesundheits- und Krankenpfleger/in", "gesundheits-krankenpfleger"), ("Kinderkrankenschwester", "gesundheits-krankenpfleger"),
            ("Rettungssanitäter", "rettungssanitaeter"), ("Notfallsanitäterin", "notfallsanitaeter"), ("Lokführer", "triebfahrzeugfuehrer"),
            ("Rechtsanwältin", "rechtsanwalt"), ("Steuerberaterin", "steuerberater"), ("Meisterin", "meister-handwerk"),
            ("Lebensmittelchemikerin", "lebensmittelchemiker"), ("Architektin", "architekt"), ("Tierärztin", "tierarzt"),
            ("nurse", "gesundheits-krankenpfleger"), ("doctor", "arzt"), ("Elektriker", "elektroniker-handwerk"),
            ("Schreiner", "tischler"), ("Ärztin", "arzt"), ("AERZTIN", "arzt"), ("arztin", "arzt"), ("Erzieherin", "erzieher"),
            ("erzieher", "erzieher"), ("Köchin", "koch"), ("Koechin", "koch"), ("Frisoer", "friseur"), ("Physiotherapeutin", "physiotherapeut"),
            ("kfz mechatroniker", "kfz-mechatroniker"), ("Fachkraft fuer Lagerlogistik", "fachkraft-lagerlogistik"),
            ("  hebamme ", "hebamme"), ("mtra", "mtra"), ("Logopaedin", "logopaede"), ("Betriebstechnik", "elektroniker-betriebstechnik"),
            ("Sozialpädagogin", "sozialarbeiter"), ("Lehrerin", "lehrer"), ("Bauingenieurin", "bauingenieur"), ("BWL", "betriebswirt"),
        ]
        for (typed, id) in expected {
            XCTAssertEqual(ReferenceOccupations.find(typed)?.id, id, typed)
        }
        guard case .ambiguous(let both) = ReferenceOccupations.match("Elektroniker") else { return XCTFail("Elektroniker is ambiguous") }
        XCTAssertEqual(Set(both.map(\.id)), ["elektroniker-betriebstechnik", "elektroniker-handwerk"])
        guard case .unknown(let far) = ReferenceOccupations.match("Fantasieberuf") else { return XCTFail("Fantasieberuf is unknown") }
        XCTAssertEqual(far, [], "a far-off word gets no suggestions")
        guard case .unknown(let typo) = ReferenceOccupations.match("Physiotherapeutt") else { return XCTFail("a typo is unknown") }
        XCTAssertEqual(typo.first?.id, "physiotherapeut", "the closest name first")
        XCTAssertEqual(ReferenceOccupations.match(""), .unknown(suggestions: []))
    }

    // MARK: Countries

    func testCountriesByCodeAndName() throws {
        XCTAssertEqual(Countries.all.filter(\.isEU).count, 27)
        XCTAssertEqual(Set(Countries.all.map(\.code)).count, Countries.all.count, "codes are unique")
        XCTAssertTrue(Countries.all.allSatisfy { $0.code.count == 2 && $0.code == $0.code.uppercased() })
        let needed = ["IS", "LI", "NO", "CH", "SY", "AF", "IQ", "IR", "TR", "UA", "RU", "PL", "RO", "BG", "BA", "RS", "XK", "AL",
                      "MA", "TN", "EG", "NG", "GH", "IN", "PK", "PH", "VN", "CN", "BR", "CO", "MX", "US", "ER", "SO", "LB", "PS"]
        for code in needed + Array(Country.euCodes) {
            XCTAssertEqual(Countries.find(code)?.code, code, code)
        }
        let names: [(String, String)] = [
            ("pl", "PL"), ("UK", "GB"), ("Großbritannien", "GB"), ("grossbritannien", "GB"), ("Türkei", "TR"), ("Tuerkei", "TR"),
            ("turkey", "TR"), ("Türkiye", "TR"), ("Syrien", "SY"), ("syria", "SY"), ("Elfenbeinküste", "CI"), ("Cote d'Ivoire", "CI"),
            ("Österreich", "AT"), ("oesterreich", "AT"), ("Weißrussland", "BY"), ("Holland", "NL"), ("Nordmazedonien", "MK"),
            ("Vereinigte Staaten", "US"), ("usa", "US"), ("Spain", "ES"), ("Bosnien-Herzegowina", "BA"),
        ]
        for (typed, code) in names {
            XCTAssertEqual(Countries.find(typed)?.code, code, typed)
        }
        XCTAssertNil(Countries.find("Atlantis"))
        XCTAssertNil(Countries.find(" "))
        XCTAssertEqual(Countries.suggestions(for: "Syrein").first?.code, "SY")
        XCTAssertEqual(Countries.suggestions(for: "Atlantis"), [], "no country is close to Atlantis")
        let switzerland = try XCTUnwrap(Countries.find("CH"))
        XCTAssertTrue(switzerland.isEUEEAOrSwitzerland)
        XCTAssertFalse(switzerland.isEU)
        XCTAssertFalse(try XCTUnwrap(Countries.find("GB")).isEUEEAOrSwitzerland, "the UK left the EU")
        XCTAssertEqual(switzerland.name(.en), "Switzerland")
    }

    // MARK: The table, row by row

    func testApprobationGoesToTheZAGWithTheChambersForDoctors() throws {
        let doctor = try suggestion("arzt", country: "SY")
        XCTAssertEqual(doctor.authorityName, "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG), Bezirksregierung Münster")
        XCTAssertEqual(doctor.partnerID, "partner.zag")
        XCTAssertEqual(doctor.regulated, .regulated)
        XCTAssertEqual(doctor.alsoRelevant.count, 2)
        XCTAssertTrue(doctor.alsoRelevant[0].hasPrefix("Ärztekammer Westfalen-Lippe") && doctor.alsoRelevant[0].contains("Kenntnis"))
        XCTAssertTrue(doctor.alsoRelevant[1].hasPrefix("Ärztekammer Nordrhein") && doctor.alsoRelevant[1].contains("Fachsprachprüfung"))
        XCTAssertTrue(doctor.reason.text(.de).hasPrefix("Arzt/Ärztin: Approbation → Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG) der Bezirksregierung Münster, für ganz NRW seit Juli 2020 (vorher: "), doctor.reason.de)
        XCTAssertTrue(doctor.reason.text(.de).contains("Landesprüfungsamt für Medizin, Psychotherapie und Pharmazie bei der Bezirksregierung Düsseldorf"))
        for id in ["zahnarzt", "apotheker", "psychotherapeut"] {
            let s = try suggestion(id)
            XCTAssertEqual(s.partnerID, "partner.zag", id)
            XCTAssertEqual(s.alsoRelevant, [], id)
        }
    }

    func testHealthProfessionsGoToTheZAGPuG() throws {
        for o in ReferenceOccupations.all where o.group == .healthProfession {
            let s = try suggestion(o.id, country: "PH")
            XCTAssertEqual(s.authorityName, "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG), Bezirksregierung Münster", o.id)
            XCTAssertEqual(s.partnerID, "partner.zag")
            XCTAssertEqual(s.regulated, .regulated)
            XCTAssertTrue(s.reason.text(.de).contains("seit 1. Juli 2021 (vorher: Landesprüfungsamt bei der Bezirksregierung Düsseldorf)"), o.id)
        }
    }

    func testTeachersByEUOrThirdCountry() throws {
        for code in ["PL", "ES", "AT", "FR", "RO", "NO", "IS", "LI", "CH"] {
            let s = try suggestion("lehrer", country: code)
            XCTAssertEqual(s.authorityName, "Bezirksregierung Arnsberg", code)
            XCTAssertEqual(s.partnerID, "partner.bezreg-arnsberg")
        }
        for code in ["SY", "UA", "TR", "US", "GB", "RS", "IR"] {
            XCTAssertEqual(try suggestion("lehrer", country: code).partnerID, "partner.bezreg-detmold", code)
        }
        XCTAssertEqual(try suggestion("lehrer", country: "Polen").reason.text(.de),
                       "Lehrer/in: Ausbildung in Polen (PL), einem Staat der EU, des EWR oder der Schweiz → Bezirksregierung Arnsberg (Lehrkräfte)")
        XCTAssertEqual(try needs("lehrer"), AuthorityText.authorityNeedsCountry("").name)
    }

    func testFachschuleOccupationsByCountryOfTraining() throws {
        let table: [String: [String]] = [
            "Köln": ["BE", "FR", "GB", "IE", "IT", "LU", "NL", "PT", "ES"],
            "Arnsberg": ["PL", "RO", "SK", "CZ"],
            "Detmold": ["AL", "BG", "HU", "AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"],
            "Düsseldorf": ["GR", "AT", "CH", "TR", "BA", "HR", "ME", "MK", "RS", "SI", "XK"],
            "Münster": ["DK", "FI", "IS", "NO", "SE", "SY", "AF", "IQ", "IR", "ER", "MA", "EG", "NG", "IN", "CN", "VN", "BR", "US", "AU"],
        ]
        let ids = ReferenceOccupations.all.filter { $0.group == .fachschuleOccupation }.map(\.id)
        XCTAssertTrue(Set(["erzieher", "kinderpfleger", "techniker"]).isSubset(of: ids))
        for (district, codes) in table {
            for code in codes {
                for id in ids {
                    let s = try suggestion(id, country: code)
                    XCTAssertEqual(s.authorityName, "Bezirksregierung \(district)", "\(id) \(code)")
                    XCTAssertNotNil(s.partnerID)
                }
            }
        }
        XCTAssertEqual(try suggestion("erzieher", country: "PL").reason.text(.de),
                       "Erzieher/in: Ausbildung in Polen (PL) → Bezirksregierung Arnsberg (NRW-Zuständigkeit nach Ausbildungsstaat)")
        XCTAssertEqual(try suggestion("erzieher", country: "Spanien").partnerID, "partner.bezreg-koeln")
        XCTAssertEqual(try suggestion("kinderpfleger", country: "tuerkei").partnerID, "partner.bezreg-duesseldorf")
        XCTAssertEqual(try suggestion("techniker", country: "Ukraine").partnerID, "partner.bezreg-detmold")
        XCTAssertTrue(try suggestion("erzieher", country: "SY").reason.text(.en).contains("trained in Syria (SY) → Bezirksregierung Münster"))
    }

    func testFachschuleEuropeanStatesTheTableDoesNotNameNeedClarifying() throws {
        for code in ["MT", "CY", "LI", "AD", "MC", "SM", "VA"] {
            XCTAssertEqual(try needs("erzieher", country: code), AuthorityText.authorityCountryNotInTable("", Countries.all[0]).name, code)
        }
        XCTAssertEqual(try needs("erzieher", country: "DE"), AuthorityText.authorityTrainingInGermany("").name)
        XCTAssertEqual(try needs("arzt", country: "Deutschland"), AuthorityText.authorityTrainingInGermany("").name, "German training is no foreign one")
        XCTAssertEqual(try needs("erzieher"), AuthorityText.authorityNeedsCountry("").name)
        XCTAssertEqual(try needs("erzieher", country: "Atlantis"), AuthorityText.authorityUnknownCountry("", []).name)
        // Every country is decided or explicitly not covered: no European state silently goes to Münster.
        for country in Countries.all where country.european {
            let district = AuthorityRouting.fachschuleDistrict(for: country)
            XCTAssertTrue(district != "Münster" || ["DK", "FI", "IS", "NO", "SE"].contains(country.code), country.code)
        }
    }

    func testEngineersByTheRegierungsbezirkOfResidence() throws {
        let places = ["Aachen": "Köln", "Essen": "Düsseldorf", "Ahaus": "Münster", "Paderborn": "Detmold", "Siegen": "Arnsberg"]
        for (town, district) in places {
            let s = try suggestion("ingenieur", country: "IN", residence: town)
            XCTAssertEqual(s.authorityName, "Bezirksregierung \(district)", town)
            XCTAssertTrue(s.partnerID?.rawValue.hasPrefix("partner.bezreg-") == true)
            XCTAssertEqual(s.alsoRelevant, [])
        }
        let civil = try suggestion("bauingenieur", residence: "Bielefeld")
        XCTAssertEqual(civil.partnerID, "partner.bezreg-detmold")
        XCTAssertEqual(civil.alsoRelevant.count, 1)
        XCTAssertTrue(civil.alsoRelevant[0].hasPrefix("Ingenieurkammer-Bau NRW"))
        XCTAssertEqual(try suggestion("maschinenbauingenieur", residence: "Köln").partnerID, "partner.bezreg-koeln")
        XCTAssertEqual(try needs("ingenieur", country: "IN"), AuthorityText.authorityNeedsResidence("").name)
    }

    func testHandwerkByTheChamberOfTheResidencesKreis() throws {
        let places: [(String, HandwerkChamber)] = [
            ("Heinsberg", .aachen), ("Aachen", .aachen), ("Krefeld", .duesseldorf), ("Wesel", .duesseldorf),
            ("Bergisch Gladbach", .koeln), ("Bonn", .koeln), ("Hamm", .dortmund), ("Witten", .dortmund),
            ("Ahaus", .muenster), ("Gelsenkirchen", .muenster), ("Detmold", .owl), ("Gütersloh", .owl),
            ("Siegen", .suedwestfalen), ("Lüdenscheid", .suedwestfalen), ("Arnsberg", .suedwestfalen),
        ]
        for (town, chamber) in places {
            let s = try suggestion("tischler", country: "SY", residence: town)
            XCTAssertEqual(s.partnerID, chamber.partnerID, town)
            XCTAssertEqual(s.authorityName, chamber.name, town)
            XCTAssertEqual(s.regulated, .notRegulated)
        }
        XCTAssertEqual(try suggestion("friseur", residence: "Ahaus").reason.text(.de),
                       "Friseur/in: Handwerksberuf → örtliche Handwerkskammer; Ahaus (Kreis: Borken) gehört zum Bezirk der Handwerkskammer Münster")
        XCTAssertEqual(try needs("tischler", country: "SY"), AuthorityText.authorityNeedsResidence("").name)
    }

    func testEveryKreisOfTheGazetteerHasAChamberInItsRegierungsbezirk() {
        let kreise = Dictionary(Gazetteer.all.map { ($0.kreis, $0.regierungsbezirk) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(kreise.count, 53)
        XCTAssertEqual(Set(HandwerkChamber.byKreis.keys), Set(kreise.keys))
        let districts: [HandwerkChamber: String] = [.aachen: "Köln", .koeln: "Köln", .duesseldorf: "Düsseldorf", .muenster: "Münster",
                                                     .owl: "Detmold", .dortmund: "Arnsberg", .suedwestfalen: "Arnsberg"]
        for (kreis, chamber) in HandwerkChamber.byKreis {
            XCTAssertEqual(kreise[kreis], districts[chamber], kreis)
        }
        XCTAssertEqual(Set(HandwerkChamber.byKreis.values), Set(HandwerkChamber.allCases))
    }

    func testIHKOccupationsGoToIHKFOSAAndDegreesToTheZAB() throws {
        for o in ReferenceOccupations.all where o.group == .ihk {
            let s = try suggestion(o.id, country: "VN")
            XCTAssertEqual(s.authorityName, "IHK FOSA, Nürnberg", o.id)
            XCTAssertEqual(s.partnerID, "partner.ihk-fosa")
        }
        for o in ReferenceOccupations.all where o.group == .academicNonRegulated {
            let s = try suggestion(o.id)
            XCTAssertEqual(s.partnerID, "partner.zab", o.id)
            XCTAssertTrue(s.reason.text(.de).contains("Zeugnisbewertung"))
            XCTAssertEqual(s.regulated, .notRegulated)
        }
    }

    func testSeveralCountriesOfOrigin() throws {
        let expected: [String: (erzieher: String, lehrer: String)] = [
            "SY": ("partner.bezreg-muenster", "partner.bezreg-detmold"), "UA": ("partner.bezreg-detmold", "partner.bezreg-detmold"),
            "PL": ("partner.bezreg-arnsberg", "partner.bezreg-arnsberg"), "ES": ("partner.bezreg-koeln", "partner.bezreg-arnsberg"),
            "TR": ("partner.bezreg-duesseldorf", "partner.bezreg-detmold"), "US": ("partner.bezreg-muenster", "partner.bezreg-detmold"),
        ]
        for (code, ids) in expected {
            XCTAssertEqual(try suggestion("erzieher", country: code).partnerID?.rawValue, ids.erzieher, code)
            XCTAssertEqual(try suggestion("lehrer", country: code).partnerID?.rawValue, ids.lehrer, code)
            XCTAssertEqual(try suggestion("gesundheits-krankenpfleger", country: code).partnerID, "partner.zag", code)
        }
    }

    func testEverySuggestedPartnerIsInTheSeed() throws {
        let seedIDs = Set(Seed.document.partners.items.map(\.id))
        for o in ReferenceOccupations.all {
            for country in ["PL", "SY", "ES", "TR", "UA", "NO"] {
                for town in ["Aachen", "Essen", "Münster", "Bielefeld", "Dortmund", "Siegen", "Köln"] {
                    let result = AuthorityRouting.suggest(occupation: o, countryOfTraining: country, residence: Gazetteer.find(town))
                    // Bodies outside the IQ network are named, not linked.
                    let unlinked: [OccupationGroup] = [.lawyer, .taxAdvisor, .foodChemist, .trainDriver]
                    if case .suggestion(let s) = result, !unlinked.contains(o.group) {
                        let id = try XCTUnwrap(s.partnerID, "\(o.id) \(country) \(town)")
                        XCTAssertTrue(seedIDs.contains(id), "\(id)")
                    } else if case .needs = result {
                        XCTAssertTrue([.notCovered, .lawyer, .taxAdvisor, .foodChemist].contains(o.group), "\(o.id) \(country) \(town): \(result)")
                    }
                }
            }
        }
    }

    // MARK: Command line

    func testAuthorityParses() throws {
        func parse(_ a: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> { LaunchOptions.parse(a, environment: [:]) }
        XCTAssertEqual(try parse(["authority", "Erzieherin", "--country", "PL"]).get().command,
                       .authority(occupation: "Erzieherin", country: "PL", place: nil))
        XCTAssertEqual(try parse(["authority", "Fachkraft", "für", "Lagerlogistik", "--place=Bad Oeynhausen"]).get().command,
                       .authority(occupation: "Fachkraft für Lagerlogistik", country: nil, place: "Bad Oeynhausen"))
        XCTAssertEqual(try parse(["--country=SY", "authority", "Arzt"]).get().command, .authority(occupation: "Arzt", country: "SY", place: nil))
        XCTAssertEqual(parse(["authority"]), .failure(.missingArgument("authority")))
        XCTAssertEqual(parse(["authority", "Arzt", "--country"]), .failure(.missingValue("--country")))
        XCTAssertEqual(parse(["authority", "Arzt", "--place", "--ascii"]), .failure(.missingValue("--place")))
        XCTAssertEqual(parse(["nearest", "Köln", "--country", "PL"]), .failure(.unexpectedArgument("--country")))
        XCTAssertEqual(parse(["--place", "Köln"]), .failure(.unexpectedArgument("--place")))
        XCTAssertEqual(parse(["authority", "Arzt", "--service", "x"]), .failure(.unexpectedArgument("--service")))
    }

    /// `iq-tui` with these arguments, run with a private HOME; skips when it is not built.
    private func run(_ arguments: [String], language: String = "de") throws -> (status: Int32, out: String, err: String) {
        let home = NSTemporaryDirectory() + "iq-authority-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let r = try ProgramRun.run(arguments, home: home, language: language)
        return (r.status, r.out, r.err)
    }

    func testCommandErzieherinFromPoland() throws {
        let result = try run(["authority", "Erzieherin", "--country", "PL"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "")
        XCTAssertTrue(result.out.hasPrefix("Referenzberuf: Erzieher/in\n"), result.out)
        XCTAssertTrue(result.out.contains("Reglementiert: ja"), result.out)
        XCTAssertTrue(result.out.contains("Ausbildungsstaat: Polen (PL)"), result.out)
        XCTAssertTrue(result.out.contains("Zuständige Stelle: Bezirksregierung Arnsberg\n"), result.out)
        XCTAssertTrue(result.out.contains("NRW-Zuständigkeit nach Ausbildungsstaat"), result.out)
        let english = try run(["authority", "Arzt"], language: "en")
        XCTAssertEqual(english.status, 0, english.err)
        XCTAssertTrue(english.out.contains("Competent authority (zuständige Stelle): Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG), Bezirksregierung Münster"), english.out)
        XCTAssertTrue(english.out.contains("In the partner directory: Zentrale Anerkennungsstelle für Gesundheitsberufe (partner.zag)"), english.out)
        XCTAssertTrue(english.out.contains("Also relevant:\n  – Ärztekammer Westfalen-Lippe"), english.out)
    }

    func testCommandUnknownOccupationSuggests() throws {
        let result = try run(["authority", "Fantasieberuf"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "Referenzberuf „Fantasieberuf“ nicht gefunden.\n", "a far-off word gets no suggestions")
        let typo = try run(["authority", "Physiotherapeutt"], language: "en")
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.err.contains("Did you mean: Physiotherapeut/in"), typo.err)
    }

    func testCommandMissingInputs() throws {
        let craft = try run(["authority", "Tischler"])
        XCTAssertEqual(craft.status, 1)
        XCTAssertTrue(craft.out.contains("Referenzberuf: Tischler/in"), craft.out)
        XCTAssertTrue(craft.err.contains("Wohnort") && craft.err.contains("--place"), craft.err)
        let placed = try run(["authority", "Fachkraft", "für", "Lagerlogistik"])
        XCTAssertEqual(placed.status, 0, placed.err)
        XCTAssertTrue(placed.out.contains("IHK FOSA, Nürnberg"), placed.out)
        let country = try run(["authority", "Lehrerin"])
        XCTAssertEqual(country.status, 1)
        XCTAssertTrue(country.err.contains("--country"), country.err)
        let badPlace = try run(["authority", "Friseurin", "--place", "Atlantis"])
        XCTAssertEqual(badPlace.status, 1)
        XCTAssertTrue(badPlace.err.hasPrefix("Ort „Atlantis“ nicht gefunden (weder in NRW"), badPlace.err)
        let typo = try run(["authority", "Friseurin", "--place", "Bielefled"])
        XCTAssertTrue(typo.err.hasPrefix("Ort „Bielefled“ nicht gefunden. Meinten Sie: Bielefeld"), typo.err)
        let hamm = try run(["authority", "Friseurin", "--place", "Hamm"])
        XCTAssertTrue(hamm.out.contains("Zuständige Stelle: Handwerkskammer Dortmund"), hamm.out)
    }
}
