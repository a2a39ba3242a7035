import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// The counts in a pane's frame are written with the language's thousands separator (issue 13 §7).
final class CountFormatTests: XCTestCase {
    func testPaneFrameCountHasThousandsSeparators() {
        var document = Fixture.document
        for i in 0..<1_234 {
            document.partners.put(Partner(id: RecordID("p.gen.\(i)"), name: "Stelle \(i)", category: .project))
        }
        let existing = Fixture.document.partners.count
        for (language, total) in [(Language.de, "1.\(234 + existing)"), (.en, "1,\(234 + existing)")] {
            let state = AppState(document: document, language: language, options: AppState.Options(ascii: false, mouse: true))
            let top = Fixture.render(state, 100, 30).row(0)
            XCTAssertTrue(top.contains(" \(total) "), "\(language): \(top)")
            // The tree's group counts too.
            var tree = state
            tree.directory.showsTree = true
            let projects = document.partners.items.filter { $0.category == .project }.count
            let group = NumberFormat.integer(projects, language)
            XCTAssertTrue(group.count == 5, group)
            XCTAssertTrue(Fixture.render(tree, 100, 30).text().contains("(\(group))"), "\(language): tree")
        }
    }
}
