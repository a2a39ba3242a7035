import XCTest
@testable import IQCore

/// Features reduce their own state and ask for everything else with delegates; the app reducer
/// routes them. These tests hold a feature to that.
final class FeatureScopeTests: XCTestCase {
    func testDeletingAPartnerAsksTheAppInsteadOfEditingTheDocument() throws {
        var state = Fixture.state()
        let partner = try XCTUnwrap(PartnerList.rows(state).first?.partner)
        state.overlay = .confirmDelete(partner.id)
        var scoped = state.directoryScope
        let delegates = DirectoryReducer.reduce(into: &scoped, action: .confirmDelete, environment: testEnvironment)
        XCTAssertEqual(delegates, [.closeOverlay, .perform(.remove(.partner, partner.id), label: Message(.labelPartnerDeleted, partner.name)),
                                   .say(Message(.statusDeletedUndo, partner.name))])
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
        var state = Fixture.state(Fixture.numberedDocument(partners: 5))
        reduce(&state, .navigation(.move(.end)))
        XCTAssertEqual(state[.partners].cursor.selected, 4)
        guard let last = PartnerList.rows(state).last?.partner else { return XCTFail("no partners") }
        reduce(&state, .document(.perform(.remove(.partner, last.id), label: Message(.labelPartnerDeleted, last.name))))
        XCTAssertEqual(state[.partners].cursor.selected, 3, "the directory clamped its own cursor after the document changed")
    }

    func testTheDetailOfAPartnerFromTheBudgetsOpensThroughTheApp() throws {
        var state = Fixture.state(Seed.document)
        state.focus = .budgets
        reduce(&state, .budgets(.cycleView(2)))
        XCTAssertEqual(state.budgets.view, .providers)
        var scoped = state.budgetsScope
        let delegates = BudgetsReducer.reduce(into: &scoped, action: .openProvider, environment: testEnvironment)
        guard case .showPartner(let id)? = delegates.first else { return XCTFail("no delegate: \(delegates)") }
        reduce(&state, .budgets(.openProvider))
        XCTAssertEqual(state.focus, .partners)
        XCTAssertEqual(state.directory.path, [id])
        XCTAssertTrue(state[.partners].isDetailOpen)
    }
}
