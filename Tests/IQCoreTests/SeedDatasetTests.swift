import XCTest
@testable import IQCore

/// The embedded seed dataset: complete against its sources, consistent, and free of invention.
final class SeedDatasetTests: XCTestCase {
    /// Organisations named in iq-nrw-2018-slides.txt and in DOMAIN.md's table of competent
    /// authorities, as the sources write them (matched case-insensitively against name or shortName).
    static let namedOrganisations: [String] = [
        // programme, network, Fachstellen
        "Integration durch Qualifizierung", "IQ Netzwerk NRW", "IQ Fachstelle Anerkennung und Beratung",
        "IKA", "VIA",
        // funders, ministries and funds
        "BMAS", "ESF", "BMBF", "BAMF", "MAGS NRW", "MWIDE NRW", "MKFFI NRW", "Qualifizierungsbudget",
        // Bundesagentur für Arbeit
        "Bundesagentur für Arbeit", "RD NRW", "JC", "Jobcenter", "AA", "Agenturen für Arbeit", "IP",
        "Integration Points", "ZAV",
        // federal institutes
        "Reko", "BiBB", "Institut der deutschen Wirtschaft Köln", "IW Köln", "Statistisches Bundesamt",
        // competent authorities
        "Bezirksregierungen", "Kammern", "ZAB", "Landesprüfungsamt",
        // further cooperation partners
        "freien Wohlfahrtspflege", "Kommunale Integrationsagenturen", "KA", "Kommunale Integrationszentren", "KI",
        "MD", "JMD", "DGB", "Kommunen", "unternehmer.nrw", "Krankenhausgesellschaft NRW", "KGNW", "Migrantenorganisationen", "MSO",
        "Arbeitgeberverband Pflege",
        // projects and initiatives
        "IvAF", "MobiPro", "INQA", "KAUSA", "Transferagenturen NRW", "Prototyping Transfer", "ValiKom", "BBE",
        "Starthelfende NRW", "Charta der Vielfalt", "Unternehmen integrieren Flüchtlinge", "Bertelsmann Stiftung",
        "JP Morgan", "Ankommen in Deutschland", "Anerkennungsbegleitung", "VIELWERT", "interkultur.pro",
        "Forge your Future", "Wandern zwischen den Welten",
        // Träger
        "MOZAIK", "Netzwerk Lippe", "SBH West", "GfB", "LerNet", "DGB Bildungswerk", "WHKT", "Uni Münster",
        "AWO Bielefeld", "Hochschule Niederrhein", "HWK Köln", "TH Köln", "Migrafrica", "Otto Benecke Stiftung",
        "G.I.B.", "LGH", "Arbeit und Leben NRW",
        // DOMAIN.md: competent authorities in NRW
        "Bezirksregierung Münster", "ZAG", "Bezirksregierung Arnsberg", "Bezirksregierung Detmold",
        "Bezirksregierung Düsseldorf", "Bezirksregierung Köln", "Ärztekammer Westfalen-Lippe",
        "Ärztekammer Nordrhein", "Ingenieurkammer-Bau NRW", "IHK FOSA", "Handwerkskammer Aachen",
        "Handwerkskammer Düsseldorf", "Handwerkskammer Köln", "Handwerkskammer Dortmund", "Handwerkskammer Münster",
        "Handwerkskammer Ostwestfalen-Lippe", "Handwerkskammer Südwestfalen",
    ]

    func testEveryNamedOrganisationIsAPartner() {
        for wanted in Self.namedOrganisations {
            let key = wanted.lowercased()
            // Short abbreviations must equal a shortName; longer names may be part of a name.
            let found = Seed.partners.contains { p in
                p.shortName.lowercased() == key || p.name.lowercased() == key
                    || (key.count > 3 && (p.name.lowercased().contains(key) || p.shortName.lowercased().contains(key)))
            }
            XCTAssertTrue(found, "no partner for \(wanted)")
        }
    }

    func testAtLeastSixtyPartners() {
        XCTAssertGreaterThanOrEqual(Seed.partners.count, 60)
    }

