import XCTest
@testable import IQCore
@testable import IQTUI

/// The relation kinds of the seed details in the open partner: coordination and Trägerschaft,
/// worded from the shown partner's side.
final class PartnerRelationScreenTests: XCTestCase {
    private func opened(_ id: RecordID, _ language: Language) -> String {
        var state = AppState(document: Seed.document, language: language)
        Fixture.drive(&state, .navigation(.toggleZoom))
        guard let row = PartnerList.rows(state).firstIndex(where: { $0.partner?.id == id }) else {
            XCTFail("\(id) not in the list")
            return ""
        }
        Fixture.drive(&state, .navigation(.select(.partners, row: row)), .navigation(.open))
        return Fixture.render(state, 140, 100).text()
    }

    func testCoordinationIsShownAtBothPartners() {
        XCTAssertTrue(opened("partner.whkt", .de).contains("koordiniert (1)\n") || opened("partner.whkt", .de).contains("▾ koordiniert (1)"))
        let nrw = opened("partner.iq-nrw", .de)
        XCTAssertTrue(nrw.contains("▾ wird koordiniert von (1)"), nrw)
        XCTAssertTrue(opened("partner.iq-nrw", .en).contains("coordinated by"))
    }

    func testTrägerschaftIsShownAtBothPartners() {
        let via = opened("partner.via", .de)
        XCTAssertTrue(via.contains("▾ ist Träger von (") && via.contains("  IKA"), via)
        XCTAssertTrue(opened("partner.iq-fachstelle-ika", .de).contains("▾ in Trägerschaft von (1)"))
        XCTAssertTrue(opened("partner.iq-fachstelle-ika", .en).contains("run by (1)"))
    }

    /// The selected relation has the terminal's cursor (screen readers) and the `▶`/`>` mark
    /// beside it, so it shows without colour (vt100) — in a pane whose relations scroll too.
    func testTheSelectedRelationIsMarkedAndHasTheCursor() throws {
        for ascii in [false, true] {
            var state = AppState(document: Seed.document, language: .de, options: AppState.Options(ascii: ascii, mouse: true))
            Fixture.drive(&state, .navigation(.toggleZoom))
            let row = try XCTUnwrap(PartnerList.rows(state).firstIndex { $0.partner?.id == "partner.iq-nrw" })
            Fixture.drive(&state, .navigation(.select(.partners, row: row)), .navigation(.open), .navigation(.move(.down)))
            let canvas = Fixture.render(state, 80, 24)
            let focus = try XCTUnwrap(canvas.focus)
            XCTAssertEqual(canvas[focus.x - 1, focus.y].glyph, ascii ? ">" : "▶", canvas.text())
            XCTAssertTrue(canvas.row(focus.y).contains(state.directory.relationCursor == 0 ? "(" : "  "), canvas.row(focus.y))
            XCTAssertGreaterThan(focus.y, 2, "on the relation, not the pane's first line")
        }
    }

    /// In the 2×2 grid at 80×24 the pane is nine rows high: the partner's own fields come first
    /// (blank ones left out, one line each) and the relations scroll in the rows below them.
    func testTheFieldsStayAboveTheRelationsInALowPane() throws {
        var state = AppState(document: Seed.document, language: .de)
        let row = try XCTUnwrap(PartnerList.rows(state).firstIndex { $0.partner?.id == "partner.iq-nrw" })
        Fixture.drive(&state, .navigation(.select(.partners, row: row)), .navigation(.open))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "partner-detail-grid-80x24")
        let pane = (1...9).map { canvas.row($0).prefix(40) }.joined(separator: "\n")
        for field in ["IQ Netzwerk NRW (IQ NRW)", "Kategorie", "Ebene", "Website", "Beziehungen"] {
            XCTAssertTrue(pane.contains(field), pane)
        }
        XCTAssertFalse(pane.contains("Orte "), "a blank field is left out when the pane is low")
        // Far down the relations, the fields stay where they were.
        Fixture.drive(&state, .navigation(.move(.end)))
        let scrolled = Fixture.render(state, 80, 24)
        let after = (1...9).map { scrolled.row($0).prefix(40) }.joined(separator: "\n")
        XCTAssertTrue(after.contains("Website") && after.contains("Kategorie"), after)
        let focus = try XCTUnwrap(scrolled.focus)
        XCTAssertEqual(focus.y, 9, "the last relation on the pane's last row")
    }
}
