import XCTest
@testable import IQCore
@testable import IQTUI

/// Issue 16 §9: the terminal cursor goes where the attention is (screen readers and braille
/// displays follow it), and selection and focus show in the text, not by colour alone.
final class AccessibilityScreenTests: XCTestCase {
    // MARK: Where the cursor goes

    func testTheSelectedRowOfTheFocusedListHasTheAttention() {
        var state = Fixture.state()
        var canvas = Fixture.render(state, 80, 24)
        XCTAssertNil(canvas.cursor, "nothing is typed: no text cursor")
        XCTAssertEqual(canvas.focus, Point(x: 1, y: 2), "the first partner, at the row's start")
        Fixture.drive(&state, .navigation(.move(.down)), .navigation(.move(.down)))
        canvas = Fixture.render(state, 80, 24)
        XCTAssertEqual(canvas.attention, Point(x: 1, y: 4))
        XCTAssertTrue(canvas.row(4).contains("MOZAIK gGmbH"), "the row under the cursor is the selected one")

        Fixture.drive(&state, .navigation(.focus(.locations)))
        canvas = Fixture.render(state, 80, 24)
        XCTAssertEqual(canvas.focus, Point(x: 41, y: 2), "the attention follows the focus to pane 2")
    }

    func testAnOpenEntryHasTheAttentionAtItsFirstLine() {
        var state = Fixture.state()
        Fixture.drive(&state, .navigation(.open))
        let canvas = Fixture.render(state, 80, 24)
        XCTAssertEqual(canvas.focus, Point(x: 1, y: 1))
    }

    func testAFormPutsTheAttentionOnTheFocusedField() throws {
        var state = Fixture.state()
        Fixture.drive(&state, .directory(.newPartner))
        var canvas = Fixture.render(state, 80, 24)
        let nameRow = try XCTUnwrap((0..<24).first { canvas.row($0).contains("Name *") })
        XCTAssertEqual(canvas.cursor?.y, nameRow, "a text field: the cursor at its insertion point")
        for ch in "AB" { Fixture.drive(&state, .form(.edit(.insert(String(ch))))) }
        canvas = Fixture.render(state, 80, 24)
        XCTAssertEqual(canvas.attention, Point(x: try XCTUnwrap(canvas.focus?.x) + 2, y: nameRow), "after what was typed")

        Fixture.drive(&state, .form(.focusNext), .form(.focusNext))
        canvas = Fixture.render(state, 80, 24)
        let categoryRow = try XCTUnwrap((0..<24).first { canvas.row($0).contains("Kategorie *") })
        XCTAssertNil(canvas.cursor, "a choice has no text cursor")
        XCTAssertEqual(canvas.focus?.y, categoryRow, "the attention is on the choice")
        XCTAssertEqual(canvas[try XCTUnwrap(canvas.focus?.x), categoryRow].glyph, "◂", "at its value")
    }

    func testADialogTakesTheAttentionToItsAnswers() throws {
        var state = Fixture.state()
        state.hasUnsavedChanges = true
        Fixture.drive(&state, .session(.requestQuit))
        let canvas = Fixture.render(state, 80, 24)
        let focus = try XCTUnwrap(canvas.focus)
        XCTAssertNil(canvas.cursor)
        let row = canvas.row(focus.y)
        XCTAssertTrue(row.contains("▸["), "on the answers: \(row)")
        XCTAssertEqual(canvas[focus.x, focus.y].glyph, "▸", "at the selected (safe) button")
    }

    func testADialogOverAFormHidesTheFieldsCursor() {
        var state = Fixture.state()
        Fixture.drive(&state, .directory(.newPartner), .form(.edit(.insert("x"))), .form(.cancel))
        guard state.form?.askDiscard == true else { return XCTFail("the discard question is open") }
        let canvas = Fixture.render(state, 80, 24)
        XCTAssertNil(canvas.cursor, "the field under the dialog does not keep the cursor")
        XCTAssertNotNil(canvas.focus)
    }

    func testTheHelpTakesTheAttention() {
        var state = Fixture.state()
        Fixture.drive(&state, .help(.toggle))
        let canvas = Fixture.render(state, 80, 24)
        XCTAssertNotEqual(canvas.focus, Point(x: 1, y: 2), "not left on the list under the help")
    }

