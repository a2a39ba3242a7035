import Foundation
import XCTest
@testable import IQCore
@testable import IQStore

/// The open form's draft on disk (when it is written and offered: FormDraftTests).
final class DraftFileTests: XCTestCase {
    func testADraftRoundTripsThroughItsFile() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/iq-draft-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A new case with a name and a birth year that does not validate, as FormDraftTests types it.
        var typed = AppState(document: Document(partners: Fixture.partners, sites: [Fixture.siteKoeln, Fixture.siteMobil],
                                                measures: [Fixture.measureTraining]))
        typed.focus = .cases
        _ = reduce(&typed, .cases(.newCase))
        for (key, text) in [("firstName", "Olena"), ("lastName", "Kovalenko"), ("birthYear", "19x5")] {
            let i = try XCTUnwrap(typed.form?.fields.firstIndex { $0.key == key })
            _ = reduce(&typed, .form(.focus(i)), .form(.edit(.insert(text))))
        }
        _ = reduce(&typed, .form(.focusNext))
        let draft = try XCTUnwrap(FormDraft(try XCTUnwrap(typed.form), at: fixedDate))
        let file = DraftFile(journal: dir + "/iq-tui.plist.tester.pc.1.2.journal")
        XCTAssertEqual(file.path, dir + "/iq-tui.plist.tester.pc.1.2.draft")
        try file.write(draft)
        var s = stat()
        XCTAssertEqual(stat(file.path, &s), 0)
        XCTAssertEqual(s.st_mode & 0o777, 0o600, "a draft is personal data")
        XCTAssertEqual(file.read(), draft)
        // A write killed before its rename leaves a temporary file: it goes with the draft.
        _ = FileManager.default.createFile(atPath: file.path + ".tmp-99-1", contents: Data("Olena".utf8))
        file.discard()
        XCTAssertNil(file.read())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), [])
    }
}
