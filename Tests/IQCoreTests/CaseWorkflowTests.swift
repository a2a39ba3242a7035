import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Counselling cases: days typed the German and the ISO way, and case numbers (the workflow's
/// table: CaseWorkflowTableTests).
final class CaseWorkflowTests: XCTestCase, CaseTesting {
    // MARK: Days

    func testGermanAndISODaysParse() {
        let april3 = day(2026, 4, 3)
        XCTAssertEqual(Day(parsing: "3.4.2026"), april3)
        XCTAssertEqual(Day(parsing: "03.04.26"), april3, "two-digit years are 20xx")
        XCTAssertEqual(Day(parsing: "03.04.2026"), april3)
        XCTAssertEqual(Day(parsing: "2026-04-03"), april3)
        XCTAssertEqual(Day(parsing: "2026-4-3"), april3)
        XCTAssertEqual(Day(parsing: "  3.4.2026 "), april3, "spaces around are ignored")
        XCTAssertEqual(Day(parsing: "29.2.2024"), day(2024, 2, 29), "a leap day")
        XCTAssertEqual(Day(parsing: "29.2.2000"), day(2000, 2, 29), "2000 was a leap year")
    }

    func testImpossibleOrGarbledDaysAreRefused() {
        for text in ["31.2.2026", "29.2.2026", "29.2.2100", "31.4.2026", "0.4.2026", "3.13.2026", "2026-02-30", "2026-13-01",
                     "x", "", "3.4.", "3.4", "3..2026", "3.4.2026.1", "2026-04", "drei.vier.2026", "3.4.1800"] {
            XCTAssertNil(Day(parsing: text), "'\(text)'")
        }
        XCTAssertNil(Day(year: 2026, month: 2, day: 29))
        XCTAssertNil(Day(year: 2026, month: 0, day: 1))
    }

    func testDaysAreWrittenTheGermanOrTheISOWay() {
        let d = day(2026, 4, 3)
        XCTAssertEqual(d.text(.de), "03.04.2026")
        XCTAssertEqual(d.text(.en), "2026-04-03")
        XCTAssertEqual(d.description, "2026-04-03", "the snapshot's form")
        XCTAssertEqual(day(2026, 12, 31).text(.de), "31.12.2026")
        for text in ["03.04.2026", "2026-04-03"] { XCTAssertEqual(Day(parsing: text)?.text(.de), "03.04.2026") }
        XCTAssertEqual(Day.endOfYear(2029), day(2029, 12, 31))
        XCTAssertTrue(day(2026, 4, 3) < day(2026, 4, 4))
        XCTAssertTrue(day(2026, 4, 30) < day(2026, 5, 1))
        XCTAssertTrue(day(2025, 12, 31) < day(2026, 1, 1))
        XCTAssertEqual(Day(Self.todayDate), Self.today, "the day of a moment")
    }

    // MARK: Case numbers

    func testCaseNumbersCountUpPerYear() {
        XCTAssertEqual(CaseList.nextNumber(in: Document(), year: 2026), "NRW-2026-000001")
        let one = makeCase("c.1", "NRW-2026-000001", "A", "B", beruf: "")
        XCTAssertEqual(CaseList.nextNumber(in: Document(cases: [one]), year: 2026), "NRW-2026-000002")
        let mixed = Document(cases: [
            makeCase("c.a", "NRW-2025-000041", "A", "B", beruf: ""),
            makeCase("c.b", "NRW-2026-000007", "A", "B", beruf: ""),
            makeCase("c.c", "NRW-2026-000003", "A", "B", beruf: ""),
            makeCase("c.d", "NRW-2027-000900", "A", "B", beruf: ""),
            makeCase("c.e", "ALT-2026-999999", "A", "B", beruf: ""),
            makeCase("c.f", "NRW-2026-kaputt", "A", "B", beruf: ""),
        ])
        XCTAssertEqual(CaseList.nextNumber(in: mixed, year: 2026), "NRW-2026-000008", "the highest of the year, other years ignored")
        XCTAssertEqual(CaseList.nextNumber(in: mixed, year: 2025), "NRW-2025-000042")
        XCTAssertEqual(CaseList.nextNumber(in: mixed, year: 2028), "NRW-2028-000001", "a new year starts at 1")
        let big = Document(cases: [makeCase("c.x", "NRW-2026-123456", "A", "B", beruf: "")])
        XCTAssertEqual(CaseList.nextNumber(in: big, year: 2026), "NRW-2026-123457")
    }

    func testNewCasesAreNumberedByTheYearOfTheEnvironmentsClock() {
        let store = casesStore(environment: Self.env2026(id: "c.1"))
        newCaseForm(store)
        let first = saved("c.1", "NRW-2026-000001", at: Self.todayDate, by: "anna")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(first)), label: CaseText.labelCaseSaved("NRW-2026-000001"))
            $0.store.lastEditAt = Self.todayDate
            $0.status = StatusMessage(CaseText.labelCaseSaved("NRW-2026-000001"), expiresAt: Self.todayDate.addingTimeInterval(5))
        }
        store.environment = Self.env2026(id: "c.2")
        newCaseForm(store, first: "Mehmet", last: "Demir")
        let second = saved("c.2", "NRW-2026-000002", "Mehmet", "Demir", at: Self.todayDate, by: "anna")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(second)), label: CaseText.labelCaseSaved("NRW-2026-000002"))
            $0.store.lastEditAt = Self.todayDate
            $0[.cases].cursor.selected = 1
            $0.status = StatusMessage(CaseText.labelCaseSaved("NRW-2026-000002"), expiresAt: Self.todayDate.addingTimeInterval(5))
        }

        // The test environment's clock stands in November 2023: that year's first number, not
        // 2026's, though the list calls 2026 today — the clock of the moment of saving counts.
        XCTAssertEqual(Day(fixedDate).year, 2023)
        store.environment = testEnvironment
        newCaseForm(store, first: "Jan", last: "Nowak")
        let third = saved("id-1", "NRW-2023-000001", "Jan", "Nowak")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(third)), label: CaseText.labelCaseSaved("NRW-2023-000001"))
            $0[.cases].cursor.selected = 0
            $0.status = shown(CaseText.labelCaseSaved("NRW-2023-000001"))
        }
        XCTAssertEqual(store.state.today.year, 2026)
    }
}
