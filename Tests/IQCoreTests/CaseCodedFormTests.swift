import XCTest
@testable import IQCore

/// The coded fields in the case form: countries searched by German or English name or code,
/// a legacy country kept, residence title, further Referenzberufe, form and result of the
/// Erstberatung.
final class CaseCodedFormTests: XCTestCase, CaseTesting {
    private func country(_ path: KeyPath<CaseEditorForm, ChoiceInput<String>>, _ store: TestStore) -> String? {
        store.state.form?.model(CaseEditorForm.self)?[keyPath: path].value
    }

    func testACountryIsFoundByGermanOrEnglishNameOrCode() {
        let store = casesStore()
        newCaseForm(store)
        for (typed, code) in [("Syrien", "SY"), ("Syria", "SY"), ("DE", "DE"), ("germany", "DE"), ("Türkei", "TR"), ("Turkey", "TR"),
                              ("Holland", "NL"), ("England", "GB")] {
            store.search(\CaseEditorForm.countryOfTraining, typed)
            XCTAssertEqual(country(\.countryOfTraining, store), code, typed)
        }
        store.search(\CaseEditorForm.nationality, "Ukraine")
        XCTAssertEqual(country(\.nationality, store), "UA")
        // The list shows the names in the interface language.
        let labels = store.state.form?.model(CaseEditorForm.self)?.nationality.labels ?? []
        XCTAssertTrue(labels.contains("Syrien") && labels.contains("Vereinigtes Königreich") && !labels.contains("Syria"))
    }

    func testTheCodedFieldsAreSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.search(\CaseEditorForm.countryOfTraining, "Syria")
        store.search(\CaseEditorForm.nationality, "Syrien")
        store.choose(\CaseEditorForm.residenceStatus, .recognition16d)
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.fill(\CaseEditorForm.furtherReferenzberufe, "Hebamme; Erzieherin; Kinderpflege")
        store.choose(\CaseEditorForm.counsellingChannel, .video)
        store.choose(\CaseEditorForm.counsellingResult, .credentialEvaluationRecommended)
        store.fill(\CaseEditorForm.authority, "x")
        var c = saved("id-1", "NRW-2023-000001")
        c.countryOfTraining = "SY"
        c.nationality = "SY"
        c.residenceStatus = .recognition16d
        c.referenzberuf = "Erzieher/in"
        c.furtherReferenzberufe = ["Hebamme", "Kinderpflege"]
        c.counsellingChannel = .video
        c.counsellingResult = .credentialEvaluationRecommended
        c.regulated = true
        c.authority = "x"
        submitCase(store, c)
    }

    func testAFurtherReferenzberufTheTableDoesNotKnowIsSaidUnderTheField() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.furtherReferenzberufe, "Hebamme; Erzieherin")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.furtherReferenzberufe.control.warning)
        store.fill(\CaseEditorForm.furtherReferenzberufe, "Tierarzt, Zahnarzt; Hebamme")
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.furtherReferenzberufe.control.warning,
                       CaseText.furtherNotInTable("Tierarzt, Zahnarzt"), "a comma does not separate: the table knows no such item")
    }

    func testACountryFromBeforeTheCodesIsKeptAndMarked() {
        var original = makeCase("c.old", "NRW-2024-000001", "Olena", "Kovalenko", beruf: "")
        original.countryOfTraining = "Atlantis"
        let store = casesStore([original])
        select("c.old", store)
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: original, $0, user: "tester") }
        let input = store.state.form?.model(CaseEditorForm.self)?.countryOfTraining
        XCTAssertEqual(input?.value, "Atlantis")
        XCTAssertEqual(input?.labels.last, "Atlantis (nicht codiert)")
    }

    func testTheListSearchFindsFurtherReferenzberufe() {
        var a = makeCase("c.a", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in")
        a.furtherReferenzberufe = ["Hebamme"]
        let store = casesStore([a, makeCase("c.b", "NRW-2026-000002", "Mehmet", "Demir", beruf: "Lehrer/in")])
        store.send(.filter(.begin)) { $0[.cases].isFiltering = true }
        store.type("hebamme") { $0[.cases].filter = typedFilter("hebamme") }
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001"])
    }
}
