import XCTest
@testable import IQCore
@testable import IQTUI

/// The shared widgets (Block, FillBar, TextLine) and the layout split.
final class WidgetKitTests: XCTestCase {
    func testABlockFramesFillsAndTitles() {
        var c = Canvas(width: 12, height: 3)
        Block.overlay(title: "Hilfe").draw(in: c.bounds, on: &c)
        XCTAssertEqual(c.text(), "┌─ Hilfe ──┐\n│          │\n└──────────┘")
        XCTAssertEqual(c[0, 0].role, .overlayBorder)
        XCTAssertEqual(c[3, 0].role, .overlayTitle)
        XCTAssertEqual(c[5, 1].role, .overlay)
        var p = Canvas(width: 12, height: 3)
        Block.pane(title: "1 Partner", focused: true).draw(in: p.bounds, on: &p)
        XCTAssertEqual(p.row(0), "╔ 1 Partne…╗", "a long title is cut at the corner; focus shows in a double frame")
        XCTAssertEqual(p[0, 0].role, .borderFocused)
        XCTAssertEqual(Block.inner(p.bounds), Rect(x: 1, y: 1, width: 10, height: 1))
    }

    func testABlockTitleOfAMillionCharactersIsCut() {
        var c = Canvas(width: 10, height: 3)
        Block.overlay(title: String(repeating: "漢", count: 1_000_000)).draw(in: c.bounds, on: &c)
        XCTAssertEqual(c.row(0), "┌─ 漢漢…─┐")
    }

    func testAFillBarLeavesItsTrackAloneWithoutARole() {
        var c = Canvas(width: 6, height: 1)
        c.put("......", x: 0, y: 0)
        FillBar(fraction: 0.5, filled: .chartBar, track: nil).draw(in: Rect(x: 1, y: 0, width: 4, height: 1), on: &c)
        XCTAssertEqual(c.row(0), ".██...")
        var g = Canvas(width: 4, height: 1, ascii: true)
        FillBar(fraction: 0.5, filled: .gaugeNormal, track: .dim).draw(in: g.bounds, on: &g)
        XCTAssertEqual(g.row(0), "##--")
        XCTAssertEqual(g.cells.map(\.role), [.gaugeNormal, .gaugeNormal, .dim, .dim])
    }

    func testATextLineScrollsByDisplayWidth() {
        // Eight wide glyphs (16 columns) in a line of 7: the cursor at the end stays in view,
        // with three glyphs (6 columns) before it, not six characters.
        var c = Canvas(width: 7, height: 1)
        TextLine(field: TextField("漢字漢字漢字漢字"), role: .input, showsCursor: true).draw(in: c.bounds, on: &c)
        XCTAssertEqual(c.row(0), "字漢字 ")
        XCTAssertEqual(c.cursor, Point(x: 6, y: 0))
        var start = TextField("漢字漢字漢字漢字")
        while start.cursor > 0 { start.left() }
        var d = Canvas(width: 7, height: 1)
        TextLine(field: start, role: .input, showsCursor: true).draw(in: d.bounds, on: &d)
        XCTAssertEqual(d.row(0), "漢字漢…")
        XCTAssertEqual(d.cursor, Point(x: 0, y: 0))
    }

    func testATextLineMarksItsEnd() {
        var c = Canvas(width: 8, height: 1)
        TextLine(field: TextField("köln"), role: .input, showsCursor: false, marksEnd: true).draw(in: c.bounds, on: &c)
        XCTAssertEqual(c.cells.prefix(6).map(\.role), [.input, .input, .input, .input, .input, .normal])
        XCTAssertNil(c.cursor)
    }

    func testTheFilterLineOfAPaneKeepsAWideCursorInView() throws {
        var state = Fixture.state()
        Fixture.drive(&state, .filter(.begin))
        for ch in String(repeating: "漢", count: 40) { Fixture.drive(&state, .filter(.edit(.insert(String(ch))))) }
        let canvas = Fixture.render(state, 80, 24)
        let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)
        let pane = try XCTUnwrap(layout.panes[.partners])
        let cursor = try XCTUnwrap(canvas.cursor)
        XCTAssertEqual(cursor.y, pane.maxY - 1)
        XCTAssertLessThan(cursor.x, pane.maxX - 2, "the cursor stays inside the frame")
        XCTAssertTrue(canvas[cursor.x - 2, cursor.y].glyph == "漢", "the text before the cursor shows up to it")
    }

    func testSplittingARectangle() {
        let r = Rect(x: 2, y: 1, width: 10, height: 9)
        XCTAssertEqual(r.rows([.fixed(2), .fill, .fixed(1)]),
                       [Rect(x: 2, y: 1, width: 10, height: 2), Rect(x: 2, y: 3, width: 10, height: 6), Rect(x: 2, y: 9, width: 10, height: 1)])
        XCTAssertEqual(r.rows([.percent(50), .fill]).map(\.height), [4, 5])
        XCTAssertEqual(r.columns([.fill, .fill, .fill]).map(\.width), [3, 3, 4], "the last fill takes the remainder")
        XCTAssertEqual(r.columns([.fixed(4), .fill], spacing: 1), [Rect(x: 2, y: 1, width: 4, height: 9), Rect(x: 7, y: 1, width: 5, height: 9)])
        XCTAssertEqual(r.rows([.fixed(20), .fill]).map(\.height), [9, 0], "a part never gets more than there is")
        XCTAssertEqual(r.inset(top: 1, left: 2), Rect(x: 4, y: 2, width: 8, height: 8))
        XCTAssertEqual(r.rows(count: 2), [Rect(x: 2, y: 1, width: 10, height: 1), Rect(x: 2, y: 2, width: 10, height: 1)])
    }
}
