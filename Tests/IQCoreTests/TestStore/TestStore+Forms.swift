import XCTest
@testable import IQCore

// Filling a form key by key is specified in FormEngineTests; elsewhere it only brings a form to
// the values a test needs, so these helpers drive the store without asserting each keystroke.
// What the submit then does is asserted in full.
extension TestStore {
    private func fieldIndex(_ key: String, file: StaticString, line: UInt) -> Int? {
        let i = state.form?.fields.firstIndex { $0.key == key }
        if i == nil { XCTFail("no field \(key)", file: file, line: line) }
        return i
    }

    /// Focuses a text field, empties it and types the text.
    func fill(_ key: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let i = fieldIndex(key, file: file, line: line) else { return }
        drive([.form(.focus(i)), .form(.edit(.end)), .form(.edit(.deleteToStart))] + (text.isEmpty ? [] : [.form(.edit(.insert(text)))]))
        XCTAssertEqual(state.form?[key]?.text.text, text, file: file, line: line)
    }

    /// Focuses a choice field and steps to the option with this value ("" is the "none" option
    /// — unknown, all — which `choice` reports as nil).
    func choose(_ key: String, _ value: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let i = fieldIndex(key, file: file, line: line) else { return }
        drive([.form(.focus(i))])
        guard case .choice(let options)? = state.form?.fields[i].kind else { return XCTFail("\(key) is no choice", file: file, line: line) }
        for _ in options where (state.form?.choice(key) ?? "") != value { drive([.form(.choose(1))]) }
        XCTAssertEqual(state.form?.choice(key) ?? "", value, file: file, line: line)
    }
}

extension AppState {
    /// A submit the form refuses: it stays open at the first wrong field, marked as submitted,
    /// with these errors; the status bar says so; the document does not change.
    mutating func expectRefused(errors: [String: Message], focus: String) {
        for (key, message) in errors {
            if let i = form?.fields.firstIndex(where: { $0.key == key }) { form?.fields[i].error = message }
        }
        if let i = form?.fields.firstIndex(where: { $0.key == focus }) { form?.focus = i }
        form?.submitted = true
        status = shown(Message(.formHasErrors), .error)
    }
}
