import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The filters of issue 16 §2: "offen" as a status choice, Esc dropping every filter of a pane,
/// Enter applying a filter form.
final class CaseFilterKeysTests: XCTestCase, CaseTesting {
    func testOffenListsTheCasesThatHaveNotEnded() {
        let store = casesStore(fourCases)
        store.send(.cases(.openFilter)) { $0.form = CaseForm.filterForm($0) }
        guard case .choice(let options)? = store.state.form?.model(CaseFilterForm.self)?.status.control.kind else { return XCTFail("no status choice") }
        XCTAssertEqual(Array(options.map(\.label).prefix(3)), ["alle", "offen", "Erstberatung"], "offen right after Alle")
        store.choose(\CaseFilterForm.status, .open)
        store.send(.form(.submit)) {
            $0.form = nil
            $0.cases.filter = CaseFilter(openOnly: true)
        }
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000004"], "Lucía's closed case is not open")
        // The form opens on the filter in force.
        store.send(.cases(.openFilter)) { $0.form = CaseForm.filterForm($0) }
        XCTAssertEqual(store.state.form?.model(CaseFilterForm.self)?.status.value, .open)
    }

    func testEnterAppliesTheFilterFormAsCtrlSDoes() {
        let store = casesStore(fourCases)
        store.send(.cases(.openFilter)) { $0.form = CaseForm.filterForm($0) }
        store.choose(\CaseFilterForm.counsellor, "ben")
        store.send(.form(.newline)) {
            $0.form = nil
            $0.cases.filter = CaseFilter(counsellor: "ben")
        }
        // The partner filter too; in a record's form Enter still goes to the next field.
        store.send(.navigation(.focus(.partners))) { $0.focus = .partners }
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        store.send(.form(.newline)) { $0.form = nil }
        store.exhaustivity = .off
        store.send(.directory(.newPartner))
        store.send(.form(.newline))
        XCTAssertEqual(store.state.form?.purpose, .newPartner, "still open")
        XCTAssertEqual(store.state.form?.focus, 1, "on the next field")
    }

    func testEscInTheCaseListDropsSearchFacetsAndTheDueViewAtOnce() {
        let store = casesStore(fourCases)
        store.send(.cases(.setFilter(CaseFilter(status: .closed)))) { $0.cases.filter = CaseFilter(status: .closed) }
        store.send(.cases(.toggleDue)) { $0.cases.showsDue = true }
        store.send(.filter(.begin)) { $0[.cases].isFiltering = true }
        store.type("000002") { $0[.cases].filter = typedFilter("000002") }
        store.send(.filter(.accept)) { $0[.cases].isFiltering = false }
        XCTAssertEqual(numbers(store.state), [], "the number search fails on the hidden filters")
        store.send(.navigation(.back)) {
            $0[.cases].filter = PaneState.emptyFilter
            $0.cases.filter = CaseFilter()
            $0.cases.showsDue = false
        }
        XCTAssertEqual(numbers(store.state).count, 4)
        // With nothing left to drop, Esc goes on as before (out of the zoom).
        store.send(.navigation(.back))
    }

    func testEscInTheSiteListDropsTheServiceFilterToo() {
        let store = casesStore(fourCases)
        store.send(.navigation(.focus(.locations))) { $0.focus = .locations }
        store.send(.locations(.cycleService)) { $0.locations.service = SiteService.allCases[0] }
        store.send(.navigation(.back)) { $0.locations.service = nil }
    }
}
