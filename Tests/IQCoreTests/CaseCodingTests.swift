import XCTest
@testable import IQCore

/// The coded documentation fields: what free text maps to, how a stored value is shown, and
/// the counselling contacts derived from the timeline.
final class CaseCodingTests: XCTestCase {
    func testResidenceTitlesFromFreeText() {
        let table: [(String, ResidenceStatus?)] = [
            ("§ 16d AufenthG", .recognition16d), ("Aufenthaltserlaubnis § 16d", .recognition16d), ("§18a", .skilledWorker18ab),
            ("§ 18b Abs. 1", .skilledWorker18ab), ("Blaue Karte EU", .blueCard18g), ("§ 18g", .blueCard18g), ("§24", .temporaryProtection24),
            ("§ 25 Abs. 2 AufenthG", .humanitarian25), ("anerkannter Flüchtling", .humanitarian25), ("Duldung", .toleration),
            ("§ 60a", .toleration), ("Aufenthaltsgestattung", .asylumProcedure), ("Niederlassungserlaubnis", .settled),
            ("Daueraufenthalt-EU", .settled), ("eingebürgert", .naturalised), ("EU-Bürgerin", .euFreeMovement), ("EU", .euFreeMovement),
            ("Freizügigkeit", .euFreeMovement), ("Familiennachzug", .familyReunification), ("§ 30 AufenthG", .familyReunification),
            ("sonstige", .other), ("toleration", .toleration), ("blueCard18g", .blueCard18g), ("Visum zur Arbeitsplatzsuche", nil), ("", nil),
        ]
        for (text, expected) in table { XCTAssertEqual(ResidenceStatus.parse(text), expected, text) }
        // Every label in either language maps back to its title.
        for status in ResidenceStatus.allCases {
            for language in Language.allCases { XCTAssertEqual(ResidenceStatus.parse(status.label.text(language)), status, "\(status) \(language)") }
        }
    }

    func testCountriesFromCodesNamesAndAdjectives() {
        let table: [(String, String?)] = [
            ("SY", "SY"), ("sy", "SY"), ("Syrien", "SY"), ("Syria", "SY"), ("syrisch", "SY"), ("Syrische", "SY"), ("Syrian", "SY"),
            ("Türkei", "TR"), ("Tuerkei", "TR"), ("türkisch", "TR"), ("Turkish", "TR"), ("UK", "GB"), ("Weißrussland", "BY"),
            ("polnisch", "PL"), ("Atlantis", nil), ("staatenlos", nil), ("", nil),
        ]
        for (text, code) in table { XCTAssertEqual(Countries.code(for: text), code, text) }
    }

    func testAStoredCountryIsShownByNameOrMarkedAsNotCoded() {
        XCTAssertEqual(Countries.display("SY", .de), "Syrien")
        XCTAssertEqual(Countries.display("SY", .en), "Syria")
        XCTAssertEqual(Countries.display("Atlantis", .de), "Atlantis (nicht codiert)")
        XCTAssertEqual(Countries.display("Atlantis", .en), "Atlantis (not coded)")
        XCTAssertEqual(Countries.display("", .de), "")
    }

