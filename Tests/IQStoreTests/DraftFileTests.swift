import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore

/// The open form's draft on disk (when it is written and offered: FormDraftTests).
final class DraftFileTests: XCTestCase {
    func testADraftRoundTripsThroughItsFile() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/iq-draft-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Every kind of value a form leaves (typed text, valid or not; a choice by its value; a
        // checkbox), for a form about a record (an id to keep). Built as a value, so the file is
        // tested apart from how the form engine fills a draft (FormDraftTests).
        let draft = FormDraft(purpose: .editCase("c.1"), values: [
            FormDraft.Value(key: "firstName", text: "Olena"), FormDraft.Value(key: "lastName", text: "Kovalenko"),
            FormDraft.Value(key: "birthYear", text: "19x5"), FormDraft.Value(key: "notes", text: "Zeile 1\nZeile 2"),
            FormDraft.Value(key: "status", choice: "firstCounselling"), FormDraft.Value(key: "consent", isOn: true),
        ], at: fixedDate)
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
