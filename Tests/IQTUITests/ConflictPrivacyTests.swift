import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The conflict dialog over a case: which personal fields differ, never their values (found by
/// the robustness harness: the dialog comes up over the pseudonymised lists).
final class ConflictPrivacyTests: XCTestCase {
    func testTheDialogNamesTheCaseByNumberAndHidesThePerson() {
        for language in [Language.de, .en] {
            var state = Fixture.state(language)
            var base = Case(id: "c.1", meta: RecordMeta(modifiedAt: Date(timeIntervalSince1970: 1_795_000_000), modifiedBy: "x"), number: "NRW-2026-000001")
            base.person.firstName = "Maria"
            base.person.lastName = "Kowalska"
            var mine = base, theirs = base
            mine.person.lastName = "Kowalski"
            theirs.person.lastName = "Nowak"
            theirs.residence = "Köln"
            theirs.meta.modifiedBy = "kollegin"
            state.document.cases.put(mine)
            state.store.conflicts = [MergeConflict(kind: .case, id: "c.1", base: .case(base), mine: .case(mine), theirs: .case(theirs))]
            state.overlay = .conflict
            let text = Fixture.render(state, 100, 30).text()
            XCTAssertTrue(text.contains("NRW-2026-000001"), text)
            XCTAssertTrue(text.contains("Köln"), "the pseudonymous part is shown: \(text)")
            XCTAssertTrue(text.contains(language == .de ? "persönliche Daten" : "personal data"), text)
            for name in ["Maria", "Kowalsk", "Nowak"] { XCTAssertFalse(text.contains(name), "\(name) on the screen: \(text)") }
        }
    }
}
