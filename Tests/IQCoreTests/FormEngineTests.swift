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

    private func focusedKey(_ state: AppState) -> String? { state.form?.focusedField?.key }

    private func index(_ key: String, _ state: AppState) -> Int {
        state.form?.fields.firstIndex { $0.key == key } ?? -1
    }

    /// Focuses a field the way a click or a jump does.
    private func focus(_ key: String, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        reduce(&state, .form(.focus(index(key, state))))
        XCTAssertEqual(focusedKey(state), key, file: file, line: line)
    }

    private func selectedLabel(_ key: String, _ state: AppState) -> String? {
        guard let field = state.form?[key], case .choice(let options) = field.kind, let i = field.selected,
              options.indices.contains(i) else { return nil }
        return options[i].label
    }

    /// Fills the fields a valid partner needs: a name and a category.
    private func fillRequired(_ state: inout AppState, name: String = "Bildungswerk Süd") {
        focus("name", &state)
        type(name, &state)
        focus("category", &state)
        reduce(&state, .form(.typeAhead("t")))
        XCTAssertEqual(state.form?.choice("category"), PartnerCategory.provider.rawValue, "t: Träger")
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
        XCTAssertEqual(form?.fields.filter(\.isEditable).map(\.key), Self.fieldOrder)
        XCTAssertEqual(form?.fields.filter(\.takesText).map(\.text.text), Array(repeating: "", count: 8))
        XCTAssertNil(form?.choice("category"), "no category chosen yet")
        XCTAssertEqual(selectedLabel("category", state), "– bitte wählen –")
        XCTAssertEqual(selectedLabel("level", state), "unbekannt")
        XCTAssertEqual(form?.fields.filter { $0.kind == .checkbox && $0.isOn }.count, 0)
        XCTAssertEqual(form?.isChanged, false)
        XCTAssertEqual(form?.fields.filter(\.isRequired).map(\.key), ["name", "category"])
        XCTAssertEqual(state.document, before, "opening a form changes nothing")
    }

    func testTypingGoesIntoTheFocusedFieldOnly() {
        var state = newForm()
        type("Bildungswerk Sud", &state)
        reduce(&state, .form(.edit(.left)), .form(.edit(.backspace)))
        type("ü", &state)
        XCTAssertEqual(state.form?.text("name"), "Bildungswerk Süd")
        reduce(&state, .form(.edit(.home)))
        type("Das ", &state)
        XCTAssertEqual(state.form?.text("name"), "Das Bildungswerk Süd")
        XCTAssertEqual(state.form?.text("shortName"), "")
        XCTAssertEqual(state.form?.isChanged, true)
        // Letters that are keys elsewhere (q quits, n is "new") are just text here.
        reduce(&state, .form(.edit(.end)))
        type(" qn", &state)
        XCTAssertEqual(state.form?.text("name"), "Das Bildungswerk Süd qn")
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

        focus("field.counselling", &state)
        reduce(&state, .form(.focusPrevious))
        XCTAssertEqual(focusedKey(state), "level", "Shift-Tab from the first check box skips the heading")
        reduce(&state, .form(.focus(index("fieldsHeading", state))))
        XCTAssertEqual(focusedKey(state), "level", "a heading cannot take the focus")
        reduce(&state, .form(.focus(99)))
        XCTAssertEqual(focusedKey(state), "level", "nor can a field that does not exist")
    }

    // MARK: Choices

    func testArrowsStepThroughAChoiceAndWrap() {
        var state = newForm()
        focus("category", &state)
        reduce(&state, .form(.choose(-1)))
        XCTAssertEqual(selectedLabel("category", state), "IQ Fachstellen", "← from the first option goes to the last")
        XCTAssertEqual(state.form?.choice("category"), "specialistUnit")
        reduce(&state, .form(.choose(1)))
        XCTAssertEqual(selectedLabel("category", state), "– bitte wählen –", "→ from the last goes to the first")
        XCTAssertNil(state.form?.choice("category"))
        reduce(&state, .form(.choose(1)), .form(.choose(1)))
        XCTAssertEqual(state.form?.choice("category"), "funder")
        XCTAssertEqual(state.form?.text("name"), "", "a choice does not type")
        // Arrows on a text field do not change any choice.
        focus("name", &state)
        reduce(&state, .form(.choose(1)))
        XCTAssertEqual(state.form?.choice("category"), "funder")
    }

    func testTypeAheadJumpsToTheNextOptionStartingWithTheLetter() {
        var state = newForm()
        focus("category", &state)
        reduce(&state, .form(.typeAhead("k")))
        XCTAssertEqual(selectedLabel("category", state), "Kammern")
        reduce(&state, .form(.typeAhead("k")))
        XCTAssertEqual(selectedLabel("category", state), "Kommunale Stellen", "the same letter again: the next one")
        reduce(&state, .form(.typeAhead("K")))
        XCTAssertEqual(selectedLabel("category", state), "Kammern", "…and round again, whatever the case")
        reduce(&state, .form(.typeAhead("z")))
        XCTAssertEqual(selectedLabel("category", state), "Zuständige Stellen")
        reduce(&state, .form(.typeAhead("x")))
        XCTAssertEqual(selectedLabel("category", state), "Zuständige Stellen", "no option with x: nothing changes")
        focus("level", &state)
        reduce(&state, .form(.typeAhead("r")))
        XCTAssertEqual(state.form?.choice("level"), "region")
        XCTAssertEqual(state.form?.choice("category"), "competentAuthority", "type-ahead only acts on the focused choice")
        // On a text field a letter is not type-ahead.
        focus("name", &state)
        reduce(&state, .form(.typeAhead("b")))
        XCTAssertEqual(state.form?.text("name"), "")
        XCTAssertEqual(state.form?.choice("level"), "region")
    }

    func testTypeAheadIgnoresDiacriticsOnBothSides() {
        var state = Fixture.state()
        state.form = FormState(title: "Test", purpose: .partnerFilter, fields: [
            FormField(key: "pick", label: "Wahl", kind: .choice([
                FormField.Choice("", "alle"), FormField.Choice("bo", "Bochum"), FormField.Choice("ae", "Ärztekammer"),
                FormField.Choice("ap", "Apotheke"), FormField.Choice("oe", "Öl"), FormField.Choice("ob", "Oberhausen"),
            ]), selected: 0),
        ])
        reduce(&state, .form(.typeAhead("a")))
        XCTAssertEqual(state.form?.choice("pick"), "ae", "a finds Ärztekammer")
        reduce(&state, .form(.typeAhead("ä")))
        XCTAssertEqual(state.form?.choice("pick"), "ap", "ä is read as a: the next one")
        reduce(&state, .form(.typeAhead("A")))
        XCTAssertNil(state.form?.choice("pick"), "…and round to alle")
        reduce(&state, .form(.typeAhead("o")))
        XCTAssertEqual(state.form?.choice("pick"), "oe")
        reduce(&state, .form(.typeAhead("Ö")))
        XCTAssertEqual(state.form?.choice("pick"), "ob")
    }

    func testALongListIsSearchedAsYouType() {
        var state = Fixture.state(Seed.document)
        reduce(&state, .directory(.openFilter))
        focus("city", &state)
        XCTAssertEqual(state.form?.focusedField?.searchesChoices, true, "the city list is long")
        for ch in "duess" { reduce(&state, .form(.typeAhead(ch))) }
        XCTAssertEqual(state.form?.choice("city"), "Düsseldorf", "umlaut spelled out")
        reduce(&state, .form(.edit(.deleteToStart)))
        for ch in "mün" { reduce(&state, .form(.typeAhead(ch))) }
        var seen = [state.form?.choice("city") ?? "alle"]
        for _ in 0..<3 {
            reduce(&state, .form(.choose(1)))
            seen.append(state.form?.choice("city") ?? "alle")
        }
        XCTAssertEqual(seen, ["München", "Münster", "München", "Münster"], "→ steps through the matches only")
        reduce(&state, .form(.edit(.backspace)))
        XCTAssertEqual(state.form?.focusedField?.text.text, "mü", "Backspace shortens the search")
        reduce(&state, .form(.focusNext))
        XCTAssertEqual(state.form?.fields.first { $0.key == "city" }?.text.text, "", "leaving the field ends the search")
        XCTAssertEqual(state.form?.choice("city"), "München", "the first match of the shortened search stays chosen")
    }

    // MARK: Check boxes and text

    func testSpaceTogglesTheFocusedCheckBox() {
        var state = newForm()
        focus("field.qualification", &state)
        reduce(&state, .form(.toggle))
        XCTAssertEqual(state.form?.isOn("field.qualification"), true)
        XCTAssertEqual(state.form?.isOn("field.counselling"), false, "only the focused box")
        XCTAssertEqual(state.form?.isChanged, true)
        reduce(&state, .form(.toggle))
        XCTAssertEqual(state.form?.isOn("field.qualification"), false)
        XCTAssertEqual(state.form?.isChanged, false, "ticked and unticked: nothing changed")
        focus("name", &state)
        reduce(&state, .form(.toggle))
        XCTAssertEqual(state.form?.fields.filter { $0.kind == .checkbox && $0.isOn }.count, 0, "toggle on a text field does nothing")
        XCTAssertEqual(state.form?.text("name"), "")
    }

    func testEnterStartsANewLineInTheRoleButMovesOnInASingleLineField() {
        var state = newForm()
        type("Abc", &state)
        reduce(&state, .form(.newline))
        XCTAssertEqual(focusedKey(state), "shortName", "Enter in the name goes to the next field")
        XCTAssertEqual(state.form?["name"]?.text.text, "Abc", "…without a line break in it")

        focus("role", &state)
        type("Erste Zeile", &state)
        reduce(&state, .form(.newline))
        XCTAssertEqual(focusedKey(state), "role", "Enter in the role stays there")
        type("Zweite Zeile", &state)
        XCTAssertEqual(state.form?["role"]?.text.text, "Erste Zeile\nZweite Zeile")

        focus("cities", &state)
        reduce(&state, .form(.edit(.insert("Köln\nBonn\tEssen"))))
        XCTAssertEqual(state.form?["cities"]?.text.text, "Köln Bonn Essen", "a pasted line break becomes a space in a single line")
        focus("address", &state)
        reduce(&state, .form(.newline))
        XCTAssertEqual(focusedKey(state), "name", "Enter in the last field wraps to the first")
    }

    // MARK: Cancel

    func testEscOnAnUnchangedFormClosesAtOnce() {
        var state = newForm()
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.choose(1)), .form(.choose(-1)))
        focus("name", &state)
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
        focus("email", &state)
        reduce(&state, .form(.cancel))
        XCTAssertNotNil(state.form, "a changed form is not thrown away at once")
        XCTAssertEqual(state.form?.askDiscard, true)
        XCTAssertEqual(state.inputMode, .formDiscard)

        reduce(&state, .form(.keepEditing))
        XCTAssertEqual(state.inputMode, .form)
        XCTAssertEqual(state.form?.askDiscard, false)
        XCTAssertEqual(state.form?.text("name"), "Halb fertig", "nothing typed is lost")
        XCTAssertEqual(focusedKey(state), "email", "the focus is where it was")
        type("a@b.de", &state)
        XCTAssertEqual(state.form?.text("email"), "a@b.de")
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
    private func assertNotSaved(_ state: inout AppState, firstWrong: String, _ error: Message,
                                file: StaticString = #filePath, line: UInt = #line) {
        let document = state.document
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.document, document, "nothing saved", file: file, line: line)
        XCTAssertFalse(state.history.canUndo, file: file, line: line)
        XCTAssertFalse(state.hasUnsavedChanges, file: file, line: line)
        XCTAssertNotNil(state.form, "the form stays open", file: file, line: line)
        XCTAssertEqual(state.inputMode, .form, file: file, line: line)
        XCTAssertEqual(focusedKey(state), firstWrong, "the focus goes to the first wrong field", file: file, line: line)
        XCTAssertEqual(state.form?[firstWrong]?.error, error, file: file, line: line)
        XCTAssertEqual(state.form?.showsError(index(firstWrong, state)), true, "the message is shown at the field", file: file, line: line)
        XCTAssertEqual(state.status?.severity, .error, file: file, line: line)
        XCTAssertEqual(state.status?.message, Message(.formHasErrors), file: file, line: line)
    }

    func testAnEmptyNameIsNotSaved() {
        var state = newForm()
        fillRequired(&state, name: "   ")
        focus("address", &state)
        assertNotSaved(&state, firstWrong: "name", Message(.formRequired))
        XCTAssertNil(state.form?["category"]?.error)
    }

    func testAMissingCategoryIsNotSaved() {
        var state = newForm()
        type("Bildungswerk Süd", &state)
        assertNotSaved(&state, firstWrong: "category", Message(.formChooseCategoryError))
        XCTAssertNil(state.form?["name"]?.error)
    }

    func testABadEmailIsNotSaved() {
        var state = newForm()
        fillRequired(&state)
        focus("email", &state)
        type("info(at)bildungswerk.de", &state)
        focus("name", &state)
        assertNotSaved(&state, firstWrong: "email", Message(.formBadEmail))
    }

    func testABadWebsiteIsNotSaved() {
        var state = newForm()
        fillRequired(&state)
        focus("website", &state)
        type("www bildungswerk de", &state)
        assertNotSaved(&state, firstWrong: "website", Message(.formBadWebsite))
    }

    func testABadPhoneIsNotSaved() {
        var state = newForm()
        fillRequired(&state)
        focus("phone", &state)
        type("bitte anrufen", &state)
        assertNotSaved(&state, firstWrong: "phone", Message(.formBadPhone))
    }

    func testEveryErrorIsNamedAndFixingThemOneByOneFinallySaves() {
        var state = newForm()
        focus("website", &state)
        type("http://", &state)
        focus("email", &state)
        type("@beispiel.de", &state)
        focus("phone", &state)
        type("12", &state)
        assertNotSaved(&state, firstWrong: "name", Message(.formRequired))
        let errors = state.form?.fields.filter { $0.error != nil }.map(\.key)
        XCTAssertEqual(errors, ["name", "category", "website", "email", "phone"])

        type("Bildungswerk Süd", &state)
        XCTAssertNil(state.form?["name"]?.error, "the message goes as soon as the field is right")
        assertNotSaved(&state, firstWrong: "category", Message(.formChooseCategoryError))
        reduce(&state, .form(.typeAhead("t")))
        assertNotSaved(&state, firstWrong: "website", Message(.formBadWebsite))
        reduce(&state, .form(.edit(.deleteToStart)))
        type("https://www.beispiel.de/kontakt?x=1", &state)
        assertNotSaved(&state, firstWrong: "email", Message(.formBadEmail))
        reduce(&state, .form(.edit(.home)))
        type("info", &state)
        assertNotSaved(&state, firstWrong: "phone", Message(.formBadPhone))
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
        XCTAssertEqual(state.form?["name"]?.error, Message(.formRequired), "known at once")
        XCTAssertEqual(state.form?.showsError(index("name", state)), false, "but not shown while the person is still typing there")
        reduce(&state, .form(.focusNext))
        XCTAssertEqual(state.form?.showsError(index("name", state)), true, "shown after leaving the field")
        XCTAssertEqual(state.form?.showsError(index("email", state)), false, "fields not visited stay quiet")
    }

    func testADuplicateNameOnlyWarnsAndSaves() {
        var state = newForm()
        fillRequired(&state, name: "caritas DÜSSELDORF")
        XCTAssertEqual(state.form?["name"]?.warning, Message(.formDuplicateName, "Caritas Düsseldorf"))
        XCTAssertNil(state.form?["name"]?.error)
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
        focus("field.counselling", &state)
        reduce(&state, .form(.toggle))
        focus("field.fairIntegration", &state)
        reduce(&state, .form(.toggle))
        focus("cities", &state)
        type(" Köln ,  Bonn ,, ", &state)
        focus("role", &state)
        type("Berät Zugewanderte.", &state)
        reduce(&state, .form(.newline), .form(.newline))
        focus("website", &state)
        type("www.p25a.de", &state)
        focus("email", &state)
        type("info@p25a.de", &state)
        focus("phone", &state)
        type("+49 (0)221 / 123 45", &state)
        focus("address", &state)
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
        focus("role", &state)
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
        XCTAssertEqual(state.form?.text("name"), "Westdeutscher Handwerkskammertag")
        XCTAssertEqual(state.form?.text("shortName"), "WHKT")
        XCTAssertEqual(state.form?.choice("category"), "network")
        XCTAssertEqual(state.form?.choice("level"), "state")
        XCTAssertEqual(FieldOfAction.allCases.filter { state.form?.isOn("field.\($0.rawValue)") == true }, [.counselling, .intercultural])
        XCTAssertEqual(state.form?.text("cities"), "Düsseldorf")
        XCTAssertEqual(state.form?.text("website"), original?.website)
        XCTAssertEqual(state.form?.isChanged, false)

        focus("shortName", &state)
        reduce(&state, .form(.edit(.deleteToStart)))
        type("WHKT NRW", &state)
        XCTAssertNil(state.form?["name"]?.warning, "its own name is no duplicate")
        focus("field.qualification", &state)
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
        XCTAssertEqual(state.form?["name"]?.warning, Message(.formDuplicateName, "Jobcenter"))
        focus("level", &state)
        reduce(&state, .form(.typeAhead("u")))
        XCTAssertNil(state.form?.choice("level"), "u: unbekannt")
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
        XCTAssertEqual(state.form?.fields.map(\.key), ["category", "field", "city", "level"])
        XCTAssertEqual(focusedKey(state), "category")
        for key in ["category", "field", "city", "level"] {
            XCTAssertEqual(selectedLabel(key, state), "alle", key)
            XCTAssertNil(state.form?.choice(key), key)
        }

        reduce(&state, .form(.typeAhead("k")))
        XCTAssertEqual(selectedLabel("category", state), "Kammern")
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.typeAhead("k")))
        XCTAssertEqual(state.form?.choice("city"), "Köln")
        reduce(&state, .form(.submit))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.directory.filter, PartnerFilter(category: .chamber, city: "Köln"))
        XCTAssertEqual(PartnerList.rows(state).compactMap(\.partner?.id), ["partner.hwk-koeln"])
        XCTAssertEqual(state.document, Seed.document, "a filter changes no data")
        XCTAssertFalse(state.history.canUndo)

        // Opened again, it shows the filter in force; "alle" everywhere lifts it.
        reduce(&state, .directory(.openFilter))
        XCTAssertEqual(selectedLabel("category", state), "Kammern")
        XCTAssertEqual(selectedLabel("city", state), "Köln")
        reduce(&state, .form(.typeAhead("a")))
        XCTAssertEqual(selectedLabel("category", state), "alle")
        reduce(&state, .form(.focusNext), .form(.typeAhead("f")))
        XCTAssertEqual(state.form?.choice("field"), "fairIntegration")
        reduce(&state, .form(.focusNext), .form(.typeAhead("a")))
        XCTAssertEqual(selectedLabel("city", state), "alle", "a from Köln: round to alle before Aachen")
        reduce(&state, .form(.submit))
        XCTAssertEqual(state.directory.filter, PartnerFilter(field: .fairIntegration))
        XCTAssertEqual(PartnerList.rows(state).count, 2)

        reduce(&state, .directory(.openFilter), .form(.focusNext), .form(.choose(1)))
        XCTAssertEqual(selectedLabel("field", state), "alle", "→ from the last option")
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.typeAhead("b")))
        XCTAssertEqual(state.form?.choice("level"), "federal")
        reduce(&state, .form(.choose(-1)), .form(.submit))
        XCTAssertTrue(state.directory.filter.isEmpty, "alle in every field: no filter")
        XCTAssertEqual(state.directory.filter, PartnerFilter())
        XCTAssertEqual(PartnerList.rows(state).count, 88)
    }

    func testEscInTheFilterFormKeepsTheFilterInForce() {
        var state = Fixture.state(Seed.document)
        reduce(&state, .directory(.setFilter(PartnerFilter(level: .state))), .directory(.openFilter))
        XCTAssertEqual(selectedLabel("level", state), "Land")
        reduce(&state, .form(.cancel))
        XCTAssertNil(state.form)
        XCTAssertEqual(state.directory.filter, PartnerFilter(level: .state))
        reduce(&state, .directory(.openFilter), .form(.typeAhead("k")), .form(.cancel), .form(.confirmDiscard))
        XCTAssertEqual(state.directory.filter, PartnerFilter(level: .state), "a discarded change applies nothing")
    }
}
