import Foundation
import XCTest
@testable import IQCore

/// The seed details of issue 15 §7: funding periods, the WHKT as coordinator, written-out names,
/// the Qualifizierungsbudget as a budget, the Jobcenter as joint bodies, the DGB's education
/// bodies and VIA as Träger of the IQ Fachstelle IKA.
final class SeedDetailsTests: XCTestCase {
    private func partner(_ id: RecordID) -> Partner? { Seed.partners.first { $0.id == id } }

    private func has(_ from: RecordID, _ kind: RelationKind, _ to: RecordID) -> Bool {
        partner(from)?.relations.contains(Relation(kind, to)) ?? false
    }

    func testFundingPeriodsAsTheSlidesSay() {
        let f = Seed.fundingPeriods
        XCTAssertEqual(f.periods, [FundingPeriod(2015...2018, .current), FundingPeriod(2019...2022, .appliedFor)])
        XCTAssertEqual(f.asOf, Day(year: 2018, month: 9, day: 20), "the statuses are those of the presentation's day")
        XCTAssertEqual(f.period(containing: 2015)?.status, .current)
        XCTAssertEqual(f.period(containing: 2018)?.status, .current)
        XCTAssertEqual(f.period(containing: 2019)?.status, .appliedFor)
        XCTAssertEqual(f.period(containing: 2022)?.status, .appliedFor)
        XCTAssertNil(f.period(containing: 2014))
        XCTAssertNil(f.period(containing: 2023))
        for m in Seed.measures {
            XCTAssertEqual(f.period(containing: m.year)?.years, 2019...2022, "\(m.id) lies in the period applied for")
        }
    }

    func testFundingPeriodTexts() {
        let f = Seed.fundingPeriods
        XCTAssertEqual(f.summary(.de), "Förderperioden: 2015–2018 aktuell · 2019–2022 beantragt (Stand 20.09.2018)")
        XCTAssertEqual(f.summary(.en), "Funding periods: 2015–2018 current · 2019–2022 applied for (as of 2018-09-20)")
        XCTAssertEqual(f.heading(year: 2021, .de), "Förderperiode 2019–2022 beantragt (Stand 20.09.2018)")
        XCTAssertEqual(f.heading(year: 2016, .en), "Funding period 2015–2018 current (as of 2018-09-20)")
        XCTAssertEqual(f.heading(year: nil, .de), f.summary(.de), "all years: every period")
        XCTAssertNil(f.heading(year: 2030, .de), "a year outside the periods gets no line")
        let undated = FundingPeriods([FundingPeriod(2019...2022, .appliedFor)], asOf: nil)
        XCTAssertEqual(undated.summary(.de), "Förderperioden: 2019–2022 beantragt", "no date, no 'Stand'")
    }

    func testTheWHKTCoordinatesIQNRW() {
        XCTAssertTrue(has("partner.whkt", .coordinates, "partner.iq-nrw"))
        XCTAssertTrue(has("partner.whkt", .partOf, "partner.iq-nrw"), "and is a Träger in it too")
        let coordinators = Seed.partners.filter { $0.relations.contains { $0.kind == .coordinates } }.map(\.id)
        XCTAssertEqual(coordinators, ["partner.whkt"], "the only coordinator")
    }

    func testWrittenOutNames() {
        XCTAssertEqual(partner("partner.lgh")?.name, "Landes-Gewerbeförderungsstelle des nordrhein-westfälischen Handwerks")
        XCTAssertEqual(partner("partner.lgh")?.shortName, "LGH")
        XCTAssertEqual(partner("partner.kausa")?.name, "Koordinierungsstelle Ausbildung und Migration")
        XCTAssertEqual(partner("partner.kausa")?.shortName, "KAUSA")
        XCTAssertEqual(partner("partner.bbe")?.name, "Beratung zur beruflichen Entwicklung")
        XCTAssertEqual(partner("partner.bbe")?.shortName, "BBE")
        XCTAssertEqual(partner("partner.bamf-reko")?.name, "Regionalkoordinatoren des Bundesamts für Migration und Flüchtlinge")
        XCTAssertEqual(partner("partner.bamf-reko")?.shortName, "Reko")
        XCTAssertTrue(has("partner.bamf-reko", .partOf, "partner.bamf"))
        // The site keeps the short name the slide uses.
        XCTAssertEqual(Seed.sites.first { $0.id == "site.lgh-duesseldorf" }?.name, "LGH Düsseldorf")
    }