    func testIdsAreUniqueAndReadable() {
        let ids = Seed.partners.map(\.id) + Seed.sites.map(\.id) + Seed.measures.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate ids")
        for p in Seed.partners { XCTAssertTrue(p.id.rawValue.hasPrefix("partner."), "\(p.id)") }
        for s in Seed.sites { XCTAssertTrue(s.id.rawValue.hasPrefix("site."), "\(s.id)") }
        for m in Seed.measures { XCTAssertTrue(m.id.rawValue.hasPrefix("measure."), "\(m.id)") }
    }

    func testAllReferencesResolve() {
        let partnerIDs = Set(Seed.partners.map(\.id))
        for p in Seed.partners {
            for r in p.relations {
                XCTAssertTrue(partnerIDs.contains(r.target), "\(p.id) → \(r.target)")
                XCTAssertNotEqual(r.target, p.id, "\(p.id) relates to itself")
            }
            XCTAssertEqual(Set(p.relations).count, p.relations.count, "\(p.id) repeats a relation")
        }
        for s in Seed.sites {
            XCTAssertNotNil(s.operatorID, "\(s.id) has no operator")
            if let op = s.operatorID { XCTAssertTrue(partnerIDs.contains(op), "\(s.id) → \(op)") }
        }
        for m in Seed.measures {
            XCTAssertFalse(m.providerIDs.isEmpty, "\(m.id) has no provider")
            for id in m.providerIDs { XCTAssertTrue(partnerIDs.contains(id), "\(m.id) → \(id)") }
        }
    }

    func testFundingAndMembershipAsTheSlidesSay() {
        func has(_ from: RecordID, _ kind: RelationKind, _ to: RecordID) -> Bool {
            Seed.partners.first { $0.id == from }?.relations.contains(Relation(kind, to)) ?? false
        }
        XCTAssertTrue(has("partner.bmas", .funds, "partner.iq-programm"))
        XCTAssertTrue(has("partner.esf", .funds, "partner.iq-programm"))
        XCTAssertTrue(has("partner.bamf", .funds, "partner.iq-nrw"))
        XCTAssertTrue(has("partner.whkt", .partOf, "partner.iq-nrw"))
        XCTAssertTrue(has("partner.uni-muenster", .cooperatesWith, "partner.landespruefungsamt"))
        XCTAssertTrue(has("partner.uni-muenster", .cooperatesWith, "partner.mags-nrw"))
        // Every Träger named on a Träger slide belongs to IQ NRW.
        let sitesOperators = Set(Seed.sites.compactMap(\.operatorID))
        let measureProviders = Set(Seed.measures.flatMap(\.providerIDs))
        for id in sitesOperators.union(measureProviders) {
            XCTAssertTrue(has(id, .partOf, "partner.iq-nrw"), "\(id) is not part of IQ NRW")
        }
    }

    func testSitesLieInNRWAndOneIsMobile() {
        for s in Seed.sites {
            guard let c = s.coordinate else { continue }
            XCTAssertTrue((50.32...52.53).contains(c.latitude), "\(s.id) latitude \(c.latitude)")
            XCTAssertTrue((5.87...9.45).contains(c.longitude), "\(s.id) longitude \(c.longitude)")
            XCTAssertFalse(s.city.isEmpty, "\(s.id) has no city")
            XCTAssertFalse(s.services.isEmpty, "\(s.id) has no service")
        }
        let mobile = Seed.sites.filter(\.isMobile)
        XCTAssertEqual(mobile.map(\.id), ["site.whkt-mobil"])
    }

    func testSitesPerService() {
        func cities(_ service: SiteService) -> [String] {
            Seed.sites.filter { $0.services.contains(service) && !$0.isMobile }.map(\.city).sorted()
        }
        XCTAssertEqual(cities(.recognitionCounselling),
                       ["Aachen", "Bielefeld", "Bonn", "Detmold", "Dortmund", "Duisburg", "Düsseldorf", "Essen",
                        "Iserlohn", "Köln", "Münster", "Oberhausen", "Paderborn"])
        XCTAssertEqual(cities(.fairIntegration), ["Dortmund", "Düsseldorf"])
        XCTAssertEqual(cities(.healthQualification), ["Münster"])
        XCTAssertEqual(cities(.adaptationQualification),
                       ["Bielefeld", "Bonn", "Detmold", "Köln", "Köln", "Köln", "Mönchengladbach"])
        XCTAssertEqual(cities(.interculturalTraining),
                       ["Bottrop", "Bottrop", "Düsseldorf", "Düsseldorf", "Düsseldorf", "Krefeld", "Köln"])
    }

