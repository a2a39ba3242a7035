import XCTest
@testable import IQCore
@testable import IQTUI

/// In a long list being searched (a country), Space belongs to the search; elsewhere it steps.
final class CountrySearchKeyTests: XCTestCase {
    func testSpaceContinuesTheSearchOfALongList() throws {
        var s = Fixture.state()
        s.form = CaseForm.editor(for: nil, s, user: "t")
        let country = try XCTUnwrap(s.form?.index(of: \CaseEditorForm.countryOfTraining))
        s.form?.focus = country
        let key = { (ch: Character) in KeyMap.action(for: .char(ch), in: s, layout: ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)) }
        XCTAssertEqual(key(" "), .form(.choose(1)), "no search yet: Space steps")
        for ch in "vereinigte" { Fixture.drive(&s, .form(.typeAhead(ch))) }
        XCTAssertEqual(key(" "), .form(.typeAhead(" ")))
        for ch in " sta" { Fixture.drive(&s, .form(.typeAhead(ch))) }
        XCTAssertEqual(s.form?.model(CaseEditorForm.self)?.countryOfTraining.value, "US", "not the Emirates, not the Kingdom")
        // A short list (the residence status) keeps Space for stepping.
        let status = try XCTUnwrap(s.form?.index(of: \CaseEditorForm.residenceStatus))
        s.form?.focus = status
        XCTAssertEqual(key(" "), .form(.choose(1)))
    }
}