    func testCounsellingContactsAreTheAppointmentsHeldSoFar() throws {
        func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day.endOfYear(2026) }
        var c = Case(id: "c", meta: RecordMeta(modifiedAt: Date(timeIntervalSince1970: 0), modifiedBy: "t"), number: "NRW-2026-000001")
        XCTAssertEqual(c.counsellingContacts(asOf: day(6, 1)), 0)
        c.timeline = [
            TimelineEntry(day: day(1, 10), kind: .appointment(channel: .inPerson)),
            TimelineEntry(day: day(1, 10), kind: .status(from: .firstCounselling, to: .preparingApplication)),
            TimelineEntry(day: day(2, 1), kind: .referral(partner: "p")),
            TimelineEntry(day: day(3, 5), kind: .appointment(channel: .phone)),
            TimelineEntry(day: day(7, 1), kind: .appointment(channel: .video)),
        ]
        XCTAssertEqual(c.counsellingContacts(asOf: day(6, 1)), 2, "status steps, referrals and planned appointments are no contacts")
        XCTAssertEqual(c.counsellingContacts(asOf: day(3, 5)), 2, "an appointment today has been held")
        XCTAssertEqual(c.counsellingContacts(asOf: day(7, 1)), 3)
        XCTAssertEqual(c.counsellingContacts(asOf: nil), 3)
        // The Erstberatung is a talk too; the appointment on its day is that same talk.
        c.firstCounsellingDate = day(1, 10)
        XCTAssertEqual(c.counsellingContacts(asOf: day(6, 1)), 2)
        c.firstCounsellingDate = day(1, 5)
        XCTAssertEqual(c.counsellingContacts(asOf: day(6, 1)), 3)
        XCTAssertEqual(c.counsellingContacts(asOf: day(1, 4)), 0, "an Erstberatung still to come is no contact")
        var onlyCounselled = Case(id: "o", meta: c.meta, number: "NRW-2026-000002")
        onlyCounselled.firstCounsellingDate = day(1, 5)
        XCTAssertEqual(onlyCounselled.counsellingContacts(asOf: day(6, 1)), 1, "counselling only: one contact, not none")
    }

    func testTheMonthIsThatOfTheErstberatungElseOfTheEarliestEntry() {
        var c = Case(id: "c", meta: RecordMeta(modifiedAt: Date(timeIntervalSince1970: 0), modifiedBy: "t"), number: "NRW-2026-000001")
        XCTAssertNil(CaseStatistics.countingDay(c))
        c.timeline = [TimelineEntry(day: Day(year: 2026, month: 10, day: 1) ?? Day.endOfYear(2026), kind: .status(from: .preparingApplication, to: .applied))]
        XCTAssertEqual(CaseStatistics.countingDay(c), Day(year: 2026, month: 10, day: 1))
        c.firstCounsellingDate = Day(year: 2026, month: 12, day: 4)
        XCTAssertEqual(CaseStatistics.countingDay(c), Day(year: 2026, month: 12, day: 4), "an imported or backdated case counts by its Erstberatung")
    }

    func testFurtherReferenzberufeAreTrimmedNamedAsTheTableAndWithoutThePrimary() {
        XCTAssertEqual(CaseForm.occupations(" Erzieherin ; ; Hebamme;Erzieher/in; Sonderberuf ", primary: "Lehrer/in"),
                       ["Erzieher/in", "Hebamme", "Sonderberuf"])
        XCTAssertEqual(CaseForm.occupations("Erzieherin; Hebamme", primary: "Erzieher/in"), ["Hebamme"])
        XCTAssertEqual(CaseForm.occupations("", primary: ""), [])
    }

    func testChannelsFromLabels() {
        XCTAssertEqual(Channel.parse("telefonisch"), .phone)
        XCTAssertEqual(Channel.parse("Telefon"), .phone)
        XCTAssertEqual(Channel.parse("persönlich"), .inPerson)
        XCTAssertEqual(Channel.parse("E-Mail"), .email)
        XCTAssertEqual(Channel.parse("video"), .video)
        XCTAssertEqual(Channel.parse("Brieftaube"), nil)
    }

    func testZugangUeberSaysSonstiges() {
        XCTAssertEqual(ReferralSource.other.label.text(.de), "Sonstiges")
        XCTAssertEqual(ReferralSource.other.label.text(.en), "Other")
    }
}

/// A case journaled by the version-2 program (before an upgrade) is still read back, coded.
final class CaseCodingJournalTests: XCTestCase {
    func testAVersion2CaseRecordDecodesCoded() throws {
        let old = PlistValue.dict([("id", .string("c.1")), ("revision", .integer(1)), ("modifiedAt", .date(Date(timeIntervalSince1970: 0))),
                                   ("modifiedBy", .string("t")), ("number", .string("NRW-2025-000001")), ("status", .string("firstCounselling")),
                                   ("nationality", .string("syrisch")), ("residenceStatus", .string("Duldung"))])
        guard case .case(let c)? = AnyRecord.decoded(.case, from: old) else { return XCTFail("not decoded") }
        XCTAssertEqual(c.nationality, "SY")
        XCTAssertEqual(c.residenceStatus, .toleration)
        XCTAssertEqual(c.notes, "Aufenthaltsstatus (Freitext vor Version 3): Duldung", "the typed text is kept")
    }
}