    func testTheCursorIsShownOnlyWhileTypingUnlessForAScreenReader() {
        var canvas = Canvas(width: 10, height: 3)
        XCTAssertFalse(CursorVisibility.shows(canvas, screenReader: true), "nothing to point at")
        canvas.focus = Point(x: 1, y: 1)
        XCTAssertFalse(CursorVisibility.shows(canvas, screenReader: false), "the hidden-cursor look stays")
        XCTAssertTrue(CursorVisibility.shows(canvas, screenReader: true))
        canvas.cursor = Point(x: 3, y: 1)
        XCTAssertTrue(CursorVisibility.shows(canvas, screenReader: false), "a text being typed always shows it")
        XCTAssertEqual(canvas.attention, Point(x: 3, y: 1), "the insertion point goes first")
    }

    // MARK: Not by colour alone

    /// The key screens as a vt100 shows them (ASCII, the monochrome theme): the focused pane and
    /// the selected row are marked in the text itself.
    func testFocusAndSelectionShowInTheTextOnAMonochromeTerminal() throws {
        for ascii in [true, false] {
            var state = Fixture.state(ascii: ascii)
            let corner = ascii ? "#" : "╔", plain = ascii ? "+" : "┌", mark = ascii ? ">" : "▶"
            for pane in [Pane.partners, .locations, .budgets] {
                Fixture.drive(&state, .navigation(.focus(pane)))
                let canvas = Fixture.render(state, 80, 24)
                let layout = ScreenLayout(state: state, size: Size(width: 80, height: 24))
                for (other, rect) in layout.panes {
                    let top = canvas[rect.x, rect.y].glyph
                    XCTAssertEqual(top, other == pane ? corner : plain, "\(other) with \(pane) focused, ascii \(ascii)")
                }
                let rect = try XCTUnwrap(layout.panes[pane])
                let focus = try XCTUnwrap(canvas.focus)
                XCTAssertEqual(canvas[rect.x, focus.y].glyph, mark, "the selected row of \(pane) is marked in its frame")
            }
            Fixture.drive(&state, .directory(.newPartner))
            let form = Fixture.render(state, 80, 24)
            let focus = try XCTUnwrap(form.attention)
            XCTAssertTrue(form.row(focus.y).contains("\(mark)Name *"), "the focused field is marked: \(form.row(focus.y))")
        }
    }

    func testThePalettesSelectedCommandIsMarked() throws {
        var state = Fixture.state(ascii: true)
        Fixture.drive(&state, .palette(.open))
        let canvas = Fixture.render(state, 80, 24)
        XCTAssertEqual((0..<24).filter { canvas.row($0).contains("|>") }.count, 1, canvas.text())
    }

    /// A gauge's level is in its figures and marks, not only in the bar's colour.
    func testGaugesSayTheirLevelInText() {
        for ascii in [true, false] {
            for (value, text, mark) in [(0.9, "90,0 %", false), (1.2, "120,0 %", true)] {
                var canvas = Canvas(width: 60, height: 1, ascii: ascii)
                Gauge(label: "Gebunden", value: value, maximum: 1, text: text).draw(in: canvas.bounds, on: &canvas)
                XCTAssertTrue(canvas.row(0).contains(text))
                XCTAssertEqual(canvas.row(0).contains(ascii ? "]+" : "]▶"), mark, canvas.row(0))
            }
        }
    }

    /// What the terminal is handed for the monochrome theme (and for every theme on a terminal
    /// without colours): the selection, the focused title and the focused frame differ from
    /// plain text by an attribute, and each theme's selection is more than a colour.
    func testEveryThemeMarksSelectionAndFocusBeyondColour() throws {
        for name in Theme.builtInNames {
            let theme = try XCTUnwrap(Theme.builtIn(name))
            // (On 8 colours high-contrast's plain text is bold too; the marks in the text carry it.)
            for depth in [ColorDepth.none, .indexed256] {
                let styles = ColorMapping.resolve(theme, depth: depth)
                let normal = styles[.normal]?.attributes ?? []
                for role in [StyleRole.selection, .titleFocused, .borderFocused] {
                    let attributes = styles[role]?.attributes ?? []
                    XCTAssertFalse(attributes.subtracting(normal).isEmpty || depth == .none && attributes.isEmpty,
                                   "\(name) at \(depth): \(role) needs an attribute beside its colour")
                }
            }
        }
    }
}
