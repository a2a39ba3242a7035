import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// The `iq-tui stats` report as text, CSV and JSON, and its command line.
final class StatisticsReportTests: XCTestCase, StatisticsTesting {
    /// Personal data and case numbers that must never appear in any statistics output.
    static let secrets = ["Wiśniewska", "Quartermain", "Oluwaseun", "NRW-2025-", "NRW-2024-", "berater.koeln"]

    static let payment = Payment(id: "pay.1", meta: RecordMeta(modifiedAt: fixedDate, modifiedBy: "x"), measureID: "m.pflege",
                                 providerID: nil, day: day(2019, 5, 1), amount: Money(cents: 123_456))

    private func assertNoSecrets(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for secret in Self.secrets {
            XCTAssertFalse(text.contains(secret), "output names \(secret)", file: file, line: line)
        }
    }

    private func parse(_ arguments: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: [:])
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
        XCTAssertTrue(text.contains("Monat der Erstberatung, sonst des ersten Eintrags im Verlauf"))
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
        // The year a case counts in is said, in both languages, as the Statistik view says it.
        XCTAssertTrue(y2019.contains("Fälle 2019: gezählt nach dem Jahr ihrer Erstberatung"))
        XCTAssertTrue(StatsReport.text(doc, year: 2019, language: .en).contains("Cases of 2019: counted by the year of their Erstberatung"))
        XCTAssertFalse(StatsReport.text(doc, year: nil, language: .de).contains("gezählt nach dem Jahr"))
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
        XCTAssertNotNil(breakdowns.first { $0["dimension"] as? String == "month" }?["basis"] as? String, "the month says which date it is")

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
