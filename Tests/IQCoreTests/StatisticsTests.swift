import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Small-count suppression, the live case figures, the reference figures, `iq-tui stats` in its
/// three formats and its command line.
final class StatisticsTests: XCTestCase {
    // MARK: Fixture

    /// Personal data and case numbers that must never appear in any statistics output.
    static let secrets = ["Wiśniewska", "Quartermain", "Oluwaseun", "NRW-2025-", "NRW-2024-", "berater.koeln"]

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        Day(year: y, month: m, day: d) ?? .endOfYear(y)
    }

    static func makeCase(_ n: Int, year: Int = 2025, status: CaseStatus = .firstCounselling, country: String = "",
                         occupation: String = "", site: RecordID? = nil, first: Day? = nil, measure: RecordID? = nil) -> Case {
        let number = "NRW-\(year)-" + String(repeating: "0", count: 6 - String(n).count) + String(n)
        var c = Case(id: RecordID("c.\(year).\(n)"), meta: RecordMeta(modifiedAt: fixedDate, modifiedBy: "berater.koeln"),
                     number: number, status: status)
        c.person.firstName = n % 2 == 0 ? "Oluwaseun" : "Zofia"
        c.person.lastName = n % 2 == 0 ? "Quartermain" : "Wiśniewska"
        c.counsellor = "berater.koeln"
        c.countryOfTraining = country
        c.referenzberuf = occupation
        c.siteID = site
        c.measureID = measure
        if let first {
            // Entries out of order: the earliest counts, not the first in the array.
            c.timeline = [TimelineEntry(day: day(first.year, first.month, 28), kind: .appointment(channel: .phone)),
                          TimelineEntry(day: first, kind: .status(from: .firstCounselling, to: status))]
        }
        return c
    }

    /// 2025: seven cases from Syria (three spellings) in Köln, March, six of them in the Pflege
    /// measure; two from Poland with a free-text Referenzberuf in two spellings, in Münster;
    /// one cancelled case without country, occupation, timeline, in Münster. 2024: one closed case.
    static func cases() -> [Case] {
        let march = day(2025, 3, 4)
        var all: [Case] = []
        for n in 1...7 {
            all.append(makeCase(n, country: ["SY", "Syrien", "syrien"][n % 3], occupation: "Pflegefachfrau", site: "s.koeln",
                                first: march, measure: n <= 6 ? "m.pflege" : nil))
        }
        all.append(makeCase(8, status: .applied, country: "PL", occupation: "Kältetechnikerin", site: "s.muenster", first: march))
        all.append(makeCase(9, status: .applied, country: "Polen", occupation: "KALTETECHNIKERIN", site: "s.muenster", first: march))
        all.append(makeCase(10, status: .cancelled, site: "s.muenster"))
        all.append(makeCase(1, year: 2024, status: .closed, country: "TR", occupation: "Pflegefachfrau", site: "s.koeln",
                            first: day(2024, 11, 2)))
        return all
    }

    static func document(cases: [Case] = cases(), payments: [Payment] = []) -> Document {
        var d = Fixture.document()
        for c in cases { d.cases.put(c) }
        for p in payments { d.payments.put(p) }
        return d
    }

    static let payment = Payment(id: "pay.1", meta: RecordMeta(modifiedAt: fixedDate, modifiedBy: "x"), measureID: "m.pflege",
                                 providerID: nil, day: day(2019, 5, 1), amount: Money(cents: 123_456))

    private func assertNoSecrets(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for secret in Self.secrets {
            XCTAssertFalse(text.contains(secret), "output names \(secret)", file: file, line: line)
        }
    }

    private func category(_ b: CaseBreakdown?, _ key: String) -> CaseBreakdown.Category? {
        b?.categories.first { $0.key == key }
    }

    // MARK: Suppression

    func testSingleCountsBelowFiveAreSuppressed() {
        XCTAssertEqual(Suppression.shown(0), .count(0))
        for n in 1...4 {
            XCTAssertEqual(Suppression.shown(n), .belowThreshold)
            XCTAssertEqual(Suppression.shown(n).text(.de), "<5")
            XCTAssertEqual(Suppression.shown(n).plain, "<5")
        }
        XCTAssertEqual(Suppression.shown(5), .count(5))
        XCTAssertEqual(Suppression.shown(12_345).text(.de), "12.345")
        XCTAssertEqual(Suppression.shown(12_345).text(.en), "12,345")
        XCTAssertEqual(Suppression.shown(12_345).plain, "12345")
    }

    func testOneSuppressedCategoryWithholdsTheNextSmallest() {
        let (two, total) = Suppression.breakdown([7, 3])
        XCTAssertEqual(two, [.withheld, .belowThreshold], "7 would give 10 - 7 = 3 back")
        XCTAssertEqual(total, .count(10))
        XCTAssertEqual(Suppression.breakdown([8, 3, 6, 0]).categories, [.count(8), .belowThreshold, .withheld, .count(0)])
        XCTAssertEqual(Suppression.breakdown([6, 3, 6]).categories, [.withheld, .belowThreshold, .count(6)], "ties: the first")
        XCTAssertEqual(ShownCount.withheld.text(.de), "x")
    }

    func testTwoSuppressedCategoriesNeedNoMore() {
        let (shown, total) = Suppression.breakdown([7, 3, 2])
        XCTAssertEqual(shown, [.count(7), .belowThreshold, .belowThreshold])
        XCTAssertEqual(total, .count(12))
    }

    func testSmallTotalsAreSuppressed() {
        XCTAssertEqual(Suppression.breakdown([3]).categories, [.belowThreshold])
        XCTAssertEqual(Suppression.breakdown([3]).total, .belowThreshold)
        XCTAssertEqual(Suppression.breakdown([2, 1, 0]).categories, [.belowThreshold, .belowThreshold, .count(0)])
        XCTAssertEqual(Suppression.breakdown([2, 1]).total, .belowThreshold)
        XCTAssertEqual(Suppression.breakdown([]).total, .count(0))
        XCTAssertEqual(Suppression.breakdown([0, 0]).categories, [.count(0), .count(0)])
    }

    /// Whatever the counts, no single suppressed category can be computed from a shown total.
    func testNoSuppressedCountCanBeComputedBack() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let counts = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Int.random(in: 0...12, using: &generator) }
            let (shown, total) = Suppression.breakdown(counts)
            for (count, s) in zip(counts, shown) {
                if let v = s.value { XCTAssertEqual(v, count) }
                if count > 0 && count < 5 { XCTAssertEqual(s, .belowThreshold, "\(counts)") }
            }
            if total.value != nil {
                XCTAssertNotEqual(shown.filter(\.isSuppressed).count, 1, "\(counts) → \(shown)")
            }
        }
    }

    // MARK: Case figures

    func testCountsPerBreakdown() throws {
        let stats = CaseStatistics.compute(Self.document(), year: 2025, language: .de)
        XCTAssertEqual(stats.total, .count(10))
        XCTAssertEqual(stats.breakdowns.map(\.dimension), CaseBreakdown.Dimension.allCases)

        let status = stats.breakdown(.status)
        XCTAssertEqual(status?.categories.map(\.key), CaseStatus.allCases.map(\.rawValue), "every status, in workflow order")
        XCTAssertEqual(status?.categories.map(\.count), [7, 0, 2, 0, 0, 0, 1])
        XCTAssertEqual(status?.categories.map(\.shown), [.count(7), .count(0), .belowThreshold, .count(0), .count(0), .count(0), .belowThreshold])
        XCTAssertEqual(status?.categories.first?.label, "Erstberatung")
        XCTAssertEqual(status?.total, .count(10))

        let country = stats.breakdown(.countryOfTraining)
        XCTAssertEqual(category(country, "SY")?.count, 7, "code and both spellings are one country")
        XCTAssertEqual(category(country, "SY")?.label, "Syrien")
        XCTAssertEqual(category(country, "PL")?.count, 2)
        XCTAssertEqual(category(country, CaseStatistics.unknownKey)?.label, "nicht erfasst")
        XCTAssertEqual(country?.categories.map(\.key), ["SY", "PL", CaseStatistics.unknownKey], "shown first, suppressed by label, unknown last")

        let occupation = stats.breakdown(.referenzberuf)
        let pflege = try XCTUnwrap(ReferenceOccupations.find("Pflegefachfrau"))
        XCTAssertEqual(category(occupation, pflege.id)?.label, pflege.name)
        XCTAssertEqual(category(occupation, pflege.id)?.count, 7)
        // Typed text that matches no code list may name someone: it is one category, never a label.
        XCTAssertEqual(category(occupation, CaseStatistics.otherKey)?.count, 2)
        XCTAssertEqual(category(occupation, CaseStatistics.otherKey)?.label, "andere (Freitext, nicht zugeordnet)")
        XCTAssertFalse(occupation?.categories.contains { $0.key.hasPrefix("text:") } ?? true)
        XCTAssertEqual(category(occupation, CaseStatistics.unknownKey)?.count, 1)

        // Site: exactly one category below five beside the total → the next-smallest is withheld.
        let site = stats.breakdown(.site)
        XCTAssertEqual(category(site, "s.koeln")?.label, "Beratungsstelle Köln")
        XCTAssertEqual(category(site, "s.koeln")?.shown, .withheld)
        XCTAssertEqual(category(site, "s.muenster")?.shown, .belowThreshold)
        XCTAssertEqual(site?.total, .count(10))

        let month = stats.breakdown(.month)
        XCTAssertEqual(month?.categories.map(\.key), ["2025-03", CaseStatistics.unknownKey], "the earliest entry's month; none: unknown")
        XCTAssertEqual(month?.categories.map(\.count), [9, 1])
        XCTAssertEqual(month?.categories.first?.label, "03.2025")
        XCTAssertEqual(CaseStatistics.compute(Self.document(), year: 2025, language: .en).breakdown(.month)?.categories.first?.label, "2025-03")
    }

    func testYearFilterUsesTheFirstEntryElseTheCaseNumber() {
        let doc = Self.document()
        XCTAssertEqual(CaseStatistics.compute(doc, year: nil, language: .de).total, .count(11))
        XCTAssertEqual(CaseStatistics.compute(doc, year: 2024, language: .de).total, .belowThreshold)
        XCTAssertEqual(CaseStatistics.compute(doc, year: 2023, language: .de).total, .count(0))
        // The cancelled case has no timeline: its number puts it in 2025.
        XCTAssertEqual(CaseStatistics.year(of: Self.makeCase(10)), 2025)
        var moved = Self.makeCase(3, year: 2024, first: Self.day(2025, 1, 9))
        XCTAssertEqual(CaseStatistics.year(of: moved), 2025, "the dated entry wins over the number")
        moved.number = "ALT-17"
        moved.timeline = []
        XCTAssertNil(CaseStatistics.year(of: moved))
    }

    func testDeletedSiteAndEmptyDocument() {
        let doc = Self.document(cases: (1...6).map { Self.makeCase($0, site: "s.gone") })
        XCTAssertEqual(CaseStatistics.compute(doc, year: nil, language: .de).breakdown(.site)?.categories.map(\.label), ["Standort gelöscht"])
        let empty = CaseStatistics.compute(Document(), year: nil, language: .de)
        XCTAssertEqual(empty.total, .count(0))
        XCTAssertEqual(empty.breakdown(.status)?.categories.count, CaseStatus.allCases.count)
        XCTAssertEqual(empty.breakdown(.month)?.categories, [])
    }

    // MARK: Reference figures

    func testReferenceFiguresAsText() {
        let all = ReferenceFigures.sections.flatMap(\.figures)
        func figure(_ key: Message) -> ReferenceFigure? { all.first { $0.label == key } }
        XCTAssertEqual(figure(ReferenceText.refApplicationsSince2012)?.text(.de), "111.501")
        XCTAssertEqual(figure(ReferenceText.refNoEquivalence2017)?.text(.de), "2,1 %")
        XCTAssertEqual(figure(ReferenceText.refNoEquivalence2017)?.text(.en), "2.1%")
        XCTAssertEqual(figure(ReferenceText.refNewFromSyria)?.text(.de), "ca. 3.600")
        XCTAssertEqual(figure(ReferenceText.refNursingGap2030)?.text(.de), "fast 500.000")
        XCTAssertEqual(figure(ReferenceText.refCareRecipients)?.text(.de), "3,9 Mio.")
        XCTAssertEqual(figure(ReferenceText.refCareWorkers)?.text(.en), "approx. 1 million")
        XCTAssertEqual(figure(ReferenceText.refHealthDoctors)?.text(.de), "in der Quelle nicht angegeben", "the slide's \"...\" is not a zero")
        XCTAssertNil(figure(ReferenceText.refHealthDoctors)?.countValue)
        XCTAssertEqual(figure(ReferenceText.refHealthNursing)?.countValue, 1_432)
        XCTAssertEqual(Set(all.map(\.label)).count, all.count, "each figure once")
    }

    /// Every figure is on the line of the slides it names (when the slides are beside the repository).
    func testReferenceFiguresMatchTheirSlideLines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/domain/iq-nrw-2018-slides.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("the slides text is not here") }
        let lines = text.components(separatedBy: "\n")
        for f in ReferenceFigures.sections.flatMap(\.figures) {
            guard lines.indices.contains(f.slideLine - 1) else { return XCTFail("\(f.label): no line \(f.slideLine)") }
            // The slides' text separates words by tabs.
            let line = lines[f.slideLine - 1].replacingOccurrences(of: "\t", with: " ")
            let before = f.slideLine >= 2 ? lines[f.slideLine - 2].replacingOccurrences(of: "\t", with: " ") : ""
            let expected: String
            switch f.value {
            case .count(let n): expected = NumberFormat.integer(n, .de)
            case .percent(let tenths): expected = tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10),\(tenths % 10) %"
            case .millions(let tenths): expected = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10) Mio."
            case .doubling: expected = "2050"
            case .words: expected = "Referenzberufen"
            case .notGiven: expected = f.label == ReferenceText.refHealthDoctors ? "..." : "Serbien"
            }
            XCTAssertTrue(line.contains(expected), "\(f.label): line \(f.slideLine) \"\(line)\" lacks \(expected)")
            switch f.qualifier {
            case .exact: break
            case .about: XCTAssertTrue(line.contains("ca.") || line.contains("etwa"), "\(f.label): \(line)")
            case .almost: XCTAssertTrue((before + line).contains("fast"), "\(f.label): \(line)")
            }
        }
    }

    // MARK: iq-tui stats

    func testTextReport() {
        let doc = Self.document(payments: [Self.payment])
        let text = StatsReport.text(doc, year: nil, language: .de)
        assertNoSecrets(text)
        XCTAssertTrue(text.hasPrefix("IQ Netzwerk NRW – Statistik (alle Jahre)\n"))
        // The measure with unknown figures says so instead of 0.
        let training = text.split(separator: "\n").first { $0.contains("Interkulturelles Training") }.map(String.init) ?? ""
        XCTAssertEqual(training.components(separatedBy: "unbekannt").count - 1, 2, "allocation, planned: \(training)")
        let pflege = text.split(separator: "\n").first { $0.contains("Brückenkurs Pflege") }.map(String.init) ?? ""
        XCTAssertTrue(pflege.contains("1.500.000 €"), pflege)
        XCTAssertTrue(pflege.contains("75.000 €"), "6 enrolled × 12.500 €: \(pflege)")
        XCTAssertTrue(pflege.contains("1.235 €"), "payments rounded to whole euros: \(pflege)")
        XCTAssertTrue(pflege.hasSuffix("  6"), pflege)
        XCTAssertTrue(text.contains("Monat des ersten Eintrags im Verlauf"))
        XCTAssertTrue(text.contains("<5"))
        XCTAssertTrue(text.contains("Quelle: BiBB und Statistisches Bundesamt"))
        XCTAssertTrue(text.contains("Quelle: Bertelsmann Stiftung, Pflegereport (2012)"))
        XCTAssertTrue(StatsReport.text(doc, year: nil, language: .en).contains("unknown"))
    }

    func testTextTablesAreAligned() {
        let text = StatsReport.text(Self.document(), year: 2025, language: .de)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "Nach Status") else { return XCTFail("no status table") }
        let table = lines[(start + 1)...].prefix { !$0.isEmpty }
        XCTAssertEqual(table.count, CaseStatus.allCases.count + 1, "every status and the sum")
        XCTAssertEqual(Set(table.map(\.count)).count, 1, "right-aligned counts: \(table)")
        XCTAssertEqual(table.last?.hasPrefix("  Summe"), true)
        XCTAssertEqual(table.last?.hasSuffix("10"), true)
    }

    func testYearFilterInTheReport() {
        let doc = Self.document()
        let y2019 = StatsReport.text(doc, year: 2019, language: .de)
        XCTAssertTrue(y2019.contains("Statistik (2019)"))
        XCTAssertTrue(y2019.contains("Brückenkurs Pflege"))
        XCTAssertFalse(y2019.contains("Interkulturelles Training"))
        XCTAssertTrue(y2019.contains("Fälle (anonymisiert): 0"))
        XCTAssertTrue(StatsReport.text(doc, year: 2018, language: .de).contains("Interkulturelles Training"))
        XCTAssertTrue(StatsReport.text(doc, year: 2030, language: .de).contains("Keine Maßnahmen."))
        XCTAssertTrue(StatsReport.text(doc, year: 2025, language: .de).contains("Fälle (anonymisiert): 10"))
    }

    /// Enrolled cases in a measure without a cost per participant: the committed money is unknown.
    func testUnknownCommittedStaysUnknown() throws {
        let doc = Self.document(cases: (1...5).map { Self.makeCase($0, measure: "m.training") })
        let row = StatsReport.text(doc, year: 2018, language: .de).split(separator: "\n").first { $0.contains("Interkulturelles") } ?? ""
        XCTAssertEqual(row.components(separatedBy: "unbekannt").count - 1, 3, "allocation, committed, planned: \(row)")
        XCTAssertTrue(row.hasSuffix("  5"), String(row))
        XCTAssertTrue(StatsReport.text(doc, year: 2018, language: .en).contains("unknown"))
        XCTAssertTrue(StatsReport.csv(doc, year: 2018, language: .de)
            .contains("\r\n2018;Interkulturelles Training;Interkulturelle Kompetenzentwicklung;;ca.;;0;;5\r\n"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(StatsReport.json(doc, year: 2018, language: .de).utf8)) as? [String: Any])
        let measure = try XCTUnwrap((object["measures"] as? [[String: Any]])?.first)
        XCTAssertTrue(measure["committed"] is NSNull, "unknown is null, never 0")
        XCTAssertEqual(measure["enrolled"] as? Int, 5)
    }

    func testFewEnrolledAreSuppressedWithTheirMoney() {
        let doc = Self.document(cases: (1...2).map { Self.makeCase($0, measure: "m.pflege") })
        let pflege = StatsReport.text(doc, year: 2019, language: .de).split(separator: "\n").first { $0.contains("Brückenkurs") } ?? ""
        XCTAssertTrue(pflege.hasSuffix("<5"), String(pflege))
        XCTAssertFalse(pflege.contains("25.000"), "2 × 12.500 € would give the count back")
        XCTAssertTrue(pflege.contains("  x  "), String(pflege))
        let csv = StatsReport.csv(doc, year: 2019, language: .de)
        XCTAssertTrue(csv.contains("\r\n2019;Brückenkurs Pflege;Anpassungs- und Nachqualifizierung;1500000;;x;0;120;<5\r\n"), csv)
    }

    func testCSVReport() throws {
        let csv = StatsReport.csv(Self.document(payments: [Self.payment]), year: nil, language: .de, byteOrderMark: true)
        assertNoSecrets(csv)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Jahr;Maßnahme;Handlungsfeld;Mittel (ganze Euro);ca.;"))
        // Unknown is empty, never 0; whole euros without separators.
        XCTAssertTrue(csv.contains("\r\n2018;Interkulturelles Training;Interkulturelle Kompetenzentwicklung;;ca.;0;0;;0\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\n2019;Brückenkurs Pflege;Anpassungs- und Nachqualifizierung;1500000;;75000;1235;120;6\r\n"), csv)
        let table = try CSV.read(csv)
        XCTAssertEqual(table.separator, ";")
        let rows = table.rows.map(\.fields)
        XCTAssertTrue(rows.contains(["Fälle insgesamt", "", "11"]))
        XCTAssertTrue(rows.contains(["Nach Status", "Antrag gestellt", "<5"]))
        XCTAssertTrue(rows.contains(["Nach Standort", "Beratung Münster", "<5"]))
        XCTAssertTrue(rows.contains(["Nach Standort", "Beratungsstelle Köln", "x"]), "8 in Köln would give Münster's 3 back")
        XCTAssertTrue(rows.contains(["Nach Standort", "Summe", "11"]))
        XCTAssertTrue(rows.contains { $0.count == 7 && $0[1] == "Verfahren ohne volle oder teilweise Gleichwertigkeit 2017" && $0[2] == "2,1" && $0[3] == "%" })
        XCTAssertTrue(rows.contains { $0.count == 7 && $0[1] == "Ärztinnen und Ärzte" && $0[2] == "" && $0[6].contains("Gesundheitsberufe") })
        XCTAssertTrue(rows.contains { $0.count == 7 && $0[1] == "Anträge seit April 2012" && $0[2] == "111501" && $0[4] == "genau" })
        // English: the comma of English spreadsheets.
        XCTAssertEqual(CSV.detectSeparator(StatsReport.csv(Self.document(), year: nil, language: .en)), ",")
    }

    func testCSVGuardsAgainstFormulas() {
        var document = Self.document()
        var measure = Fixture.measurePflege
        measure.name = "=HYPERLINK(\"x\")"
        document.measures.put(measure)
        var site = Fixture.siteKoeln
        site.name = "+49 Büro"
        document.sites.put(site)
        let cases = (1...5).map { Self.makeCase($0, country: "+49", occupation: "=HYPERLINK(\"y\")", site: site.id) }
        for c in cases { document.cases.put(c) }
        let csv = StatsReport.csv(document, year: nil, language: .de)
        XCTAssertFalse(csv.contains(";=HYPERLINK"))
        XCTAssertTrue(csv.contains(";\"'=HYPERLINK(\"\"x\"\")\";") || csv.contains(";'=HYPERLINK"), csv)
        XCTAssertTrue(csv.contains(";'+49 Büro;"), csv)
        XCTAssertFalse(csv.contains("HYPERLINK(\"\"y"), "free text never becomes a label")
    }

    /// Several small cells, or a withheld one, must not be pinned down by the total either.
    func testHiddenCellsCannotBeWorkedOutTogether() {
        // 10 + 1 + 1: the two "<5" add up to 2, so each would be 1 — the 10 is withheld too.
        XCTAssertEqual(Suppression.breakdown([10, 1, 1]).categories, [.withheld, .belowThreshold, .belowThreshold])
        // 4 + 4: two "<5" summing to 8 are both 4 — nothing to withhold, so the total goes.
        XCTAssertEqual(Suppression.breakdown([4, 4, 0]).total, .withheld)
        // 5 + 1: "x" (≥ 5) and "<5" (≥ 1) summing to 6 are 5 and 1 — the total goes.
        let small = Suppression.breakdown([5, 1])
        XCTAssertEqual(small.categories, [.withheld, .belowThreshold])
        XCTAssertEqual(small.total, .withheld)
        // A breakdown that withholds its total withholds the count of all cases.
        let cases = [Self.makeCase(1, country: "SY")] + (2...6).map { Self.makeCase($0, country: "PL") }
        let stats = CaseStatistics.calculate(Self.document(cases: cases), year: nil, language: .de)
        XCTAssertEqual(stats.total, .withheld)
        XCTAssertTrue(stats.breakdowns.allSatisfy { $0.total == .withheld })
    }

    func testJSONReport() throws {
        let json = StatsReport.json(Self.document(payments: [Self.payment]), year: nil, language: .de)
        assertNoSecrets(json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertTrue(object["year"] is NSNull)
        let measures = try XCTUnwrap(object["measures"] as? [[String: Any]])
        XCTAssertEqual(measures.count, 2)
        let training = try XCTUnwrap(measures.first { $0["name"] as? String == "Interkulturelles Training" })
        XCTAssertTrue(training["allocation"] is NSNull, "unknown is null, never 0")
        XCTAssertEqual(training["committed"] as? Int, 0, "nobody enrolled: nothing committed")
        XCTAssertTrue(training["planned"] is NSNull)
        XCTAssertEqual(training["spent"] as? Int, 0)
        let pflege = try XCTUnwrap(measures.first { $0["name"] as? String == "Brückenkurs Pflege" })
        XCTAssertEqual(pflege["allocation"] as? Int, 1_500_000)
        XCTAssertEqual(pflege["committed"] as? Int, 75_000)
        XCTAssertEqual(pflege["spent"] as? Int, 1_235)
        XCTAssertEqual(pflege["enrolled"] as? Int, 6)
        XCTAssertEqual(pflege["fieldOfAction"] as? String, "qualification")

        let cases = try XCTUnwrap(object["cases"] as? [String: Any])
        XCTAssertEqual(cases["total"] as? Int, 11)
        let breakdowns = try XCTUnwrap(cases["breakdowns"] as? [[String: Any]])
        XCTAssertEqual(breakdowns.compactMap { $0["dimension"] as? String }, CaseBreakdown.Dimension.allCases.map(\.rawValue))
        let status = try XCTUnwrap(breakdowns.first?["categories"] as? [[String: Any]])
        XCTAssertEqual(status.first { $0["key"] as? String == "applied" }?["count"] as? String, "<5")
        XCTAssertEqual(status.first { $0["key"] as? String == "firstCounselling" }?["count"] as? Int, 7)
        XCTAssertNotNil(breakdowns.last?["basis"] as? String, "the month says which date it is")

        let reference = try XCTUnwrap(object["referenceFigures"] as? [[String: Any]])
        let figures = reference.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
        XCTAssertEqual(figures.count, ReferenceFigures.sections.flatMap(\.figures).count)
        XCTAssertTrue(figures.allSatisfy { ($0["source"] as? String).map { !$0.isEmpty } ?? false }, "every figure has its source")
        let percent = try XCTUnwrap(figures.first { $0["key"] as? String == "refNoEquivalence2017" })
        XCTAssertEqual(percent["value"] as? Double, 2.1)
        XCTAssertEqual(percent["unit"] as? String, "percent")
        XCTAssertTrue(figures.first { $0["key"] as? String == "refHealthDoctors" }?["value"] is NSNull)

        let y2024 = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(StatsReport.json(Self.document(), year: 2024, language: .en).utf8)) as? [String: Any])
        XCTAssertEqual(y2024["year"] as? Int, 2024)
        XCTAssertEqual((y2024["cases"] as? [String: Any])?["total"] as? String, "<5")
        XCTAssertEqual((y2024["measures"] as? [Any])?.count, 0)
    }

    // MARK: Command line

    private func parse(_ arguments: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: [:])
    }

    func testStatsCommandLine() {
        XCTAssertEqual(try parse(["stats"]).get().command, .stats(format: .text, year: nil))
        XCTAssertEqual(try parse(["stats", "--format", "csv", "--year", "2019"]).get().command, .stats(format: .csv, year: 2019))
        XCTAssertEqual(try parse(["--year=2020", "stats", "--format=JSON"]).get().command, .stats(format: .json, year: 2020))
        XCTAssertEqual(try parse(["stats", "--lang", "en", "--data", "x.plist"]).get().dataFile, "x.plist")
    }

    func testStatsCommandLineErrors() {
        XCTAssertEqual(parse(["stats", "--format", "pdf"]), .failure(.badStatsFormat("pdf")))
        XCTAssertEqual(parse(["stats", "--format", "xml"]), .failure(.badStatsFormat("xml")), "a data file format is no stats format")
        XCTAssertEqual(parse(["stats", "--year", "19"]), .failure(.badYear("19")))
        XCTAssertEqual(parse(["stats", "--year", "zwanzig"]), .failure(.badYear("zwanzig")))
        XCTAssertEqual(parse(["stats", "--year", "1800"]), .failure(.badYear("1800")))
        XCTAssertEqual(parse(["stats", "--year=+2019"]), .failure(.badYear("+2019")))
        XCTAssertEqual(parse(["stats", "--year"]), .failure(.missingValue("--year")))
        XCTAssertEqual(parse(["stats", "2019"]), .failure(.unexpectedArgument("2019")))
        XCTAssertEqual(parse(["export", "partners", "--year", "2019"]), .failure(.unexpectedArgument("--year")))
        for (error, argument) in [(LaunchOptions.ParseError.badStatsFormat("pdf"), "pdf"), (.badYear("19"), "19")] {
            for language in Language.allCases {
                let text = error.message.text(language)
                XCTAssertTrue(text.contains(argument), "\(error) in \(language): \(text)")
                XCTAssertFalse(text.contains("{0}"))
            }
        }
        XCTAssertTrue(LaunchOptions.ParseError.badYear("19").message.text(.de).contains("Jahreszahl"))
        XCTAssertTrue(LaunchOptions.ParseError.badYear("19").message.text(.en).contains("not a valid year"))
    }

    func testHelpListsStats() {
        for language in Language.allCases {
            XCTAssertTrue(CommandLineText.cliUsage.text(language).contains("iq-tui stats [--format text|csv|json]"), "\(language)")
        }
    }

    func testStatsRunAsTheProgram() throws {
        let home = NSTemporaryDirectory() + "iq-stats-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let result = try ProgramRun.run(["stats", "--data", home + "/none.plist", "--year", "2019", "--format", "csv"], home: home)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("\u{FEFF}Jahr;"))
        XCTAssertTrue(result.out.contains("Qualifizierung Gesundheitsberufe"), "the built-in measures")
        XCTAssertTrue(result.err.contains("none.plist"))
        let bad = try ProgramRun.run(["stats", "--year", "abc"], home: home)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("„abc“ ist keine gültige Jahreszahl"), bad.err)
    }
}
