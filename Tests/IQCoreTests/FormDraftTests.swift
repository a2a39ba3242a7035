import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// An open form's draft is written a second after the last key (by the clock's ticks), kept
/// on SIGHUP/SIGTERM, offered back at the next start with its invalid fields, and deleted when
/// the form is submitted, cancelled or the offer declined.
final class FormDraftTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-draft-test/iq-tui.plist")
    var journal: String { JournalSession(user: "tester").journalPath(file) }

    func env(_ t: Double) -> Environment { Environment(now: { fixedDate.addingTimeInterval(t) }, newID: { "id-1" }, userName: "tester") }

    let identity = TestStore.loadedIdentity
    func at(_ t: Double) -> Date { fixedDate.addingTimeInterval(t) }

    /// A store whose file is loaded and writable, the case pane focused.
    func readyStore() -> TestStore { TestStore.loaded(Fixture.document(), file: file, focus: .cases) }

    /// Types into a field at second `t` (driven: typing is the form engine's; the draft's
    /// clock is what these tests follow).
    func type(_ field: WritableKeyPath<CaseEditorForm, TextInput>, _ text: String, _ store: TestStore, at t: Double) {
        guard let i = store.state.form?.index(of: field) else { return XCTFail("no \(field)") }
        store.environment = env(t)
        store.drive([.form(.focus(i)), .form(.edit(.insert(text)))])
    }

    /// A new case with a name and a birth year that does not validate; the last key at 3 s.
    func typedCase(_ store: TestStore) {
        store.environment = env(0)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        type(\.firstName, "Olena", store, at: 1)
        type(\.lastName, "Kovalenko", store, at: 2)
        type(\.birthYear, "19x5", store, at: 3)
        XCTAssertEqual(store.state.store.draftChangedAt, at(3), "each key notes the change, none writes")
        XCTAssertFalse(store.state.store.draftWritten)
    }

    /// A clock tick at second `t`; every 2 s it also looks whether someone else saved the file.
    func tick(_ store: TestStore, at t: Double, effects: [Effect] = [], file: StaticString = #filePath, line: UInt = #line,
              _ update: (inout AppState) -> Void = { _ in }) {
        store.environment = env(t)
        let now = at(t)
        let looks = now.timeIntervalSince(store.state.store.lastExternalCheck ?? .distantPast) >= 2
        store.send(.session(.tick(now)), effects: (looks ? [.store(.checkExternalChange(file: self.file, known: identity))] : []) + effects,
                   file: file, line: line) {
            $0.lastTick = now
            if looks { $0.store.lastExternalCheck = now }
            update(&$0)
        }
    }

    /// What the reducer makes of a found offer: its draft restored as a form over the document
    /// with the offered edits applied, the fields it fills.
    func offered(_ offer: RecoveryOffer, _ state: AppState) -> RecoveryOffer {
        var offered = offer
        var over = state
        for edit in offer.edits { over.document.apply(edit) }
        let restored = offer.draft?.restore(in: over, user: "tester")
        offered.draftForm = restored?.form
        offered.draftFields = restored?.changed ?? 0
        return offered
    }

    func testTheDraftIsWrittenASecondAfterTheLastKey() throws {
        let store = readyStore()
        typedCase(store)
        // Not while typing.
        tick(store, at: 3.5)
        // A second after the last key, beside this session's journal.
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(store.state.form), at: at(3)))
        tick(store, at: 4, effects: [.store(.writeDraft(journal: journal, draft))]) {
            $0.store.draftChangedAt = nil
            $0.store.draftWritten = true
        }
        XCTAssertEqual(draft.purpose, .newCase)
        XCTAssertEqual(draft.values.first { $0.key == "birthYear" }?.text, "19x5", "kept as typed, valid or not")
        // Once per change.
        tick(store, at: 9)

        // Submitted: the draft goes (the case is in the journal now).
        guard let i = store.state.form?.index(of: \CaseEditorForm.birthYear) else { return XCTFail() }
        store.environment = env(10)
        store.drive([.form(.focus(i)), .form(.edit(.end)), .form(.edit(.deleteToStart))])
        var c = Case(id: "id-1", meta: RecordMeta(revision: 1, modifiedAt: at(11), modifiedBy: "tester"), number: "NRW-2023-000001")
        c.person.firstName = "Olena"
        c.person.lastName = "Kovalenko"
        c.counsellor = "tester"
        c.firstCounsellingDate = Day(Date(timeIntervalSince1970: 0)) // "today" when the form opened, before the first tick
        let label = CaseText.labelCaseSaved("NRW-2023-000001")
        store.environment = env(11)
        // Ctrl-S in the form writes the file too.
        var written = store.state.document
        written.apply(.put(.case(c)))
        let save = SaveRequest(file: file, document: written, base: Fixture.document(), baseIdentity: TestStore.loadedIdentity, format: .binary,
                               generation: 1, at: at(11), user: "tester", journal: journal, purge: [])
        store.send(.form(.submit), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(c)), base: .absent)], at: at(11))),
                                             .store(.save(save)), .store(.discardDraft(journal: journal))]) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label, at: self.at(11))
            $0.store.draftChangedAt = nil
            $0.store.draftWritten = false
            $0.status = shown(label, at: self.at(11))
            $0.store.savingGeneration = 1
            $0.store.savingDocument = written
        }
    }

    func testCancellingDeletesTheDraftAndAFilterHasNone() throws {
        let store = readyStore()
        typedCase(store)
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(store.state.form), at: at(3)))
        tick(store, at: 5, effects: [.store(.writeDraft(journal: journal, draft))]) {
            $0.store.draftChangedAt = nil
            $0.store.draftWritten = true
        }
        store.environment = env(6)
        store.send(.form(.cancel), .form(.confirmDiscard), effects: [.store(.discardDraft(journal: journal))]) {
            $0.form = nil
            $0.store.draftWritten = false
        }

        // A filter is no work to lose.
        store.environment = env(7)
        store.send(.cases(.openFilter)) { $0.form = CaseForm.filterForm($0) }
        store.drive([.form(.edit(.insert("x")))])
        XCTAssertNil(store.state.store.draftChangedAt)
        tick(store, at: 9)
    }

    func testASignalWritesTheDraftAtOnceAndKeepsIt() throws {
        let store = readyStore()
        typedCase(store)
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(store.state.form), at: at(3)))
        // Written before the program goes, and kept.
        store.environment = env(3.2)
        store.send(.session(.terminate(.hangup)), effects: [.store(.writeDraft(journal: journal, draft)), .quit]) {
            $0.store.draftChangedAt = nil
            $0.store.draftWritten = true
        }
    }

    func testADraftIsOfferedRestoredWithItsInvalidFieldsOrDeclined() throws {
        let typed = readyStore()
        typedCase(typed)
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(typed.state.form), at: at(3)))
        let gone = "/tmp/iq-tui-draft-test/iq-tui.plist.tester.pc.9.1.journal"
        let offer = RecoveryOffer(edits: [], entries: 0, lastAt: draft.at, records: 0, journals: [gone], draft: draft)

        let store = readyStore()
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = self.offered(offer, $0)
            $0.overlay = .recovery
        }
        XCTAssertEqual(store.state.store.recovery?.draftFields, 3, "first and last name, birth year")
        XCTAssertEqual(store.state.store.recovery?.draftForm?.title, "Neuer Fall")
        // It is this session's draft now: written beside its own journal before the gone one goes.
        let restoredForm = try XCTUnwrap(store.state.store.recovery?.draftForm)
        store.environment = env(20)
        store.send(.store(.acceptRecovery), effects: [.store(.writeDraft(journal: journal, draft)), .store(.settleOrphans([gone]))]) {
            $0.form = restoredForm
            let context = $0.formContext
            $0.form?.validate(context)
            $0.store.draftWritten = true
            $0.store.recovery = nil
            $0.overlay = nil
            $0.status = shown(StoreText.statusDraftRestored(restoredForm.title), at: self.at(20))
        }
        let form = try XCTUnwrap(store.state.form)
        XCTAssertEqual(form.purpose, .newCase)
        let restored = try XCTUnwrap(form.model(CaseEditorForm.self))
        XCTAssertEqual(restored.lastName.value, "Kovalenko")
        XCTAssertEqual(restored.birthYear.control.text.text, "19x5", "the invalid field comes back too")
        XCTAssertNotNil(restored.birthYear.control.error, "and says what is wrong with it")
        XCTAssertTrue(form.showsError(form.index(of: \CaseEditorForm.birthYear) ?? -1))

        // Declined: deleted.
        let declining = readyStore()
        declining.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = self.offered(offer, $0)
            $0.overlay = .recovery
        }
        declining.send(.store(.declineRecovery), effects: [.store(.settleOrphans([gone]))]) {
            $0.store.recovery = nil
            $0.overlay = nil
        }
    }

    func testEditsAreAskedAboutFirstThenTheDraft() throws {
        let typed = readyStore()
        typedCase(typed)
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(typed.state.form), at: fixedDate))
        let store = readyStore()
        let offer = RecoveryOffer(edits: [.remove(.partner, "p.bezirk")], bases: [RecordRef(.partner, "p.bezirk"): .record(.partner(Fixture.document().partners.items[0]))],
                                  entries: 1, lastAt: fixedDate, records: 1, journals: ["j"], draft: draft)
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = self.offered(offer, $0)
            $0.overlay = .recovery
        }
        let restored = try XCTUnwrap(store.state.store.recovery?.draftForm)
        // The draft is still to be asked about; the declined edits are not applied.
        store.send(.store(.declineRecovery)) { $0.store.recovery?.edits = [] }
        store.send(.store(.acceptRecovery), effects: [.store(.writeDraft(journal: journal, draft)), .store(.settleOrphans(["j"]))]) {
            $0.form = restored
            let context = $0.formContext
            $0.form?.validate(context)
            $0.store.draftWritten = true
            $0.store.recovery = nil
            $0.overlay = nil
            $0.status = shown(StoreText.statusDraftRestored(restored.title))
        }
        XCTAssertEqual(store.state.form?.purpose, .newCase)
        XCTAssertNotNil(store.state.document.partners["p.bezirk"])
    }

    // MARK: The names drafts store fields under

    /// Drafts keep each field under a name; older drafts on disk use these, so a form may add
    /// fields but never rename one.
    func testEveryFormStoresItsFieldsUnderTheNamesOlderDraftsUse() throws {
        var state = readyStore().state
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
              "furtherReferenzberufe", "qualification", "countryOfTraining", "nationality", "yearOfEntry", "residence", "residenceStatus",
              "benefits", "germanLevel", "regulated", "authority", "cameVia", "counsellingChannel", "counsellingResult", "site", "counsellor", "applicationDate", "decision", "decisionDate",
              "progress.heading", "progress.firstCounselling", "progress.skillsAnalysis", "progress.fileComplete", "progress.compensation",
              "progress.months", "progress.fees", "progress.grant", "progress.grantAmount", "progress.qualificationStart", "progress.licence",
              "progress.onHoldSince", "progress.endDate",
              "measure", "provider", "consentDate", "deletionDate", "notes"]),
            (CaseForm.statusForm(c, state), ["status", "day", "note"]),
            (CaseForm.appointmentForm(c, state), ["day", "time", "duration", "channel", "note", "cancelled"]),
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
        let restored = try XCTUnwrap(draft.restore(in: readyStore().state, user: "tester"))
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
        let restored = try XCTUnwrap(draft.restore(in: readyStore().state, user: "tester"))
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
