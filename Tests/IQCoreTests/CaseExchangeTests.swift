import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Cases on the command line: the pseudonymised list export, the Art. 15 report, the CSV import,
/// the command line, and the commands run as the built program.
final class CaseExchangeTests: XCTestCase {
    // MARK: Fixture

    /// Distinctive personal data that must never leave in a pseudonymised export.
    static let personal = ["Zofia", "Wiśniewska-Quartermain", "Oluwaseun", "Adebayo-Okafor", "Kateryna", "Hrytsenkova",
                           "+49 521 99887766", "0176 5550123", "zofia.w@example.org", "oluwaseun@example.net",
                           "Ehemann Dmitri Hrytsenkov", "=Schwester Ilona", "Rückruf bei Frau Quartermain"]

    static func day(_ text: String) -> Day? { Day(parsing: text) }

    static func cases() -> [Case] {
        let meta = RecordMeta(revision: 4, modifiedAt: Date(timeIntervalSince1970: 1_767_225_600), modifiedBy: "berater.koeln")
        var a = Case(id: "c.a", meta: meta, number: "NRW-2025-000002", status: .decisionReceived)
        a.person.firstName = "Zofia"
        a.person.lastName = "Wiśniewska-Quartermain"
        a.person.birthYear = 1967
        a.person.sex = .female
        a.person.phone = "+49 521 99887766"
        a.person.email = "zofia.w@example.org"
        a.nationality = "-" // text from before the codes, exported as it is
        a.countryOfTraining = "PL"
        a.yearOfEntry = 2019
        a.residence = "Köln"
        a.residenceStatus = .euFreeMovement
        a.benefits = .sgbII
        a.germanLevel = .b2
        a.qualification = "Pielęgniarka; \"dyplom\""
        a.referenzberuf = "Pflegefachfrau"
        a.furtherReferenzberufe = ["Hebamme", "Physiotherapeut/in"]
        a.counsellingChannel = .video
        a.counsellingResult = .applicationRecommended
        a.regulated = true
        a.authority = "Bezirksregierung Münster"
        a.authorityID = "p.bezirk"
        a.cameVia = .jobcenter
        a.siteID = "s.koeln"
        a.counsellor = "berater.koeln"
        a.applicationDate = day("3.2.2025")
        a.decision = .partial
        a.decisionDate = day("20.6.2025")
        a.measureID = "m.pflege"
        a.providerID = "p.caritas"
        a.consentDate = day("1.2.2025")
        a.deletionDate = day("31.12.2029")
        a.notes = "Ehemann Dmitri Hrytsenkov\n=Schwester Ilona"
        a.firstCounsellingDate = day("1.2.2025")
        a.recognition.skillsAnalysisDate = day("10.3.2025")
        a.recognition.fileCompleteDate = day("1.4.2025")
        a.recognition.compensation = .adaptationCourse
        a.recognition.adaptationMonths = 6
        a.recognition.fees = Money(cents: 18_750)
        a.recognition.grant = .granted
        a.recognition.grantAmount = .euros(600)
        a.recognition.qualificationStart = day("1.8.2025")
        a.recognition.licenceDate = day("15.3.2026")
        a.recognition.onHoldSince = day("2.5.2025")
        a.recognition.endDate = day("31.3.2026")
        a.timeline = [TimelineEntry(day: day("1.2.2025") ?? .endOfYear(2025), kind: .status(from: .firstCounselling, to: .preparingApplication)),
                      TimelineEntry(day: day("5.3.2025") ?? .endOfYear(2025), kind: .referral(partner: "p.bezirk"), note: "Rückruf bei Frau Quartermain"),
                      TimelineEntry(day: day("9.3.2025") ?? .endOfYear(2025), kind: .appointment(channel: .video))]
        var b = Case(id: "c.b", meta: meta, number: "NRW-2025-000001")
        b.person.firstName = "Oluwaseun"
        b.person.lastName = "Adebayo-Okafor"
        b.person.birthYear = 1988
        b.person.sex = .diverse
        b.person.phone = "0176 5550123"
        b.person.email = "oluwaseun@example.net"
        b.referenzberuf = "Elektroniker/in"
        b.authority = "Handwerkskammer Düsseldorf"
        b.siteID = "s.mobil"
        b.regulated = false
        var c = Case(id: "c.c", meta: meta, number: "NRW-2024-000100", status: .cancelled)
        c.person.firstName = "Kateryna"
        c.person.lastName = "Hrytsenkova"
        return [a, b, c]
    }

