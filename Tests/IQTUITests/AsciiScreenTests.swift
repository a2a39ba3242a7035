import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// On a vt100 (ASCII mode) every glyph the program draws itself has an ASCII stand-in: each
/// pane, an open entry, the map, the agenda, the statistics, the help, a dialog and a form are
/// drawn with no symbol outside ASCII (AsciiGlyphs). Letters (ä, ß, a partner's name) are text.
final class AsciiScreenTests: XCTestCase {
    private func state() -> AppState {
        var document = Seed.document
        document.cases = RecordTable(CaseScreenTests.cases)
        var state = AppState(document: document, language: .de, options: AppState.Options(ascii: true, mouse: true))
        state.lastTick = Date(timeIntervalSince1970: 1_776_254_400)
        return state
    }

    /// The screens to check, by name, each reached as a user would.
    private func screens() -> [(String, AppState, Size)] {
        let small = Size(width: 80, height: 24), wide = Size(width: 120, height: 40)
        func after(_ actions: Action...) -> AppState {
            var s = state()
            Fixture.drive(&s, actions)
            return s
        }
        return [
            ("partners", after(), small),
            ("open partner", after(.navigation(.toggleZoom), .navigation(.open), .navigation(.move(.down))), small),
            ("sites", after(.navigation(.focus(.locations))), small),
            ("map", after(.navigation(.focus(.locations)), .navigation(.toggleZoom)), wide),
            ("cases", after(.navigation(.focus(.cases)), .navigation(.toggleZoom)), small),
            ("open case", after(.navigation(.focus(.cases)), .navigation(.open)), small),
            ("agenda", after(.navigation(.focus(.cases)), .cases(.agenda(.toggle)), .cases(.agenda(.range(1)))), small),
            ("budgets", after(.navigation(.focus(.budgets)), .navigation(.toggleZoom)), small),
            ("budget grid", after(.navigation(.focus(.budgets))), wide),
            ("statistics", after(.navigation(.focus(.budgets)), .budgets(.cycleView(1)), .navigation(.toggleZoom)), wide),
            ("help", after(.help(.toggle)), small),
            ("dialog", after(.session(.requestQuit)), small),
            ("form", after(.directory(.newPartner)), small),
        ]
    }

    /// Text (letters), the euro sign (no one-column stand-in) and the map licence's "©" may stay.
    private func isText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || scalar == "©" || scalar.properties.isAlphabetic || [.nonspacingMark, .currencySymbol].contains(scalar.properties.generalCategory)
    }

    func testEveryScreenDrawsOnlyASCIISymbols() {
        for (name, state, size) in screens() {
            let canvas = Fixture.render(state, size.width, size.height)
            for y in 0..<canvas.height {
                for x in 0..<canvas.width {
                    let glyph = canvas[x, y].glyph
                    let symbol = glyph.unicodeScalars.contains { !isText($0) }
                    XCTAssertFalse(symbol, "\(name): \"\(glyph)\" at \(x),\(y) in \(canvas.row(y))")
                }
            }
        }
    }
}
