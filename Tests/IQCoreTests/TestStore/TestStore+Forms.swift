import XCTest
@testable import IQCore

// Filling a form key by key is specified in FormEngineInputTests; elsewhere it only brings a form to
// the values a test needs, so these helpers drive the store without asserting each keystroke.
// What the submit then does is asserted in full.
extension TestStore {
    private func index<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, file: StaticString, line: UInt) -> Int? {
        let i = state.form?.index(of: path)
        if i == nil { XCTFail("no such field in the open form (\(Form.self))", file: file, line: line) }
        return i
    }

    /// Focuses a text field, empties it and types the text.
    func fill<Form: FormModel, Input: FormInput>(_ path: WritableKeyPath<Form, Input>, _ text: String,
                                                 file: StaticString = #filePath, line: UInt = #line) {
        guard let i = index(path, file: file, line: line) else { return }
        drive([.form(.focus(i)), .form(.edit(.end)), .form(.edit(.deleteToStart))] + (text.isEmpty ? [] : [.form(.edit(.insert(text)))]))
        XCTAssertEqual(state.form?.model(Form.self)?[keyPath: path].control.text.text, text, file: file, line: line)
    }

    /// Focuses a choice field and steps to the option with this value (nil is the "none"
    /// option — unknown, all).
    func choose<Form: FormModel, Value>(_ path: WritableKeyPath<Form, ChoiceInput<Value>>, _ value: Value?,
                                        file: StaticString = #filePath, line: UInt = #line) {
        guard let i = index(path, file: file, line: line), let input = state.form?.model(Form.self)?[keyPath: path] else { return }
        drive([.form(.focus(i))])
        for _ in input.values where state.form?.model(Form.self)?[keyPath: path].value != value { drive([.form(.choose(1))]) }
        XCTAssertEqual(state.form?.model(Form.self)?[keyPath: path].value, value, file: file, line: line)
    }
}

extension AppState {
    /// A submit the form refuses: it stays open at the first wrong field, marked as submitted,
    /// with the errors `errors` sets; the status bar says so; the document does not change.
    mutating func expectRefused<Form: FormModel, Input: FormInput>(focus: WritableKeyPath<Form, Input>, errors: (inout Form) -> Void) {
        form?.edit(Form.self, errors)
        if let i = form?.index(of: focus) { form?.focus = i }
        // The wrong field's text is not selected: a mistake is mended in place.
        form?.textSelected = false
        form?.submitted = true
        status = shown(FormText.formHasErrors, .error)
    }
}
