import XCTest
@testable import IQCore
import IQTestSupport

/// Shared helpers of the form engine tests: the partner form on a store, typing, focus, the
/// required fields and the partner a save expects.
protocol FormEngineTesting {}

extension FormEngineTesting {
    func type(_ text: String, _ state: inout AppState) {
        for ch in text { reduce(&state, .form(.edit(.insert(String(ch))))) }
    }

    typealias Editor = PartnerEditorForm

    typealias Filter = PartnerFilterForm

    func filter(_ state: AppState) -> Filter? { state.form?.model(Filter.self) }

    /// The focused field, by the name its draft stores it under.
    func focusedKey(_ state: AppState) -> String? { state.form.map { $0.draftNames[$0.focus] } }

    func index<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ state: AppState) -> Int {
        state.form?.index(of: path) ?? -1
    }

    /// Focuses a field the way a click or a jump does.
    func focus<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ state: inout AppState,
                                                  file: StaticString = #filePath, line: UInt = #line) {
        let i = index(path, state)
        reduce(&state, .form(.focus(i)))
        XCTAssertEqual(state.form?.focus, i, file: file, line: line)
    }

    /// Focuses the check box of a field of action.
    func focus(_ field: FieldOfAction, _ state: inout AppState, file: StaticString = #filePath, line: UInt = #line) {
        let i = state.form?.index(of: \Editor.fieldsOfAction, field) ?? -1
        reduce(&state, .form(.focus(i)))
        XCTAssertEqual(state.form?.focus, i, file: file, line: line)
    }

    func selectedLabel<Form: FormModel, Value>(_ path: KeyPath<Form, ChoiceInput<Value>>, _ state: AppState) -> String? {
        guard let input = state.form?.model(Form.self)?[keyPath: path], let i = input.control.selected,
              input.labels.indices.contains(i) else { return nil }
        return input.labels[i]
    }

    func formStore(_ document: Document = Fixture.document()) -> TestStore {
        let store = TestStore(Fixture.state(document))
        store.send(.directory(.newPartner)) { $0.form = PartnerForm.editor(for: nil, $0) }
        return store
    }

    func type(_ text: String, _ store: TestStore) {
        store.drive(text.map { .form(.edit(.insert(String($0)))) })
    }

    func focus<Input: FormInput>(_ path: WritableKeyPath<Editor, Input>, _ store: TestStore,
                                 file: StaticString = #filePath, line: UInt = #line) {
        let i = index(path, store.state)
        store.drive([.form(.focus(i))])
        XCTAssertEqual(store.state.form?.focus, i, file: file, line: line)
    }

    /// Focuses the check box of a field of action.
    func focus(_ field: FieldOfAction, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        let i = store.state.form?.index(of: \Editor.fieldsOfAction, field) ?? -1
        store.drive([.form(.focus(i))])
        XCTAssertEqual(store.state.form?.focus, i, file: file, line: line)
    }

    /// Fills the fields a valid partner needs: a name and a category.
    func fillRequired(_ store: TestStore, name: String = "Bildungswerk Süd") {
        focus(\Editor.name, store)
        type(name, store)
        focus(\Editor.category, store)
        store.drive([.form(.typeAhead("t"))])
        XCTAssertEqual(store.state.form?.model(PartnerEditorForm.self)?.category.value?.formToken, PartnerCategory.provider.rawValue, "t: Träger")
    }

    /// A new partner as the form saves it: revision 1 from the clock, by the user.
    func created(_ id: RecordID, _ name: String, by user: String = "tester") -> Partner {
        Partner(id: id, meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: user), name: name, category: .provider)
    }

    /// Submits and expects the partner saved (added or edited in place) and selected, with the
    /// message that says so.
    func submitSaves(_ store: TestStore, _ partner: Partner, file: StaticString = #filePath, line: UInt = #line,
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
}
