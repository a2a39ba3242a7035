import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// Issue 13 §1: long text opens, wraps and edits correctly, and the work grows with what is shown
/// (operation counts, not time: the times are iq-bench's).
final class LongTextScreenTests: XCTestCase {
    /// 300 KB with no space: "abc…xyzabc…".
    private static let oneWord = String((0..<300_000).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
    /// 300 KB of numbered words.
    private static let words: String = {
        var s = "", n = 0
        while s.utf8.count < 300_000 {
            s += "Wort\(n) "
            n += 1
        }
        return s
    }()

    private func opened(role: String) -> Canvas {
        var state = AppState(document: Document(partners: [Partner(id: "p.long", name: "Langer Text", category: .chamber, role: role)]))
        Fixture.drive(&state, .navigation(.toggleZoom), .navigation(.open))
        return Fixture.render(state, 80, 24)
    }

    /// The role's screen lines: from its first line down, the text from the column it starts in.
    private func roleLines(_ canvas: Canvas, startingWith start: String) throws -> [String] {
        let top = try XCTUnwrap((0..<canvas.height).first { canvas.row($0).contains("Rolle im Netzwerk") })
        let first = canvas.row(top)
        let column = first.distance(from: first.startIndex, to: try XCTUnwrap(first.range(of: start)).lowerBound)
        return (top..<canvas.height - 2).map { y in
            let row = Array(canvas.row(y))
            return String(row[column...].prefix { $0 != "│" && $0 != "║" && $0 != "↓" && $0 != "↑" }).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    func testAPartnerWithA300KBWordShowsItCutIntoFullLines() throws {
        let lines = try roleLines(opened(role: Self.oneWord), startingWith: "abcdef")
        XCTAssertGreaterThan(lines.count, 10)
        let width = lines[0].count
        XCTAssertGreaterThan(width, 40)
        XCTAssertTrue(lines.allSatisfy { $0.count == width }, "every line is full: \(lines.map(\.count))")
        XCTAssertTrue(Self.oneWord.hasPrefix(lines.joined()), "the lines continue one another")
    }

    func testAPartnerWithA300KBTextWrapsAtSpaces() throws {
        let width = try roleLines(opened(role: Self.oneWord), startingWith: "abcdef")[0].count
        let lines = try roleLines(opened(role: Self.words), startingWith: "Wort0 ")
        XCTAssertGreaterThan(lines.count, 10)
        XCTAssertTrue(Self.words.hasPrefix(lines.joined(separator: " ") + " "), "breaks fall between words")
        let all = Self.words.split(separator: " ")
        var taken = 0
        for line in lines.dropLast() {
            XCTAssertLessThanOrEqual(line.count, width)
            taken += line.split(separator: " ").count
            XCTAssertGreaterThan(line.count + 1 + all[taken].count, width, "the next word would not have fitted: \(line)")
        }
    }

    /// A dialog that quotes a long field (the harness found one) shows its start and its keys.
    func testADialogQuotingA300KBFieldShowsItsStartAndItsKeys() {
        var canvas = Canvas(width: 80, height: 24)
        var state = AppState(document: Document())
        state.overlay = .confirmQuit
        Dialog(title: "Frage", body: [Self.oneWord, "Wirklich?"], state).draw(on: &canvas)
        let text = canvas.text()
        XCTAssertTrue(text.contains(String(Self.oneWord.prefix(50))), text)
        XCTAssertTrue(text.contains("▸[ Zurück ]"), text)
        XCTAssertTrue(text.contains("Enter: ausführen · Esc: Zurück"), text)
    }

    // MARK: Work done (counted)

    func testWrappingMeasuresEachCharacterOnce() {
        for text in [Self.oneWord, Self.words] {
            var measured = 0
            let lines = DetailView.wrap(text, width: 57) { ch in
                measured += 1
                return TextWidth.of(ch)
            }
            let characters = text.count
            XCTAssertLessThanOrEqual(measured, characters, "linear: each character once, not once per line")
            XCTAssertEqual(lines.joined().filter { $0 != " " }.count, text.filter { $0 != " " }.count, "nothing lost")
            // The detail view asks for the lines it can show: the rest is not measured.
            measured = 0
            let shown = DetailView.wrap(text, width: 57, maxLines: 20) { ch in
                measured += 1
                return TextWidth.of(ch)
            }
            XCTAssertEqual(shown, Array(lines.prefix(20)))
            XCTAssertLessThanOrEqual(measured, 21 * 58)
        }
    }

    /// Words that take no columns (controls, format characters from hostile data) never fit a
    /// line "forever": the robustness harness found the detail view copying one ever-growing line
    /// at every such word — quadratic, minutes for a 100,000-character field.
    func testWordsOfWidthZeroStillEndTheirLines() {
        let cap = DetailView.maxLineBytes(57)
        XCTAssertEqual(TextWidth.of(Character("\u{7}")), 0)
        // One word of a million characters that take no columns: cut into lines by bytes, and
        // only the lines shown are measured.
        var measured = 0
        let word = DetailView.wrap(String(repeating: "\u{7}", count: 1_000_000), width: 57, maxLines: 201) { ch in
            measured += 1
            return TextWidth.of(ch)
        }
        XCTAssertEqual(word.count, 201)
        XCTAssertLessThanOrEqual(word.map(\.utf8.count).max() ?? 0, cap)
        XCTAssertLessThanOrEqual(measured, 201 * (cap + 1), "the rest of the field is not looked at")
        // Many such words end their lines too.
        let words = DetailView.wrap(String(repeating: "\u{7}\u{1B} ", count: 50_000), width: 57, maxLines: 201)
        XCTAssertEqual(words.count, 201)
        XCTAssertLessThanOrEqual(words.map(\.utf8.count).max() ?? 0, cap)
    }

    func testAFieldLongerThanTheDetailShowsEndsInAnEllipsis() throws {
        var state = AppState(document: Document(partners: [Partner(id: "p.long", name: "Langer Text", category: .chamber, role: Self.words)]))
        Fixture.drive(&state, .navigation(.toggleZoom), .navigation(.open), .navigation(.scrollDetail(by: DetailView.maxLinesPerField - 5, limit: .max)))
        let text = Fixture.render(state, 80, 24).text()
        let rows = text.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│║ ")) }
        let last = try XCTUnwrap(rows.firstIndex(of: "…"), text)
        XCTAssertTrue(rows[last - 1].hasPrefix("Wort"), "the cut comes after the role's last line shown")
        XCTAssertTrue(rows[last + 1].hasPrefix("Website"), "the fields after it still show")
    }

    func testAFormFieldMeasuresOnlyWhatIsShown() {
        var field = TextField(String(repeating: "Prüfung ", count: 12_500))
        for cursorAt in [field.count, field.count / 2, 0] {
            while field.cursor > cursorAt { field.left() }
            var measured = 0
            let (shown, column) = TextLine.scrolled(field, width: 60) { ch in
                measured += 1
                return TextWidth.of(ch)
            }
            XCTAssertLessThanOrEqual(measured, 2 * 60 + 2, "cursor at \(cursorAt)")
            XCTAssertEqual(column, min(cursorAt, 59), "the cursor stays in view at \(cursorAt)")
            let start = field.text.index(field.cursorIndex, offsetBy: -column)
            XCTAssertTrue(field.text[start...].hasPrefix(shown), "the shown part is the text around the cursor")
            if cursorAt < field.count { XCTAssertGreaterThan(shown.count, 60, "one more than fits, so the cut is marked") }
        }
    }

    func testTheMultiLineFieldWrapsNoFurtherThanItShows() {
        var field = TextField(String(repeating: "Prüfung ", count: 12_500), multiline: true)
        field.home()
        var measured = 0
        let (lines, cursorLine, cursorColumn) = FormView.wrap(field, width: 60) { ch in
            measured += 1
            return TextWidth.of(ch)
        }
        XCTAssertEqual(cursorLine, 0)
        XCTAssertEqual(cursorColumn, 0)
        XCTAssertLessThanOrEqual(measured, 60 * (FormView.multilineRows + 1))
        XCTAssertEqual(lines.first, String(field.text.prefix(59)))

        // At the end of 100,000 characters: only the text a few kilobytes back is wrapped.
        field.end()
        measured = 0
        let (tail, line, column) = FormView.wrap(field, width: 60) { ch in
            measured += 1
            return TextWidth.of(ch)
        }
        XCTAssertLessThanOrEqual(measured, 2 * FormView.anchorBytes)
        XCTAssertEqual(line, tail.count - 1)
        XCTAssertTrue(field.text.hasSuffix(tail[line]), "the cursor's line is the end of the text")
        XCTAssertEqual(column, tail[line].count)
        XCTAssertEqual(tail[line - 1].count, 59, "the lines above it are full")
    }

    // MARK: Paste

    /// The partner editor with the focus on the role.
    private func editingRole() -> AppState {
        var state = AppState(document: Document(partners: [Partner(id: "p.1", name: "Name", category: .chamber)]))
        Fixture.drive(&state, .directory(.editPartner))
        let role = state.form?.index(of: \PartnerEditorForm.role) ?? -1
        Fixture.drive(&state, .form(.focus(role)))
        return state
    }

    /// Keys as the runtime takes them: through the batch, each action reduced; the actions are returned.
    private func type(_ keys: [Key], into state: inout AppState) -> [Action] {
        var dispatched: [Action] = []
        var batch = InputBatch()
        let size = Size(width: 80, height: 24)
        let dispatch = { (action: Action) in
            dispatched.append(action)
            Fixture.drive(&state, action)
        }
        for key in keys {
            batch.take(key, map: { KeyMap.action(for: $0, in: state, layout: ScreenLayout(state: state, size: size)) }, dispatch: dispatch)
        }
        batch.flush(dispatch)
        return dispatched
    }

    func testAPasteOf10000CharactersIsOneInsert() {
        var state = editingRole()
        let pasted = String(Self.words.prefix(10_000))
        let actions = type(pasted.map { Key.char($0) }, into: &state)
        XCTAssertEqual(actions, [.form(.edit(.insert(pasted)))])
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.role.control.text.text, pasted)
    }

    func testKeysOtherThanTextEndTheInsertAndSeeItsResult() {
        var state = editingRole()
        let keys: [Key] = "ab".map { Key.char($0) } + [.backspace, .tab] + "xy".map { Key.char($0) }
        let actions = type(keys, into: &state)
        XCTAssertEqual(actions.count, 4, "\(actions)")
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.role.control.text.text, "a")
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.website.control.text.text, "xy")
    }
}

/// A long pasted name in a form never looks whole: in focus "…" stands before the part shown
/// around the cursor, out of focus the field shows its start and ends in "…".
final class LongFieldMarkTests: XCTestCase {
    func testACutFieldSaysSoOnTheSideItIsCut() throws {
        var state = Fixture.state()
        let name = String(repeating: "Zzlongname", count: 30)
        Fixture.drive(&state, .directory(.newPartner), .form(.edit(.insert(name))))
        func nameRow(_ s: AppState) -> String {
            let canvas = Fixture.render(s, 80, 24)
            return (0..<24).map { canvas.row($0) }.first { $0.contains("Name *") } ?? ""
        }
        let focused = nameRow(state)
        XCTAssertTrue(focused.contains("Name *                   …"), focused)
        Fixture.drive(&state, .form(.focusNext))
        let left = nameRow(state)
        XCTAssertTrue(left.contains("Name *                   Zzlongname") && left.contains("…"), left)
    }
}
