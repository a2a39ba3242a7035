import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The pseudonymised case list with its filters, sort orders and the deletion view.
final class CaseListTests: XCTestCase, CaseTesting {
    func testSearchingFindsNumbersAndReferenzberufeButNeverNames() {
        let store = casesStore(fourCases)
        store.send(.filter(.begin)) { $0[.cases].isFiltering = true }
        func search(_ text: String) {
            store.send(.filter(.edit(.deleteToStart))) { $0[.cases].filter = PaneState.emptyFilter }
            store.type(text) { $0[.cases].filter = typedFilter(text) }
        }
        for name in ["Olena", "Kovalenko", "Mehmet", "Demir", "Lucía", "Lucia", "Fernández", "fernandez", "Nowak"] {
            search(name)
            XCTAssertEqual(numbers(store.state), [], "'\(name)' finds nobody")
        }
        search("000002")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002"])
        search("Krankenpfleger")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002"])
        search("erzieher")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001"], "ignoring case")
        search("pfleger")
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000004"])
        search("NRW-2026")
        XCTAssertEqual(numbers(store.state).count, 4)
    }

    func testInitialsNameNoOne() {
        let c = fourCases[2]
        XCTAssertEqual(c.initials, "L. F.")
        XCTAssertEqual(makeCase("c.x", "N", "", "Demir", beruf: "").initials, "D.")
        XCTAssertEqual(makeCase("c.x", "N", "", "", beruf: "").initials, "")
    }

    func testFiltersByStatusSiteAndCounsellor() {
        let store = casesStore(fourCases)
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        func open() { store.send(.cases(.openFilter)) { $0.form = CaseForm.filterForm($0) } }
        func apply(_ filter: CaseFilter, file: StaticString = #filePath, line: UInt = #line) {
            store.send(.form(.submit), file: file, line: line) {
                $0.form = nil
                $0.cases.filter = filter
            }
        }
        open()
        XCTAssertEqual(store.state.form?.purpose, .caseFilter)
        guard case .choice(let counsellors)? = store.state.form?.model(CaseFilterForm.self)?.counsellor.control.kind else { return XCTFail("no counsellor choice") }
        XCTAssertEqual(counsellors.map(\.token), ["", "anna", "ben"], "Alle, then the counsellors of the cases")
        store.choose(\CaseFilterForm.status, .only(.applied))
        apply(CaseFilter(status: .applied))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001"])

        open()
        XCTAssertEqual(store.state.form?.model(CaseFilterForm.self)?.status.value?.formToken, "applied", "the filter in force is preselected")
        store.choose(\CaseFilterForm.status, nil)
        store.choose(\CaseFilterForm.site, "s.koeln")
        apply(CaseFilter(siteID: "s.koeln"))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000003"])

        open()
        store.choose(\CaseFilterForm.site, nil)
        store.choose(\CaseFilterForm.counsellor, "ben")
        apply(CaseFilter(counsellor: "ben"))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000004"])

        // Facets combine.
        open()
        store.choose(\CaseFilterForm.site, "s.mobil")
        apply(CaseFilter(siteID: "s.mobil", counsellor: "ben"))
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000004"])

        // Alle everywhere is no filter.
        open()
        store.choose(\CaseFilterForm.site, nil)
        store.choose(\CaseFilterForm.counsellor, nil)
        apply(CaseFilter())
        XCTAssertTrue(store.state.cases.filter.isEmpty)
        XCTAssertEqual(numbers(store.state).count, 4)
    }

    func testSortByNumberStatusAndNextAppointment() {
        let store = casesStore(fourCases)
        XCTAssertEqual(store.state.cases.sort, .number)
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        store.send(.navigation(.move(.end))) { $0[.cases].cursor.selected = 3 }
        // A new order starts at the top.
        store.send(.cases(.cycleSort)) {
            $0.cases.sort = .status
            $0[.cases].cursor = ListCursor()
        }
        // Erstberatung, Antrag gestellt, Qualifizierung, Abgeschlossen.
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000002", "NRW-2026-000001", "NRW-2026-000004", "NRW-2026-000003"])
        store.send(.cases(.cycleSort)) { $0.cases.sort = .appointment }
        // 16.04. (Jan), 20.04. (Olena); then without one (Mehmet's 01.04. is past) in number order.
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000004", "NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003"])
        // And round again.
        store.send(.cases(.cycleSort)) { $0.cases.sort = .number }
        XCTAssertEqual(CaseSort.allCases.map(\.next), [.status, .appointment, .number])
    }

    func testTheDueViewShowsOnlyCasesWhoseDeletionDateHasCome() {
        let store = casesStore(fourCases)
        store.send(.navigation(.move(.end))) { $0[.cases].cursor.selected = 3 }
        store.send(.cases(.toggleDue)) {
            $0.cases.showsDue = true
            $0[.cases].cursor = ListCursor()
        }
        // Lucía's 31.12.2025 has passed, Jan's is today; Olena's is 2029 and Mehmet's case has none.
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000003", "NRW-2026-000004"])
        assertCursorValid(store.state, .cases)
        // As time goes by; Mehmet's case, without activity since 01.04.2026, is due by then too
        // (three years without activity: CaseRetentionTests).
        store.prepare { $0.lastTick = Self.noon(2030, 1, 1) }
        XCTAssertEqual(numbers(store.state), ["NRW-2026-000001", "NRW-2026-000002", "NRW-2026-000003", "NRW-2026-000004"])
        store.send(.cases(.toggleDue)) { $0.cases.showsDue = false }
        XCTAssertEqual(numbers(store.state).count, 4)
    }
}
