import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The Art. 15 report from inside the program: `A` (or the palette) asks the store worker to
/// write it beside the data file; the status bar says where, or why not.
final class CaseReportTests: XCTestCase, CaseTesting {
    let file = SnapshotFile(path: "/home/anna/.local/share/iq-tui/iq-tui.plist")

    func testTheKeyAsksForThePrivateFileWithTheExportText() {
        let cases = fourCases
        let store = casesStore(cases, file: file)
        select("c.mehmet", store)
        let text = CaseExchange.report(cases[1], store.state.document, language: .de, now: fixedDate, retention: RetentionPolicy())
        let name = "NRW-2026-000002-\(Day(fixedDate).text(.en)).txt"
        let report = CaseReportFile(directory: "/home/anna/.local/share/iq-tui/auskunft",
                                    path: "/home/anna/.local/share/iq-tui/auskunft/" + name, text: text)
        XCTAssertEqual(CaseReportFile.make(cases[1], store.state.document, file: file, language: .de, now: fixedDate, retention: RetentionPolicy()), report)
        XCTAssertTrue(report.text.contains("Mehmet"), "the report is for the person: it names them")
        XCTAssertFalse(report.path.contains("Mehmet") || report.path.contains("Demir"), "its file name does not")
        // Nothing changes until the worker answers.
        store.send(.cases(.writeReport), effects: [.store(.writeCaseReport(report))])
        store.send(.cases(.reportWritten(path: report.path))) {
            $0.status = shown(CaseText.reportWritten(report.path))
        }
        XCTAssertEqual(store.state.status?.message.de, "Auskunft geschrieben: \(report.path) (nur für Sie lesbar)")
    }

    /// Art. 15(1)(d): the report says until when the data are kept and by which rule, from the
    /// configured periods — in the file the program writes and in `export case` (text and JSON).
    func testTheReportSaysUntilWhenTheCaseIsKeptByTheConfiguredRule() throws {
        var c = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "", status: .qualification)
        c.measureID = "m.health"
        c = CaseForm.step(c, to: .closed, on: day(2026, 7, 3), note: "", retention: RetentionPolicy(afterEnd: 3, esf: 7, dormant: 3))
        var state = casesState([c], store: StoreState(file: file, user: "anna"))
        state.cases.retention = RetentionPolicy(afterEnd: 3, esf: 7, dormant: 3)
        let store = TestStore(state, environment: testEnvironment)
        select("c.olena", store)
        let report = CaseReportFile.make(c, store.state.document, file: file, language: .de, now: fixedDate, retention: state.cases.retention)
        XCTAssertTrue(report.text.contains("Löschung fällig:"), report.text)
        XCTAssertTrue(report.text.contains("31.12.2033 (ESF-Aufbewahrung, 7 Jahre nach Abschluss)"), report.text)
        store.send(.cases(.writeReport), effects: [.store(.writeCaseReport(report))])

        let english = CaseExchange.report(c, store.state.document, language: .en, now: fixedDate, retention: state.cases.retention)
        XCTAssertTrue(english.contains("2033-12-31 (ESF retention, 7 years after the end)"), english)
        let json = CaseExchange.reportJSON(c, store.state.document, retention: state.cases.retention)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let due = try XCTUnwrap(parsed["deletionDue"] as? [String: Any])
        XCTAssertEqual(due["day"] as? String, "2033-12-31")
        XCTAssertEqual(due["rule"] as? String, "esf")
        XCTAssertEqual(due["years"] as? Int, 7)
        // An open case with no activity yet: the dormant rule, counted from its last change.
        let open = makeCase("c.new", "NRW-2026-000002", "Ali", "Demir", beruf: "", status: .firstCounselling)
        let openJSON = CaseExchange.reportJSON(open, Document(cases: [open]), retention: RetentionPolicy())
        let openDue = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(openJSON.utf8)) as? [String: Any])?["deletionDue"] as? [String: Any])
        XCTAssertEqual(openDue["rule"] as? String, "dormant")
    }

    func testAFailedWriteIsReportedInTheUsersLanguageAndStays() {
        var state = casesState(fourCases, store: StoreState(file: file, user: "anna"))
        state.language = .en
        let store = TestStore(state, environment: testEnvironment)
        let error = SnapshotError.writeFailed(path: "/x/auskunft", errno: EACCES)
        store.send(.cases(.reportFailed(error))) {
            $0.status = StatusMessage(CaseText.reportFailed("/x/auskunft", SnapshotError.describe(errno: EACCES)), severity: .error)
        }
        XCTAssertEqual(store.state.status?.message.en, "Report not written: /x/auskunft: Permission denied (EACCES)")
        XCTAssertEqual(store.state.status?.message.de, "Auskunft nicht geschrieben: /x/auskunft: Permission denied (EACCES)")
        let linked = SnapshotError.symlink(path: "/x/auskunft", target: "/tmp/y")
        store.send(.cases(.reportFailed(linked))) {
            $0.status = StatusMessage(CaseText.reportLinked("/x/auskunft"), severity: .error)
        }
        XCTAssertTrue(store.state.status?.message.de.contains("symbolischer Link") ?? false)
    }

    func testWithoutADataFileThereIsNoPlaceForTheReport() {
        let store = casesStore(fourCases)
        store.send(.cases(.writeReport)) {
            $0.status = shown(CaseText.reportNoDataFile, .error)
        }
    }

    func testReadOnlyWritesNoReportFile() {
        var state = casesState(fourCases, store: StoreState(file: file, user: "anna"))
        state.store.readOnly = .requested
        let store = TestStore(state, environment: testEnvironment)
        store.send(.cases(.writeReport)) {
            $0.status = shown(CaseText.reportReadOnly("NRW-2026-000001"), .error)
        }
    }

    func testAnEmptyListWritesNothing() {
        let store = casesStore([], file: file)
        store.send(.cases(.writeReport))
    }

    func testTheFileNameCannotLeaveTheReportDirectory() {
        XCTAssertEqual(CaseReportFile.safeName("NRW-2026-000001"), "NRW-2026-000001")
        XCTAssertEqual(CaseReportFile.safeName("../../etc/passwd"), "______etc_passwd")
        XCTAssertEqual(CaseReportFile.safeName("Fall Müller/1"), "Fall_M_ller_1")
        XCTAssertEqual(CaseReportFile.safeName(""), "_")
        var c = makeCase("c.x", "../x", "A", "B", beruf: "")
        c.number = "../x"
        let report = CaseReportFile.make(c, Document(), file: file, language: .de, now: fixedDate, retention: RetentionPolicy())
        XCTAssertEqual((report.path as NSString).deletingLastPathComponent, report.directory)
    }

    private func casesStore(_ cases: [Case], file: SnapshotFile) -> TestStore {
        TestStore(casesState(cases, store: StoreState(file: file, user: "anna")), environment: testEnvironment)
    }
}