    func testTheQualifizierungsbudgetIsAFundNotATräger() {
        let budget = partner("partner.qualifizierungsbudget-nrw")
        XCTAssertEqual(budget?.category, .funder, "filed with the funders, as the ESF")
        XCTAssertFalse(Seed.measures.contains { $0.providerIDs.contains("partner.qualifizierungsbudget-nrw") }, "runs no measure")
        XCTAssertFalse(Seed.sites.contains { $0.operatorID == "partner.qualifizierungsbudget-nrw" }, "runs no site")
        XCTAssertTrue(has("partner.qualifizierungsbudget-nrw", .partOf, "partner.iq-nrw"), "a budget of IQ NRW")
        // No budget among the Träger any more.
        let providers = Seed.partners.filter { $0.category == .provider }.map(\.name)
        XCTAssertFalse(providers.contains { $0.localizedCaseInsensitiveContains("budget") }, "\(providers)")
    }

    func testJobcenterAreJointBodiesOfTheBAAndTheKommunen() {
        XCTAssertTrue(has("partner.jobcenter", .partOf, "partner.ba"))
        XCTAssertTrue(has("partner.jobcenter", .partOf, "partner.kommunen"))
        XCTAssertEqual(partner("partner.kommunen")?.category, .municipal)
        XCTAssertTrue(partner("partner.jobcenter")?.role.contains("§ 44b SGB II") ?? false)
    }

    func testTheDGBsEducationBodiesBelongToTheDGB() {
        XCTAssertTrue(has("partner.dgb-bildungswerk", .partOf, "partner.dgb"))
        XCTAssertTrue(has("partner.arbeit-und-leben-nrw", .partOf, "partner.dgb"))
        // Still Träger in IQ NRW first: the relation that Enter follows first is unchanged.
        XCTAssertEqual(partner("partner.dgb-bildungswerk")?.relations.first, Relation(.partOf, "partner.iq-nrw"))
        XCTAssertEqual(partner("partner.arbeit-und-leben-nrw")?.relations.first, Relation(.partOf, "partner.iq-nrw"))
    }

    func testVIARunsTheIQFachstelleIKA() {
        XCTAssertTrue(has("partner.via", .runs, "partner.iq-fachstelle-ika"))
        let runners = Seed.partners.filter { $0.relations.contains { $0.kind == .runs } }.map(\.id)
        XCTAssertEqual(runners, ["partner.via"])
    }

    /// The new relation kinds survive the data file and the JSON export; a file written before
    /// they existed (the version fixtures) still loads — see SnapshotMigrationTests.
    func testTheNewRelationKindsRoundTrip() throws {
        let bytes = SnapshotCodec.encode(Seed.document, format: .xml, savedAt: Date(timeIntervalSince1970: 0), savedBy: "t")
        let (decoded, _) = try SnapshotCodec.decode(bytes, path: "/x/seed.plist")
        XCTAssertTrue(decoded.partners["partner.whkt"]?.relations.contains(Relation(.coordinates, "partner.iq-nrw")) ?? false)
        XCTAssertTrue(decoded.partners["partner.via"]?.relations.contains(Relation(.runs, "partner.iq-fachstelle-ika")) ?? false)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("<string>coordinates</string>"))
        XCTAssertTrue(text.contains("<string>runs</string>"))

        let json = PartnerExchange.json(Seed.partners.filter { ["partner.whkt", "partner.via"].contains($0.id) })
        XCTAssertTrue(json.contains("{ \"kind\": \"coordinates\", \"target\": \"partner.iq-nrw\" }"))
        XCTAssertTrue(json.contains("{ \"kind\": \"runs\", \"target\": \"partner.iq-fachstelle-ika\" }"))
    }
}
