import XCTest
@testable import IQCore
@testable import IQTUI

/// The render state the runtime keeps between frames: where each list stands, how far the open
/// entry scrolls. (These were the core's `ListCursor.offset` and `setListPage` tests.)
final class ViewStateTests: XCTestCase {
    private let zoomed = Size(width: 80, height: 24)
    /// The page a zoomed 80×24 list has: the frame, the header and the status bar off.
    private let zoomedPage = 24 - 1 - 2 - 1

    private func seed(zoomed: Bool = true) -> AppState {
        var state = AppState(document: Seed.document)
        if zoomed { Fixture.drive(&state, .navigation(.toggleZoom)) }
        return state
    }

    /// One frame as the runtime draws it, from the last one's view state.
    private func frame(_ state: AppState, _ view: ViewState, _ size: Size? = nil) -> ViewState {
        Screen.render(state, size: size ?? zoomed, view: view).view
    }

    /// A key as the runtime maps it against the last frame, then the next frame.
    private func press(_ key: Key, _ state: inout AppState, _ view: inout ViewState, size: Size? = nil) {
        let size = size ?? zoomed
        guard let action = KeyMap.action(for: key, in: state, layout: ScreenLayout(state: state, size: size), view: view) else {
            return XCTFail("\(key) does nothing")
        }
        Fixture.drive(&state, action)
        view = frame(state, view, size)
    }

    // MARK: The offset on its own

    func testOffsetScrollsAsLittleAsKeepsTheSelectionOnThePage() {
        XCTAssertEqual(ViewState.offset(from: 0, selected: 2, count: 10, page: 3), 0)
        XCTAssertEqual(ViewState.offset(from: 0, selected: 3, count: 10, page: 3), 1, "down past the page: one row")
        XCTAssertEqual(ViewState.offset(from: 1, selected: 1, count: 10, page: 3), 1, "up inside the page: none")
        XCTAssertEqual(ViewState.offset(from: 1, selected: 0, count: 10, page: 3), 0)
        XCTAssertEqual(ViewState.offset(from: 0, selected: 24, count: 25, page: 7), 18, "End")
        XCTAssertEqual(ViewState.offset(from: 18, selected: 0, count: 25, page: 7), 0, "Home")
    }

    func testOffsetRepairsAnyPosition() {
        XCTAssertEqual(ViewState.offset(from: -2, selected: 0, count: 10, page: 4), 0)
        XCTAssertEqual(ViewState.offset(from: 0, selected: 9, count: 10, page: 4), 6)
        XCTAssertEqual(ViewState.offset(from: 7, selected: 5, count: 10, page: 4), 5)
        XCTAssertEqual(ViewState.offset(from: 8, selected: 2, count: 4, page: 4), 0, "no empty rows below a list that fits")
        XCTAssertEqual(ViewState.offset(from: 3, selected: 0, count: 0, page: 5), 0, "an empty list")
    }

    func testOffsetWithZeroOrNegativePageBehavesLikeOneRow() {
        XCTAssertEqual(ViewState.offset(from: 0, selected: 1, count: 5, page: 0), 1)
        XCTAssertEqual(ViewState.offset(from: 1, selected: 2, count: 5, page: -3), 2)
    }

    func testSelectionStaysOnThePageOverAnyMoveSequence() {
        for count in 0...17 {
            for page in [1, 2, 3, 5, 12, 40] {
                let moves: [ListCursor.Move] = [.down, .down, .by(page), .end, .up, .by(-page), .by(-page), .home, .by(7),
                                                .by(-2), .by(page), .by(page), .by(page), .by(100), .up, .by(-100), .down]
                var cursor = ListCursor(), offset = 0
                for move in moves {
                    cursor.move(move, count: count)
                    offset = ViewState.offset(from: offset, selected: cursor.selected, count: count, page: page)
                    let context = "count \(count) page \(page) \(move)"
                    XCTAssertTrue(offset >= 0 && offset <= max(0, count - page), context)
                    if count > 0 { XCTAssertTrue((offset..<offset + page).contains(cursor.selected), context) }
                }
            }
        }
    }

