import Foundation
import IQCore
import IQRandom

/// The benchmark's data, generated with fixed seeds: the same records on every run and machine.
enum BenchData {
    static let cities = ["Düsseldorf", "Köln", "Münster", "Bielefeld", "Essen", "Dortmund", "Aachen", "Bonn", "Höxter", "Detmold"]
    static let words = ["Beratung", "Qualifizierung", "Anerkennung", "Netzwerk", "Träger", "Kammer", "Zentrum", "Verein", "Stiftung", "Büro"]
    static let occupations = ["Gesundheits- und Krankenpfleger/in", "Arzt/Ärztin", "Erzieher/in", "Ingenieur/in", "Elektroniker/in",
                              "Kaufmann/-frau für Büromanagement", "Physiotherapeut/in", "Lehrer/in"]
    static let countries = ["SY", "PL", "TR", "RO", "UA", "IR", "IN", "BR"]
    static let measureNames = ["Brückenmaßnahme", "Anpassungsqualifizierung", "Kenntnisprüfung Vorbereitung", "Fachsprachkurs",
                               "Praxisphase", "Mentoring"]

    /// `count` partners of about 15 fields each (the snapshot benchmark's records).
    static func partners(_ count: Int) -> [Partner] {
        var g = SeededRandom(seed: 42)
        var partners: [Partner] = []
        partners.reserveCapacity(count)
        let meta = RecordMeta(revision: 3, modifiedAt: Date(timeIntervalSince1970: 1_790_000_000.25), modifiedBy: "bench")
        for i in 0..<count {
            partners.append(Partner(
                id: RecordID("partner.gen-\(i)"), meta: meta,
                name: "\(g.pick(words)) \(g.pick(words)) \(g.pick(cities)) \(i)", shortName: "P\(i)",
                category: g.pick(PartnerCategory.allCases), level: g.pick(Level.allCases),
                fieldsOfAction: [g.pick(FieldOfAction.allCases)], cities: [g.pick(cities), g.pick(cities)],
                role: "Rolle im Netzwerk Nummer \(i) mit Umlauten äöü ß", website: "example-\(i).de",
                email: "kontakt\(i)@example.de", phone: "0211-\(100_000 + i)", address: "Straße \(i), 40221 \(g.pick(cities))",
                relations: [Relation(.cooperatesWith, RecordID("partner.gen-\(g.below(count))"))]))
        }
        return partners
    }

    /// A document of generated partners only.
    static func partnerDocument(_ count: Int) -> Document {
        Document(partners: partners(count))
    }

    /// `perYear` generated measures for each seed year, beside the seed's own, run by seed Träger.
    static func measures(perYear: Int) -> [Measure] {
        var g = SeededRandom(seed: 11)
        let providers = Seed.partners.map(\.id)
        var measures = Seed.measures
        for year in 2019...2022 {
            for i in 0..<perYear {
                let places = 10 + g.below(200)
                let cost = 1_000 + g.below(60) * 100
                measures.append(Measure(
                    id: RecordID("measure.gen-\(year)-\(i)"), name: "\(g.pick(measureNames)) \(g.pick(cities)) \(i)",
                    fieldOfAction: g.pick(FieldOfAction.allCases), providerIDs: [g.pick(providers), g.pick(providers)],
                    year: year, allocation: g.below(10) == 0 ? nil : .euros(Int64(places * cost)),
                    plannedParticipants: places, costPerParticipant: .euros(Int64(cost)), isApproximate: g.below(2) == 0))
            }
        }
        return measures
    }

    /// `count` counselling cases at the seed sites, about two thirds enrolled in one of `measures`
    /// with one of its Träger, numbered NRW-2026-000001 upwards, each with a timeline entry.
    static func cases(_ count: Int, measures: [Measure]) -> [Case] {
        var g = SeededRandom(seed: 7)
        let meta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_790_000_000), modifiedBy: "bench")
        let sites = Seed.sites.map(\.id)
        var cases: [Case] = []
        cases.reserveCapacity(count)
        for i in 0..<count {
            var c = Case(id: RecordID("case.\(i)"), meta: meta, number: caseNumber(i), status: g.pick(CaseStatus.allCases))
            c.person.firstName = "Vorname\(i)"
            c.person.lastName = "Nachname\(i)"
            c.person.birthYear = 1960 + g.below(45)
            c.referenzberuf = g.pick(occupations)
            c.qualification = c.referenzberuf + " (Ausland)"
            c.countryOfTraining = g.pick(countries)
            c.nationality = c.countryOfTraining
            c.residence = g.pick(cities)
            c.counsellor = "berater\(i % 40)"
            c.siteID = g.pick(sites)
            if g.below(3) != 0, !measures.isEmpty {
                let measure = g.pick(measures)
                c.measureID = measure.id
                c.providerID = measure.providerIDs.first
            }
            if let day = Day(year: 2019 + g.below(4), month: 1 + g.below(12), day: 1 + g.below(28)) {
                c.timeline = [TimelineEntry(day: day, kind: .status(from: .firstCounselling, to: c.status))]
            }
            cases.append(c)
        }
        return cases
    }

    /// The number of the i-th generated case (from 0): NRW-2026-000001 for the first.
    static func caseNumber(_ i: Int) -> String {
        let digits = String(i + 1)
        return "NRW-2026-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// `count` payments spread over `measures`.
    static func payments(_ count: Int, measures: [Measure]) -> [Payment] {
        var g = SeededRandom(seed: 13)
        let meta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_790_000_000), modifiedBy: "bench")
        return (0..<count).compactMap { i in
            let measure = g.pick(measures)
            guard let day = Day(year: measure.year, month: 1 + g.below(12), day: 1 + g.below(28)) else { return nil }
            return Payment(id: RecordID("payment.gen-\(i)"), meta: meta, measureID: measure.id, providerID: measure.providerIDs.first,
                           day: day, amount: .euros(Int64(500 + g.below(20_000))), reference: "Beleg \(i)")
        }
    }

    /// The network as a data file might hold it after years of use: the seed's partners, sites and
    /// measures, plus `partners` generated partners, 40 generated measures a year, 2,000 payments
    /// and `cases` cases.
    static func network(partners partnerCount: Int, cases caseCount: Int) -> Document {
        let measures = measures(perYear: 40)
        return Document(partners: Seed.partners + partners(partnerCount), sites: Seed.sites, measures: measures,
                        cases: cases(caseCount, measures: measures), payments: payments(2_000, measures: measures))
    }
}
