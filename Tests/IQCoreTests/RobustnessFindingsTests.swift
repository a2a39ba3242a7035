import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What the robustness harness (Benchmarks/robustness.sh) found, each pinned down by a test.
final class RobustnessFindingsTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-robustness-test/iq-tui.plist")
    let identity = FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)

    func readyStore() -> TestStore {
        let store = TestStore(AppState(document: Document(), store: StoreState(file: file, user: "tester")))
        store.send(.store(.loaded(loaded(Fixture.document(), inode: 2), created: false, writable: true))) {
            $0.document = Fixture.document()
            $0.store.phase = .ready
            $0.store.base = Fixture.document()
            $0.store.baseIdentity = self.identity
        }
        return store
    }

    func loaded(_ document: Document, inode: UInt64) -> SnapshotFile.Loaded {
        SnapshotFile.Loaded(document: document, header: SnapshotCodec.Header(formatVersion: 2, savedAt: fixedDate, savedBy: "kollegin"),
                            identity: FileIdentity(device: 1, inode: inode, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5), format: .binary)
    }

    /// Someone else's save deletes a record: it comes in as their version of the file; what
    /// else that closes or says is `update`'s to state.
    func othersDelete(_ kind: RecordKind, _ id: RecordID, in store: TestStore, file: StaticString = #filePath, line: UInt = #line,
                      _ update: (inout AppState) -> Void = { _ in }) {
        var theirs = store.state.document
        theirs.apply(.remove(kind, id))
        store.send(.store(.externalChange(loaded(theirs, inode: 9))), file: file, line: line) {
            $0.document = theirs
            $0.store.base = theirs
            $0.store.baseIdentity = FileIdentity(device: 1, inode: 9, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)
            $0.status = shown(StoreText.statusTakenFromOthers(1, "kollegin"))
            update(&$0)
        }
    }

    // Undo of a removal when someone else's save brought the record back: undo put it back at its
    // old place, but redo left it there, so the order of the table was not what it had been.
    func testUndoThenRedoRestoresTheOrderWhenARemovedRecordCameBack() {
        var document = Document(partners: Fixture.partners)
        var history = UndoHistory()
        history.perform(.remove(.partner, Fixture.agentur.id), label: StoreText.labelConflict, on: &document)
        document.partners.put(Fixture.agentur) // back, at the end
        let before = document
        XCTAssertNotNil(history.undo(on: &document))
        XCTAssertEqual(document.partners.items.map(\.id)[1], Fixture.agentur.id, "undo puts it where it stood")
        XCTAssertNotNil(history.redo(on: &document))
        XCTAssertEqual(document.partners.items.map(\.id), before.partners.items.map(\.id))
        XCTAssertEqual(document, before)
    }

    // A form for a record that someone else deleted stayed open; submitting it would have brought
    // the record back (after a purge: a person's data deleted for good).
    func testAFormForARecordDeletedBySomeoneElseCloses() {
        let store = readyStore()
        store.send(.directory(.newPartner)) { $0.form = PartnerForm.editor(for: nil, $0) }
        store.prepare { $0.form = nil }
        let id = Fixture.agentur.id
        store.send(.directory(.editPartner)) { $0.form = PartnerForm.editor(for: Fixture.agentur, $0) }
        guard case .editPartner(id)? = store.state.form?.purpose, let title = store.state.form?.title else { return XCTFail("no partner form") }
        // The form closes with a warning for a few seconds from now; nothing brings the record
        // back.
        othersDelete(.partner, id, in: store) {
            $0.form = nil
            $0.status = StatusMessage(StoreText.statusDeletedMeanwhile(title), severity: .warning, expiresAt: fixedDate.addingTimeInterval(5))
        }
        XCTAssertTrue(store.state.status?.message.text(.de).contains("von jemand anderem gelöscht") == true)
    }

    func testAFormForAnotherRecordStaysOpen() {
        let store = readyStore()
        store.send(.directory(.editPartner)) { $0.form = PartnerForm.editor(for: Fixture.agentur, $0) }
        othersDelete(.partner, Fixture.bezirk.id, in: store)
        XCTAssertEqual(store.state.form?.purpose, .editPartner(Fixture.agentur.id))
    }

    func testAQuestionAboutARecordDeletedBySomeoneElseCloses() {
        let store = readyStore()
        store.send(.directory(.deletePartner)) { $0.overlay = .confirmDelete(Fixture.agentur.id) }
        othersDelete(.partner, Fixture.agentur.id, in: store) {
            $0.overlay = nil
            $0.status = StatusMessage(StoreText.statusDeletedMeanwhile(FormText.confirmDeleteTitle.text(.de)), severity: .warning, expiresAt: fixedDate.addingTimeInterval(5))
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    // The conflict dialog listed a case's personal fields with their values, over any list.
    func testAConflictOverACaseNamesNoPersonalData() {
        var base = Case(id: "c.1", meta: RecordMeta(modifiedAt: fixedDate, modifiedBy: "x"), number: "NRW-2026-000001")
        base.person.firstName = "Maria"
        base.person.lastName = "Kowalska"
        var mine = base, theirs = base
        mine.person.lastName = "Kowalski"
        mine.notes = "meine Notiz"
        theirs.person.lastName = "Nowak"
        theirs.residence = "Köln"
        theirs.meta.modifiedBy = "kollegin"
        let d = ConflictDescription(MergeConflict(kind: .case, id: "c.1", base: .case(base), mine: .case(mine), theirs: .case(theirs)))
        XCTAssertEqual(d.name, "NRW-2026-000001")
        let person = d.differences.first { $0.field == "person" }
        XCTAssertEqual(person?.isPersonal, true)
        XCTAssertEqual(person?.mine, "")
        XCTAssertEqual(d.differences.first { $0.field == "notes" }?.isPersonal, true)
        XCTAssertEqual(d.differences.first { $0.field == "residence" }?.theirs, "Köln", "the pseudonymous part is shown")
        for difference in d.differences {
            for name in ["Maria", "Kowalsk", "Nowak", "meine Notiz"] {
                XCTAssertFalse(difference.mine.contains(name) || difference.theirs.contains(name), "\(difference.field) shows \(name)")
            }
        }
    }
}

extension RobustnessFindingsTests {
    // A partner saved from its form while the file was still loading (a large file takes a
    // moment) was replaced by the file's contents when they arrived: the edit was lost.
    func testAnEditMadeWhileTheFileLoadsSurvivesTheLoad() {
        let store = TestStore(AppState(document: Document(), store: StoreState(file: file, user: "tester")))
        store.send(.store(.start(seed: Fixture.document())),
                   effects: [.store(.load(file: file, seed: Fixture.document(), session: JournalSession(user: "tester"), mayWrite: true, format: .binary))]) {
            $0.store.phase = .loading(since: fixedDate)
        }
        // The partner form, filled in and saved while the file loads (driven: the form is not
        // what this finding is about).
        store.send(.directory(.newPartner)) { $0.form = PartnerForm.editor(for: nil, $0) }
        store.drive("Neu beim Laden".map { .form(.edit(.insert(String($0)))) })
        store.drive([.form(.focusNext), .form(.focusNext), .form(.choose(1)), .form(.submit)])
        XCTAssertNil(store.state.form, "saved from the form")
        guard let new = store.state.document.partners.items.first(where: { $0.name == "Neu beim Laden" }) else { return XCTFail("not saved") }
        // The file's partners and the new one; still to be saved; journaled now that the file
        // is there.
        // Mine first, as the merge keeps my order, then the file's records.
        // The form's Ctrl-S asked for a save: it is sent now that the file is there.
        let merged = Document(partners: [new] + Fixture.partners, sites: Fixture.sites, measures: Fixture.measures)
        let journal = JournalSession(user: "tester").journalPath(file)
        let save = SaveRequest(file: file, document: merged, base: Fixture.document(), baseIdentity: identity, format: .binary,
                               generation: 2, at: fixedDate, user: "tester", journal: journal, purge: [])
        store.send(.store(.loaded(loaded(Fixture.document(), inode: 2), created: false, writable: true)),
                   effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.partner(new)), base: .absent)], at: fixedDate)),
                             .store(.save(save))]) {
            $0.document = merged
            $0.store.phase = .ready
            $0.store.base = Fixture.document()
            $0.store.baseIdentity = self.identity
            $0.store.editGeneration += 1
            $0.store.saveAgainAfterwards = false
            $0.store.savingGeneration = 2
            $0.store.savingDocument = merged
        }
        XCTAssertTrue(store.state.hasUnsavedChanges)
    }
}

