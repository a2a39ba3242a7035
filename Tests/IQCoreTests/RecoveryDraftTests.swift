import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// A lost session created a case (in its journal) and was editing it (its draft): both come back,
/// the edits first, then the draft of the case they made. Declined edits take such a draft along.
final class RecoveryDraftTests: XCTestCase {
    private let file = SnapshotFile(path: "/tmp/iq-tui-draft-test/iq-tui.plist")
    private let gone = "/tmp/iq-tui-draft-test/iq-tui.plist.tester.pc.9.1.journal"
    private var journal: String { JournalSession(user: "tester").journalPath(file) }

    /// The case the lost session created; it is only in that session's journal.
    private let created = Case(id: "c.new", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"), number: "NRW-2023-000001")

    /// A store whose file is loaded and writable, the case pane focused.
    private func readyStore() -> TestStore { TestStore.loaded(Fixture.document(), file: file, focus: .cases) }

    /// The offer of a session that created c.new and then had its form open with notes typed.
    private func offer(_ ready: AppState) throws -> RecoveryOffer {
        var editing = ready
        editing.document.cases.put(created)
        var form = CaseForm.editor(for: created, editing, user: "tester")
        XCTAssertEqual(form.purpose, .editCase("c.new"))
        form.edit(CaseEditorForm.self) { $0.notes.control.text = TextField("Zeugnisse fehlen noch", multiline: true) }
        let draft = try XCTUnwrap(FormDraft(form, at: fixedDate.addingTimeInterval(60)))
        return RecoveryOffer(edits: [.put(.case(created))], bases: [RecordRef(.case, "c.new"): .absent], entries: 1, firstAt: fixedDate,
                             lastAt: draft.at, records: 1, journals: [gone], draft: draft)
    }

    /// The offer as the store holds it: the draft rebuilt over the document with the offered
    /// edits applied (the case it edits exists only there).
    private func offered(_ offer: RecoveryOffer, _ state: AppState) throws -> (RecoveryOffer, FormState) {
        var over = state
        for edit in offer.edits { over.document.apply(edit) }
        let restored = try XCTUnwrap(offer.draft?.restore(in: over, user: "tester"), "the draft is offered though the case is not on disk")
        var offered = offer
        offered.draftForm = restored.form
        offered.draftFields = restored.changed
        return (offered, restored.form)
    }

    func testTheDraftOfACaseMadeOnlyInTheLostJournalIsOfferedAfterItsEdits() throws {
        let store = readyStore()
        let offer = try offer(store.state)
        let (offered, form) = try offered(offer, store.state)
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = offered
            $0.overlay = .recovery
        }
        // The edits first, journaled against what is on disk; then the draft's question.
        store.send(.store(.acceptRecovery),
                   effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(created)), base: .absent)], at: fixedDate))]) {
            $0.expectEdit(.batch([.put(.case(self.created))]), label: StoreText.labelRecovery)
            $0.status = shown(StoreText.statusRecovered(1))
            $0.store.recovery?.edits = []
        }
        // The draft is this session's now: written beside its own journal before the gone one goes.
        let draft = try XCTUnwrap(offer.draft)
        store.send(.store(.acceptRecovery), effects: [.store(.writeDraft(journal: journal, draft)), .store(.settleOrphans([gone]))]) {
            $0.form = form
            let context = $0.formContext
            $0.form?.validate(context)
            $0.store.draftWritten = true
            $0.store.recovery = nil
            $0.overlay = nil
            $0.status = shown(StoreText.statusDraftRestored(form.title))
        }
        XCTAssertEqual(store.state.form?.purpose, .editCase("c.new"))
        XCTAssertEqual(store.state.form?.model(CaseEditorForm.self)?.notes.value, "Zeugnisse fehlen noch")
    }

    func testDecliningTheEditsTakesTheDraftOfTheirNewCaseAlong() throws {
        let store = readyStore()
        let offer = try offer(store.state)
        let (offered, _) = try offered(offer, store.state)
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = offered
            $0.overlay = .recovery
        }
        // The case is not made, and its draft has nothing left to edit: not asked about. The
        // gone session's journal goes.
        store.send(.store(.declineRecovery), effects: [.store(.settleOrphans([gone]))]) {
            $0.store.recovery = nil
            $0.overlay = nil
        }
        XCTAssertNil(store.state.document.cases["c.new"])
    }
}
