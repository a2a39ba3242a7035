import XCTest
@testable import IQCore
import IQTestSupport

/// Validation of the partner form: invalid data is never saved.
final class FormEngineValidationTests: XCTestCase, FormEngineTesting {
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
}
