import XCTest
@testable import IQCore
@testable import IQTUI

/// A referral's partner starts empty, and the highlighted partner says what it does.
final class ChoiceAboutScreenTests: XCTestCase {
    func testTheReferralFormShowsWhatTheHighlightedPartnerDoes() throws {
        var document = Seed.document
        document.cases = RecordTable(CaseScreenTests.cases)
        var state = AppState(document: document, language: .de, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_000_000)
        Fixture.drive(&state, .navigation(.focus(.cases)), .cases(.addReferral))
        let empty = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(empty.contains("– Partner suchen –"), empty)
        let model = try XCTUnwrap(state.form?.model(ReferralForm.self))
        XCTAssertNil(model.partner.value, "nothing preselected")
        Fixture.drive(&state, .form(.choose(1)))
        let id = try XCTUnwrap(state.form?.model(ReferralForm.self)?.partner.value)
        let partner = try XCTUnwrap(state.document.partners[id])
        let screen = Fixture.render(state, 80, 24)
        assertGolden(screen, "referral-partner-about-80x24")
        XCTAssertTrue(screen.text().contains(partner.category.label.text(.de)), screen.text())
        XCTAssertEqual(CaseForm.about(partner: "partner.mozaik", state).hasPrefix("Träger · "), true)
        XCTAssertTrue(CaseForm.about(site: "site.hwk-koeln", state).hasSuffix("Köln"), CaseForm.about(site: "site.hwk-koeln", state))
    }
}