    // MARK: Following the state and the layout

    func testMovesScrollTheListOnlyWhenTheSelectionLeavesThePage() {
        var state = seed(), view = frame(seed(), ViewState())
        XCTAssertEqual(view.offset(of: .partners), 0)
        for _ in 0..<zoomedPage - 1 { press(.down, &state, &view) }
        XCTAssertEqual(view.offset(of: .partners), 0, "the last row of the page")
        press(.down, &state, &view)
        XCTAssertEqual(view.offset(of: .partners), 1)
        press(.up, &state, &view)
        press(.up, &state, &view)
        XCTAssertEqual(view.offset(of: .partners), 1, "moving up inside the page does not scroll")
    }

    func testPagingMovesByTheLayoutsPageAndBackWithoutJumping() {
        var state = seed(), view = frame(seed(), ViewState())
        press(.pageDown, &state, &view)
        XCTAssertEqual(state[.partners].cursor.selected, zoomedPage)
        XCTAssertEqual(view.offset(of: .partners), 1)
        press(.pageDown, &state, &view)
        press(.pageDown, &state, &view)
        XCTAssertEqual(state[.partners].cursor.selected, 3 * zoomedPage)
        XCTAssertEqual(view.offset(of: .partners), 2 * zoomedPage + 1)
        press(.pageUp, &state, &view)
        XCTAssertEqual(state[.partners].cursor.selected, 2 * zoomedPage)
        XCTAssertEqual(view.offset(of: .partners), 2 * zoomedPage, "up by a page: the selection at the top")
        // Past the end: the last row, and no empty rows under the list.
        let count = state.rowCount(.partners)
        for _ in 0..<5 { press(.pageDown, &state, &view) }
        XCTAssertEqual(state[.partners].cursor.selected, count - 1)
        XCTAssertEqual(view.offset(of: .partners), count - zoomedPage)
        press(.home, &state, &view)
        XCTAssertEqual(view.offset(of: .partners), 0)
        press(.end, &state, &view)
        XCTAssertEqual(view.offset(of: .partners), count - zoomedPage)
    }

    func testAResizeKeepsTheSelectionOnThePage() {
        var state = seed(), view = frame(seed(), ViewState())
        press(.end, &state, &view)
        let count = state.rowCount(.partners)
        let small = Size(width: 80, height: 16), large = Size(width: 120, height: 60)
        view = frame(state, view, small)
        XCTAssertEqual(view.offset(of: .partners), count - (16 - 4), "smaller: the last row at the bottom")
        view = frame(state, view, large)
        XCTAssertEqual(view.offset(of: .partners), count - (60 - 4), "larger: no empty rows under the list")
        press(.home, &state, &view, size: large)
        view = frame(state, view, Size(width: 200, height: 120))
        XCTAssertEqual(view.offset(of: .partners), 0, "a list that fits starts at its first row")
    }

    func testAHiddenListKeepsItsRowsUntilItShowsAgain() {
        var state = seed(zoomed: false), view = frame(seed(zoomed: false), ViewState())
        let grid = ScreenLayout(state: state, size: zoomed).listPage
        for _ in 0..<grid + 2 { press(.down, &state, &view) }
        XCTAssertEqual(view.offset(of: .partners), 3)
        press(.char("2"), &state, &view)
        press(.char("z"), &state, &view)
        XCTAssertEqual(view.offset(of: .partners), 3, "hidden behind the zoomed locations")
        press(.char("z"), &state, &view)
        XCTAssertEqual(view.offset(of: .partners), 3, "the same rows as before the zoom")
        // Shown again in a smaller page, the list scrolls only as far as its selection needs.
        view = frame(state, view, Size(width: 80, height: 20))
        let small = ScreenLayout(state: state, size: Size(width: 80, height: 20)).listPage
        XCTAssertEqual(view.offset(of: .partners), grid + 2 - small + 1)
    }