    static func document() -> Document {
        var d = Fixture.document()
        for c in cases() { d.cases.put(c) }
        return d
    }

    // MARK: Pseudonymised list export

    func testPseudonymisedExportsNameNoOne() throws {
        let d = Self.document()
        for (name, output) in [("csv de", CaseExchange.csv(d, language: .de, includePersonal: false)),
                               ("csv en", CaseExchange.csv(d, language: .en, includePersonal: false)),
                               ("json", CaseExchange.json(d, includePersonal: false))] {
            for text in Self.personal + ["1967", "1988", "Quartermain", "Dmitri", "Ilona"] {
                XCTAssertFalse(output.contains(text), "\(name) contains \(text)")
            }
            XCTAssertTrue(output.contains("NRW-2025-000002") && output.contains("Pflegefachfrau") && output.contains("Köln"), name)
        }
        let csv = CaseExchange.csv(d, language: .de, includePersonal: false)
        XCTAssertFalse(csv.contains("Vorname") || csv.contains("Geburtsjahr") || csv.contains("Notizen") || csv.contains("weiblich"))
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("Fallnummer;Status;Referenzberuf;"))
        XCTAssertTrue(lines[1].hasPrefix("NRW-2024-000100;Abgebrochen;"), "sorted by number")
        XCTAssertTrue(lines[3].contains(";Beratungsstelle Köln;") && lines[3].contains(";Brückenkurs Pflege 2019"))
        XCTAssertTrue(lines[3].contains(";'-;"), "formula guard")
        XCTAssertTrue(CaseExchange.csv(d, language: .en, includePersonal: false).hasPrefix("Case number,Status,Referenzberuf,"))

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.json(d, includePersonal: false).utf8)) as? [[String: Any]])
        XCTAssertEqual(json.count, 3)
        XCTAssertEqual(json[2]["status"] as? String, "decisionReceived")
        XCTAssertEqual(json[2]["applicationDate"] as? String, "2025-02-03")
        XCTAssertNil(json[2]["firstName"])
        XCTAssertTrue(CaseExchange.json(d, includePersonal: false).contains("{\n    \"number\": \"NRW-2024-000100\",\n    \"status\": "))
    }

    func testIncludePersonalContainsEverything() throws {
        let d = Self.document()
        let csv = CaseExchange.csv(d, language: .de, includePersonal: true)
        let json = CaseExchange.json(d, includePersonal: true)
        for text in Self.personal.filter({ !$0.hasPrefix("Rückruf") }) {
            XCTAssertTrue(csv.contains(text), "csv lacks \(text)")
            XCTAssertTrue(json.contains(text), "json lacks \(text)")
        }
        XCTAssertTrue(csv.contains("1967") && csv.contains("weiblich") && json.contains("\"female\""))
        XCTAssertFalse(csv.contains("Rückruf"), "the timeline is not part of the list export")
        XCTAssertTrue(csv.hasPrefix("Fallnummer;Vorname;Nachname;Geburtsjahr;Geschlecht;Telefon;E-Mail;Status;"))
    }

    // MARK: Art. 15

    func testArt15ReportHoldsEveryFieldAndTheTimeline() throws {
        let d = Self.document()
        let a = try XCTUnwrap(CaseExchange.find("nrw-2025-000002", in: d))
        let text = CaseExchange.report(a, d, language: .de, now: Date(), retention: RetentionPolicy())
        for column in CaseExchange.Column.allCases {
            XCTAssertTrue(text.contains(column.header.text(.de) + ":"), "label \(column)")
            XCTAssertTrue(text.contains(CaseExchange.value(column, of: a, d, .de).components(separatedBy: "\n")[0]), "value \(column)")
        }
        for expected in ["Auskunft nach Art. 15 DSGVO – Fall NRW-2025-000002", "Person\n======", "Verlauf",
                         "01.02.2025: Erstberatung → Antrag in Vorbereitung", "Verweis an Bezirksregierung Münster – Rückruf bei Frau Quartermain",
                         "Termin (Video)", "berater.koeln", "Revision:", "c.a", "Dmitri Hrytsenkov\n", "    =Schwester Ilona"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)\n\(text)")
        }
        let lastLines = text.components(separatedBy: "\n").suffix(3)
        XCTAssertTrue(lastLines.first?.hasSuffix(" 4") == true, "the revision, then the storage period, come last: \(lastLines)")
        XCTAssertTrue(lastLines.dropFirst().first?.contains("Löschung fällig:") == true, "\(lastLines)")
        XCTAssertTrue(CaseExchange.report(a, d, language: .en, now: Date(), retention: RetentionPolicy()).contains("Information under Art. 15 GDPR"))

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.reportJSON(a, d, retention: RetentionPolicy()).utf8)) as? [String: Any])
        let person = try XCTUnwrap(json["person"] as? [String: Any])
        XCTAssertEqual(person["lastName"] as? String, "Wiśniewska-Quartermain")
        XCTAssertEqual(person["birthYear"] as? Int, 1967)
        XCTAssertEqual(json["site"] as? String, "Beratungsstelle Köln")
        XCTAssertEqual(json["authorityID"] as? String, "p.bezirk")
        XCTAssertEqual(json["notes"] as? String, a.notes)
        let timeline = try XCTUnwrap(json["timeline"] as? [[String: Any]])
        XCTAssertEqual(timeline.count, 3)
        XCTAssertEqual(timeline[1]["partnerName"] as? String, "Bezirksregierung Münster")
        XCTAssertEqual(timeline[1]["note"] as? String, "Rückruf bei Frau Quartermain")
        XCTAssertEqual((json["meta"] as? [String: Any])?["modifiedBy"] as? String, "berater.koeln")
        for column in CaseExchange.Column.allCases where !column.isPersonal {
            XCTAssertNotNil(json[column.key], "json lacks \(column.key)")
        }
    }

    // MARK: Import

    private func importCSV(_ text: String, into document: Document = Fixture.document(), now: Date = Date()) -> CaseImportResult {
        var n = 0
        return CaseExchange.importCSV(text, existing: document, now: now, user: "importer", newID: {
            n += 1
            return RecordID("new.\(n)")
        })
    }

    func testCSVRoundTripInBothLanguages() throws {
        for language in Language.allCases {
            let csv = CaseExchange.csv(Self.document(), language: language, includePersonal: true, byteOrderMark: true)
            let result = importCSV(csv)
            XCTAssertEqual(result.errors, [], "\(language)")
            XCTAssertEqual(result.created, 3)
            let originals = Self.cases().sorted { $0.number < $1.number }
            let imported = result.accepted(skipInvalid: false).sorted { $0.number < $1.number }.map { c -> Case in
                var c = c
                let original = originals.first { $0.number == c.number }
                c.id = original?.id ?? c.id
                c.meta = original?.meta ?? c.meta
                c.timeline = original?.timeline ?? []
                return c
            }
            XCTAssertEqual(imported, originals, "\(language)")
            XCTAssertEqual(result.records.first?.meta.modifiedBy, "importer")
        }
    }

    func testBadRowsAreReportedWithTheirLinesAndNothingIsImported() {
        let csv = """
            Fallnummer;Vorname;Nachname;Status;Geburtsjahr;Einreisejahr;Antrag gestellt am;Bescheid vom;Standort;E-Mail;Notizen
            ;Anna;Schmidt;Erstberatung;1990;2015;;;Beratungsstelle Köln;;"zwei
            Zeilen"
            NRW-26-1;Ben;Meier;;;;;;;;
            NRW-2025-000001;Cem;Kaya;Unbekannt;;;;;;;
            NRW-2025-000001;Dana;Roth;applied;;;;;;;
            ;;Ohne;;2300;;;;;;
            ;Eva;Lang;;1990;1980;31.02.2025;;Nirgendwo;keine-adresse;
            ;Finn;Berg;;;;10.5.2025;1.5.2025;;;
            """
        let result = importCSV(csv)
        let lines = result.errors.map(\.line)
        XCTAssertEqual(Set(lines), [4, 5, 6, 7, 8, 9], result.errors.map { "\($0.line): \($0.message.text(.de))" }.joined(separator: "\n"))
        XCTAssertEqual(result.invalidRows, 7 - 1)
        let texts = result.errors.map { "\($0.line) \($0.message.text(.de))" }
        for expected in ["4 „NRW-26-1“ ist keine gültige Fallnummer", "5 Status: „Unbekannt“ gibt es nicht", "6 Die Fallnummer „NRW-2025-000001“ steht schon in Zeile 5",
                         "7 Vorname fehlt", "7 Geburtsjahr: „2300“ ist kein plausibles Jahr", "8 Das Einreisejahr 1980 liegt vor dem Geburtsjahr 1990",
                         "8 Antrag gestellt am: „31.02.2025“ ist kein gültiges Datum", "8 Standort: „Nirgendwo“ gibt es nicht", "8 „keine-adresse“",
                         "9 Der Bescheid kann nicht vor dem Antrag liegen"] {
            XCTAssertTrue(texts.contains { $0.hasPrefix(expected) }, "missing \(expected) in\n\(texts.joined(separator: "\n"))")
        }
        XCTAssertEqual(result.accepted(skipInvalid: false), [], "nothing imported on error")
        XCTAssertEqual(result.accepted(skipInvalid: true).map(\.person.lastName), ["Schmidt"])
        XCTAssertEqual(result.records.first?.notes, "zwei\nZeilen")
        XCTAssertEqual(result.records.first?.siteID, "s.koeln")
    }

    func testUpdatesKeepTheTimelineAndNewNumbersFollowTheHighest() throws {
        let now = try XCTUnwrap(Calendar(identifier: .gregorian).date(from: DateComponents(year: 2025, month: 7, day: 1, hour: 12)))
        let csv = """
            case number,First Name,LAST NAME,status,Decision,German level,regulated,measure,Shoe size,Compensation measure,adaptationMonths
            nrw-2025-000002,Zofia,Wiśniewska-Quartermain,Closed,full,c1,no,Brückenkurs Pflege (2019),44,,
            ,Neu,Eins,,,,,,,,
            NRW-2025-000040,Neu,Zwei,,,,,,,,
            NRW-2024-000100,Kateryna,Hrytsenkova,cancelled,,,,,,,
            NRW-2025-000001,,Adebayo-Okafor,,,,,,,,
            """
        let result = importCSV(csv, into: Self.document(), now: now)
        XCTAssertEqual(result.warnings.map(\.line), [1], "unknown column")
        XCTAssertEqual(result.errors.map(\.line), [6], "an existing case's name may not be emptied")
        XCTAssertEqual(result.accepted(skipInvalid: false), [])
        XCTAssertEqual([result.created, result.updated, result.unchanged], [2, 1, 1])
        XCTAssertEqual(result.accepted(skipInvalid: true).map(\.number), ["NRW-2025-000002", "NRW-2025-000041", "NRW-2025-000040"])
        let updated = try XCTUnwrap(result.records.first)
        let original = Self.cases()[0]
        XCTAssertEqual(updated.id, original.id)
        XCTAssertEqual(updated.timeline, original.timeline)
        XCTAssertEqual(updated.person.phone, original.person.phone, "columns the file lacks stay")
        XCTAssertEqual(updated.siteID, original.siteID)
        XCTAssertEqual([updated.status.rawValue, updated.decision?.rawValue, updated.germanLevel?.rawValue], ["closed", "full", "c1"])
        XCTAssertEqual(updated.regulated, false)
        XCTAssertEqual(updated.measureID, "m.pflege")
        // Full equivalence sets no Ausgleichsmaßnahme: the row empties it (and its months) too.
        XCTAssertNil(updated.recognition.compensation)
        XCTAssertNil(updated.recognition.adaptationMonths)
        XCTAssertEqual(updated.recognition.fees, original.recognition.fees, "columns the file lacks stay")
        XCTAssertEqual(updated.meta.revision, 5)
        XCTAssertEqual(updated.meta.modifiedAt, now)
        XCTAssertEqual(result.records[1].status, .firstCounselling)
        XCTAssertEqual(result.records[1].meta.revision, 1)
    }

    func testTheNumberColumnIsRequiredAndProgressIsReported() {
        XCTAssertTrue(importCSV("Name;E-Mail\nIrgendwer;a@b.de\n").fileError)
        XCTAssertTrue(importCSV("").fileError)
        XCTAssertTrue(importCSV("Fallnummer\n\"offen\n").fileError)
        let rows = (1...2_500).map { ";Vorname\($0);Nachname" }
        var calls: [[Int]] = []
        let result = CaseExchange.importCSV("Fallnummer;Vorname;Nachname\n" + rows.joined(separator: "\n"), existing: Document(), now: Date(),
                                            user: "u", newID: { RecordID(UUID().uuidString) }, progress: { calls.append([$0, $1]) })
        XCTAssertEqual(calls, [[1_000, 2_500], [2_000, 2_500], [2_500, 2_500]])
        XCTAssertEqual(Set(result.records.map(\.number)).count, 2_500)
    }

    // MARK: Command line

    func testCaseCommandsParse() {
        let parse = { (args: [String]) in LaunchOptions.parse(args, environment: [:]) }
        XCTAssertEqual(try parse(["export", "case", "NRW-2025-000001"]).get().command, .exportCase(number: "NRW-2025-000001", format: .text))
        XCTAssertEqual(try parse(["export", "case", "X", "--format=json"]).get().command, .exportCase(number: "X", format: .json))
        XCTAssertEqual(try parse(["export", "cases"]).get().command, .exportCases(format: .csv, includePersonal: false))
        XCTAssertEqual(try parse(["export", "cases", "--include-personal", "--format", "json"]).get().command, .exportCases(format: .json, includePersonal: true))
        XCTAssertEqual(try parse(["import", "cases", "f.csv", "--skip-invalid"]).get().command, .importCases(file: "f.csv", skipInvalid: true))
        XCTAssertEqual(parse(["export", "partners", "--include-personal"]), .failure(.unexpectedArgument("--include-personal")))
        XCTAssertEqual(parse(["export", "case", "X", "--include-personal"]), .failure(.unexpectedArgument("--include-personal")))
        XCTAssertEqual(parse(["export", "case"]), .failure(.missingArgument("export case")))
        XCTAssertEqual(parse(["export", "cases", "--format", "vcard"]), .failure(.badCaseFormat("vcard", choices: "csv, json")))
        XCTAssertEqual(parse(["export", "case", "X", "--format", "csv"]), .failure(.badCaseFormat("csv", choices: "text, json")))
        XCTAssertEqual(parse(["import", "cases"]), .failure(.missingArgument("import cases")))
    }

    // MARK: The built program

    private var home = ""
    private var dataPath: String { home + "/xdg/iq-tui/iq-tui.plist" }

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-case-cmd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func run(_ arguments: [String], language: String = "de") throws -> ProgramRun.Result {
        try ProgramRun.run(arguments, home: home, language: language, user: "tester")
    }

    /// A data file with the fixture network and two cases.
    private func createDataFile() throws {
        var d = Fixture.document()
        for c in Self.cases().prefix(2) { d.cases.put(c) }
        try ProgramDataFile.write(SnapshotCodec.encode(d, format: .xml, savedAt: Date(), savedBy: "setup"), to: dataPath)
    }

    func testACaseIsFoundByItsNumberOrItsSerialWhenOnlyOneCaseHasIt() {
        var d = Self.document()
        XCTAssertEqual(CaseExchange.find("NRW-2025-000001", in: d)?.id, "c.b")
        XCTAssertEqual(CaseExchange.find("1", in: d)?.id, "c.b")
        XCTAssertEqual(CaseExchange.find(" 000001 ", in: d)?.id, "c.b")
        XCTAssertEqual(CaseExchange.find("100", in: d)?.id, "c.c")
        XCTAssertEqual(CaseExchange.find("2024-100", in: d)?.id, "c.c")
        XCTAssertNil(CaseExchange.find("2025-100", in: d))
        for nothing in ["0", "-1", "x1", "", "1-2-3", "１"] { XCTAssertEqual(CaseExchange.matches(nothing, in: d), [], nothing) }
        // The same serial in two years names neither: both are listed, nothing is guessed.
        d.cases.put(Case(id: "c.d", meta: .seed, number: "NRW-2026-000001"))
        XCTAssertNil(CaseExchange.find("1", in: d))
        XCTAssertEqual(CaseExchange.matches("1", in: d).map(\.number), ["NRW-2025-000001", "NRW-2026-000001"])
        XCTAssertEqual(CaseExchange.find("2026-1", in: d)?.id, "c.d")
    }

    func testExportCommands() throws {
        let missing = try run(["export", "case", "NRW-2025-000001"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("Einen Fall „NRW-2025-000001“ gibt es nicht"), missing.err)
        XCTAssertNil(FileManager.default.contents(atPath: dataPath), "export never creates the data file")

        try createDataFile()
        let before = FileManager.default.contents(atPath: dataPath)
        let unknown = try run(["export", "case", "NRW-2025-000099"], language: "en")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.err.contains("there is no case 'NRW-2025-000099'"), unknown.err)

        let list = try run(["export", "cases"])
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertEqual(list.err, "")
        XCTAssertEqual(list.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 3)
        for text in Self.personal { XCTAssertFalse(list.out.contains(text), text) }
        let personal = try run(["export", "cases", "--include-personal", "--format", "json"])
        XCTAssertEqual(personal.status, 0)
        XCTAssertTrue(personal.out.contains("Wiśniewska-Quartermain") && personal.err.contains("personenbezogene Daten"), personal.err)

        let report = try run(["export", "case", "NRW-2025-000002"])
        XCTAssertEqual(report.status, 0, report.err)
        XCTAssertTrue(report.out.contains("Wiśniewska-Quartermain") && report.out.contains("Bezirksregierung Münster"))
        // Short forms: the serial alone, with leading zeros or without, and with the year.
        for short in ["2", "000002", "2025-2", "nrw-2025-000002"] {
            let byShort = try run(["export", "case", short])
            XCTAssertEqual(byShort.status, 0, "\(short): \(byShort.err)")
            XCTAssertEqual(byShort.out, report.out, short)
        }
        let json = try run(["export", "case", "NRW-2025-000002", "--format", "json"])
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(FileManager.default.contents(atPath: dataPath), before, "exports write nothing")
    }

    func testImportCommand() throws {
        try createDataFile()
        let before = FileManager.default.contents(atPath: dataPath)
        let bad = home + "/bad.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: bad, contents: Data(
            "Fallnummer;Vorname;Nachname;Status\n;Anna;Schmidt;Erstberatung\nNRW-2025-000001;;;Antrag gestellt\n".utf8)))
        let failed = try run(["import", "cases", "bad.csv"])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.err.contains("bad.csv, Zeile 3: Fehler: Vorname fehlt"), failed.err)
        XCTAssertTrue(failed.err.contains("Nichts importiert"), failed.err)
        XCTAssertEqual(FileManager.default.contents(atPath: dataPath), before, "nothing written")

        let good = home + "/good.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: good, contents: Data(
            "Case number,First name,Last name,Status\n,Anna,Schmidt,First counselling\nNRW-2025-000001,Oluwaseun,Adebayo-Okafor,applied\n".utf8)))
        let done = try run(["import", "cases", "good.csv"], language: "en")
        XCTAssertEqual(done.status, 0, done.err)
        XCTAssertTrue(done.out.contains("Cases imported: 2 (1 new, 1 updated), 0 warnings."), done.out)
        XCTAssertFalse(done.err.contains("cases …"), "no progress for a small file or a pipe")
        let loaded = try ProgramDataFile.load(dataPath)
        XCTAssertEqual(loaded.format, .xml)
        XCTAssertEqual(loaded.document.cases.count, 3)
        XCTAssertEqual(CaseExchange.find("NRW-2025-000001", in: loaded.document)?.status, .applied)
        XCTAssertEqual(loaded.document.cases.items.first { $0.person.lastName == "Schmidt" }?.meta.modifiedBy, "tester")
    }
}
