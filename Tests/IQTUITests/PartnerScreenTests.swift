import XCTest
@testable import IQCore
@testable import IQTUI

/// The partner pane's screens over the seed dataset — tree, a walk through the network, the
/// partner form empty and refused, the filter form, the delete question — and what keys do
/// in a form: the terminal cursor in the focused field, letters that type instead of acting.
final class PartnerScreenTests: XCTestCase {
    private let layout80 = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    // MARK: Helpers

    /// The seed dataset, partner pane zoomed (the seed is stable, so are these screens).
    private func seedZoomed(_ language: Language = .de) -> AppState {
        var state = AppState(document: Seed.document, language: language)
        Fixture.drive(&state, .navigation(.toggleZoom))
        return state
    }

    private func select(_ id: RecordID, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = PartnerList.rows(state).firstIndex(where: { $0.partner?.id == id }) else {
            return XCTFail("\(id) not in the list", file: file, line: line)
        }
        Fixture.drive(&state, .navigation(.select(.partners, row: row)))
    }

    private func type(_ text: String, _ state: inout AppState) {
        for ch in text { Fixture.drive(&state, .form(.edit(.insert(String(ch))))) }
    }

    /// Presses keys through the key map, as the runtime does; returns the effects asked for.
    @discardableResult
    private func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            guard let action = KeyMap.action(for: key, in: state, layout: layout80) else { continue }
            effects += Fixture.drive(&state, action)
        }
        return effects
    }

    private func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// The screen line holding `text`, if any.
    private func line(containing text: String, _ canvas: Canvas) -> Int? {
        (0..<canvas.height).first { canvas.row($0).contains(text) }
    }

    /// The column where `text` starts in a line (every glyph there is one column wide).
    private func column(of text: String, inLine y: Int, _ canvas: Canvas) -> Int? {
        let row = canvas.row(y)
        guard let range = row.range(of: text) else { return nil }
        return row.distance(from: row.startIndex, to: range.lowerBound)
    }

    /// The partner pane's bottom edge.
    private func bottomEdge(_ state: AppState, _ width: Int = 80, _ height: Int = 24) -> String {
        let canvas = Fixture.render(state, width, height)
        let rect = ScreenLayout(state: state, size: Size(width: width, height: height)).panes[.partners]!
        return canvas.row(rect.maxY - 1)
    }

    // MARK: Goldens

    func testTreeView() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.toggleTree))
        // Close the funders (row 4: after the IQ network's heading and its three members).
        XCTAssertEqual(PartnerList.rows(state).dropFirst(4).first, .group(.funder, count: 8, expanded: true))
        Fixture.drive(&state, .navigation(.select(.partners, row: 4)), .navigation(.open))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "partner-tree-80x24")
        assertGolden(Fixture.render(state, 120, 40), "partner-tree-120x40")
        let text = canvas.text()
        XCTAssertTrue(text.contains("▾ IQ-Netzwerk (3)"))
        XCTAssertTrue(text.contains("▸ Fördergeber und Ministerien (8)"), "a closed group keeps its count")
        XCTAssertFalse(text.contains("Bundesministerium für Arbeit"), "its members are hidden")
        XCTAssertNil(canvas.cursor, "no terminal cursor in a list")
    }

    func testPartnerDetailWithPathAfterFollowingARelation() {
        var state = seedZoomed()
        select("partner.whkt", &state)
        Fixture.drive(&state, .navigation(.open))
        // The relations come grouped by kind; the cursor starts on the first relation.
        let whkt = PartnerNetwork.rows(of: "partner.whkt", in: state.document, folded: [])
        XCTAssertEqual(state.directory.relationCursor, 1)
        let nrwRow = whkt.firstIndex { $0 == .link(NetworkLink(kind: .coordinates, direction: .outgoing, other: "partner.iq-nrw")) } ?? 0
        Fixture.drive(&state, .navigation(.move(.by(nrwRow - 1))), .navigation(.open))
        XCTAssertEqual(state.directory.path, ["partner.whkt", "partner.iq-nrw"])
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "partner-path-80x24")
        let text = canvas.text()
        XCTAssertTrue(text.contains("Weg: WHKT › IQ NRW"), "the path walked, like a browser's history")
        XCTAssertTrue(text.contains("▾ wird gefördert von (1)"), "incoming funding, worded from this side, a group with its count")
        XCTAssertTrue(text.contains("▾ kooperiert mit (35)"))
        XCTAssertFalse(text.contains("gehört zu ("), "further down the long list of relations")
        // Choosing a relation further down scrolls it into view; the name and category stay.
        let rows = PartnerNetwork.rows(of: "partner.iq-nrw", in: state.document, folded: [])
        let partOf = rows.firstIndex { if case .link(let l) = $0 { l.kind == .partOf && l.direction == .outgoing } else { false } } ?? 0
        Fixture.drive(&state, .navigation(.move(.by(partOf - state.directory.relationCursor))))
        XCTAssertEqual(state.directory.relationCursor, partOf)
        let scrolled = Fixture.render(state, 80, 24)
        assertGolden(scrolled, "partner-relations-scrolled-80x24")
        XCTAssertNotNil(line(containing: "gehört zu (1)", scrolled), "outgoing: IQ NRW is part of the programme, scrolled into view")
        let y = line(containing: "gehört zu (1)", scrolled).map { $0 + 1 }
        let x = y.flatMap { column(of: "IQ", inLine: $0, scrolled) } ?? 0
        XCTAssertEqual(scrolled[x, y ?? 0].role, .selection, "and highlighted")
        XCTAssertTrue(scrolled.text().contains("IQ Netzwerk NRW"), "the name stays on top")
        XCTAssertTrue(scrolled.text().contains("Kategorie"), "and the category")
        Fixture.drive(&state, .navigation(.move(.end)))
        guard case .link(let last)? = rows.last, let lastName = state.document.partners[last.other]?.shortName else { return XCTFail("a last relation") }
        XCTAssertTrue(Fixture.render(state, 80, 24).text().contains("  " + lastName), "the last relation can be reached")
        Fixture.drive(&state, .navigation(.move(.home)))
        XCTAssertTrue(Fixture.render(state, 80, 24).text().contains("wird gefördert von (1)"), "and the first again")

        Fixture.drive(&state, .directory(.walkBack))
        let back = Fixture.render(state, 80, 24).text()
        XCTAssertFalse(back.contains("Weg:"), "no path shown for a single partner")
        XCTAssertTrue(back.contains("Westdeutscher Handwerkskammertag (WHKT)"))
    }

    func testRelationGroupsFoldWithEnterOrSpace() {
        var state = seedZoomed()
        select("partner.iq-nrw", &state)
        Fixture.drive(&state, .navigation(.open), .navigation(.move(.home)))
        let before = PartnerNetwork.rows(of: "partner.iq-nrw", in: state.document, folded: []).count
        // Enter on the heading folds its group; Space on one of its relations unfolds it again.
        Fixture.drive(&state, .navigation(.open))
        XCTAssertEqual(state.directory.foldedRelations.count, 1)
        let folded = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(folded.contains("▸ wird gefördert von (1)"), folded)
        Fixture.drive(&state, .directory(.toggleRelationGroup))
        XCTAssertTrue(state.directory.foldedRelations.isEmpty)
        Fixture.drive(&state, .navigation(.move(.down)), .directory(.toggleRelationGroup))
        XCTAssertEqual(state.directory.relationCursor, 0, "Space on a relation folds its group, the cursor on its heading")
        XCTAssertEqual(PartnerNetwork.rows(of: "partner.iq-nrw", in: state.document, folded: state.directory.foldedRelations).count, before - 1)
        // The keys: Space folds, PgDn/End move through the relations as in every list.
        let layout = ScreenLayout(state: state, size: Size(width: 80, height: 24))
        XCTAssertEqual(KeyMap.action(for: .char(" "), in: state, layout: layout), .directory(.toggleRelationGroup))
        XCTAssertEqual(KeyMap.action(for: .end, in: state, layout: layout), .navigation(.move(.end)))
        if case .navigation(.move(.by(let n)))? = KeyMap.action(for: .pageDown, in: state, layout: layout) { XCTAssertGreaterThan(n, 1) } else { XCTFail("PgDn pages") }
    }

    func testNewPartnerFormEmpty() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.newPartner))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "partner-form-new-80x24")
        XCTAssertTrue(canvas.text().contains("Neuer Partner"))
        XCTAssertTrue(canvas.text().contains("Name *"), "required fields are marked")
        XCTAssertFalse(canvas.text().contains("! "), "no error before anything was tried")
    }

    func testFormAfterAFailedSubmitShowsTheErrors() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.newPartner))
        for _ in 0..<12 { Fixture.drive(&state, .form(.focusNext)) }
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \PartnerEditorForm.email))
        type("info(at)beispiel.de", &state)
        Fixture.drive(&state, .form(.submit))
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \PartnerEditorForm.name), "the focus went to the first wrong field")
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "partner-form-errors-80x24")
        let text = canvas.text()
        XCTAssertTrue(text.contains("! Pflichtfeld – bitte ausfüllen."))
        XCTAssertTrue(text.contains("! Bitte eine Kategorie wählen"))
        XCTAssertTrue(text.contains("Nicht gespeichert"), "the status line says nothing was saved")
        // The e-mail's message is further down: it shows when the focus gets there.
        Fixture.drive(&state, .form(.focus(13)))
        XCTAssertTrue(Fixture.render(state, 80, 24).text().contains("! Keine gültige E-Mail-Adresse"))
    }

    func testFilterForm() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.setFilter(PartnerFilter(category: .chamber, city: "Köln"))), .directory(.openFilter))
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "partner-filter-form-80x24")
        let text = canvas.text()
        XCTAssertTrue(text.contains("Partner filtern"))
        XCTAssertTrue(text.contains("◂ Kammern ▸"), "the filter in force is preselected")
        XCTAssertTrue(text.contains("◂ Köln ▸"))
        XCTAssertTrue(text.contains("◂ alle ▸"))
    }

    func testDeleteConfirmation() {
        var state = seedZoomed()
        select("partner.mozaik", &state)
        // The list scrolled ten rows past MOZAIK, then its row clicked: the rows stay where they were.
        let size = Size(width: 80, height: 24)
        let row = state[.partners].cursor.selected
        Fixture.drive(&state, .navigation(.select(.partners, row: row + 10)))
        let scrolled = Screen.render(state, size: size, view: ViewState()).view
        Fixture.drive(&state, .navigation(.select(.partners, row: row)), .directory(.deletePartner))
        let canvas = Screen.render(state, size: size, view: scrolled).canvas
        assertGolden(canvas, "partner-delete-confirm-80x24")
        XCTAssertTrue(canvas.text().contains("Löschen?"))
        XCTAssertTrue(canvas.text().contains("MOZAIK gGmbH"))
    }

    // MARK: The terminal cursor in a form

    func testTheTerminalCursorSitsInTheFocusedTextField() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.newPartner))
        var canvas = Fixture.render(state, 80, 24)
        let nameLine = line(containing: "Name *", canvas)
        XCTAssertNotNil(nameLine)
        XCTAssertEqual(canvas.cursor?.y, nameLine, "in the empty name field")

        type("Abc", &state)
        canvas = Fixture.render(state, 80, 24)
        let y = try? XCTUnwrap(line(containing: "Abc", canvas))
        XCTAssertEqual(y, nameLine)
        let x = y.flatMap { column(of: "Abc", inLine: $0, canvas) }
        XCTAssertEqual(canvas.cursor, x.map { Point(x: $0 + 3, y: nameLine ?? -1) }, "right after the typed text")
        Fixture.drive(&state, .form(.edit(.home)))
        XCTAssertEqual(Fixture.render(state, 80, 24).cursor, x.map { Point(x: $0, y: nameLine ?? -1) }, "Home: before the first letter")

        Fixture.drive(&state, .form(.focusNext))
        canvas = Fixture.render(state, 80, 24)
        XCTAssertEqual(canvas.cursor?.y, line(containing: "Kurzname", canvas) ?? line(containing: "Kurz", canvas), "follows the focus to the next field")
        XCTAssertEqual(canvas.cursor?.x, x, "at the start of the empty field")

        Fixture.drive(&state, .form(.focusNext))
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \PartnerEditorForm.category))
        XCTAssertNil(Fixture.render(state, 80, 24).cursor, "no text cursor on a choice")
    }

    func testTheCursorFollowsANewLineInTheRoleField() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.newPartner), .form(.focus(11)))
        XCTAssertEqual(state.form?.focus, state.form?.index(of: \PartnerEditorForm.role))
        type("Erste", &state)
        let first = Fixture.render(state, 80, 24)
        let roleLine = line(containing: "Erste", first)
        XCTAssertEqual(first.cursor?.y, roleLine)
        Fixture.drive(&state, .form(.newline))
        type("Zw", &state)
        let second = Fixture.render(state, 80, 24)
        XCTAssertEqual(line(containing: "Zw", second), roleLine.map { $0 + 1 }, "the second line under the first")
        XCTAssertEqual(second.cursor?.y, roleLine.map { $0 + 1 })
        XCTAssertEqual(second.cursor?.x, (roleLine.flatMap { column(of: "Erste", inLine: $0, second) }).map { $0 + 2 })
    }

    // MARK: Keys in a form

    func testInAFormLettersTypeInsteadOfActing() {
        var state = seedZoomed()
        Fixture.drive(&state, .directory(.newPartner))
        XCTAssertEqual(state.inputMode, .form)
        let layout = layout80
        func action(_ key: Key) -> Action? { KeyMap.action(for: key, in: state, layout: layout) }
        // A text field.
        XCTAssertEqual(action(.char("q")), .form(.edit(.insert("q"))), "q types, it does not quit")
        for ch in "nedfst/?1zju" {
            XCTAssertEqual(action(.char(ch)), .form(.edit(.insert(String(ch)))), "\(ch) types")
        }
        XCTAssertEqual(action(.char(" ")), .form(.edit(.insert(" "))))
        XCTAssertEqual(action(.char("ß")), .form(.edit(.insert("ß"))))
        XCTAssertEqual(action(.enter), .form(.newline))
        XCTAssertEqual(action(.tab), .form(.focusNext))
        XCTAssertEqual(action(.down), .form(.focusNext))
        XCTAssertEqual(action(.backTab), .form(.focusPrevious))
        XCTAssertEqual(action(.up), .form(.focusPrevious))
        XCTAssertEqual(action(.left), .form(.edit(.left)))
        XCTAssertEqual(action(.backspace), .form(.edit(.backspace)))
        XCTAssertEqual(action(.ctrl("s")), .form(.submit), "Ctrl-S saves the form, not the file")
        XCTAssertEqual(action(.escape), .form(.cancel))

        // A choice: letters jump, Space and arrows step.
        Fixture.drive(&state, .form(.focus(2)))
        XCTAssertEqual(action(.char("k")), .form(.typeAhead("k")))
        XCTAssertEqual(action(.char("q")), .form(.typeAhead("q")), "q is type-ahead here, still not quit")
        XCTAssertEqual(action(.char(" ")), .form(.choose(1)))
        XCTAssertEqual(action(.right), .form(.choose(1)))
        XCTAssertEqual(action(.left), .form(.choose(-1)))

        // A check box: Space ticks, letters do nothing.
        Fixture.drive(&state, .form(.focus(5)))
        XCTAssertEqual(action(.char(" ")), .form(.toggle))
        XCTAssertNil(action(.char("x")))
        XCTAssertNil(action(.char("q")), "not even q")
    }

    func testTypingAPartnerThroughTheKeyMap() {
        var state = seedZoomed()
        let effects = press(keys("n") + keys("quelle") + [.tab, .tab] + keys("kk") + [.tab, .tab] + keys(" ") + [.ctrl("s")], &state)
        XCTAssertFalse(effects.contains(.quit), "q in a form never quits")
        XCTAssertNil(state.form, "saved")
        let saved = state.document.partners["new"]
        XCTAssertEqual(saved?.name, "quelle")
        XCTAssertEqual(saved?.category, .municipal, "k k: Kammern, then Kommunale Stellen")
        XCTAssertEqual(saved?.fieldsOfAction, [.counselling], "Space ticked the first field of action")
        XCTAssertEqual(state.document.partners.count, 93)
        press([.char("u")], &state)
        XCTAssertNil(state.document.partners["new"], "u undoes the save")
    }

    func testDiscardAndDeleteQuestionsTakeOnlyTheirKeys() {
        var state = seedZoomed()
        press(keys("n") + keys("x") + [.escape], &state)
        XCTAssertEqual(state.inputMode, .formDiscard)
        press(keys("q"), &state)
        XCTAssertEqual(state.inputMode, .formDiscard, "q neither quits nor answers")
        press([.escape], &state)
        XCTAssertEqual(state.inputMode, .form, "Esc in the question: keep editing")
        XCTAssertEqual(state.form?.model(PartnerEditorForm.self)?.name.value, "x")
        press([.escape] + keys("j") + [.down, .enter], &state)
        XCTAssertEqual(state.inputMode, .form, "j, ↓ and Enter keep editing")
        press([.escape, .right, .enter], &state)
        XCTAssertNil(state.form, "→ Enter: throw the changes away")
        XCTAssertEqual(state.document.partners.count, 92)

        select("partner.mozaik", &state)
        press(keys("d"), &state)
        XCTAssertEqual(state.inputMode, .confirmDelete)
        XCTAssertTrue(press(keys("q"), &state).isEmpty)
        XCTAssertEqual(state.inputMode, .confirmDelete)
        press(keys("n"), &state)
        XCTAssertNotNil(state.document.partners["partner.mozaik"], "n keeps it")
        press([.delete] + keys("j") + [.char(" "), .enter], &state)
        XCTAssertNotNil(state.document.partners["partner.mozaik"], "j, Space and Enter keep it")
        press([.delete, .right, .enter], &state)
        XCTAssertNil(state.document.partners["partner.mozaik"], "Del, →, Enter deletes")
        press(keys("u"), &state)
        XCTAssertNotNil(state.document.partners["partner.mozaik"], "u brings it back")
    }

    func testPartnerKeysInTheListAndInTheDetail() {
        var state = seedZoomed()
        let layout = layout80
        func action(_ key: Key) -> Action? { KeyMap.action(for: key, in: state, layout: layout) }
        XCTAssertEqual(action(.char("n")), .directory(.newPartner))
        XCTAssertEqual(action(.char("e")), .directory(.editPartner))
        XCTAssertEqual(action(.char("d")), .directory(.deletePartner))
        XCTAssertEqual(action(.delete), .directory(.deletePartner))
        XCTAssertEqual(action(.char("f")), .directory(.openFilter))
        XCTAssertEqual(action(.char("s")), .directory(.cycleSort))
        XCTAssertEqual(action(.char("t")), .directory(.toggleTree))
        XCTAssertEqual(action(.enter), .navigation(.open))
        Fixture.drive(&state, .navigation(.open))
        XCTAssertTrue(state[.partners].isDetailOpen)
        XCTAssertEqual(action(.backspace), .directory(.walkBack), "Backspace walks back along the path")
        XCTAssertEqual(action(.enter), .navigation(.open), "Enter follows the relation")
        XCTAssertEqual(action(.escape), .navigation(.back))
        XCTAssertEqual(action(.down), .navigation(.move(.down)))
        XCTAssertEqual(action(.char("e")), .directory(.editPartner), "the open partner can be edited")
        // The partner keys belong to the partner pane only.
        Fixture.drive(&state, .navigation(.focus(.locations)))
        for ch in "nedfst" { XCTAssertNil(action(.char(ch)), "\(ch) in the locations pane") }
    }

    // MARK: Caption

    func testTheBottomEdgeNamesTheSortOrderAndTheFilters() {
        var state = seedZoomed()
        XCTAssertFalse(bottomEdge(state).contains("sortiert"), "by name is the default and not named")
        XCTAssertFalse(bottomEdge(state).contains("Filter"))
        Fixture.drive(&state, .directory(.cycleSort))
        XCTAssertTrue(bottomEdge(state).contains(" sortiert nach Kategorie "), bottomEdge(state))
        Fixture.drive(&state, .directory(.cycleSort))
        XCTAssertTrue(bottomEdge(state).contains(" sortiert nach Ort "), bottomEdge(state))
        Fixture.drive(&state, .directory(.setFilter(PartnerFilter(category: .chamber, city: "Köln"))))
        XCTAssertTrue(bottomEdge(state).contains(" sortiert nach Ort · Filter: Kammern, Köln "), bottomEdge(state))
        Fixture.drive(&state, .directory(.cycleSort), .directory(.setFilter(PartnerFilter(field: .fairIntegration, level: .state))))
        XCTAssertTrue(bottomEdge(state).contains(" Filter: Faire Integration, Land "), bottomEdge(state))
        XCTAssertFalse(bottomEdge(state).contains("sortiert"))
        XCTAssertTrue(Fixture.render(state, 80, 24).text().contains("1/92"), "the count says how many of all are shown")
        Fixture.drive(&state, .navigation(.back))
        XCTAssertFalse(bottomEdge(state).contains("Filter"), "Esc lifts the filters and the caption says so")

        var en = seedZoomed(.en)
        Fixture.drive(&en, .directory(.cycleSort), .directory(.cycleSort), .directory(.setFilter(PartnerFilter(city: "Köln"))))
        XCTAssertTrue(bottomEdge(en).contains(" sorted by City · filter: Köln "), bottomEdge(en))
    }

    func testTheCaptionShowsInTheFourPaneGridToo() {
        var state = AppState(document: Seed.document)
        Fixture.drive(&state, .directory(.cycleSort))
        XCTAssertTrue(bottomEdge(state).contains("sortiert nach Kategorie"), bottomEdge(state))
    }
}