    func testAListThatShrankShowsNoEmptyRows() {
        var state = seed(), view = frame(seed(), ViewState())
        press(.end, &state, &view)
        XCTAssertGreaterThan(view.offset(of: .partners), 0)
        Fixture.drive(&state, .filter(.begin), .filter(.edit(.insert("netz"))), .filter(.accept))
        let count = state.rowCount(.partners)
        XCTAssertLessThan(count, zoomedPage)
        view = frame(state, view)
        XCTAssertEqual(view.offset(of: .partners), 0)
        XCTAssertTrue((0..<count).contains(state[.partners].cursor.selected))
    }

    func testBelowTheMinimumSizeTheOffsetsWait() {
        var state = seed(), view = frame(seed(), ViewState())
        press(.end, &state, &view)
        let before = view
        XCTAssertEqual(frame(state, view, Size(width: 40, height: 10)).listOffsets, before.listOffsets)
    }

    // MARK: Clicks and the open entry

    func testAClickSelectsTheRowOnScreen() throws {
        var state = seed(), view = frame(seed(), ViewState())
        press(.end, &state, &view)
        let layout = ScreenLayout(state: state, size: zoomed)
        let rows = try XCTUnwrap(layout.listRows(of: .partners))
        let click = Key.mouse(MouseEvent(.press, x: rows.x + 2, y: rows.y + 1))
        XCTAssertEqual(KeyMap.action(for: click, in: state, layout: layout, view: view),
                       .navigation(.select(.partners, row: view.offset(of: .partners) + 1)))
    }

    func testTheOpenEntryKeepsHowFarItScrolls() throws {
        var state = AppState(document: Document(
            partners: [Partner(id: "p.x", name: "Träger", category: .provider)],
            sites: [Site(id: "s.long", name: "Langer Text", operatorID: "p.x", city: "Köln", services: [.recognitionCounselling],
                         coordinate: nil, note: String(repeating: "Wort ", count: 2_000))]))
        var view = frame(state, ViewState())
        press(.char("2"), &state, &view)
        XCTAssertNil(view.scrollEnd, "a list does not scroll by lines")
        press(.char("i"), &state, &view)
        let end = try XCTUnwrap(view.scrollEnd)
        XCTAssertGreaterThan(end, 100)
        press(.char(" "), &state, &view)
        XCTAssertEqual(state[.locations].detailScroll, 10)
        press(.char("1"), &state, &view)
        XCTAssertNil(view.scrollEnd, "only the focused pane's entry: the scroll keys act on it")
        press(.char("2"), &state, &view)
        XCTAssertEqual(view.scrollEnd, end)
    }

    func testStatisticsScrollStopsAtItsEndAndComesBackAtOnce() throws {
        var state = AppState(document: Seed.document)
        Fixture.drive(&state, .navigation(.focus(.budgets)), .navigation(.toggleZoom), .budgets(.cycleView(-1)))
        var view = frame(state, ViewState())
        let end = try XCTUnwrap(view.scrollEnd)
        XCTAssertGreaterThan(end, 10)
        press(.end, &state, &view)
        XCTAssertEqual(state[.budgets].detailScroll, end)
        press(.pageDown, &state, &view)
        XCTAssertEqual(state[.budgets].detailScroll, end, "no further than the last page")
        press(.pageUp, &state, &view)
        XCTAssertEqual(state[.budgets].detailScroll, end - 10)
        // A taller terminal shows more: the end comes closer, and the way up starts from what is shown.
        view = frame(state, view, Size(width: 80, height: 60))
        let nearer = try XCTUnwrap(view.scrollEnd)
        XCTAssertLessThan(nearer, end - 10)
        press(.pageUp, &state, &view, size: Size(width: 80, height: 60))
        XCTAssertEqual(state[.budgets].detailScroll, max(0, nearer - 10))
        press(.home, &state, &view, size: Size(width: 80, height: 60))
        XCTAssertEqual(state[.budgets].detailScroll, 0)
    }
}
