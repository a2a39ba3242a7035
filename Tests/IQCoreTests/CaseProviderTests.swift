import Foundation
import XCTest
@testable import IQCore

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

    // MARK: Form helpers

    private func editor(_ state: AppState) -> CaseEditorForm? { state.form?.model(CaseEditorForm.self) }

    private func fieldIndex<Input: FormInput>(_ path: WritableKeyPath<CaseEditorForm, Input>, _ state: AppState,
                                              file: StaticString = #filePath, line: UInt = #line) -> Int? {
        let i = state.form?.index(of: path)
        if i == nil { XCTFail("no field \(path)", file: file, line: line) }
        return i
    }

    private func set(_ path: WritableKeyPath<CaseEditorForm, TextInput>, _ text: String, _ state: inout AppState,
                     file: StaticString = #filePath, line: UInt = #line) {
        guard let i = fieldIndex(path, state, file: file, line: line) else { return }
        reduce(&state, .form(.focus(i)), .form(.edit(.end)), .form(.edit(.deleteToStart)))
        if !text.isEmpty { reduce(&state, .form(.edit(.insert(text)))) }
    }

    /// Focuses a choice field and steps to the option with this value (nil: the "none" option).
    private func choose<Value>(_ path: WritableKeyPath<CaseEditorForm, ChoiceInput<Value>>, _ value: Value?, _ state: inout AppState,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let i = fieldIndex(path, state, file: file, line: line) else { return }
        reduce(&state, .form(.focus(i)))
        let count = editor(state)?[keyPath: path].values.count ?? 0
        for _ in 0..<count where editor(state)?[keyPath: path].value != value { reduce(&state, .form(.choose(1))) }
        XCTAssertEqual(editor(state)?[keyPath: path].value, value, file: file, line: line)
    }

    private func newCaseForm(_ state: inout AppState) {
        reduce(&state, .cases(.newCase))
        set(\CaseEditorForm.firstName, "Olena", &state)
        set(\CaseEditorForm.lastName, "Kovalenko", &state)
    }

    // MARK: The form

    func testTheTraegerFieldFollowsTheMeasureAndOffersTheProvidersOfMeasures() throws {
        var state = casesState()
        reduce(&state, .cases(.newCase))
        let form = try XCTUnwrap(state.form)
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
        reduce(&english, .cases(.newCase))
        XCTAssertEqual(english.form?.model(CaseEditorForm.self)?.provider.control.label, "Provider (Träger)")
    }

    func testATraegerThatDoesNotRunTheMeasureIsNotSaved() throws {
        var state = casesState()
        newCaseForm(&state)
        choose(\CaseEditorForm.measure, "m.pflege", &state)
        choose(\CaseEditorForm.provider, "p.diakonie", &state)
        let error = try XCTUnwrap(editor(state)?.provider.control.error, "an error at the field")
        XCTAssertEqual(error.text(.de), "Diakonie an der Hauptstraße führt „Brückenkurs Pflege 2019“ nicht durch – Träger dieser Maßnahme: Caritas Düsseldorf.")
        XCTAssertEqual(error.text(.en), "Diakonie an der Hauptstraße does not run “Brückenkurs Pflege 2019” – the measure's providers (Träger): Caritas Düsseldorf.")
        reduce(&state, .form(.submit))
        XCTAssertNotNil(state.form, "the form stays open")
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \CaseEditorForm.provider), "the focus went to the wrong field")
        XCTAssertTrue(state.document.cases.isEmpty, "nothing saved")

        choose(\CaseEditorForm.provider, "p.caritas", &state)
        XCTAssertNil(editor(state)?.provider.control.error)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form, "saved")
        XCTAssertEqual(state.document.cases["id-1"]?.providerID, "p.caritas")
        XCTAssertEqual(state.document.cases["id-1"]?.measureID, "m.pflege")
    }

    func testATraegerWithoutAMeasureIsNotSaved() throws {
        var state = casesState()
        newCaseForm(&state)
        choose(\CaseEditorForm.provider, "p.einewelt", &state)
        let error = try XCTUnwrap(editor(state)?.provider.control.error)
        XCTAssertEqual(error.key, .formProviderNeedsMeasure)
        XCTAssertTrue(error.text(.de).hasPrefix("Ein Träger gehört zu einer Maßnahme"))
        XCTAssertTrue(error.text(.en).hasPrefix("A provider (Träger) belongs to a measure"))
        reduce(&state, .form(.submit))
        XCTAssertTrue(state.document.cases.isEmpty)

        choose(\CaseEditorForm.measure, "m.sprache", &state)
        XCTAssertNil(editor(state)?.provider.control.error, "Eine Welt runs the language course")
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document.cases["id-1"]?.providerID, "p.einewelt")
    }

    func testAMeasuresOnlyProviderIsFilledInOnSubmit() {
        var state = casesState()
        newCaseForm(&state)
        choose(\CaseEditorForm.measure, "m.training", &state)
        XCTAssertNil(editor(state)?.provider.value)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.document.cases["id-1"]?.providerID, "p.diakonie", "the training has one Träger")

        // With several Träger nothing is guessed; without a measure there is nothing to fill in.
        for measure: RecordID? in ["m.sprache", nil] {
            var other = casesState()
            newCaseForm(&other)
            choose(\.measure, measure, &other)
            reduce(&other, .form(.submit))
            XCTAssertNil(other.form)
            XCTAssertNil(other.document.cases["id-1"]?.providerID, "\(String(describing: measure))")
        }
    }

    func testEditingKeepsATraegerThatIsNoLongerAProvider() throws {
        // The case's Träger was taken off the measure (and off every other one) since.
        var state = casesState([Self.makeCase("c.1", "NRW-2026-000001", measure: "m.pflege", provider: "p.agentur")])
        reduce(&state, .navigation(.select(.cases, row: 0)), .cases(.editCase))
        let form = try XCTUnwrap(state.form)
        XCTAssertEqual(form.model(CaseEditorForm.self)?.provider.value, "p.agentur", "kept as a choice, by name")
        guard case .choice(let options)? = form.model(CaseEditorForm.self)?.provider.control.kind else { return XCTFail("no choice") }
        XCTAssertEqual(options.last?.label, "Agentur für Arbeit Köln")

        // Unchanged, the old mismatch is a note and does not block editing the rest …
        set(\CaseEditorForm.counsellor, "ben", &state)
        XCTAssertNil(editor(state)?.provider.control.error)
        XCTAssertEqual(editor(state)?.provider.control.warning?.key, .formProviderNotOfMeasure)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.document.cases["c.1"]?.providerID, "p.agentur", "never dropped silently")
        XCTAssertEqual(state.document.cases["c.1"]?.counsellor, "ben")

        // … but choosing another measure checks the Träger again.
        reduce(&state, .cases(.editCase))
        choose(\CaseEditorForm.measure, "m.training", &state)
        XCTAssertEqual(editor(state)?.provider.control.error?.key, .formProviderNotOfMeasure)
        XCTAssertNil(editor(state)?.provider.control.warning)
    }

    func testAnUnknownMeasureLeavesTheTraegerAlone() {
        let document = Self.document()
        XCTAssertNil(CaseForm.providerProblem("p.caritas", measure: "m.gone", in: document), "the providers of a gone measure are unknown")
        XCTAssertNil(CaseForm.providerProblem(nil, measure: "m.pflege", in: document))
        XCTAssertNil(CaseForm.providerProblem("p.west.a", measure: "m.sprache", in: document))
        XCTAssertEqual(CaseForm.providerProblem("p.west.b", measure: "m.sprache", in: document)?.key, .formProviderNotOfMeasure)
        XCTAssertEqual(CaseForm.providerProblem("p.caritas", measure: nil, in: document)?.key, .formProviderNeedsMeasure)
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
        XCTAssertTrue(lines[1].hasSuffix(";Werkstattkurs 2021;Bildungswerk West"), lines[1])
        XCTAssertTrue(lines[2].hasSuffix(";Brückenkurs Pflege 2019;Caritas Düsseldorf"), lines[2])
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
        let text = CaseExchange.report(a, d, language: .de, now: fixedDate)
        XCTAssertTrue(text.contains("Träger:"), text)
        XCTAssertTrue(text.contains(" Caritas Düsseldorf\n"), text)
        XCTAssertTrue(CaseExchange.report(a, d, language: .en, now: fixedDate).contains("Provider (Träger):"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CaseExchange.reportJSON(a, d).utf8)) as? [String: Any])
        XCTAssertEqual(json["provider"] as? String, "Caritas Düsseldorf")
        XCTAssertEqual(json["providerID"] as? String, "p.caritas")

        // A Träger whose partner is gone: its id, marked as gone.
        _ = d.partners.remove("p.caritas")
        XCTAssertTrue(CaseExchange.report(a, d, language: .de, now: fixedDate).contains("p.caritas (nicht mehr vorhanden)"))
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
