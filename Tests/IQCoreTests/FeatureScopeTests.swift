import XCTest
@testable import IQCore
import IQTestSupport

/// Features reduce their own state and ask for everything else with delegates; the app reducer
/// routes them. These tests hold a feature to that.
final class FeatureScopeTests: XCTestCase {
    func testDeletingAPartnerAsksTheAppInsteadOfEditingTheDocument() throws {
        var state = Fixture.state()
        let partner = try XCTUnwrap(PartnerList.rows(state).first?.partner)
        state.overlay = .confirmDelete(partner.id)
        var scoped = state.directoryScope
        let delegates = DirectoryReducer.reduce(into: &scoped, action: .confirmDelete, environment: testEnvironment)
        XCTAssertEqual(delegates, [.closeOverlay, .perform(.remove(.partner, partner.id), label: FormText.labelPartnerDeleted(partner.name)),
                                   .say(FormText.statusDeletedUndo(partner.name))])
        XCTAssertEqual(scoped.own, state.directory, "the directory itself has nothing to change")
    }

    func testAScopeWritesBackOnlyWhatTheFeatureOwns() {
        var state = Fixture.state()
        let before = state
        state.casesScope.list.cursor.selected = 2
        XCTAssertEqual(state.cases.list.cursor.selected, 2)
        state.cases = before.cases
        XCTAssertEqual(state, before)
    }

    func testAListClampsItselfWhenTheDocumentLosesItsRows() {
        let store = TestStore(Fixture.state(Fixture.numberedDocument(partners: 5)))
        store.send(.navigation(.move(.end))) { $0[.partners].cursor.selected = 4 }
        guard let last = PartnerList.rows(store.state).last?.partner else { return XCTFail("no partners") }
        let label = FormText.labelPartnerDeleted(last.name)
        store.send(.document(.perform(.remove(.partner, last.id), label: label))) {
            $0.expectEdit(.remove(.partner, last.id), label: label)
            // The directory clamped its own cursor after the document changed.
            $0[.partners].cursor.selected = 3
        }
    }

    func testTheDetailOfAPartnerFromTheBudgetsOpensThroughTheApp() throws {
        var state = Fixture.state(Seed.document)
        state.focus = .budgets
        let store = TestStore(state)
        store.send(.budgets(.cycleView(2))) { $0.budgets.view = .providers }
        var scoped = store.state.budgetsScope
        let delegates = BudgetsReducer.reduce(into: &scoped, action: .openProvider, environment: testEnvironment)
        guard case .showPartner(let id)? = delegates.first else { return XCTFail("no delegate: \(delegates)") }
        store.send(.budgets(.openProvider)) {
            $0.focus = .partners
            $0.directory.path = [id]
            $0.directory.relationCursor = firstRelationRow(id, $0.document)
            $0[.partners].isDetailOpen = true
            // The provider is selected in the directory.
            $0[.partners].cursor.selected = PartnerList.rows($0).firstIndex { $0.partner?.id == id } ?? -1
        }
    }
}
