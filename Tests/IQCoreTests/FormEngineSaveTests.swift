import XCTest
@testable import IQCore
import IQTestSupport

/// Cancelling and saving the partner form: new partners, edits and their undo.
final class FormEngineSaveTests: XCTestCase, FormEngineTesting {
    // MARK: Cancel

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

    /// "Not saved: please correct the marked fields" names fields that are gone once the form is
    /// thrown away: it goes with the form.
    func testDiscardingAFormTakesItsComplaintAlong() {
        let store = formStore()
        focus(\Editor.email, store)
        type("x", store)
        store.drive([.form(.submit)])
        XCTAssertEqual(store.state.status?.message, FormText.formHasErrors, "the name is missing")
        store.send(.form(.cancel), .form(.confirmDiscard)) { $0.form = nil; $0.status = nil }
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
        let document = store.state.document
        let nrwRow = PartnerNetwork.rows(of: "partner.whkt", in: document, folded: []).firstIndex {
            $0 == .link(NetworkLink(kind: .partOf, direction: .outgoing, other: "partner.iq-nrw"))
        } ?? 0
        let first = firstRelationRow("partner.whkt", document)
        store.send(.navigation(.select(.partners, row: row)), .navigation(.open), .navigation(.move(.by(nrwRow - first))), .navigation(.open)) {
            $0[.partners].cursor.select(row, count: $0.rowCount(.partners))
            $0[.partners].isDetailOpen = true
            $0.directory.path = ["partner.whkt", "partner.iq-nrw"]
            $0.directory.pathCursors = [nrwRow]
            $0.directory.relationCursor = firstRelationRow("partner.iq-nrw", document)
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
}
