import XCTest
@testable import IQCore
import IQTestSupport

/// What a database role may not write is refused before anything is typed in vain: no form
/// opens for it, a form whose record the store would refuse stays open with the reason, and
/// the document never takes an edit the save could not send.
final class StoreAccessTests: XCTestCase, CaseTesting, DirectoryTesting {
    private let counsellor = StoreAccess(readOnlyKinds: [.partner, .site, .measure, .payment], caseSites: ["s.koeln"])

    private func casesStore(access: StoreAccess) -> TestStore {
        var store = StoreState(file: nil, user: "")
        store.access = access
        return TestStore(casesState(fourCases, store: store), environment: testEnvironment)
    }

    func testAccessArrivesFromTheStoreAfterLoading() {
        let store = casesStore(access: .everything)
        store.send(.store(.accessKnown(counsellor))) { $0.store.access = self.counsellor }
    }

    /// A new partner's form, or the question before a deletion: said at the key, never asked.
    func testPartnerEditsAreRefusedAtTheKeyForARoleThatMayOnlyReadThem() {
        for action in [Action.directory(.newPartner), .directory(.deletePartner)] {
            var state = Fixture.state(Seed.document)
            state.store.access = counsellor
            let store = TestStore(state)
            store.send(action) { $0.status = shown(StoreText.accessReadOnlyKind(.partner), .error) }
            XCTAssertNil(store.state.form)
            XCTAssertNil(store.state.overlay)
            XCTAssertEqual(store.state.document, Seed.document)
            XCTAssertFalse(store.state.hasUnsavedChanges)
        }
    }

    func testACounsellorsCaseFormOffersHerSitesAndHasTheOnlyOneAlready() {
        let store = casesStore(access: counsellor)
        newCaseForm(store)
        let site = store.state.form?.model(CaseEditorForm.self)?.site
        XCTAssertEqual(site?.value, "s.koeln", "her only site is filled in")
        XCTAssertEqual(site?.values, [nil, "s.koeln"], "no other site is offered")
    }

    func testANewCaseWithoutOneOfHerSitesKeepsTheFormOpenWithTheReason() {
        var twoSites = counsellor
        twoSites.caseSites = ["s.koeln", "s.mobil"]
        let store = casesStore(access: twoSites)
        newCaseForm(store)
        store.send(.form(.submit)) {
            $0.form?.submitted = true
            $0.status = shown(StoreText.accessCaseWithoutSite, .error)
        }
        XCTAssertNotNil(store.state.form, "nothing typed is lost")
        // One of the role's own sites: saved as always.
        store.choose(\CaseEditorForm.site, "s.koeln")
        store.drive([.form(.submit)])
        XCTAssertNil(store.state.form)
        XCTAssertEqual(store.state.document.cases.count, fourCases.count + 1)
        XCTAssertEqual(store.state.document.cases.items.last?.siteID, "s.koeln")
    }

    func testACaseAtAForeignSiteOpensNoForm() {
        let store = casesStore(access: counsellor)
        select("c.mehmet", store)
        store.send(.cases(.editCase)) { $0.status = shown(StoreText.accessForeignSite("Beratung Münster"), .error) }
        XCTAssertNil(store.state.form)
    }

    func testADataFileLetsEverythingBeWritten() {
        let store = casesStore(access: .everything)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
    }

    /// A journal from before the role's rules applied: what the role may write comes back, the
    /// rest is left out and said, and the recovery dialog closes as always.
    func testARestoredJournalKeepsWhatTheRoleMayWriteAndTheDialogCloses() throws {
        let file = SnapshotFile(path: "/tmp/iq-tui-access-test/postgres-1")
        let store = TestStore.loaded(Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures, cases: fourCases), file: file)
        store.send(.store(.accessKnown(counsellor))) { $0.store.access = self.counsellor }
        var partner = try XCTUnwrap(Fixture.document().partners["p.caritas"])
        partner.phone = "0211-1"
        partner.meta.revision += 1
        var c = try XCTUnwrap(fourCases.first { $0.siteID == "s.koeln" })
        c.status = .closed
        c.meta.revision += 1
        let offer = RecoveryOffer(edits: [.put(.partner(partner)), .put(.case(c))], bases: [:], entries: 2, lastAt: fixedDate,
                                  records: 2, journals: ["/tmp/iq-tui-access-test/gone.journal"])
        store.drive([.store(.recoveryFound(offer)), .store(.acceptRecovery)])
        XCTAssertNil(store.state.overlay, "the dialog closes")
        XCTAssertNil(store.state.store.recovery)
        XCTAssertEqual(store.state.document.cases[c.id]?.status, .closed, "her case comes back")
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.phone, Fixture.document().partners["p.caritas"]?.phone)
        XCTAssertEqual(store.state.status?.message, StoreText.statusRecoveredLeavingOut(1))
    }

    func testACounsellorWithoutASiteIsToldBeforeTheCaseForm() {
        var none = counsellor
        none.caseSites = []
        let store = casesStore(access: none)
        store.send(.cases(.newCase)) { $0.status = shown(StoreText.accessNoSite, .error) }
        XCTAssertNil(store.state.form)
    }
}
