import XCTest
@testable import IQCore
import IQTestSupport

/// The partner form's input: opening, typing, focus, choices, check boxes and multi-line text.
final class FormEngineInputTests: XCTestCase, FormEngineTesting {
    /// A state with the empty partner form open.
    private func newForm(_ document: Document = Fixture.document()) -> AppState {
        var state = Fixture.state(document)
        reduce(&state, .directory(.newPartner))
        return state
    }

    private func editor(_ state: AppState) -> Editor? { state.form?.model(Editor.self) }

    private static let fieldOrder = ["name", "shortName", "category", "level",
                                     "field.counselling", "field.qualification", "field.intercultural", "field.regionalNetworks", "field.fairIntegration",
                                     "cities", "role", "website", "email", "phone", "address"]

    // MARK: Opening, typing, focus

    func testTheNewPartnerFormOpensEmptyWithTheNameFocused() {
        let before = Fixture.document()
        var state = Fixture.state(before)
        XCTAssertEqual(state.inputMode, .navigation)
        reduce(&state, .directory(.newPartner))
        let form = try? XCTUnwrap(state.form)
        XCTAssertEqual(form?.purpose, .newPartner)
        XCTAssertEqual(form?.title, "Neuer Partner")
        XCTAssertEqual(focusedKey(state), "name")
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertEqual(form.map { form in zip(form.draftNames, form.fields).filter(\.1.isEditable).map(\.0) }, Self.fieldOrder)
        XCTAssertEqual(form?.fields.filter(\.takesText).map(\.text.text), Array(repeating: "", count: 8))
        XCTAssertNil(editor(state)?.category.value, "no category chosen yet")
        XCTAssertEqual(selectedLabel(\Editor.category, state), "– bitte wählen –")
        XCTAssertEqual(selectedLabel(\Editor.level, state), "unbekannt")
        XCTAssertEqual(form?.fields.filter { $0.kind == .checkbox && $0.isOn }.count, 0)
        XCTAssertEqual(form?.isChanged, false)
        XCTAssertEqual(form.map { form in zip(form.draftNames, form.fields).filter(\.1.isRequired).map(\.0) }, ["name", "category"])
        XCTAssertEqual(state.document, before, "opening a form changes nothing")
    }

    func testTypingGoesIntoTheFocusedFieldOnly() {
        var state = newForm()
        type("Bildungswerk Sud", &state)
        reduce(&state, .form(.edit(.left)), .form(.edit(.backspace)))
        type("ü", &state)
        XCTAssertEqual(editor(state)?.name.value, "Bildungswerk Süd")
        reduce(&state, .form(.edit(.home)))
        type("Das ", &state)
        XCTAssertEqual(editor(state)?.name.value, "Das Bildungswerk Süd")
        XCTAssertEqual(editor(state)?.shortName.value, "")
        XCTAssertEqual(state.form?.isChanged, true)
        // Letters that are keys elsewhere (q quits, n is "new") are just text here.
        reduce(&state, .form(.edit(.end)))
        type(" qn", &state)
        XCTAssertEqual(editor(state)?.name.value, "Das Bildungswerk Süd qn")
        XCTAssertNotNil(state.form)
    }

    func testTabAndShiftTabSkipTheHeadingAndWrapAround() {
        var state = newForm()
        var visited: [String] = []
        for _ in Self.fieldOrder.indices {
            reduce(&state, .form(.focusNext))
            visited.append(focusedKey(state) ?? "?")
        }
        XCTAssertEqual(visited, Array(Self.fieldOrder.dropFirst()) + ["name"], "Tab visits every field once, not the heading, then wraps")

        visited = []
        for _ in Self.fieldOrder.indices {
            reduce(&state, .form(.focusPrevious))
            visited.append(focusedKey(state) ?? "?")
        }
        XCTAssertEqual(visited, Array(Self.fieldOrder.reversed()), "Shift-Tab goes back from the name to the address")

        focus(.counselling, &state)
        reduce(&state, .form(.focusPrevious))
        XCTAssertEqual(focusedKey(state), "level", "Shift-Tab from the first check box skips the heading")
        reduce(&state, .form(.focus(index(\Editor.fieldsHeading, state))))
        XCTAssertEqual(focusedKey(state), "level", "a heading cannot take the focus")
        reduce(&state, .form(.focus(99)))
        XCTAssertEqual(focusedKey(state), "level", "nor can a field that does not exist")
    }

    // MARK: Choices

