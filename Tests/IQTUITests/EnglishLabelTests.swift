import XCTest
@testable import IQCore
@testable import IQTUI

/// The English interface names things in English: a German domain term is no label there
/// (data values stay as they are), and the second pane has one name.
final class EnglishLabelTests: XCTestCase {
    private func englishCases(zoomed: Bool) -> AppState {
        var state = CaseScreenTests.casesState(.en)
        if zoomed { Fixture.drive(&state, .navigation(.toggleZoom)) }
        return state
    }

    func testTheCaseListDetailAndFormSayReferenceOccupation() {
        var state = englishCases(zoomed: true)
        XCTAssertTrue(Fixture.render(state, 120, 40).text().contains("Occupation"))
        Fixture.drive(&state, .navigation(.open))
        let detail = Fixture.render(state, 120, 70).text()
        XCTAssertTrue(detail.contains("Reference occupation") && detail.contains("Other ref. occupations"), detail)
        Fixture.drive(&state, .cases(.editCase))
        let form = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(form.contains("Reference occupation"), form)
        for text in [detail, form] { XCTAssertFalse(text.contains("Referenzberuf"), text) }
    }

    func testTheMapLegendAndTheWelcomeSpeakEnglish() {
        var state = Fixture.state(.en)
        XCTAssertFalse(LocationsPane.legend(state).contains("Regierungsbezirk"))
        XCTAssertTrue(LocationsPane.legend(state).hasSuffix(" region"))
        state.document.cases = RecordTable([])
        let welcome = Fixture.render(state, 120, 40).text()
        XCTAssertTrue(welcome.contains("locations") && !welcome.contains("sites,"), welcome)
        XCTAssertTrue(welcome.contains("2 Locations"), welcome)
    }
}
