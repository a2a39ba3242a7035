import XCTest
@testable import IQCore
import IQTestSupport

/// The typed forms behind the one engine: every input of a form is one of its slots, named as
/// the property is, and the form reducer changes the form alone and says what it wants done.
final class FormModelTests: XCTestCase {
    private let aCase = Case(id: "c.1", meta: RecordMeta(revision: 0, modifiedAt: fixedDate, modifiedBy: "x"), number: "NRW-2026-000001")

    private func state() -> AppState {
        var state = Fixture.state()
        state.document.cases.put(aCase)
        return state
    }

    private func everyForm(_ state: AppState) -> [FormState] {
        [PartnerForm.editor(for: nil, state), PartnerForm.filterForm(state), CaseForm.editor(for: nil, state, user: "tester"),
         CaseForm.statusForm(aCase, state), CaseForm.appointmentForm(aCase, state), CaseForm.referralForm(aCase, state),
         CaseForm.filterForm(state), MeasureForm.editor(for: nil, state), PaymentForm.editor(for: nil, measure: nil, state)]
    }

    /// A stored input without a slot would never be drawn, focused or kept in a draft.
    func testEveryInputOfEveryFormIsASlotNamedAsItsProperty() {
        for form in everyForm(state()) {
            var names: [String] = []
            for child in Mirror(reflecting: form.content.model).children {
                guard let label = child.label else { continue }
                if child.value is any FormInput { names.append(label) }
                if let list = child.value as? CheckList<FieldOfAction> { names += list.items.map { "field." + $0.value.rawValue } }
                if let list = child.value as? CheckList<RecordID> { names += list.items.map { "provider." + $0.value.rawValue } }
                // A group of inputs (the case editor's "Verfahren und Bescheid"): each slot named "group.property".
                if let group = child.value as? CaseProgressInputs {
                    names += Mirror(reflecting: group).children.compactMap { $0.label.map { "\(label).\($0)" } }
                }
            }
            // The status step shows the fields of the step chosen: every input for some step.
            if var step = form.model(CaseStatusForm.self) {
                var shown: [String] = []
                for status in CaseStatus.allCases {
                    step.status = ChoiceInput("", options: [(status, "")], selected: status)
                    shown += step.slots.map(\.name).filter { !shown.contains($0) }
                }
                XCTAssertEqual(Set(shown), Set(names), form.title)
                continue
            }
            XCTAssertEqual(form.draftNames, names, form.title)
            XCTAssertEqual(Set(form.draftNames).count, form.draftNames.count, "no name twice: \(form.title)")
        }
    }

    func testEachFormIsTheCaseOfItsPurpose() {
        let purposes = everyForm(state()).map(\.purpose)
        XCTAssertEqual(purposes, [.newPartner, .partnerFilter, .newCase, .caseStatus("c.1"), .caseAppointment("c.1"),
                                  .caseReferral("c.1"), .caseFilter, .newMeasure, .newPayment])
    }

    // MARK: The reducer and what it hands back

    private func context(_ state: AppState) -> FormContext { FormContext(document: state.document, language: .de) }

    func testCancellingAnUnchangedFormAsksToCloseIt() {
        let s = state()
        var form = PartnerForm.editor(for: nil, s)
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .cancel, context: context(s)), .closed)
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .edit(.insert("x")), context: context(s)), nil)
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .cancel, context: context(s)), nil, "a changed form asks first")
        XCTAssertTrue(form.askDiscard)
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .confirmDiscard, context: context(s)), .closed)
    }

    func testAFullFieldSaysItsLimit() {
        let s = state()
        var form = PartnerForm.editor(for: nil, s)
        let full = String(repeating: "a", count: FieldLimit.short)
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .edit(.insert(full)), context: context(s)), nil, "what fits is taken quietly")
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .edit(.insert("b")), context: context(s)),
                       .say(FormText.formFieldLimit(FieldLimit.short), .warning))
    }

    func testSubmittingHandsBackTheValidFormOnly() throws {
        let s = state()
        var form = PartnerForm.editor(for: nil, s)
        XCTAssertEqual(FormReducer.reduce(into: &form, action: .submit, context: context(s)), .say(FormText.formHasErrors, .error))
        XCTAssertEqual(form.focus, form.index(of: \PartnerEditorForm.name), "the focus went to the first wrong field")
        form.edit(PartnerEditorForm.self) {
            $0.name.set("Bildungswerk Süd")
            $0.category.select(.provider)
            $0.fieldsOfAction.set(.qualification, isOn: true)
        }
        guard case .submitted(.partner(let valid))? = FormReducer.reduce(into: &form, action: .submit, context: context(s)) else {
            return XCTFail("not submitted")
        }
        let partner = valid.partner(in: s.document, newID: "p.new")
        XCTAssertEqual(partner.id, "p.new")
        XCTAssertEqual(partner.name, "Bildungswerk Süd")
        XCTAssertEqual(partner.category, .provider)
        XCTAssertEqual(partner.fieldsOfAction, [.qualification])
    }
}
