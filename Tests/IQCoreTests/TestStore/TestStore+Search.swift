import XCTest
@testable import IQCore

extension TestStore {
    /// Focuses a long choice (a country, a site …), clears its search and types `query` into it
    /// letter by letter, as a counsellor does; the first match is chosen.
    func search<Form: FormModel, Value>(_ path: WritableKeyPath<Form, ChoiceInput<Value>>, _ query: String,
                                        file: StaticString = #filePath, line: UInt = #line) {
        guard let i = state.form?.index(of: path) else { return XCTFail("no such field", file: file, line: line) }
        drive([.form(.focus(i)), .form(.edit(.deleteToStart))] + query.map { .form(.typeAhead($0)) })
    }
}