    func testMeasureFiguresPerYear() {
        XCTAssertEqual(Seed.measures.count, 8)
        for year in 2019...2022 {
            let health = Seed.measures.first { $0.id == RecordID("measure.health.\(year)") }
            XCTAssertEqual(health?.year, year)
            XCTAssertEqual(health?.fieldOfAction, .qualification)
            XCTAssertEqual(health?.providerIDs, ["partner.uni-muenster"])
            XCTAssertEqual(health?.allocation, .euros(1_500_000))
            XCTAssertEqual(health?.plannedParticipants, 300)
            XCTAssertEqual(health?.costPerParticipant, .euros(5_000))
            XCTAssertEqual(health?.isApproximate, true)

            let adaptation = Seed.measures.first { $0.id == RecordID("measure.adaptation.\(year)") }
            XCTAssertEqual(adaptation?.year, year)
            XCTAssertEqual(adaptation?.fieldOfAction, .qualification)
            XCTAssertEqual(adaptation?.providerIDs.count, 7, "the seven Träger; the Qualifizierungsbudget is no Träger")
            XCTAssertEqual(adaptation?.allocation, .euros(1_800_000))
            XCTAssertEqual(adaptation?.plannedParticipants, 500)
            XCTAssertEqual(adaptation?.costPerParticipant, .euros(3_600))
            XCTAssertEqual(adaptation?.isApproximate, true)
        }
    }

    /// Contact data only where the slides give it: adding a website, e-mail address or phone
    /// number from elsewhere fails here.
    func testNoInventedContactData() {
        func values(_ field: (Partner) -> String) -> Set<String> {
            Set(Seed.partners.map(field).filter { !$0.isEmpty })
        }
        XCTAssertEqual(values(\.website), ["netzwerk-iq.de", "iq-netzwerk-nrw.de", "anerkennung-in-deutschland.de",
                                           "bq-portal.de", "anerkennungsbegleitung-nrw.de"])
        XCTAssertEqual(values(\.email), ["rolf.goebels@iq-netzwerk-nrw.de", "wigbers@aulnrw.de"])
        XCTAssertEqual(values(\.phone), ["0211-3007-760", "0211-9380038"])
        XCTAssertEqual(values(\.address), ["Völklinger Str. 79, 40221 Düsseldorf", "Mintropstr. 20, 40215 Düsseldorf"])
        let whkt = Seed.partners.first { $0.id == "partner.whkt" }
        XCTAssertEqual(whkt?.phone, "0211-3007-760")
        let aul = Seed.partners.first { $0.id == "partner.arbeit-und-leben-nrw" }
        XCTAssertEqual(aul?.email, "wigbers@aulnrw.de")
        // No person's name in any partner field (Partner has no contact-person field).
        for p in Seed.partners {
            let text = [p.name, p.shortName, p.role, p.website, p.email, p.phone, p.address].joined(separator: " ")
            XCTAssertFalse(text.contains("Göbels") || text.contains("Wigbers"), "\(p.id) names a person")
        }
    }

    func testEveryPartnerHasARole() {
        for p in Seed.partners {
            XCTAssertFalse(p.role.isEmpty, "\(p.id) has no role")
            XCTAssertFalse(p.name.isEmpty, "\(p.id) has no name")
        }
    }

    func testDocumentHoldsEverything() {
        let doc = Seed.document
        XCTAssertEqual(doc.partners.count, Seed.partners.count)
        XCTAssertEqual(doc.sites.count, Seed.sites.count)
        XCTAssertEqual(doc.measures.count, Seed.measures.count)
        XCTAssertEqual(doc.partners["partner.whkt"]?.shortName, "WHKT")
    }
}