extension RobustnessFindingsTests {
    // A new partner saved while another partner's relations were open: the detail showed the new
    // partner with the relation cursor (and the way back) of the one before.
    func testANewPartnerFromAnOpenPartnerStartsAFreshWalk() {
        let seed = AppState(document: Seed.document)
        let withRelations = seed.document.partners.items.first { PartnerNetwork.links(of: $0.id, in: seed.document).count > 1 }
        guard let start = withRelations else { return XCTFail("no partner with relations in the seed") }
        let store = TestStore(seed)
        store.prepare { _ = AppReducer.route(.showPartner(start.id), &$0, testEnvironment) }
        store.send(.navigation(.move(.down))) { $0.directory.relationCursor += 1 }
        store.send(.directory(.newPartner)) { $0.form = PartnerForm.editor(for: nil, $0) }
        store.drive("Ganz neu".map { .form(.edit(.insert(String($0)))) } + [.form(.focusNext), .form(.focusNext), .form(.choose(1))])
        // Saved, selected and shown from its first relation, with no way back to the partner
        // before.
        let new = Partner(id: "id-1", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"), name: "Ganz neu", category: .network)
        let label = FormText.labelPartnerSaved("Ganz neu")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.partner(new)), label: label)
            $0.status = shown(label)
            if let row = PartnerList.rows($0).firstIndex(where: { $0.partner?.id == new.id }) {
                $0[.partners].cursor.select(row, count: $0.rowCount(.partners))
            }
            $0.directory.path = ["id-1"]
            $0.directory.relationCursor = 0
            $0.directory.pathCursors = []
        }
    }
}

