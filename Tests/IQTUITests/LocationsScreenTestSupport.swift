import XCTest
@testable import IQCore
@testable import IQTUI

/// Shared helpers of the locations screen tests: the seeded state, place entry and reading the map
/// from the canvas.
protocol LocationsScreenTesting {}

extension LocationsScreenTesting {
    /// The seed document, the locations pane focused (and zoomed).
    func seedState(zoomed: Bool = true, ascii: Bool = false, language: Language = .de) -> AppState {
        var state = AppState(document: Seed.document, language: language, options: AppState.Options(ascii: ascii, mouse: true))
        Fixture.drive(&state, .navigation(.focus(.locations)))
        if zoomed { Fixture.drive(&state, .navigation(.toggleZoom)) }
        return state
    }

    /// The state with the layout the runtime maps its keys against at this size.
    func sized(_ state: AppState, _ width: Int, _ height: Int) -> (state: AppState, layout: ScreenLayout) {
        (state, ScreenLayout(state: state, size: Size(width: width, height: height)))
    }

    func typePlace(_ text: String, into state: inout AppState) {
        for ch in text { Fixture.drive(&state, .locations(.editPlace(.insert(String(ch))))) }
    }

    func setPlace(_ text: String, in state: inout AppState) {
        Fixture.drive(&state, .locations(.beginPlace), .locations(.editPlace(.deleteToStart)))
        typePlace(text, into: &state)
        Fixture.drive(&state, .locations(.acceptPlace))
    }

    /// The text of a rect, one string per row.
    func text(_ canvas: Canvas, in rect: Rect) -> [String] {
        (rect.y..<rect.maxY).map { y in (rect.x..<rect.maxX).map { canvas[$0, y].glyph }.joined() }
    }

    /// The map's rect in the locations pane, when the pane shows one.
    func mapRect(_ layout: ScreenLayout) -> Rect? {
        layout.content(of: .locations).flatMap { LocationsPane.split($0).map }
    }

    /// Cells holding `glyph` inside a rect.
    func cells(of glyph: String, _ canvas: Canvas, in rect: Rect) -> [Point] {
        var found: [Point] = []
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where canvas[x, y].glyph == glyph && canvas[x, y].role != .dim { found.append(Point(x: x, y: y)) }
        }
        return found
    }

    /// The marker labelled `label` on screen: a marker glyph with the label beside it.
    func marker(labelled label: String, glyph: String = "●", _ canvas: Canvas, in rect: Rect) -> Point? {
        let width = label.count
        return cells(of: glyph, canvas, in: rect).first { p in
            let right = (0..<width).map { canvas[p.x + 2 + $0, p.y].glyph }.joined()
            let left = (0..<width).map { canvas[p.x - 1 - width + $0, p.y].glyph }.joined()
            return (right == label && canvas[p.x + 1, p.y].glyph == " ") || (left == label && canvas[p.x - 1, p.y].glyph == " ")
        }
    }
}
