import Foundation
import XCTest
@testable import IQCore

/// A lost session created a case (in its journal) and was editing it (its draft): both come back,
/// the edits first, then the draft of the case they made. Declined edits take such a draft along.
final class RecoveryDraftTests: XCTestCase {
    private let gone = "/tmp/iq-tui-draft-test/iq-tui.plist.tester.pc.9.1.journal"

    private func readyState() -> AppState {
        var state = AppState(document: Fixture.document(), store: StoreState(file: SnapshotFile(path: "/tmp/iq-tui-draft-test/iq-tui.plist"), user: "tester"))
        let loaded = SnapshotFile.Loaded(document: Fixture.document(), header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5), format: .binary)
        _ = AppReducer.reduce(into: &state, action: .store(.loaded(loaded, created: false, writable: true)), environment: testEnvironment)
        state.focus = .cases
        return state
    }

    /// The offer of a session that created case c.new and then had its form open with notes typed.
    private func offer() throws -> RecoveryOffer {
        let created = Case(id: "c.new", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"), number: "NRW-2023-000001")
        var editing = readyState()
        editing.document.cases.put(created)
        _ = AppReducer.reduce(into: &editing, action: .cases(.editCase), environment: testEnvironment)
        var form = try XCTUnwrap(editing.form)
        XCTAssertEqual(form.purpose, .editCase("c.new"))
        form.edit(CaseEditorForm.self) { $0.notes.control.text = TextField("Zeugnisse fehlen noch", multiline: true) }
        let draft = try XCTUnwrap(FormDraft(form, at: fixedDate.addingTimeInterval(60)))
        return RecoveryOffer(edits: [.put(.case(created))], bases: [RecordRef(.case, "c.new"): .absent], entries: 1, firstAt: fixedDate,
                             lastAt: draft.at, records: 1, journals: [gone], draft: draft)
    }

    func testTheDraftOfACaseMadeOnlyInTheLostJournalIsOfferedAfterItsEdits() throws {
        var state = readyState()
        _ = AppReducer.reduce(into: &state, action: .store(.recoveryFound(try offer())), environment: testEnvironment)
        XCTAssertNotNil(state.store.recovery?.draftForm, "the draft is offered though the case is not on disk")
        _ = AppReducer.reduce(into: &state, action: .store(.acceptRecovery), environment: testEnvironment)
        XCTAssertNotNil(state.document.cases["c.new"], "the edits first")
        XCTAssertEqual(state.overlay, .recovery, "then the draft's question")
        _ = AppReducer.reduce(into: &state, action: .store(.acceptRecovery), environment: testEnvironment)
        XCTAssertEqual(state.form?.purpose, .editCase("c.new"))
        XCTAssertEqual(state.form?.model(CaseEditorForm.self)?.notes.value, "Zeugnisse fehlen noch")
    }

    func testDecliningTheEditsTakesTheDraftOfTheirNewCaseAlong() throws {
        var state = readyState()
        _ = AppReducer.reduce(into: &state, action: .store(.recoveryFound(try offer())), environment: testEnvironment)
        _ = AppReducer.reduce(into: &state, action: .store(.declineRecovery), environment: testEnvironment)
        XCTAssertNil(state.document.cases["c.new"])
        XCTAssertNil(state.store.recovery?.draftForm, "nothing left to edit: not asked about")
        XCTAssertNil(state.form)
        XCTAssertNotEqual(state.overlay, .recovery)
    }
}