extension RobustnessFindingsTests {
    // A partner on the walked path deleted by someone else left its saved relation cursor behind:
    // Backspace then restored the cursor of another partner.
    func testAPartnerDeletedFromTheWalkedPathTakesItsCursorAlong() {
        let store = TestStore(AppState(document: Seed.document))
        let rows = { (id: RecordID) in PartnerNetwork.rows(of: id, in: store.state.document, folded: []) }
        // The rows of a partner's relations (not its group headings), and the other partner of each.
        let links = { (id: RecordID) -> [(row: Int, other: RecordID)] in
            rows(id).enumerated().compactMap { if case .link(let l) = $0.element { ($0.offset, l.other) } else { nil } }
        }
        guard let a = store.state.document.partners.items.first(where: { links($0.id).count > 2 }) else { return XCTFail("no partner with relations") }
        store.prepare { _ = AppReducer.route(.showPartner(a.id), &$0, testEnvironment) }
        let start = store.state.directory.relationCursor
        XCTAssertEqual(start, links(a.id).first?.row)
        let (ra, b) = links(a.id)[2]
        guard links(b).count > 1 else { return XCTFail("no third step") }
        store.send(.navigation(.move(.by(ra - start))), .navigation(.open)) {
            $0.directory.path = [a.id, b]
            $0.directory.pathCursors = [ra]
            $0.directory.relationCursor = links(b)[0].row
        }
        let (rb, c) = links(b)[1]
        guard c != a.id, c != b else { return XCTFail("no third step") }
        store.send(.navigation(.move(.by(rb - links(b)[0].row))), .navigation(.open)) {
            $0.directory.path = [a.id, b, c]
            $0.directory.pathCursors = [ra, rb]
            $0.directory.relationCursor = links(c).first?.row ?? 0
        }
        // Someone else deletes b.
        store.prepare {
            $0.document.partners.remove(b)
            _ = AppReducer.documentChanged(&$0, testEnvironment)
        }
        XCTAssertEqual(store.state.directory.path, [a.id, c])
        XCTAssertEqual(store.state.directory.pathCursors, [ra], "the cursor chosen in the first partner")
        store.send(.directory(.walkBack)) {
            $0.directory.path = [a.id]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = ra
        }
    }
}
