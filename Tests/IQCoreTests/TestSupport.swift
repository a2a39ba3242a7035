import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

// Shared fixtures for the IQCore tests: a fixed clock, fixed ids and user, small hand-built
// documents that do not depend on the seed dataset, and a helper that runs actions through
// the app reducer unchecked (the checked way is TestStore/).

/// Small hand-built records and documents.
extension Fixture {
    /// Five partners, three sites, two measures.
    static func document() -> Document {
        Document(partners: partners, sites: sites, measures: measures)
    }

    /// `count` partners named "Partner 001", "Partner 002", … for lists longer than a page.
    static func numberedPartners(_ count: Int) -> [Partner] {
        (0..<count).map { i in
            let n = String(format: "%03d", i + 1)
            return Partner(id: RecordID("p.\(n)"), name: "Partner \(n)", category: .provider, cities: ["Ort \(n)"])
        }
    }

    static func numberedDocument(partners count: Int) -> Document {
        Document(partners: numberedPartners(count), sites: sites, measures: measures)
    }

    /// A fresh state in German with the given document.
    static func state(_ document: Document = document()) -> AppState {
        AppState(document: document)
    }
}

/// Asserts that the selection of a pane is inside its list. (That it is on screen is the view
/// state's business: IQTUITests/ViewStateTests.)
func assertCursorValid(_ state: AppState, _ pane: Pane, file: StaticString = #filePath, line: UInt = #line) {
    let cursor = state[pane].cursor
    let count = state.rowCount(pane)
    if count == 0 {
        XCTAssertEqual(cursor.selected, 0, "selection of an empty list", file: file, line: line)
        return
    }
    XCTAssertTrue((0..<count).contains(cursor.selected), "selected \(cursor.selected) outside 0..<\(count)", file: file, line: line)
}

/// A list's filter with `text` typed into it (a filter keeps the search limit).
func typedFilter(_ text: String) -> TextField { TextField(text, limit: FieldLimit.search) }
