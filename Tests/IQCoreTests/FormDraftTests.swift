import Foundation
import XCTest
@testable import IQCore

/// An open form's draft is written a second after the last key (by the clock's ticks), kept
/// on SIGHUP/SIGTERM, offered back at the next start with its invalid fields, and deleted when
/// the form is submitted, cancelled or the offer declined.
final class FormDraftTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-draft-test/iq-tui.plist")
    var journal: String { JournalSession(user: "tester").journalPath(file) }

    func env(_ t: Double) -> Environment { Environment(now: { fixedDate.addingTimeInterval(t) }, newID: { "id-1" }, userName: "tester") }

    func readyState() -> AppState {
        var state = AppState(document: Fixture.document(), store: StoreState(file: file, user: "tester"))
        let loaded = SnapshotFile.Loaded(document: Fixture.document(), header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5), format: .binary)
        _ = reduce(&state, .store(.loaded(loaded, created: false, writable: true)))
        state.focus = .cases
        return state
    }

    func type(_ field: WritableKeyPath<CaseEditorForm, TextInput>, _ text: String, _ state: inout AppState, at t: Double) -> [Effect] {
        guard let i = state.form?.index(of: field) else { XCTFail("no \(field)"); return [] }
        return reduce(&state, .form(.focus(i)), .form(.edit(.insert(text))), environment: env(t))
    }

    func drafts(_ effects: [Effect]) -> [FormDraft] {
        effects.compactMap { if case .store(.writeDraft(_, let d)) = $0 { d } else { nil } }
    }

    /// A new case with a name and a birth year that does not validate.
    func typedCase(_ state: inout AppState) -> [Effect] {
        _ = reduce(&state, .cases(.newCase), environment: env(0))
        return type(\.firstName, "Olena", &state, at: 1) + type(\.lastName, "Kovalenko", &state, at: 2) + type(\.birthYear, "19x5", &state, at: 3)
    }

    func testTheDraftIsWrittenASecondAfterTheLastKey() throws {
        var state = readyState()
        XCTAssertEqual(drafts(typedCase(&state)), [], "not on every key")
        XCTAssertEqual(drafts(reduce(&state, .session(.tick(fixedDate.addingTimeInterval(3.5))), environment: env(3.5))), [], "not while typing")
        let written = reduce(&state, .session(.tick(fixedDate.addingTimeInterval(4))), environment: env(4))
        let draft = try XCTUnwrap(drafts(written).first, "\(written)")
        XCTAssertTrue(written.contains(.store(.writeDraft(journal: journal, draft))), "beside this session's journal")
        XCTAssertEqual(draft.purpose, .newCase)
        XCTAssertEqual(draft.at, fixedDate.addingTimeInterval(3))
        XCTAssertEqual(draft.values.first { $0.key == "birthYear" }?.text, "19x5", "kept as typed, valid or not")
        XCTAssertEqual(drafts(reduce(&state, .session(.tick(fixedDate.addingTimeInterval(9))), environment: env(9))), [], "once per change")

        // Submitted: the draft goes (the case is in the journal now).
        _ = type(\.birthYear, "", &state, at: 10)
        guard let i = state.form?.index(of: \CaseEditorForm.birthYear) else { return XCTFail() }
        _ = reduce(&state, .form(.focus(i)), .form(.edit(.end)), .form(.edit(.deleteToStart)), environment: env(10))
        let submitted = reduce(&state, .form(.submit), environment: env(11))
        XCTAssertNil(state.form)
        XCTAssertTrue(submitted.contains(.store(.discardDraft(journal: journal))), "\(submitted)")
    }

    func testCancellingDeletesTheDraftAndAFilterHasNone() {
        var state = readyState()
        _ = typedCase(&state)
        _ = reduce(&state, .session(.tick(fixedDate.addingTimeInterval(5))), environment: env(5))
        let cancelled = reduce(&state, .form(.cancel), .form(.confirmDiscard), environment: env(6))
        XCTAssertEqual(cancelled, [.store(.discardDraft(journal: journal))])

        _ = reduce(&state, .cases(.openFilter), environment: env(7))
        XCTAssertEqual(state.form?.purpose, .caseFilter)
        _ = reduce(&state, .form(.edit(.insert("x"))), environment: env(7))
        XCTAssertEqual(drafts(reduce(&state, .session(.tick(fixedDate.addingTimeInterval(9))), environment: env(9))), [], "a filter is no work to lose")
    }

    func testASignalWritesTheDraftAtOnceAndKeepsIt() {
        var state = readyState()
        _ = typedCase(&state)
        let effects = reduce(&state, .session(.terminate(.hangup)), environment: env(3.2))
        XCTAssertEqual(drafts(effects).count, 1, "written before the program goes: \(effects)")
        XCTAssertEqual(effects.last, .quit)
        XCTAssertFalse(effects.contains(.store(.discardDraft(journal: journal))))
    }

    func testADraftIsOfferedRestoredWithItsInvalidFieldsOrDeclined() throws {
        var typed = readyState()
        _ = typedCase(&typed)
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(typed.form), at: fixedDate.addingTimeInterval(3)))
        let gone = "/tmp/iq-tui-draft-test/iq-tui.plist.tester.pc.9.1.journal"
        let offer = RecoveryOffer(edits: [], entries: 0, lastAt: draft.at, records: 0, journals: [gone], draft: draft)

        var state = readyState()
        _ = reduce(&state, .store(.recoveryFound(offer)))
        XCTAssertEqual(state.overlay, .recovery)
        XCTAssertEqual(state.store.recovery?.draftFields, 3, "first and last name, birth year")
        XCTAssertEqual(state.store.recovery?.draftForm?.title, "Neuer Fall")
        let accepted = reduce(&state, .store(.acceptRecovery), environment: env(20))
        // It is this session's draft now: written beside its own journal before the gone one goes.
        XCTAssertEqual(accepted, [.store(.writeDraft(journal: journal, draft)), .store(.settleOrphans([gone]))])
        XCTAssertNil(state.overlay)
        let form = try XCTUnwrap(state.form)
        XCTAssertEqual(form.purpose, .newCase)
        let restored = try XCTUnwrap(form.model(CaseEditorForm.self))
        XCTAssertEqual(restored.lastName.value, "Kovalenko")
        XCTAssertEqual(restored.birthYear.control.text.text, "19x5", "the invalid field comes back too")
        XCTAssertNotNil(restored.birthYear.control.error, "and says what is wrong with it")
        XCTAssertTrue(form.showsError(form.index(of: \CaseEditorForm.birthYear) ?? -1))

        var declining = readyState()
        _ = reduce(&declining, .store(.recoveryFound(offer)))
        XCTAssertEqual(reduce(&declining, .store(.declineRecovery)), [.store(.settleOrphans([gone]))], "declined: deleted")
        XCTAssertNil(declining.form)
        XCTAssertNil(declining.overlay)
    }

    func testEditsAreAskedAboutFirstThenTheDraft() throws {
        var typed = readyState()
        _ = typedCase(&typed)
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(typed.form), at: fixedDate))
        var state = readyState()
        let offer = RecoveryOffer(edits: [.remove(.partner, "p.bezirk")], bases: [RecordRef(.partner, "p.bezirk"): .record(.partner(Fixture.document().partners.items[0]))],
                                  entries: 1, lastAt: fixedDate, records: 1, journals: ["j"], draft: draft)
        _ = reduce(&state, .store(.recoveryFound(offer)))
        XCTAssertEqual(reduce(&state, .store(.declineRecovery)), [], "the draft is still to be asked about")
        XCTAssertEqual(state.overlay, .recovery)
        XCTAssertNotNil(state.store.recovery?.draftForm)
        XCTAssertEqual(reduce(&state, .store(.acceptRecovery)).last, .store(.settleOrphans(["j"])))
        XCTAssertEqual(state.form?.purpose, .newCase)
        XCTAssertNotNil(state.document.partners["p.bezirk"], "the declined edits were not applied")
    }

    // MARK: The names drafts store fields under

    /// Drafts keep each field under a name; older drafts on disk use these, so a form may add
    /// fields but never rename one.
    func testEveryFormStoresItsFieldsUnderTheNamesOlderDraftsUse() throws {
        var state = readyState()
        let c = Case(id: "c.1", meta: RecordMeta(revision: 0, modifiedAt: fixedDate, modifiedBy: "x"), number: "NRW-2026-000001")
        state.document.cases.put(c)
        let fields = FieldOfAction.allCases.map { "field." + $0.rawValue }
        let providers = MeasureForm.editor(for: nil, state).model(MeasureEditorForm.self)?.providers.items.map { "provider." + $0.value.rawValue } ?? []
        XCTAssertFalse(providers.isEmpty, "the fixture has Träger to tick")
        let expected: [(FormState, [String])] = [
            (PartnerForm.editor(for: nil, state),
             ["name", "shortName", "category", "level", "fieldsHeading"] + fields + ["cities", "role", "website", "email", "phone", "address"]),
            (PartnerForm.filterForm(state), ["category", "field", "city", "level"]),
            (CaseForm.editor(for: nil, state, user: "tester"),
             ["personHeading", "firstName", "lastName", "birthYear", "sex", "phone", "email", "counsellingHeading", "referenzberuf",
              "qualification", "countryOfTraining", "nationality", "yearOfEntry", "residence", "residenceStatus", "benefits",
              "germanLevel", "regulated", "authority", "cameVia", "site", "counsellor", "applicationDate", "decision", "decisionDate",
              "measure", "provider", "consentDate", "deletionDate", "notes"]),
            (CaseForm.statusForm(c, state), ["status", "day", "note"]),
            (CaseForm.appointmentForm(c, state), ["day", "channel", "note"]),
            (CaseForm.referralForm(c, state), ["partner", "day", "note"]),
            (CaseForm.filterForm(state), ["status", "site", "counsellor"]),
            (MeasureForm.editor(for: nil, state),
             ["name", "field", "year", "allocation", "planned", "cost", "approximate", "providersHeading"] + providers),
            (PaymentForm.editor(for: nil, measure: nil, state), ["measure", "provider", "day", "amount", "reference"]),
        ]
        for (form, names) in expected {
            XCTAssertEqual(form.draftNames, names, form.title)
            XCTAssertEqual(form.draftNames.count, form.fields.count, "one name per field: \(form.title)")
        }
    }

    /// A draft as an older version wrote it (names, choice tokens, check boxes) comes back into
    /// the typed fields.
    func testADraftByNameRestoresIntoTheTypedFields() throws {
        let draft = FormDraft(purpose: .newPartner, values: [
            FormDraft.Value(key: "name", text: "Bildungswerk Süd"),
            FormDraft.Value(key: "category", choice: "chamber"),
            FormDraft.Value(key: "level", choice: "gone-level"),
            FormDraft.Value(key: "field.qualification", isOn: true),
            FormDraft.Value(key: "role", text: "Erste Zeile\nZweite"),
            FormDraft.Value(key: "noLongerAField", text: "x"),
        ], at: fixedDate)
        let restored = try XCTUnwrap(draft.restore(in: readyState(), user: "tester"))
        XCTAssertEqual(restored.changed, 4, "name, category, one box, role; an unknown value or field changes nothing")
        let form = try XCTUnwrap(restored.form.model(PartnerEditorForm.self))
        XCTAssertEqual(form.name.value, "Bildungswerk Süd")
        XCTAssertEqual(form.category.value, .chamber)
        XCTAssertNil(form.level.value)
        XCTAssertEqual(form.fieldsOfAction.checked, [.qualification])
        XCTAssertEqual(form.role.control.text.text, "Erste Zeile\nZweite")
        XCTAssertEqual(form.role.control.text.limit, FieldLimit.long, "a restored field keeps its limit")
        XCTAssertEqual(FormDraft(restored.form, at: fixedDate)?.values.filter { $0.text != nil || $0.choice != nil || $0.isOn == true }.map(\.key),
                       ["name", "shortName", "category", "level", "field.qualification", "cities", "role", "website", "email", "phone", "address"],
                       "written back under the same names (\"none\" as an empty choice)")
    }

    /// Choices come back by the tokens older drafts stored: a raw value, a record id, yes/no.
    func testADraftsChoicesComeBackByTheirTokens() throws {
        let draft = FormDraft(purpose: .newCase, values: [
            FormDraft.Value(key: "sex", choice: "female"),
            FormDraft.Value(key: "regulated", choice: "no"),
            FormDraft.Value(key: "site", choice: "s.koeln"),
            FormDraft.Value(key: "measure", choice: "m.pflege"),
            FormDraft.Value(key: "decision", choice: ""),
            FormDraft.Value(key: "applicationDate", text: "3.3.2026"),
        ], at: fixedDate)
        let restored = try XCTUnwrap(draft.restore(in: readyState(), user: "tester"))
        let form = try XCTUnwrap(restored.form.model(CaseEditorForm.self))
        XCTAssertEqual(form.sex.value, .female)
        XCTAssertEqual(form.regulated.value, false)
        XCTAssertEqual(form.site.value, "s.koeln")
        XCTAssertEqual(form.measure.value, "m.pflege")
        XCTAssertNil(form.decision.value)
        XCTAssertEqual(form.applicationDate.day, Day(parsing: "03.03.2026"))
        XCTAssertEqual(restored.changed, 5, "\"none\" was chosen already")
    }
}
