import XCTest
@testable import IQCore
import IQTestSupport

/// The case form with the §5 rows: the third regulation state, a new row's authority, and a
/// residence abroad.
final class AuthorityFormTests: XCTestCase, CaseTesting {
    private func warning(_ store: TestStore) -> String {
        store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de) ?? ""
    }

    func testAnArchitectGetsTheChamberAndOnlyAProtectedTitle() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Architektin")
        store.fill(\CaseEditorForm.residence, "Köln")
        XCTAssertTrue(warning(store).hasPrefix("Vorschlag: Architektenkammer Nordrhein-Westfalen (Eintragungsausschuss)"), warning(store))
        var c = saved("id-1", "NRW-2023-000001")
        c.referenzberuf = "Architekt/in"
        c.residence = "Köln"
        c.regulated = .titleProtected
        c.authority = "Architektenkammer Nordrhein-Westfalen (Eintragungsausschuss)"
        c.authorityID = "partner.aknw"
        submitCase(store, c)
    }

    func testTheCounsellorCanChooseTheThirdState() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Fantasieberuf")
        store.choose(\CaseEditorForm.regulated, .titleProtected)
        var c = saved("id-1", "NRW-2023-000001")
        c.referenzberuf = "Fantasieberuf"
        c.regulated = .titleProtected
        submitCase(store, c)
    }

    func testAResidenceAbroadSaysWhoDecides() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Tischlerin")
        store.fill(\CaseEditorForm.residence, "Türkei")
        XCTAssertTrue(warning(store).hasPrefix("Tischler/in: Wohnsitz in der Türkei – zuständig ist die Stelle am künftigen Arbeitsort"), warning(store))
        // A statewide authority is suggested with what an application from abroad needs.
        store.fill(\CaseEditorForm.referenzberuf, "Pflegefachmann")
        XCTAssertTrue(warning(store).contains("Wohnsitz in der Türkei: Die NRW-Stelle braucht einen Nachweis"), warning(store))
        var c = saved("id-1", "NRW-2023-000001")
        c.referenzberuf = "Pflegefachfrau/Pflegefachmann"
        c.residence = "Türkei"
        c.regulated = .regulated
        c.authority = "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG), Bezirksregierung Münster"
        c.authorityID = "partner.zag"
        submitCase(store, c)
    }
}