    func testArrowsStepThroughAChoiceAndWrap() {
        var state = newForm()
        focus(\Editor.category, &state)
        reduce(&state, .form(.choose(-1)))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "IQ Fachstellen", "← from the first option goes to the last")
        XCTAssertEqual(editor(state)?.category.value?.rawValue, "specialistUnit")
        reduce(&state, .form(.choose(1)))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "– bitte wählen –", "→ from the last goes to the first")
        XCTAssertNil(editor(state)?.category.value?.rawValue)
        reduce(&state, .form(.choose(1)), .form(.choose(1)))
        XCTAssertEqual(editor(state)?.category.value?.rawValue, "funder")
        XCTAssertEqual(editor(state)?.name.value, "", "a choice does not type")
        // Arrows on a text field do not change any choice.
        focus(\Editor.name, &state)
        reduce(&state, .form(.choose(1)))
        XCTAssertEqual(editor(state)?.category.value?.rawValue, "funder")
    }

    func testTypeAheadJumpsToTheNextOptionStartingWithTheLetter() {
        var state = newForm()
        focus(\Editor.category, &state)
        reduce(&state, .form(.typeAhead("k")))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "Kammern")
        reduce(&state, .form(.typeAhead("k")))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "Kommunale Stellen", "the same letter again: the next one")
        reduce(&state, .form(.typeAhead("K")))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "Kammern", "…and round again, whatever the case")
        reduce(&state, .form(.typeAhead("z")))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "Zuständige Stellen")
        reduce(&state, .form(.typeAhead("x")))
        XCTAssertEqual(selectedLabel(\Editor.category, state), "Zuständige Stellen", "no option with x: nothing changes")
        focus(\Editor.level, &state)
        reduce(&state, .form(.typeAhead("r")))
        XCTAssertEqual(editor(state)?.level.value?.rawValue, "region")
        XCTAssertEqual(editor(state)?.category.value?.rawValue, "competentAuthority", "type-ahead only acts on the focused choice")
        // On a text field a letter is not type-ahead.
        focus(\Editor.name, &state)
        reduce(&state, .form(.typeAhead("b")))
        XCTAssertEqual(editor(state)?.name.value, "")
        XCTAssertEqual(editor(state)?.level.value?.rawValue, "region")
    }

    func testTypeAheadIgnoresDiacriticsOnBothSides() {
        var state = Fixture.state()
        reduce(&state, .directory(.openFilter))
        state.form?.edit(Filter.self) {
            $0.city = ChoiceInput("Wahl", none: "alle", options: [("bo", "Bochum"), ("ae", "Ärztekammer"), ("ap", "Apotheke"),
                                                                  ("oe", "Öl"), ("ob", "Oberhausen")], selected: nil)
        }
        focus(\Filter.city, &state)
        reduce(&state, .form(.typeAhead("a")))
        XCTAssertEqual(filter(state)?.city.value, "ae", "a finds Ärztekammer")
        reduce(&state, .form(.typeAhead("ä")))
        XCTAssertEqual(filter(state)?.city.value, "ap", "ä is read as a: the next one")
        reduce(&state, .form(.typeAhead("A")))
        XCTAssertNil(filter(state)?.city.value, "…and round to alle")
        reduce(&state, .form(.typeAhead("o")))
        XCTAssertEqual(filter(state)?.city.value, "oe")
        reduce(&state, .form(.typeAhead("Ö")))
        XCTAssertEqual(filter(state)?.city.value, "ob")
    }

    func testALongListIsSearchedAsYouType() {
        var state = Fixture.state(Seed.document)
        reduce(&state, .directory(.openFilter))
        focus(\Filter.city, &state)
        XCTAssertEqual(state.form?.focusedField?.searchesChoices, true, "the city list is long")
        for ch in "duess" { reduce(&state, .form(.typeAhead(ch))) }
        XCTAssertEqual(filter(state)?.city.value, "Düsseldorf", "umlaut spelled out")
        reduce(&state, .form(.edit(.deleteToStart)))
        for ch in "mün" { reduce(&state, .form(.typeAhead(ch))) }
        var seen = [filter(state)?.city.value ?? "alle"]
        for _ in 0..<3 {
            reduce(&state, .form(.choose(1)))
            seen.append(filter(state)?.city.value ?? "alle")
        }
        XCTAssertEqual(seen, ["München", "Münster", "München", "Münster"], "→ steps through the matches only")
        reduce(&state, .form(.edit(.backspace)))
        XCTAssertEqual(state.form?.focusedField?.text.text, "mü", "Backspace shortens the search")
        reduce(&state, .form(.focusNext))
        XCTAssertEqual(filter(state)?.city.control.text.text, "", "leaving the field ends the search")
        XCTAssertEqual(filter(state)?.city.value, "München", "the first match of the shortened search stays chosen")
    }

    // MARK: Check boxes and text

    func testSpaceTogglesTheFocusedCheckBox() {
        var state = newForm()
        focus(.qualification, &state)
        reduce(&state, .form(.toggle))
        XCTAssertEqual(editor(state)?.fieldsOfAction.checked.contains(.qualification), true)
        XCTAssertEqual(editor(state)?.fieldsOfAction.checked.contains(.counselling), false, "only the focused box")
        XCTAssertEqual(state.form?.isChanged, true)
        reduce(&state, .form(.toggle))
        XCTAssertEqual(editor(state)?.fieldsOfAction.checked.contains(.qualification), false)
        XCTAssertEqual(state.form?.isChanged, false, "ticked and unticked: nothing changed")
        focus(\Editor.name, &state)
        reduce(&state, .form(.toggle))
        XCTAssertEqual(state.form?.fields.filter { $0.kind == .checkbox && $0.isOn }.count, 0, "toggle on a text field does nothing")
        XCTAssertEqual(editor(state)?.name.value, "")
    }

    func testEnterStartsANewLineInTheRoleButMovesOnInASingleLineField() {
        var state = newForm()
        type("Abc", &state)
        reduce(&state, .form(.newline))
        XCTAssertEqual(focusedKey(state), "shortName", "Enter in the name goes to the next field")
        XCTAssertEqual(editor(state)?.name.control.text.text, "Abc", "…without a line break in it")

        focus(\Editor.role, &state)
        type("Erste Zeile", &state)
        reduce(&state, .form(.newline))
        XCTAssertEqual(focusedKey(state), "role", "Enter in the role stays there")
        type("Zweite Zeile", &state)
        XCTAssertEqual(editor(state)?.role.control.text.text, "Erste Zeile\nZweite Zeile")

        focus(\Editor.cities, &state)
        reduce(&state, .form(.edit(.insert("Köln\nBonn\tEssen"))))
        XCTAssertEqual(editor(state)?.cities.control.text.text, "Köln Bonn Essen", "a pasted line break becomes a space in a single line")
        focus(\Editor.address, &state)
        reduce(&state, .form(.newline))
        XCTAssertEqual(focusedKey(state), "name", "Enter in the last field wraps to the first")
    }
}
