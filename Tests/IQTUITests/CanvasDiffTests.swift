import XCTest
@testable import IQTUI

/// `Canvas.diff(from:)`: exactly the cells a terminal showing the previous frame must write.
final class CanvasDiffTests: XCTestCase {
    private func canvas(_ text: String, width: Int = 6, role: StyleRole = .normal) -> Canvas {
        var c = Canvas(width: width, height: 1)
        c.put(text, x: 0, y: 0, role: role)
        return c
    }

    private func written(_ updates: [CellUpdate]) -> [String] {
        updates.map { "\($0.x),\($0.y):\($0.cell.glyph)" }
    }

    func testIdenticalCanvasesNeedNothing() {
        XCTAssertEqual(canvas("Köln 漢").diff(from: canvas("Köln 漢")), [])
    }

    func testNoPreviousFrameWritesEveryGlyphCell() {
        let c = canvas("a漢b")
        XCTAssertEqual(written(c.diff(from: nil)), ["0,0:a", "1,0:漢", "3,0:b", "4,0: ", "5,0: "],
                       "the right half of a wide glyph is never written on its own")
    }

    func testASizeChangeWritesEverything() {
        let small = canvas("abc", width: 3)
        var large = Canvas(width: 3, height: 2)
        large.put("abc", x: 0, y: 0)
        XCTAssertEqual(large.diff(from: small).count, 6)
        XCTAssertEqual(small.diff(from: large).count, 3)
    }

    func testOnlyChangedCellsAreWritten() {
        XCTAssertEqual(written(canvas("Bonn").diff(from: canvas("Born"))), ["2,0:n"])
    }

    func testAWideGlyphReplacedByTwoNarrowOnesAndBack() {
        let wide = canvas("a漢b"), narrow = canvas("axyb")
        XCTAssertEqual(written(narrow.diff(from: wide)), ["1,0:x", "2,0:y"], "both halves of the old glyph are overwritten")
        XCTAssertEqual(written(wide.diff(from: narrow)), ["1,0:漢"], "one wide glyph covers both columns")
    }

    func testAChangedRightHalfRewritesItsGlyph() {
        // Same glyph on the left, but the right half had other content: a narrow glyph there
        // before, or another role.
        var before = canvas("a漢b")
        before.put("x", x: 2, y: 0)
        XCTAssertEqual(written(canvas("a漢b").diff(from: before)), ["1,0:漢"])
        var painted = canvas("a漢b")
        painted.paint(Rect(x: 2, y: 0, width: 1, height: 1), role: .selection)
        XCTAssertEqual(written(painted.diff(from: canvas("a漢b"))), ["1,0:漢"])
    }

    func testAWideGlyphMovedByOneColumn() {
        XCTAssertEqual(written(canvas("ab漢").diff(from: canvas("a漢b"))), ["1,0:b", "2,0:漢"])
    }

    func testGraphemeClustersCompareWhole() {
        // A combining mark added to a glyph, or a second one: the one cell that carries them.
        XCTAssertEqual(written(canvas("q\u{323}x").diff(from: canvas("qx"))), ["0,0:q\u{323}"])
        XCTAssertEqual(written(canvas("x\u{301}\u{323}y").diff(from: canvas("x\u{301}y"))), ["0,0:x\u{301}\u{323}"])
        XCTAssertEqual(canvas("x\u{301}\u{323}y").diff(from: canvas("x\u{301}\u{323}y")), [])
        // A flag is drawn as its two letters (Grapheme.cells): another flag changes both.
        XCTAssertEqual(written(canvas("🇩🇪!").diff(from: canvas("🇫🇷!"))), ["0,0:D", "1,0:E"])
    }

    func testAStyleOnlyChangeIsWritten() {
        let plain = canvas("Köln"), selected = canvas("Köln", role: .selection)
        let updates = selected.diff(from: plain)
        XCTAssertEqual(written(updates), ["0,0:K", "1,0:ö", "2,0:l", "3,0:n"])
        XCTAssertTrue(updates.allSatisfy { $0.cell.role == .selection })
    }

    func testReplayingTheDiffGivesTheNewFrame() {
        let old = canvas("a漢bcd"), new = canvas("xy字d")
        var screen = old
        for update in new.diff(from: old) { screen.put(update.cell.glyph, x: update.x, y: update.y, role: update.cell.role) }
        XCTAssertEqual(screen, new)
    }
}
