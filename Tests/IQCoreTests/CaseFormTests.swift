import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The case form: its refusals, saving and editing, the suggested zuständige Stelle and the
/// Referenzberuf from the table.
final class CaseFormTests: XCTestCase, CaseTesting {
    private func error<Input: FormInput>(_ field: WritableKeyPath<CaseEditorForm, Input>, _ state: AppState) -> Message? {
        state.form?.model(CaseEditorForm.self)?[keyPath: field].control.error
    }

    // MARK: The case form

    func testTheNewCaseFormOpensEmptyWithTheFirstNameFocused() {
        let store = casesStore(fourCases)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        XCTAssertEqual(store.state.inputMode, .form)
        let form = store.state.form
        XCTAssertEqual(form?.purpose, .newCase)
        XCTAssertEqual(form?.title, "Neuer Fall")
        XCTAssertEqual(form?.focus, form?.index(of: \CaseEditorForm.firstName))
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.firstName.control.isRequired, true)
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.lastName.control.isRequired, true)
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.counsellor.value, "tester", "the counsellor is the one who opens it")
        XCTAssertEqual(form?.isChanged, false)
        XCTAssertFalse(form?.hasErrors ?? true, "no errors before anything was typed")
    }

    func testEmptyNamesAreNotSaved() {
        let store = casesStore(fourCases)
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        // The form stays open, nothing is saved, the focus goes to the first wrong field.
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \CaseEditorForm.firstName) { $0.firstName.control.error = FormText.formRequired; $0.lastName.control.error = FormText.formRequired }
        }
        XCTAssertEqual(store.state.inputMode, .form)

        // Blanks are no name either.
        store.fill(\CaseEditorForm.firstName, "   ")
        store.fill(\CaseEditorForm.lastName, "Kovalenko")
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.firstName) { $0.firstName.control.error = FormText.formRequired } }
        XCTAssertNil(error(\.lastName, store.state))
    }

    func testADecisionBeforeTheApplicationIsNotSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.applicationDate, "10.3.2026")
        store.choose(\CaseEditorForm.decision, .partial)
        store.fill(\CaseEditorForm.decisionDate, "01.03.2026")
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \CaseEditorForm.decisionDate) { $0.decisionDate.control.error = CaseText.formDecisionBeforeApplication }
        }
        XCTAssertNil(error(\.applicationDate, store.state))

        // The same day is fine.
        store.fill(\CaseEditorForm.decisionDate, "2026-03-10")
        XCTAssertNil(error(\.decisionDate, store.state))
        var c = saved("id-1", "NRW-2023-000001")
        c.applicationDate = day(2026, 3, 10)
        c.decision = .partial
        c.decisionDate = day(2026, 3, 10)
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: CaseText.labelCaseSaved("NRW-2023-000001"))
            $0.status = shown(CaseText.labelCaseSaved("NRW-2023-000001"))
        }
    }

    func testADecisionWithoutItsDateIsNotSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.choose(\CaseEditorForm.decision, .full)
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.decisionDate) { $0.decisionDate.control.error = CaseText.formDecisionNeedsDate } }
        // A date without a decision is no error.
        store.choose(\CaseEditorForm.decision, nil)
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.decision.value?.formToken)
        store.fill(\CaseEditorForm.decisionDate, "3.4.2026")
        XCTAssertNil(error(\.decisionDate, store.state))
    }

    func testAnImpossibleDayIsNotSaved() {
        let store = casesStore()
        newCaseForm(store)
        store.choose(\CaseEditorForm.decision, .full)
        store.fill(\CaseEditorForm.decisionDate, "31.2.2026")
        // A bad day, not a missing one.
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.decisionDate) { $0.decisionDate.control.error = CaseText.formBadDay } }
        for (key, field) in [("applicationDate", \CaseEditorForm.applicationDate), ("consentDate", \.consentDate), ("deletionDate", \.deletionDate)] {
            store.fill(field, "31.2.2026")
            XCTAssertEqual(error(field, store.state), CaseText.formBadDay, key)
            store.fill(field, "")
            XCTAssertNil(error(field, store.state), key)
        }
        store.fill(\CaseEditorForm.birthYear, "85")
        XCTAssertEqual(error(\.birthYear, store.state), CaseText.formBadYear)
        store.fill(\CaseEditorForm.email, "olena(at)example.org")
        XCTAssertEqual(error(\.email, store.state), FormText.formBadEmail)
        store.fill(\CaseEditorForm.phone, "bitte anrufen")
        XCTAssertEqual(error(\.phone, store.state), FormText.formBadPhone)
        store.send(.form(.submit)) { $0.expectRefused(focus: \CaseEditorForm.birthYear) { _ in } }
    }

    func testAValidNewCaseIsSavedNumberedStampedSelectedAndUndoneInOneStep() {
        let others = [
            makeCase("c.a", "NRW-2023-000001", "Anna", "Alt", beruf: "Lehrer/in"),
            makeCase("c.b", "NRW-2024-000001", "Bert", "Bald", beruf: "Lehrer/in"),
            makeCase("c.c", "NRW-2023-000002", "Carla", "Clever", beruf: "Lehrer/in"),
        ]
        let store = casesStore(others)
        newCaseForm(store)
        store.fill(\CaseEditorForm.birthYear, "1991")
        store.choose(\CaseEditorForm.sex, .female)
        store.fill(\CaseEditorForm.phone, "+49 221 123456")
        store.fill(\CaseEditorForm.email, "olena@example.org")
        store.fill(\CaseEditorForm.qualification, "Vykhovatel (Kyjiw)")
        store.search(\CaseEditorForm.countryOfTraining, "UA")
        store.search(\CaseEditorForm.nationality, "ukrain")
        store.fill(\CaseEditorForm.yearOfEntry, "2022")
        store.fill(\CaseEditorForm.residence, "Köln")
        store.choose(\CaseEditorForm.benefits, .sgbII)
        store.choose(\CaseEditorForm.germanLevel, .b2)
        store.choose(\CaseEditorForm.cameVia, .jobcenter)
        store.choose(\CaseEditorForm.site, "s.koeln")
        store.fill(\CaseEditorForm.applicationDate, "3.3.2026")
        store.choose(\CaseEditorForm.measure, "m.pflege")
        store.fill(\CaseEditorForm.consentDate, "03.02.26")
        store.fill(\CaseEditorForm.notes, "Unterlagen vollständig.\n")

        // The id from the environment, the number after the year's highest, no timeline, no
        // decision, no deletion date; trailing line breaks trimmed; without a Referenzberuf
        // "regulated" stays unknown and no authority is filled in.
        var c = saved("id-1", "NRW-2023-000003")
        c.person.birthYear = 1991
        c.person.sex = .female
        c.person.phone = "+49 221 123456"
        c.person.email = "olena@example.org"
        c.qualification = "Vykhovatel (Kyjiw)"
        c.countryOfTraining = "UA"
        c.nationality = "UA"
        c.yearOfEntry = 2022
        c.residence = "Köln"
        c.benefits = .sgbII
        c.germanLevel = .b2
        c.cameVia = .jobcenter
        c.siteID = "s.koeln"
        c.applicationDate = day(2026, 3, 3)
        c.measureID = "m.pflege"
        // The measure's only Träger.
        c.providerID = "p.caritas"
        c.consentDate = day(2026, 2, 3)
        c.notes = "Unterlagen vollständig."
        let label = CaseText.labelCaseSaved("NRW-2023-000003")
        // Saved, closed and selected in the list: 2023-1, 2023-2, the new 2023-3, then 2024-1.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(c)), label: label)
            $0[.cases].cursor.selected = 2
            $0.status = shown(label)
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
        XCTAssertEqual(numbers(store.state), ["NRW-2023-000001", "NRW-2023-000002", "NRW-2023-000003", "NRW-2024-000001"])
        XCTAssertEqual(CaseReducer.selected(store.state)?.id, "id-1")
        assertCursorValid(store.state, .cases)

        // One undo takes the whole case back.
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.cases.items, others)
        XCTAssertFalse(store.state.history.canUndo)
        assertCursorValid(store.state, .cases)
        store.send(.document(.redo)) {
            _ = $0.documentState.history.redo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusRedone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.cases["id-1"], c)
    }

    func testEditingKeepsNumberStatusAndTimeline() {
        var original = makeCase("c.olena", "NRW-2026-000001", "Olena", "Kovalenko", beruf: "Erzieher/in", status: .applied,
                                site: "s.koeln", counsellor: "anna", appointments: [day(2026, 4, 20)])
        original.timeline.insert(TimelineEntry(day: day(2026, 2, 1), kind: .status(from: .firstCounselling, to: .preparingApplication)), at: 0)
        original.timeline.insert(TimelineEntry(day: day(2026, 3, 1), kind: .status(from: .preparingApplication, to: .applied), note: "per Post"), at: 1)
        original.applicationDate = day(2026, 3, 1)
        let store = casesStore([makeCase("c.other", "NRW-2025-000009", "X", "Y", beruf: ""), original])
        select("c.olena", store)
        store.send(.cases(.editCase)) { $0.form = CaseForm.editor(for: original, $0, user: "tester") }
        let form = store.state.form
        XCTAssertEqual(form?.purpose, .editCase("c.olena"))
        XCTAssertEqual(form?.title, "Fall NRW-2026-000001 bearbeiten")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.firstName.value, "Olena", "the form shows the case")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.applicationDate.value, "01.03.2026", "days the German way")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.site.value?.formToken, "s.koeln")
        XCTAssertEqual(form?.model(CaseEditorForm.self)?.counsellor.value, "anna", "the case's counsellor, not the user")

        store.fill(\CaseEditorForm.lastName, "Kovalenko-Schmidt")
        store.fill(\CaseEditorForm.residence, "Bonn")
        store.environment = Self.env2026(user: "ben")
        // Edited in place: the number, the status, the timeline never change by the form.
        var edited = original
        edited.person.lastName = "Kovalenko-Schmidt"
        edited.residence = "Bonn"
        // An unknown "regulated" comes from the table of the Referenzberuf.
        edited.regulated = true
        edited.meta = RecordMeta(revision: 2, modifiedAt: Self.todayDate, modifiedBy: "ben")
        let label = CaseText.labelCaseSaved("NRW-2026-000001")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.case(edited)), label: label)
            $0.store.lastEditAt = Self.todayDate
            $0.status = StatusMessage(label, expiresAt: Self.todayDate.addingTimeInterval(5))
        }
        XCTAssertEqual(CaseReducer.selected(store.state)?.id, "c.olena")
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.store.lastEditAt = Self.todayDate
            $0.status = StatusMessage(CommonText.statusUndone(label.text(.de)), expiresAt: Self.todayDate.addingTimeInterval(5))
        }
        XCTAssertEqual(store.state.document.cases["c.olena"], original)
    }

    func testEditAndStepsNeedASelectedCase() {
        let store = casesStore()
        for action in [CaseAction.editCase, .stepStatus, .addAppointment, .addReferral, .purge] {
            store.send(.cases(action))
        }
        // A new case needs none.
        store.send(.cases(.newCase)) { $0.form = CaseForm.editor(for: nil, $0, user: "tester") }
    }

    // MARK: The suggested zuständige Stelle, the Referenzberuf

    func testTheSuggestedAuthorityIsAWarningAtTheAuthorityField() throws {
        let store = casesStore()
        newCaseForm(store)
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning, "nothing to suggest yet")
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.search(\CaseEditorForm.countryOfTraining, "PL")
        let warning = try XCTUnwrap(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning)
        let text = warning.text(.de)
        XCTAssertTrue(text.hasPrefix("Vorschlag: Bezirksregierung Arnsberg – "), text)
        XCTAssertTrue(text.contains("Polen (PL)"), "the reason names the country: \(text)")
        XCTAssertNil(error(\.authority, store.state), "a suggestion, not an error")
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.authority.value, "", "nothing is typed for the counsellor")

        // Another country of training, another Bezirksregierung; training in Germany: no suggestion.
        store.search(\CaseEditorForm.countryOfTraining, "Frankreich")
        XCTAssertTrue(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de).hasPrefix("Vorschlag: Bezirksregierung Köln") == true)
        store.search(\CaseEditorForm.countryOfTraining, "DE")
        let needs = store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de) ?? ""
        XCTAssertFalse(needs.isEmpty, "the rules say why they cannot suggest")
        XCTAssertFalse(needs.hasPrefix("Vorschlag"), needs)
        store.fill(\CaseEditorForm.referenzberuf, "")
        XCTAssertNil(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning, "gone with the Referenzberuf")
    }

    func testAnEmptyAuthorityIsFilledFromTheSuggestionOnSave() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.search(\CaseEditorForm.countryOfTraining, "PL")
        // A warning does not stop saving: the authority with its partner, the table's name of
        // the Referenzberuf, and an unknown "regulated" from the table.
        var c = saved("id-1", "NRW-2023-000001")
        c.countryOfTraining = "PL"
        c.referenzberuf = "Erzieher/in"
        c.regulated = true
        c.authority = "Bezirksregierung Arnsberg"
        c.authorityID = "partner.bezreg-arnsberg"
        submitCase(store, c)
    }

    func testATypedAuthorityIsKept() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Erzieherin")
        store.search(\CaseEditorForm.countryOfTraining, "PL")
        store.fill(\CaseEditorForm.authority, "Landesjugendamt Westfalen")
        store.choose(\CaseEditorForm.regulated, false)
        // The counsellor's entry wins and is no seed partner; a chosen "regulated" is kept too.
        var c = saved("id-1", "NRW-2023-000001")
        c.countryOfTraining = "PL"
        c.referenzberuf = "Erzieher/in"
        c.regulated = false
        c.authority = "Landesjugendamt Westfalen"
        submitCase(store, c)
    }

    func testTheReferenzberufIsSavedAsTheTableNamesIt() {
        let store = casesStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Krankenschwester")
        XCTAssertTrue(store.state.form?.model(CaseEditorForm.self)?.authority.control.warning?.text(.de).hasPrefix("Vorschlag: Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG), Bezirksregierung Münster") == true)
        var c = saved("id-1", "NRW-2023-000001")
        c.referenzberuf = "Pflegefachfrau/Pflegefachmann"
        XCTAssertEqual(c.referenzberuf, ReferenceOccupations.occupation(id: "gesundheits-krankenpfleger")?.name)
        c.regulated = true
        c.authority = "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG), Bezirksregierung Münster"
        c.authorityID = "partner.zag"
        submitCase(store, c)

        // A Referenzberuf the table does not know is kept as typed, with nothing filled in.
        let free = casesStore()
        newCaseForm(free)
        free.fill(\CaseEditorForm.referenzberuf, "Schiffsbaumeister aus Übersee")
        var typed = saved("id-1", "NRW-2023-000001")
        typed.referenzberuf = "Schiffsbaumeister aus Übersee"
        submitCase(free, typed)
    }
}
