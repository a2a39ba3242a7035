import XCTest
@testable import IQCore
import IQTestSupport

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

    // MARK: The store from here on

    // Cancelling, validation, saving and the filter form run on the exhaustive TestStore: the
    // keys that fill a form are driven (the tests above specify them), what cancel and submit
    // then do to the whole state is asserted in full.

    private func formStore(_ document: Document = Fixture.document()) -> TestStore {
        let store = TestStore(Fixture.state(document))
        store.send(.directory(.newPartner)) { $0.form = PartnerForm.editor(for: nil, $0) }
        return store
    }

    private func type(_ text: String, _ store: TestStore) {
        store.drive(text.map { .form(.edit(.insert(String($0)))) })
    }

    private func focus<Input: FormInput>(_ path: WritableKeyPath<Editor, Input>, _ store: TestStore,
                                         file: StaticString = #filePath, line: UInt = #line) {
        let i = index(path, store.state)
        store.drive([.form(.focus(i))])
        XCTAssertEqual(store.state.form?.focus, i, file: file, line: line)
    }

    /// Focuses the check box of a field of action.
    private func focus(_ field: FieldOfAction, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        let i = store.state.form?.index(of: \Editor.fieldsOfAction, field) ?? -1
        store.drive([.form(.focus(i))])
        XCTAssertEqual(store.state.form?.focus, i, file: file, line: line)
    }

    /// Fills the fields a valid partner needs: a name and a category.
    private func fillRequired(_ store: TestStore, name: String = "Bildungswerk Süd") {
        focus(\Editor.name, store)
        type(name, store)
        focus(\Editor.category, store)
        store.drive([.form(.typeAhead("t"))])
        XCTAssertEqual(store.state.form?.model(PartnerEditorForm.self)?.category.value?.formToken, PartnerCategory.provider.rawValue, "t: Träger")
    }

    /// A new partner as the form saves it: revision 1 from the clock, by the user.
    private func created(_ id: RecordID, _ name: String, by user: String = "tester") -> Partner {
        Partner(id: id, meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: user), name: name, category: .provider)
    }

    /// Submits and expects the partner saved (added or edited in place) and selected, with the
    /// message that says so.
    private func submitSaves(_ store: TestStore, _ partner: Partner, file: StaticString = #filePath, line: UInt = #line,
                             _ update: (inout AppState) -> Void = { _ in }) {
        let label = FormText.labelPartnerSaved(partner.name)
        store.send(.form(.submit), file: file, line: line) {
            $0.form = nil
            $0.expectEdit(.put(.partner(partner)), label: label)
            if let row = PartnerList.rows($0).firstIndex(where: { $0.partner?.id == partner.id }) {
                $0[.partners].cursor.select(row, count: $0.rowCount(.partners))
            }
            $0.status = shown(label)
            update(&$0)
        }
    }

    func testEscOnAnUnchangedFormClosesAtOnce() {
        let store = formStore()
        store.drive([.form(.focusNext), .form(.focusNext), .form(.choose(1)), .form(.choose(-1))])
        focus(\Editor.name, store)
        type("x", store)
        store.drive([.form(.edit(.backspace))])
        XCTAssertEqual(store.state.form?.isChanged, false, "changed and changed back")
        store.send(.form(.cancel)) { $0.form = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testEscOnAChangedFormAsksAndKeepEditingReturns() {
        let store = formStore()
        type("Halb fertig", store)
        focus(\Editor.email, store)
        // A changed form is not thrown away at once.
        store.send(.form(.cancel)) { $0.form?.askDiscard = true }
        XCTAssertEqual(store.state.inputMode, .formDiscard)
        // Nothing typed is lost, the focus is where it was.
        store.send(.form(.keepEditing)) { $0.form?.askDiscard = false }
        XCTAssertEqual(store.state.inputMode, .form)
        type("a@b.de", store)
        XCTAssertEqual(store.state.form?.model(PartnerEditorForm.self)?.email.value, "a@b.de")
    }

    func testConfirmDiscardClosesWithoutTouchingTheDocument() {
        let store = formStore()
        fillRequired(store)
        // Closed; the document, the history and the unsaved mark stay as they were.
        store.send(.form(.cancel), .form(.confirmDiscard)) { $0.form = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    // MARK: Validation: invalid data is never saved

    /// Submits and checks that nothing was saved and the form points at `firstWrong`, whose
    /// message is shown at the field (`errors`: the errors the submit adds besides).
    private func assertNotSaved<Input: FormInput>(_ store: TestStore, firstWrong: WritableKeyPath<Editor, Input>, _ error: Message,
                                                  errors: @escaping (inout Editor) -> Void = { _ in },
                                                  file: StaticString = #filePath, line: UInt = #line) {
        store.send(.form(.submit), file: file, line: line) {
            $0.expectRefused(focus: firstWrong) {
                $0[keyPath: firstWrong].control.error = error
                errors(&$0)
            }
        }
        XCTAssertEqual(store.state.form?.showsError(index(firstWrong, store.state)), true, "the message is shown at the field", file: file, line: line)
    }

    func testAnEmptyNameIsNotSaved() {
        let store = formStore()
        fillRequired(store, name: "   ")
        focus(\Editor.address, store)
        assertNotSaved(store, firstWrong: \.name, FormText.formRequired)
        XCTAssertNil(store.state.form?.model(PartnerEditorForm.self)?.category.control.error)
    }

    func testAMissingCategoryIsNotSaved() {
        let store = formStore()
        type("Bildungswerk Süd", store)
        assertNotSaved(store, firstWrong: \.category, FormText.formChooseCategoryError)
        XCTAssertNil(store.state.form?.model(PartnerEditorForm.self)?.name.control.error)
    }

    func testABadEmailIsNotSaved() {
        let store = formStore()
        fillRequired(store)
        focus(\Editor.email, store)
        type("info(at)bildungswerk.de", store)
        focus(\Editor.name, store)
        assertNotSaved(store, firstWrong: \.email, FormText.formBadEmail)
    }

    func testABadWebsiteIsNotSaved() {
        let store = formStore()
        fillRequired(store)
        focus(\Editor.website, store)
        type("www bildungswerk de", store)
        assertNotSaved(store, firstWrong: \.website, FormText.formBadWebsite)
    }

    func testABadPhoneIsNotSaved() {
        let store = formStore()
        fillRequired(store)
        focus(\Editor.phone, store)
        type("bitte anrufen", store)
        assertNotSaved(store, firstWrong: \.phone, FormText.formBadPhone)
    }

    func testEveryErrorIsNamedAndFixingThemOneByOneFinallySaves() {
        let store = formStore()
        focus(\Editor.website, store)
        type("http://", store)
        focus(\Editor.email, store)
        type("@beispiel.de", store)
        focus(\Editor.phone, store)
        type("12", store)
        assertNotSaved(store, firstWrong: \.name, FormText.formRequired, errors: { $0.category.control.error = FormText.formChooseCategoryError })
        let errors = store.state.form.map { form in zip(form.draftNames, form.fields).filter { $0.1.error != nil }.map(\.0) }
        XCTAssertEqual(errors, ["name", "category", "website", "email", "phone"])

        type("Bildungswerk Süd", store)
        XCTAssertNil(store.state.form?.model(PartnerEditorForm.self)?.name.control.error, "the message goes as soon as the field is right")
        assertNotSaved(store, firstWrong: \.category, FormText.formChooseCategoryError)
        store.drive([.form(.typeAhead("t"))])
        assertNotSaved(store, firstWrong: \.website, FormText.formBadWebsite)
        store.drive([.form(.edit(.deleteToStart))])
        type("https://www.beispiel.de/kontakt?x=1", store)
        assertNotSaved(store, firstWrong: \.email, FormText.formBadEmail)
        store.drive([.form(.edit(.home))])
        type("info", store)
        assertNotSaved(store, firstWrong: \.phone, FormText.formBadPhone)
        type("345", store)
        XCTAssertEqual(store.state.form?.hasErrors, false)

        // Saved once everything is right.
        var saved = created("id-1", "Bildungswerk Süd")
        saved.website = "https://www.beispiel.de/kontakt?x=1"
        saved.email = "info@beispiel.de"
        saved.phone = "12345"
        submitSaves(store, saved)
    }

    func testAnErrorShowsOnlyOnceTheFieldWasLeft() {
        let store = formStore()
        store.drive([.form(.edit(.insert("x"))), .form(.edit(.backspace))])
        XCTAssertEqual(store.state.form?.model(PartnerEditorForm.self)?.name.control.error, FormText.formRequired, "known at once")
        XCTAssertEqual(store.state.form?.showsError(index(\Editor.name, store.state)), false, "but not shown while the person is still typing there")
        store.drive([.form(.focusNext)])
        XCTAssertEqual(store.state.form?.showsError(index(\Editor.name, store.state)), true, "shown after leaving the field")
        XCTAssertEqual(store.state.form?.showsError(index(\Editor.email, store.state)), false, "fields not visited stay quiet")
    }

    func testADuplicateNameOnlyWarnsAndSaves() {
        let store = formStore()
        fillRequired(store, name: "caritas DÜSSELDORF")
        XCTAssertEqual(store.state.form?.model(PartnerEditorForm.self)?.name.control.warning, FormText.formDuplicateName("Caritas Düsseldorf"))
        XCTAssertNil(store.state.form?.model(PartnerEditorForm.self)?.name.control.error)
        XCTAssertEqual(store.state.form?.hasErrors, false)
        // A duplicate is a note, not a refusal.
        submitSaves(store, created("id-1", "caritas DÜSSELDORF"))
        XCTAssertEqual(store.state.document.partners.items.filter { $0.name.lowercased().hasPrefix("caritas") }.count, 2)
    }

    // MARK: Saving

    func testAValidNewPartnerIsAddedStampedSelectedAndUndoneInOneStep() {
        let store = formStore(Fixture.numberedDocument(partners: 40))
        let before = store.state.document
        type("Partner 025a", store)
        store.drive([.form(.focusNext)])
        type("P25a", store)
        store.drive([.form(.focusNext), .form(.typeAhead("t")), .form(.focusNext), .form(.typeAhead("r"))])
        focus(.counselling, store)
        store.drive([.form(.toggle)])
        focus(.fairIntegration, store)
        store.drive([.form(.toggle)])
        focus(\Editor.cities, store)
        type(" Köln ,  Bonn ,, ", store)
        focus(\Editor.role, store)
        type("Berät Zugewanderte.", store)
        store.drive([.form(.newline), .form(.newline)])
        focus(\Editor.website, store)
        type("www.p25a.de", store)
        focus(\Editor.email, store)
        type("info@p25a.de", store)
        focus(\Editor.phone, store)
        type("+49 (0)221 / 123 45", store)
        focus(\Editor.address, store)
        type("Hauptstraße 1, 50667 Köln", store)
        store.environment = Environment(now: { fixedDate }, newID: { "p.neu" }, userName: "anna")

        // The id from the environment; cities split at commas, trimmed, empty parts dropped;
        // trailing line breaks trimmed; no relations. Selected in the list (after Partner 025),
        // scrolled into view.
        var p = created("p.neu", "Partner 025a", by: "anna")
        p.shortName = "P25a"
        p.level = .region
        p.fieldsOfAction = [.counselling, .fairIntegration]
        p.cities = ["Köln", "Bonn"]
        p.role = "Berät Zugewanderte."
        p.website = "www.p25a.de"
        p.email = "info@p25a.de"
        p.phone = "+49 (0)221 / 123 45"
        p.address = "Hauptstraße 1, 50667 Köln"
        submitSaves(store, p)
        XCTAssertEqual(store.state[.partners].cursor.selected, 25)
        XCTAssertEqual(store.state.inputMode, .navigation)
        assertCursorValid(store.state, .partners)

        // One undo takes the whole save back.
        store.send(.document(.undo)) { $0.expectUndo() }
        XCTAssertEqual(store.state.document.partners.items, before.partners.items)
        XCTAssertFalse(store.state.history.canUndo)
        assertCursorValid(store.state, .partners)
        store.send(.document(.redo)) { $0.expectRedo() }
        XCTAssertEqual(store.state.document.partners["p.neu"], p)
    }

    func testAMultiLineRoleKeepsItsInnerLineBreaks() {
        let store = formStore()
        fillRequired(store)
        focus(\Editor.role, store)
        store.drive([.form(.newline)])
        type("Zeile 1", store)
        store.drive([.form(.newline)])
        type("Zeile 2", store)
        var saved = created("id-1", "Bildungswerk Süd")
        saved.role = "Zeile 1\nZeile 2"
        submitSaves(store, saved)
    }

    func testEditingKeepsIdAndRelationsAndBumpsTheRevision() throws {
        let store = TestStore(Fixture.state(Seed.document))
        let original = try XCTUnwrap(store.state.document.partners["partner.whkt"])
        let position = store.state.document.partners.items.firstIndex { $0.id == "partner.whkt" }
        let row = PartnerList.rows(store.state).firstIndex { $0.partner?.id == "partner.whkt" } ?? 0
        store.send(.navigation(.select(.partners, row: row)), .directory(.editPartner)) {
            $0[.partners].cursor.select(row, count: $0.rowCount(.partners))
            $0.form = PartnerForm.editor(for: original, $0)
        }

        let form = store.state.form
        XCTAssertEqual(form?.purpose, .editPartner("partner.whkt"))
        XCTAssertEqual(form?.title, "Partner bearbeiten: Westdeutscher Handwerkskammertag")
        XCTAssertEqual(focusedKey(store.state), "name")
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.name.value, "Westdeutscher Handwerkskammertag")
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.shortName.value, "WHKT")
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.category.value?.formToken, "network")
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.level.value?.formToken, "state")
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.fieldsOfAction.checked, [.counselling, .intercultural])
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.cities.value, "Düsseldorf")
        XCTAssertEqual(form?.model(PartnerEditorForm.self)?.website.value, original.website)
        XCTAssertEqual(form?.isChanged, false)

        focus(\Editor.shortName, store)
        store.drive([.form(.edit(.deleteToStart))])
        type("WHKT NRW", store)
        XCTAssertNil(store.state.form?.model(PartnerEditorForm.self)?.name.control.warning, "its own name is no duplicate")
        focus(.qualification, store)
        store.drive([.form(.toggle)])

        // Edited in place, not added: relations, role and address (not all in the form) stay,
        // the revision goes up; still selected; one undo gives the old record back.
        var edited = original
        edited.shortName = "WHKT NRW"
        edited.fieldsOfAction = [.counselling, .qualification, .intercultural]
        edited.meta = RecordMeta(revision: original.meta.revision + 1, modifiedAt: fixedDate, modifiedBy: "tester")
        submitSaves(store, edited)
        XCTAssertEqual(store.state.document.partners.items.firstIndex { $0.id == "partner.whkt" }, position, "stays at its place")
        let list = PartnerList.rows(store.state), selected = store.state[.partners].cursor.selected
        XCTAssertEqual(list.indices.contains(selected) ? list[selected].partner?.id : nil, "partner.whkt", "still selected")
        store.send(.document(.undo)) { $0.expectUndo() }
        XCTAssertEqual(store.state.document.partners["partner.whkt"], original)
    }

    func testEditingTheOpenPartnerEditsTheOneShownAndRenamingWarnsOfATwin() throws {
        let store = TestStore(Fixture.state(Seed.document))
        let row = PartnerList.rows(store.state).firstIndex { $0.partner?.id == "partner.whkt" } ?? 0
        store.send(.navigation(.select(.partners, row: row)), .navigation(.open), .navigation(.open)) {
            $0[.partners].cursor.select(row, count: $0.rowCount(.partners))
            $0[.partners].isDetailOpen = true
            $0.directory.path = ["partner.whkt", "partner.iq-nrw"]
            $0.directory.pathCursors = [0]
        }
        let iqNRW = try XCTUnwrap(store.state.document.partners["partner.iq-nrw"])
        store.send(.directory(.editPartner)) { $0.form = PartnerForm.editor(for: iqNRW, $0) }
        store.drive([.form(.edit(.deleteToStart))])
        type("Jobcenter", store)
        XCTAssertEqual(store.state.form?.model(PartnerEditorForm.self)?.name.control.warning, FormText.formDuplicateName("Jobcenter"))
        focus(\Editor.level, store)
        store.drive([.form(.typeAhead("u"))])
        XCTAssertNil(store.state.form?.model(PartnerEditorForm.self)?.level.value?.formToken, "u: unbekannt")
        // The one shown is edited (and selected at its new place in the list), an unknown level
        // saved as nil; the walk through the network stays.
        var edited = iqNRW
        edited.name = "Jobcenter"
        edited.level = nil
        edited.meta = RecordMeta(revision: iqNRW.meta.revision + 1, modifiedAt: fixedDate, modifiedBy: "tester")
        submitSaves(store, edited)
    }

    func testEditOrNewDoesNothingWithoutAPartnerButNewAlwaysOpens() {
        let store = TestStore(Fixture.state(Seed.document))
        // A category heading cannot be edited.
        store.send(.directory(.toggleTree), .directory(.editPartner)) { $0.directory.showsTree = true }
        store.send(.directory(.newPartner)) { $0.form = PartnerForm.editor(for: nil, $0) }
    }

    // MARK: Filter form

    func testTheFilterFormAppliesAPartnerFilterAndAlleMeansNone() {
        let store = TestStore(Fixture.state(Seed.document))
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        XCTAssertEqual(store.state.inputMode, .form)
        XCTAssertEqual(store.state.form?.draftNames, ["category", "field", "city", "level"])
        XCTAssertEqual(focusedKey(store.state), "category")
        let f = filter(store.state)
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "alle")
        XCTAssertEqual(selectedLabel(\Filter.field, store.state), "alle")
        XCTAssertEqual(selectedLabel(\Filter.city, store.state), "alle")
        XCTAssertEqual(selectedLabel(\Filter.level, store.state), "alle")
        XCTAssertNil(f?.category.value)
        XCTAssertNil(f?.field.value)
        XCTAssertNil(f?.city.value)
        XCTAssertNil(f?.level.value)

        store.drive([.form(.typeAhead("k"))])
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "Kammern")
        store.drive([.form(.focusNext), .form(.focusNext), .form(.typeAhead("k"))])
        XCTAssertEqual(store.state.form?.model(PartnerFilterForm.self)?.city.value?.formToken, "Köln")
        // A filter changes no data.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.directory.filter = PartnerFilter(category: .chamber, city: "Köln")
        }
        XCTAssertEqual(PartnerList.rows(store.state).compactMap(\.partner?.id), ["partner.hwk-koeln"])

        // Opened again, it shows the filter in force; "alle" everywhere lifts it.
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "Kammern")
        XCTAssertEqual(selectedLabel(\Filter.city, store.state), "Köln")
        store.drive([.form(.typeAhead("a"))])
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "alle")
        store.drive([.form(.focusNext), .form(.typeAhead("f"))])
        XCTAssertEqual(store.state.form?.model(PartnerFilterForm.self)?.field.value?.formToken, "fairIntegration")
        store.drive([.form(.focusNext), .form(.typeAhead("a"))])
        XCTAssertEqual(selectedLabel(\Filter.city, store.state), "alle", "a from Köln: round to alle before Aachen")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.directory.filter = PartnerFilter(field: .fairIntegration)
        }
        XCTAssertEqual(PartnerList.rows(store.state).count, 2)

        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        store.drive([.form(.focusNext), .form(.choose(1))])
        XCTAssertEqual(selectedLabel(\Filter.field, store.state), "alle", "→ from the last option")
        store.drive([.form(.focusNext), .form(.focusNext), .form(.typeAhead("b"))])
        XCTAssertEqual(store.state.form?.model(PartnerFilterForm.self)?.level.value?.formToken, "federal")
        store.drive([.form(.choose(-1))])
        // "alle" in every field: no filter.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.directory.filter = PartnerFilter()
        }
        XCTAssertEqual(PartnerList.rows(store.state).count, 88)
    }

    func testEscInTheFilterFormKeepsTheFilterInForce() {
        let store = TestStore(Fixture.state(Seed.document))
        store.send(.directory(.setFilter(PartnerFilter(level: .state))), .directory(.openFilter)) {
            $0.directory.filter = PartnerFilter(level: .state)
            $0.form = PartnerForm.filterForm($0)
        }
        XCTAssertEqual(selectedLabel(\Filter.level, store.state), "Land")
        store.send(.form(.cancel)) { $0.form = nil }
        // A discarded change applies nothing.
        store.send(.directory(.openFilter), .form(.typeAhead("k")), .form(.cancel), .form(.confirmDiscard))
    }
}
