import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The Träger of an enrolled case: the choice in the case form and its rules (one of the measure's
/// providers, never without a measure, a measure's only provider filled in), the column of the
/// export and import, the Art. 15 report, and the snapshot.
final class CaseProviderTests: XCTestCase {
    // MARK: Fixture

    /// Two providers of the same name, each running a different measure.
    static let westA = Partner(id: "p.west.a", name: "Bildungswerk West", category: .provider, cities: ["Aachen"])
    static let westB = Partner(id: "p.west.b", name: "Bildungswerk West", category: .provider, cities: ["Bochum"])
    /// A measure with several Träger (Fixture.measurePflege has one: Caritas; the training one: Diakonie).
    static let measureSprache = Measure(id: "m.sprache", name: "Berufssprachkurs", fieldOfAction: .qualification,
                                        providerIDs: ["p.caritas", "p.einewelt", "p.west.a"], year: 2020,
                                        allocation: .euros(200_000), plannedParticipants: 40, costPerParticipant: .euros(5_000),
                                        isApproximate: false)
    static let measureWerk = Measure(id: "m.werk", name: "Werkstattkurs", fieldOfAction: .qualification, providerIDs: ["p.west.b"],
                                     year: 2021, allocation: nil, plannedParticipants: nil, costPerParticipant: nil, isApproximate: false)

    static func document(cases: [Case] = []) -> Document {
        Document(partners: Fixture.partners + [westA, westB], sites: Fixture.sites,
                 measures: Fixture.measures + [measureSprache, measureWerk], cases: cases)
    }

    static func makeCase(_ id: RecordID, _ number: String, measure: RecordID?, provider: RecordID?) -> Case {
        var c = Case(id: id, meta: RecordMeta(revision: 2, modifiedAt: fixedDate, modifiedBy: "anna"), number: number)
        c.person.firstName = "Olena"
        c.person.lastName = "Kovalenko"
        c.measureID = measure
        c.providerID = provider
        return c
    }

    private func casesState(_ cases: [Case] = []) -> AppState {
        var state = AppState(document: Self.document(cases: cases))
        state.focus = .cases
        return state
    }

    private func newCaseForm(_ store: TestStore) {
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        store.fill(\CaseEditorForm.firstName, "Olena")
        store.fill(\CaseEditorForm.lastName, "Kovalenko")
    }

    /// The new case the form saves: the first of 2023 (the test clock), by the test user.
    private func saved(measure: RecordID?, provider: RecordID?) -> Case {
        var c = Case(id: "id-1", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"), number: "NRW-2023-000001")
        c.person.firstName = "Olena"
        c.person.lastName = "Kovalenko"
        c.counsellor = "tester"
        c.firstCounsellingDate = Day(Date(timeIntervalSince1970: 0)) // "today" of a state whose clock never ticked
        c.measureID = measure
        c.providerID = provider
        return c
    }

    private func submitSaves(_ store: TestStore, _ c: Case, file: StaticString = #filePath, line: UInt = #line) {
        let label = CaseText.labelCaseSaved(c.number)
        store.send(.form(.submit), file: file, line: line) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label)
            $0.status = shown(label)
        }
    }

    // MARK: The form

    func testTheTraegerFieldFollowsTheMeasureAndOffersTheProvidersOfMeasures() throws {
        let store = TestStore(casesState())
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        let form = try XCTUnwrap(store.state.form)
        let measure = try XCTUnwrap(form.index(of: \CaseEditorForm.measure))
        XCTAssertEqual(form.index(of: \CaseEditorForm.provider), measure + 1, "right after the measure")
        XCTAssertEqual(form.fields[measure + 1].label, "Träger")
        let options = try XCTUnwrap(form.model(CaseEditorForm.self)?.provider)
        XCTAssertEqual(options.values, [nil, "p.west.a", "p.west.b", "p.caritas", "p.diakonie", "p.einewelt"],
                       "unknown, then the measures' providers by name; no partner that provides nothing")
        XCTAssertEqual(options.labels, ["unbekannt", "Bildungswerk West (Aachen)", "Bildungswerk West (Bochum)", "Caritas Düsseldorf",
                                              "Diakonie an der Hauptstraße", "Eine Welt Netz Bonn"], "twins told apart by city")
        XCTAssertNil(form.model(CaseEditorForm.self)?.provider.value, "nothing chosen in a new case")

        var english = casesState()
        english.language = .en
        let englishStore = TestStore(english)
        englishStore.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        XCTAssertEqual(englishStore.state.form?.model(CaseEditorForm.self)?.provider.control.label, "Provider (Träger)")
    }

    func testATraegerThatDoesNotRunTheMeasureIsNotSaved() throws {
        let store = TestStore(casesState())
        newCaseForm(store)
        store.choose(\CaseEditorForm.measure, "m.pflege")
        store.choose(\CaseEditorForm.provider, "p.diakonie")
        let error = try XCTUnwrap(store.state.form?.model(CaseEditorForm.self)?.provider.control.error, "an error at the field")
        XCTAssertEqual(error.text(.de), "Diakonie an der Hauptstraße führt „Brückenkurs Pflege 2019“ nicht durch – Träger dieser Maßnahme: Caritas Düsseldorf.")
        XCTAssertEqual(error.text(.en), "Diakonie an der Hauptstraße does not run “Brückenkurs Pflege 2019” – the measure's providers (Träger): Caritas Düsseldorf.")
        // The form stays open, the focus goes to the wrong field, nothing is saved.
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.provider) { $0.provider.control.error = error } }

        store.choose(\CaseEditorForm.provider, "p.caritas")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.provider.control.error)
        submitSaves(store, saved(measure: "m.pflege", provider: "p.caritas"))
    }

    func testATraegerWithoutAMeasureIsNotSaved() throws {
        let store = TestStore(casesState())
        newCaseForm(store)
        store.choose(\CaseEditorForm.provider, "p.einewelt")
        let error = try XCTUnwrap(store.state.form?.model(CaseEditorForm.self)?.provider.control.error)
        XCTAssertEqual(error, CaseText.formProviderNeedsMeasure)
        XCTAssertTrue(error.text(.de).hasPrefix("Ein Träger gehört zu einer Maßnahme"))
        XCTAssertTrue(error.text(.en).hasPrefix("A provider (Träger) belongs to a measure"))
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.provider) { $0.provider.control.error = error } }

        store.choose(\CaseEditorForm.measure, "m.sprache")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.provider.control.error, "Eine Welt runs the language course")
        submitSaves(store, saved(measure: "m.sprache", provider: "p.einewelt"))
    }

    func testAMeasuresOnlyProviderIsFilledInOnSubmit() {
        let store = TestStore(casesState())
        newCaseForm(store)
        store.choose(\CaseEditorForm.measure, "m.training")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.provider.value?.formToken)
        // The training has one Träger.
        submitSaves(store, saved(measure: "m.training", provider: "p.diakonie"))

        // With several Träger nothing is guessed; without a measure there is nothing to fill in.
        for measure in ["m.sprache", nil] as [RecordID?] {
            let other = TestStore(casesState())
            newCaseForm(other)
            other.choose(\CaseEditorForm.measure, measure)
            submitSaves(other, saved(measure: measure, provider: nil))
        }
    }

    func testEditingKeepsATraegerThatIsNoLongerAProvider() throws {
        // The case's Träger was taken off the measure (and off every other one) since.
        let original = Self.makeCase("c.1", "NRW-2026-000001", measure: "m.pflege", provider: "p.agentur")
        let store = TestStore(casesState([original]))
        store.send(.navigation(.select(.cases, row: 0)), .cases(.editCase)) { $0.form = CaseForm.editor(for: original, $0, user: "tester") }
        let form = try XCTUnwrap(store.state.form)
        XCTAssertEqual(form.model(CaseEditorForm.self)?.provider.value?.formToken, "p.agentur", "kept as a choice, by name")
        guard case .choice(let options)? = form.model(CaseEditorForm.self)?.provider.control.kind else { return XCTFail("no choice") }
        XCTAssertEqual(options.last?.label, "Agentur für Arbeit Köln")

        // Unchanged, the old mismatch is a note and does not block editing the rest; the Träger
        // is never dropped silently.
        store.fill(\CaseEditorForm.counsellor, "ben")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.provider.control.error)
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.provider.control.warning?.name, CaseText.formProviderNotOfMeasure("", "", "").name)
        var edited = original
        edited.counsellor = "ben"
        edited.meta = RecordMeta(revision: 3, modifiedAt: fixedDate, modifiedBy: "tester")
        let label = CaseText.labelCaseSaved("NRW-2026-000001")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(edited)), label: label)
            $0.status = shown(label)
        }

        // … but choosing another measure checks the Träger again.
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: edited, $0, user: "tester") }
        store.choose(\CaseEditorForm.measure, "m.training")
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.provider.control.error?.name, CaseText.formProviderNotOfMeasure("", "", "").name)
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.provider.control.warning)
    }

    func testAnUnknownMeasureLeavesTheTraegerAlone() {
        let document = Self.document()
        XCTAssertNil(CaseForm.providerProblem("p.caritas", measure: "m.gone", in: document), "the providers of a gone measure are unknown")
        XCTAssertNil(CaseForm.providerProblem(nil, measure: "m.pflege", in: document))
        XCTAssertNil(CaseForm.providerProblem("p.west.a", measure: "m.sprache", in: document))
        XCTAssertEqual(CaseForm.providerProblem("p.west.b", measure: "m.sprache", in: document)?.name, CaseText.formProviderNotOfMeasure("", "", "").name)
        XCTAssertEqual(CaseForm.providerProblem("p.caritas", measure: nil, in: document), CaseText.formProviderNeedsMeasure)
    }

    // MARK: Export and import

    static func exchangeDocument() -> Document {
        var a = makeCase("c.a", "NRW-2025-000001", measure: "m.werk", provider: "p.west.b")
        a.person.firstName = "Zofia"
        a.person.lastName = "Nowak"
        let b = makeCase("c.b", "NRW-2025-000002", measure: "m.pflege", provider: "p.caritas")
        let c = makeCase("c.c", "NRW-2025-000003", measure: "m.sprache", provider: nil)
        return document(cases: [a, b, c])
    }

    private func importCSV(_ text: String, into document: Document = CaseProviderTests.document()) -> CaseImportResult {
        var n = 0
        return CaseExchange.importCSV(text, existing: document, now: fixedDate, user: "importer", newID: {
            n += 1
            return RecordID("new.\(n)")
        })
    }

    func testTheTraegerRoundTripsThroughExportAndImport() throws {
        let d = Self.exchangeDocument()
        let csv = CaseExchange.csv(d, language: .de, includePersonal: false)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].contains(";Qualifizierungsmaßnahme;Träger"), lines[0])
        XCTAssertTrue(lines[1].contains(";Werkstattkurs 2021;Bildungswerk West;"), lines[1])
        XCTAssertTrue(lines[2].contains(";Brückenkurs Pflege 2019;Caritas Düsseldorf;"), lines[2])
        XCTAssertTrue(CaseExchange.csv(d, language: .en, includePersonal: false).contains(",Qualification measure,Provider (Träger)"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.json(d, includePersonal: false).utf8)) as? [[String: Any]])
        XCTAssertEqual(json.map { $0["provider"] as? String }, ["Bildungswerk West", "Caritas Düsseldorf", nil])

        // Into a data file without the cases: every Träger comes back — "Bildungswerk West" is two
        // partners, the row's measure tells which — and an empty one stays empty, in both languages.
        for language in Language.allCases {
            let result = importCSV(CaseExchange.csv(d, language: language, includePersonal: true))
            XCTAssertEqual(result.errors, [], "\(language): " + result.errors.map { $0.message.text(language) }.joined(separator: "\n"))
            XCTAssertEqual(result.created, 3)
            let imported = result.accepted(skipInvalid: false).sorted { $0.number < $1.number }
            XCTAssertEqual(imported.map(\.providerID), ["p.west.b", "p.caritas", nil], "\(language)")
            XCTAssertEqual(imported.map(\.measureID), ["m.werk", "m.pflege", "m.sprache"], "\(language)")
        }

        // Re-importing the export into the same data changes nothing.
        let again = importCSV(CaseExchange.csv(d, language: .en, includePersonal: true), into: d)
        XCTAssertEqual(again.errors, [])
        XCTAssertEqual([again.created, again.updated, again.unchanged], [0, 0, 3])
    }

    func testTheTraegerIsReadByNameOrIdAndWrongOnesAreNamedWithTheirLine() {
        let csv = """
            Fallnummer;Vorname;Nachname;Maßnahme;Träger
            ;Anna;Eins;Werkstattkurs 2021;p.west.b
            ;Ben;Zwei;Brückenkurs Pflege (2019);caritas düsseldorf
            ;Cem;Drei;Brückenkurs Pflege 2019;Bildungswerk West
            ;Dana;Vier;Brückenkurs Pflege 2019;Niemand e. V.
            ;Eva;Fünf;Brückenkurs Pflege 2019;Eine Welt Netz Bonn
            ;Finn;Sechs;;Caritas Düsseldorf
            ;Gül;Sieben;Interkulturelles Training 2018;
            ;Hana;Acht;Berufssprachkurs 2020;bildungswerk west
            """
        let result = importCSV(csv)
        let texts = result.errors.map { "\($0.line) \($0.message.text(.de))" }
        XCTAssertEqual(result.errors.map(\.line), [4, 5, 6, 7], texts.joined(separator: "\n"))
        for expected in ["4 Träger: „Bildungswerk West“ ist nicht eindeutig – bitte genauer angeben, etwa: Bildungswerk West (p.west.a), Bildungswerk West (p.west.b)",
                         "5 Träger: „Niemand e. V.“ gibt es nicht",
                         "6 Eine Welt Netz Bonn führt „Brückenkurs Pflege 2019“ nicht durch – Träger dieser Maßnahme: Caritas Düsseldorf",
                         "7 Ein Träger gehört zu einer Maßnahme"] {
            XCTAssertTrue(texts.contains { $0.hasPrefix(expected) }, "missing \(expected) in\n\(texts.joined(separator: "\n"))")
        }
        let accepted = result.accepted(skipInvalid: true)
        XCTAssertEqual(accepted.map(\.person.firstName), ["Anna", "Ben", "Gül", "Hana"])
        XCTAssertEqual(accepted.map(\.providerID), ["p.west.b", "p.caritas", nil, "p.west.a"],
                       "by id; by name ignoring case, a shared name settled by the measure; the import fills nothing in")

        // The English header and the JSON key name the column too.
        for header in ["Provider (Träger)", "provider", "Traeger"] {
            let r = importCSV("Case number,First name,Last name,Measure,\(header)\n,Anna,Eins,Brückenkurs Pflege 2019,Caritas Düsseldorf\n")
            XCTAssertEqual(r.errors, [], header)
            XCTAssertEqual(r.records.first?.providerID, "p.caritas", header)
        }
    }

    func testAnOldMismatchDoesNotBlockAnUpdateOfOtherColumns() {
        // The case's Träger no longer runs its measure; a file that only changes the counsellor still applies.
        let d = Self.document(cases: [Self.makeCase("c.1", "NRW-2025-000001", measure: "m.pflege", provider: "p.agentur")])
        let result = importCSV("Fallnummer;Berater/in\nNRW-2025-000001;ben\n", into: d)
        XCTAssertEqual(result.errors, [], result.errors.map { $0.message.text(.de) }.joined(separator: "\n"))
        XCTAssertEqual(result.records.first?.providerID, "p.agentur")
        XCTAssertEqual(result.records.first?.counsellor, "ben")
        // Setting the same Träger again is a change of nothing; setting a wrong one is an error.
        XCTAssertEqual(importCSV("Fallnummer;Träger\nNRW-2025-000001;p.agentur\n", into: d).errors, [])
        XCTAssertEqual(importCSV("Fallnummer;Träger\nNRW-2025-000001;Diakonie an der Hauptstraße\n", into: d).errors.map(\.line), [2])
    }

    func testTheArt15ReportNamesTheTraeger() throws {
        var d = Self.exchangeDocument()
        let a = try XCTUnwrap(CaseExchange.find("NRW-2025-000002", in: d))
        let text = CaseExchange.report(a, d, language: .de, now: fixedDate, retention: RetentionPolicy())
        XCTAssertTrue(text.contains("Träger:"), text)
        XCTAssertTrue(text.contains(" Caritas Düsseldorf\n"), text)
        XCTAssertTrue(CaseExchange.report(a, d, language: .en, now: fixedDate, retention: RetentionPolicy()).contains("Provider (Träger):"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.reportJSON(a, d, retention: RetentionPolicy()).utf8)) as? [String: Any])
        XCTAssertEqual(json["provider"] as? String, "Caritas Düsseldorf")
        XCTAssertEqual(json["providerID"] as? String, "p.caritas")

        // A Träger whose partner is gone: its id, marked as gone.
        _ = d.partners.remove("p.caritas")
        XCTAssertTrue(CaseExchange.report(a, d, language: .de, now: fixedDate, retention: RetentionPolicy()).contains("p.caritas (nicht mehr vorhanden)"))
    }

    // MARK: Snapshot

    func testTheTraegerRoundTripsThroughTheSnapshot() throws {
        let with = Self.makeCase("c.1", "NRW-2026-000001", measure: "m.sprache", provider: "p.einewelt")
        let without = Self.makeCase("c.2", "NRW-2026-000002", measure: "m.sprache", provider: nil)
        let document = Self.document(cases: [with, without])
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: fixedDate, savedBy: "anna")
            let (decoded, _) = try SnapshotCodec.decode(bytes, path: "/x/provider.\(format)")
            XCTAssertEqual(decoded.cases["c.1"]?.providerID, "p.einewelt", "\(format)")
            XCTAssertEqual(decoded.cases["c.2"], without, "\(format): no Träger stays none")
            XCTAssertEqual(decoded.cases.items, document.cases.items, "\(format)")
        }
        let xml = String(decoding: SnapshotCodec.encode(document, format: .xml, savedAt: fixedDate, savedBy: "anna"), as: UTF8.self)
        XCTAssertTrue(xml.contains("<key>provider</key>"))
    }
}
