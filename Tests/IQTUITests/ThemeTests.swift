import Foundation
import XCTest
@testable import IQTUI

final class ThemeTests: XCTestCase {
    func testBuiltInDefaultIsTheShippedFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../themes/default.theme").standardized
        let file = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(file.trimmingCharacters(in: .newlines), Theme.defaultText.trimmingCharacters(in: .newlines))
        let theme = Theme.builtInDefault
        for role in StyleRole.allCases {
            XCTAssertNotNil(theme.styles[role], "default theme lacks \(role)")
        }
        XCTAssertEqual(theme.style(.selection), Theme.Style(foreground: .indexed(0), background: .indexed(6)))
    }

    func testParseErrorsNameTheLine() {
        let bad = "# comment\nnormal = default\nselection = black on nowhere\n"
        guard case .failure(let e) = Theme.parse(bad, name: "bad") else { return XCTFail("accepted a bad colour") }
        XCTAssertEqual(e.line, 3)
        XCTAssertTrue(e.message.contains("nowhere"))
        guard case .failure(let e2) = Theme.parse("bogus = red", name: "x") else { return XCTFail() }
        XCTAssertEqual(e2.line, 1)
        guard case .failure = Theme.parse("normal = red, blinking", name: "x") else { return XCTFail("unknown attribute") }
        guard case .failure = Theme.parse("normal red", name: "x") else { return XCTFail("missing =") }
    }

    func testColoursAndAttributes() throws {
        let theme = try Theme.parse("header = bright-yellow on 17, bold, underline", name: "t").get()
        XCTAssertEqual(theme.style(.header), Theme.Style(foreground: .indexed(11), background: .indexed(17), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(.key), theme.style(.normal), "an unlisted role falls back to normal")
    }
}
