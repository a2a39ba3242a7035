import XCTest
@testable import IQCore

/// The generic form engine as the partner editor and the partner filter use it: focus, typing,
/// choices with type-ahead, check boxes, multi-line text, cancelling with and without changes,
/// validation that never saves invalid data, saving with undo, editing, and the filter form.
final class FormEngineTests: XCTestCase {
    // MARK: Helpers

    /// A state with the empty partner form open.
    private func newForm(_ document: Document = Fixture.document()) -> AppState {
        var state = Fixture.state(document)
        reduce(&state, .directory(.newPartner))
        return state
    }

    private func type(_ text: String, _ state: inout AppState) {
        for ch in text { reduce(&state, .form(.edit(.insert(String(ch))))) }
    }

    private typealias Editor = PartnerEditorForm
    private typealias Filter = PartnerFilterForm

    private func editor(_ state: AppState) -> Editor? { state.form?.model(Editor.self) }
    private func filter(_ state: AppState) -> Filter? { state.form?.model(Filter.self) }

    /// The focused field, by the name its draft stores it under.
    private func focusedKey(_ state: AppState) -> String? { state.form.map { $0.draftNames[$0.focus] } }

    private func index<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ state: AppState) -> Int {
        state.form?.index(of: path) ?? -1
    }

    /// Focuses a field the way a click or a jump does.
    private func focus<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ state: inout AppState,
                                                          file: StaticString = #filePath, line: UInt = #line) {
        let i = index(path, state)
        reduce(&state, .form(.focus(i)))
        XCTAssertEqual(state.form?.focus, i, file: file, line: line)
    }

    /// Focuses the check box of a field of action.
    private func focus(_ field: FieldOfAction, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        let i = state.form?.index(of: \Editor.fieldsOfAction, field) ?? -1
        reduce(&state, .form(.focus(i)))
        XCTAssertEqual(state.form?.focus, i, file: file, line: line)
    }

    private func selectedLabel<Form: FormModel, Value>(_ path: KeyPath<Form, ChoiceInput<Value>>, _ state: AppState) -> String? {
        guard let input = state.form?.model(Form.self)?[keyPath: path], let i = input.control.selected,
              input.labels.indices.contains(i) else { return nil }
        return input.labels[i]
    }

    /// Fills the fields a valid partner needs: a name and a category.
    private func fillRequired(_ state: inout AppState, name: String = "Bildungswerk Süd") {
        focus(\Editor.name, &state)
        type(name, &state)
        focus(\Editor.category, &state)
        reduce(&state, .form(.typeAhead("t")))
        XCTAssertEqual(editor(state)?.category.value?.rawValue, PartnerCategory.provider.rawValue, "t: Träger")
    }

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

    // MARK: Cancel

    func testEscOnAnUnchangedFormClosesAtOnce() {
        var state = newForm()
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.choose(1)), .form(.choose(-1)))
        focus(\Editor.name, &state)
        type("x", &state)
        reduce(&state, .form(.edit(.backspace)))
        XCTAssertEqual(state.form?.isChanged, false, "changed and changed back")
        reduce(&state, .form(.cancel))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(state.document, Fixture.state().document)
    }

    func testEscOnAChangedFormAsksAndKeepEditingReturns() {
        var state = newForm()
        type("Halb fertig", &state)
        focus(\Editor.email, &state)
        reduce(&state, .form(.cancel))
        XCTAssertNotNil(state.form, "a changed form is not thrown away at once")
        XCTAssertEqual(state.form?.askDiscard, true)
        XCTAssertEqual(state.inputMode, .formDiscard)

        reduce(&state, .form(.keepEditing))
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertEqual(state.form?.askDiscard, false)
        XCTAssertEqual(editor(state)?.name.value, "Halb fertig", "nothing typed is lost")
        XCTAssertEqual(focusedKey(state), "email", "the focus is where it was")
        type("a@b.de", &state)
        XCTAssertEqual(editor(state)?.email.value, "a@b.de")
    }

    func testConfirmDiscardClosesWithoutTouchingTheDocument() {
        var state = newForm()
        let document = state.document
        fillRequired(&state)
        reduce(&state, .form(.cancel), .form(.confirmDiscard))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(state.document, document)
        XCTAssertEqual(state.document.partners.count, 5)
        XCTAssertFalse(state.history.canUndo)
        XCTAssertFalse(state.hasUnsavedChanges)
    }

    // MARK: Validation: invalid data is never saved

    /// Submits and checks that nothing was saved and the form points at `firstWrong`.
    private func assertNotSaved<Input: FormInput>(_ state: inout AppState, firstWrong: WritableKeyPath<Editor, Input>, _ error: Message,
                                file: StaticString = #filePath, line: UInt = #line) {
        let document = state.document
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document, document, "nothing saved", file: file, line: line)
        XCTAssertFalse(state.history.canUndo, file: file, line: line)
        XCTAssertFalse(state.hasUnsavedChanges, file: file, line: line)
        XCTAssertNotNil(state.form, "the form stays open", file: file, line: line)
        XCTAssertEqual(state.inputMode, .form, file: file, line: line)
        XCTAssertEqual(state.form?.focus, index(firstWrong, state), "the focus goes to the first wrong field", file: file, line: line)
        XCTAssertEqual(editor(state)?[keyPath: firstWrong].control.error, error, file: file, line: line)
        XCTAssertEqual(state.form?.showsError(index(firstWrong, state)), true, "the message is shown at the field", file: file, line: line)
        XCTAssertEqual(state.status?.severity, .error, file: file, line: line)
        XCTAssertEqual(state.status?.message, Message(.formHasErrors), file: file, line: line)
    }

    func testAnEmptyNameIsNotSaved() {
        var state = newForm()
        fillRequired(&state, name: "   ")
        focus(\Editor.address, &state)
        assertNotSaved(&state, firstWrong: \.name, Message(.formRequired))
        XCTAssertNil(editor(state)?.category.control.error)
    }

    func testAMissingCategoryIsNotSaved() {
        var state = newForm()
        type("Bildungswerk Süd", &state)
        assertNotSaved(&state, firstWrong: \.category, Message(.formChooseCategoryError))
        XCTAssertNil(editor(state)?.name.control.error)
    }

    func testABadEmailIsNotSaved() {
        var state = newForm()
        fillRequired(&state)
        focus(\Editor.email, &state)
        type("info(at)bildungswerk.de", &state)
        focus(\Editor.name, &state)
        assertNotSaved(&state, firstWrong: \.email, Message(.formBadEmail))
    }

    func testABadWebsiteIsNotSaved() {
        var state = newForm()
        fillRequired(&state)
        focus(\Editor.website, &state)
        type("www bildungswerk de", &state)
        assertNotSaved(&state, firstWrong: \.website, Message(.formBadWebsite))
    }

    func testABadPhoneIsNotSaved() {
        var state = newForm()
        fillRequired(&state)
        focus(\Editor.phone, &state)
        type("bitte anrufen", &state)
        assertNotSaved(&state, firstWrong: \.phone, Message(.formBadPhone))
    }

    func testEveryErrorIsNamedAndFixingThemOneByOneFinallySaves() {
        var state = newForm()
        focus(\Editor.website, &state)
        type("http://", &state)
        focus(\Editor.email, &state)
        type("@beispiel.de", &state)
        focus(\Editor.phone, &state)
        type("12", &state)
        assertNotSaved(&state, firstWrong: \.name, Message(.formRequired))
        let errors = state.form.map { form in zip(form.draftNames, form.fields).filter { $0.1.error != nil }.map(\.0) }
        XCTAssertEqual(errors, ["name", "category", "website", "email", "phone"])

        type("Bildungswerk Süd", &state)
        XCTAssertNil(editor(state)?.name.control.error, "the message goes as soon as the field is right")
        assertNotSaved(&state, firstWrong: \.category, Message(.formChooseCategoryError))
        reduce(&state, .form(.typeAhead("t")))
        assertNotSaved(&state, firstWrong: \.website, Message(.formBadWebsite))
        reduce(&state, .form(.edit(.deleteToStart)))
        type("https://www.beispiel.de/kontakt?x=1", &state)
        assertNotSaved(&state, firstWrong: \.email, Message(.formBadEmail))
        reduce(&state, .form(.edit(.home)))
        type("info", &state)
        assertNotSaved(&state, firstWrong: \.phone, Message(.formBadPhone))
        type("345", &state)
        XCTAssertEqual(state.form?.hasErrors, false)

        reduce(&state, .form(.submit))
        XCTAssertNil(state.form, "saved once everything is right")
        XCTAssertEqual(state.document.partners.count, 6)
        let saved = state.document.partners["id-1"]
        XCTAssertEqual(saved?.website, "https://www.beispiel.de/kontakt?x=1")
        XCTAssertEqual(saved?.email, "info@beispiel.de")
        XCTAssertEqual(saved?.phone, "12345")
    }

    func testAnErrorShowsOnlyOnceTheFieldWasLeft() {
        var state = newForm()
        reduce(&state, .form(.edit(.insert("x"))), .form(.edit(.backspace)))
        XCTAssertEqual(editor(state)?.name.control.error, Message(.formRequired), "known at once")
        XCTAssertEqual(state.form?.showsError(index(\Editor.name, state)), false, "but not shown while the person is still typing there")
        reduce(&state, .form(.focusNext))
        XCTAssertEqual(state.form?.showsError(index(\Editor.name, state)), true, "shown after leaving the field")
        XCTAssertEqual(state.form?.showsError(index(\Editor.email, state)), false, "fields not visited stay quiet")
    }

    func testADuplicateNameOnlyWarnsAndSaves() {
        var state = newForm()
        fillRequired(&state, name: "caritas DÜSSELDORF")
        XCTAssertEqual(editor(state)?.name.control.warning, Message(.formDuplicateName, "Caritas Düsseldorf"))
        XCTAssertNil(editor(state)?.name.control.error)
        XCTAssertEqual(state.form?.hasErrors, false)
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form, "a duplicate is a note, not a refusal")
        XCTAssertEqual(state.document.partners.count, 6)
        XCTAssertEqual(state.document.partners.items.filter { $0.name.lowercased().hasPrefix("caritas") }.count, 2)
        XCTAssertNotEqual(state.status?.severity, .error)
    }

    // MARK: Saving

    func testAValidNewPartnerIsAddedStampedSelectedAndUndoneInOneStep() {
        let env = Environment(now: { fixedDate }, newID: { "p.neu" }, userName: "anna")
        var state = newForm(Fixture.numberedDocument(partners: 40))
        let before = state.document
        type("Partner 025a", &state)
        reduce(&state, .form(.focusNext))
        type("P25a", &state)
        reduce(&state, .form(.focusNext), .form(.typeAhead("t")), .form(.focusNext), .form(.typeAhead("r")))
        focus(.counselling, &state)
        reduce(&state, .form(.toggle))
        focus(.fairIntegration, &state)
        reduce(&state, .form(.toggle))
        focus(\Editor.cities, &state)
        type(" Köln ,  Bonn ,, ", &state)
        focus(\Editor.role, &state)
        type("Berät Zugewanderte.", &state)
        reduce(&state, .form(.newline), .form(.newline))
        focus(\Editor.website, &state)
        type("www.p25a.de", &state)
        focus(\Editor.email, &state)
        type("info@p25a.de", &state)
        focus(\Editor.phone, &state)
        type("+49 (0)221 / 123 45", &state)
        focus(\Editor.address, &state)
        type("Hauptstraße 1, 50667 Köln", &state)
        reduce(&state, .form(.submit), environment: env)

        XCTAssertNil(state.form)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(state.document.partners.count, 41)
        let p = try? XCTUnwrap(state.document.partners["p.neu"], "the id comes from the environment")
        XCTAssertEqual(p?.name, "Partner 025a")
        XCTAssertEqual(p?.shortName, "P25a")
        XCTAssertEqual(p?.category, .provider)
        XCTAssertEqual(p?.level, .region)
        XCTAssertEqual(p?.fieldsOfAction, [.counselling, .fairIntegration])
        XCTAssertEqual(p?.cities, ["Köln", "Bonn"], "split at commas, trimmed, empty parts dropped")
        XCTAssertEqual(p?.role, "Berät Zugewanderte.", "trailing line breaks trimmed")
        XCTAssertEqual(p?.website, "www.p25a.de")
        XCTAssertEqual(p?.email, "info@p25a.de")
        XCTAssertEqual(p?.phone, "+49 (0)221 / 123 45")
        XCTAssertEqual(p?.address, "Hauptstraße 1, 50667 Köln")
        XCTAssertEqual(p?.relations, [])
        XCTAssertEqual(p?.meta, RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "anna"))
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertEqual(state.status?.message, Message(.labelPartnerSaved, "Partner 025a"))

        // Selected in the list (after Partner 025), scrolled into view.
        let rows = PartnerList.rows(state)
        XCTAssertEqual(state[.partners].cursor.selected, 25)
        XCTAssertEqual(rows.indices.contains(state[.partners].cursor.selected) ? rows[state[.partners].cursor.selected].partner?.id : nil, "p.neu")
        assertCursorValid(state, .partners)

        reduce(&state, .document(.undo), environment: env)
        XCTAssertNil(state.document.partners["p.neu"])
        XCTAssertEqual(state.document.partners.items, before.partners.items, "one undo takes the whole save back")
        XCTAssertFalse(state.history.canUndo)
        assertCursorValid(state, .partners)
        reduce(&state, .document(.redo), environment: env)
        XCTAssertEqual(state.document.partners["p.neu"]?.name, "Partner 025a")
    }

    func testAMultiLineRoleKeepsItsInnerLineBreaks() {
        var state = newForm()
        fillRequired(&state)
        focus(\Editor.role, &state)
        reduce(&state, .form(.newline))
        type("Zeile 1", &state)
        reduce(&state, .form(.newline))
        type("Zeile 2", &state)
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document.partners["id-1"]?.role, "Zeile 1\nZeile 2")
    }

    func testEditingKeepsIdAndRelationsAndBumpsTheRevision() {
        var state = Fixture.state(Seed.document)
        let original = try? XCTUnwrap(state.document.partners["partner.whkt"])
        let position = state.document.partners.items.firstIndex { $0.id == "partner.whkt" }
        let row = PartnerList.rows(state).firstIndex { $0.partner?.id == "partner.whkt" } ?? 0
        reduce(&state, .navigation(.select(.partners, row: row)), .directory(.editPartner))

        XCTAssertEqual(state.form?.purpose, .editPartner("partner.whkt"))
        XCTAssertEqual(state.form?.title, "Partner bearbeiten: Westdeutscher Handwerkskammertag")
        XCTAssertEqual(focusedKey(state), "name")
        XCTAssertEqual(editor(state)?.name.value, "Westdeutscher Handwerkskammertag")
        XCTAssertEqual(editor(state)?.shortName.value, "WHKT")
        XCTAssertEqual(editor(state)?.category.value?.rawValue, "network")
        XCTAssertEqual(editor(state)?.level.value?.rawValue, "state")
        XCTAssertEqual(editor(state)?.fieldsOfAction.checked, [.counselling, .intercultural])
        XCTAssertEqual(editor(state)?.cities.value, "Düsseldorf")
        XCTAssertEqual(editor(state)?.website.value, original?.website)
        XCTAssertEqual(state.form?.isChanged, false)

        focus(\Editor.shortName, &state)
        reduce(&state, .form(.edit(.deleteToStart)))
        type("WHKT NRW", &state)
        XCTAssertNil(editor(state)?.name.control.warning, "its own name is no duplicate")
        focus(.qualification, &state)
        reduce(&state, .form(.toggle))
        reduce(&state, .form(.submit))

        XCTAssertNil(state.form)
        let edited = state.document.partners["partner.whkt"]
        XCTAssertEqual(state.document.partners.count, 88, "edited, not added")
        XCTAssertNil(state.document.partners["id-1"])
        XCTAssertEqual(edited?.shortName, "WHKT NRW")
        XCTAssertEqual(edited?.fieldsOfAction, [.counselling, .qualification, .intercultural])
        XCTAssertEqual(edited?.relations, original?.relations, "relations are not in the form and stay")
        XCTAssertEqual(edited?.role, original?.role)
        XCTAssertEqual(edited?.address, original?.address)
        XCTAssertEqual(edited?.meta, RecordMeta(revision: (original?.meta.revision ?? 0) + 1, modifiedAt: fixedDate, modifiedBy: "tester"))
        XCTAssertEqual(state.document.partners.items.firstIndex { $0.id == "partner.whkt" }, position, "stays at its place")
        let list = PartnerList.rows(state), selected = state[.partners].cursor.selected
        XCTAssertEqual(list.indices.contains(selected) ? list[selected].partner?.id : nil, "partner.whkt", "still selected")
        // Other partners are untouched, and one undo gives the old record back.
        XCTAssertEqual(state.document.partners.items.filter { $0.id != "partner.whkt" }, Seed.document.partners.items.filter { $0.id != "partner.whkt" })
        reduce(&state, .document(.undo))
        XCTAssertEqual(state.document.partners["partner.whkt"], original)
    }

    func testEditingTheOpenPartnerEditsTheOneShownAndRenamingWarnsOfATwin() {
        var state = Fixture.state(Seed.document)
        let row = PartnerList.rows(state).firstIndex { $0.partner?.id == "partner.whkt" } ?? 0
        reduce(&state, .navigation(.select(.partners, row: row)), .navigation(.open), .navigation(.open))
        XCTAssertEqual(state.directory.path.last, "partner.iq-nrw")
        reduce(&state, .directory(.editPartner))
        XCTAssertEqual(state.form?.purpose, .editPartner("partner.iq-nrw"))
        reduce(&state, .form(.edit(.deleteToStart)))
        type("Jobcenter", &state)
        XCTAssertEqual(editor(state)?.name.control.warning, Message(.formDuplicateName, "Jobcenter"))
        focus(\Editor.level, &state)
        reduce(&state, .form(.typeAhead("u")))
        XCTAssertNil(editor(state)?.level.value?.rawValue, "u: unbekannt")
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document.partners["partner.iq-nrw"]?.name, "Jobcenter")
        XCTAssertNil(state.document.partners["partner.iq-nrw"]?.level, "unknown level saved as nil")
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw"], "the walk through the network stays")
    }

    func testEditOrNewDoesNothingWithoutAPartnerButNewAlwaysOpens() {
        var state = Fixture.state(Seed.document)
        reduce(&state, .directory(.toggleTree), .directory(.editPartner))
        XCTAssertNil(state.form, "a category heading cannot be edited")
        reduce(&state, .directory(.newPartner))
        XCTAssertEqual(state.form?.purpose, .newPartner)
    }

    // MARK: Filter form

    func testTheFilterFormAppliesAPartnerFilterAndAlleMeansNone() {
        var state = Fixture.state(Seed.document)
        reduce(&state, .directory(.openFilter))
        XCTAssertEqual(state.form?.purpose, .partnerFilter)
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertEqual(state.form?.draftNames, ["category", "field", "city", "level"])
        XCTAssertEqual(focusedKey(state), "category")
        let labels = [selectedLabel(\Filter.category, state), selectedLabel(\Filter.field, state),
                      selectedLabel(\Filter.city, state), selectedLabel(\Filter.level, state)]
        XCTAssertEqual(labels, ["alle", "alle", "alle", "alle"])
        XCTAssertEqual(filter(state)?.filter, PartnerFilter(), "alle chooses no value")

        reduce(&state, .form(.typeAhead("k")))
        XCTAssertEqual(selectedLabel(\Filter.category, state), "Kammern")
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.typeAhead("k")))
        XCTAssertEqual(filter(state)?.city.value, "Köln")
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.directory.filter, PartnerFilter(category: .chamber, city: "Köln"))
        XCTAssertEqual(PartnerList.rows(state).compactMap(\.partner?.id), ["partner.hwk-koeln"])
        XCTAssertEqual(state.document, Seed.document, "a filter changes no data")
        XCTAssertFalse(state.history.canUndo)

        // Opened again, it shows the filter in force; "alle" everywhere lifts it.
        reduce(&state, .directory(.openFilter))
        XCTAssertEqual(selectedLabel(\Filter.category, state), "Kammern")
        XCTAssertEqual(selectedLabel(\Filter.city, state), "Köln")
        reduce(&state, .form(.typeAhead("a")))
        XCTAssertEqual(selectedLabel(\Filter.category, state), "alle")
        reduce(&state, .form(.focusNext), .form(.typeAhead("f")))
        XCTAssertEqual(filter(state)?.field.value?.rawValue, "fairIntegration")
        reduce(&state, .form(.focusNext), .form(.typeAhead("a")))
        XCTAssertEqual(selectedLabel(\Filter.city, state), "alle", "a from Köln: round to alle before Aachen")
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.directory.filter, PartnerFilter(field: .fairIntegration))
        XCTAssertEqual(PartnerList.rows(state).count, 2)

        reduce(&state, .directory(.openFilter), .form(.focusNext), .form(.choose(1)))
        XCTAssertEqual(selectedLabel(\Filter.field, state), "alle", "→ from the last option")
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.typeAhead("b")))
        XCTAssertEqual(filter(state)?.level.value?.rawValue, "federal")
        reduce(&state, .form(.choose(-1)), .form(.submit))
        XCTAssertTrue(state.directory.filter.isEmpty, "alle in every field: no filter")
        XCTAssertEqual(state.directory.filter, PartnerFilter())
        XCTAssertEqual(PartnerList.rows(state).count, 88)
    }

    func testEscInTheFilterFormKeepsTheFilterInForce() {
        var state = Fixture.state(Seed.document)
        reduce(&state, .directory(.setFilter(PartnerFilter(level: .state))), .directory(.openFilter))
        XCTAssertEqual(selectedLabel(\Filter.level, state), "Land")
        reduce(&state, .form(.cancel))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.directory.filter, PartnerFilter(level: .state))
        reduce(&state, .directory(.openFilter), .form(.typeAhead("k")), .form(.cancel), .form(.confirmDiscard))
        XCTAssertEqual(state.directory.filter, PartnerFilter(level: .state), "a discarded change applies nothing")
    }
}
