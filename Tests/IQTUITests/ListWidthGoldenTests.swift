import XCTest
@testable import IQCore
@testable import IQTUI

/// The seed's lists zoomed at 80×24 and 200×50: columns sized by what is on screen.
final class ListWidthGoldenTests: XCTestCase {
    private func zoomed(_ pane: Pane, cases: Bool = false) -> AppState {
        var document = Seed.document
        if cases { document.cases = RecordTable(CaseScreenTests.cases) }
        var state = AppState(document: document, language: .de, options: AppState.Options(ascii: false, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_000_000)
        Fixture.drive(&state, .navigation(.focus(pane)), .navigation(.toggleZoom))
        return state
    }

    func testListsAt80x24And200x50() {
        for (pane, name) in [(Pane.partners, "partners"), (.locations, "sites"), (.cases, "cases"), (.budgets, "budgets")] {
            let state = zoomed(pane, cases: pane == .cases)
            assertGolden(Fixture.render(state, 80, 24), "list-\(name)-80x24")
            assertGolden(Fixture.render(state, 200, 50), "list-\(name)-200x50")
        }
    }

    func testTheCaseListAt80x24ShowsStatusAndNextAppointment() {
        // Zoomed and in the grid (38 columns inside the pane).
        for zoom in [true, false] {
            var state = zoomed(.cases, cases: true)
            if !zoom { Fixture.drive(&state, .navigation(.toggleZoom)) }
            let text = Fixture.render(state, 80, 24).text()
            // In the grid the status is cut to 11 cells: number, status and date fill its 38.
            XCTAssertTrue(text.contains(zoom ? "Antrag gestellt" : "Antrag ges…"), text)
            XCTAssertTrue(text.contains("Status") && text.contains("Termin") && text.contains("20.04.2026"), text)
        }
    }

    /// English as German: a title ("Initials", "Next") is not content, so the status is never cut
    /// while a column empty on screen keeps room (issue 16 follow-up).
    func testTheEnglishCaseListGivesTheStatusItsRoom() {
        for (zoom, size) in [(true, Size(width: 80, height: 24)), (false, Size(width: 80, height: 24)), (false, Size(width: 100, height: 30))] {
            var state = zoomed(.cases, cases: true)
            state.language = .en
            if !zoom { Fixture.drive(&state, .navigation(.toggleZoom)) }
            let canvas = Fixture.render(state, size.width, size.height)
            assertGolden(canvas, "list-cases-en-\(zoom ? "zoomed-" : "")\(size.width)x\(size.height)")
            XCTAssertTrue(canvas.text().contains("Status") && canvas.text().contains("2026-04-20"), canvas.text())
            if zoom { XCTAssertTrue(canvas.text().contains("First counselling"), canvas.text()) }
        }
    }

    /// With sites, at 80×24 zoomed and in the grid, English shows the columns German shows, each
    /// title whole where the German one is ("Init.", as "Kürzel", fits the six cells of initials).
    func testBothLanguagesShowTheSameCaseColumns() {
        for zoom in [true, false] { for status in CaseStatus.allCases {
            var cases = CaseScreenTests.cases
            cases[0].status = status
            var columns: [Language: Int] = [:], headers: [String] = []
            for language in [Language.de, .en] {
                var state = CaseScreenTests.casesState(language, cases: cases)
                if zoom { Fixture.drive(&state, .navigation(.toggleZoom)) }
                let canvas = Fixture.render(state, 80, 24)
                guard let header = (0..<canvas.height).map({ canvas.row($0) }).first(where: { $0.contains("Status") }) else {
                    return XCTFail(canvas.text())
                }
                let titles = [CaseText.colCaseNumber, CaseText.colInitials, CaseText.colReferenzberufShort, CaseText.colStatus, CaseText.colSite]
                headers.append(header)
                columns[language] = titles.filter { header.contains(String($0.text(language).prefix(5))) }.count
                if zoom { XCTAssertTrue(header.contains(CaseText.colInitials.text(language) + " "), header) }
                if zoom, language == .en, status == .applied { assertGolden(canvas, "cases-list-en-80x24") }
            }
            XCTAssertEqual(columns[.de], columns[.en], "zoomed: \(zoom) \(status)\n\(headers.joined(separator: "\n"))")
        } }
    }

    func testPartnerNamesTakeTheRoomOfAnEmptyCityColumn() {
        var state = Fixture.state()
        Fixture.drive(&state, .navigation(.toggleZoom))
        let text = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(text.contains("Westdeutscher Handwerkskammertag"), "no longer cut at 22 columns:\n\(text)")
    }
}
