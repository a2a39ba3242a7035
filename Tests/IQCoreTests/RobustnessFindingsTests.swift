import Foundation
import XCTest
@testable import IQCore
#if canImport(Glibc)
import Glibc
#endif

/// What the robustness harness (Benchmarks/robustness.sh) found, each pinned down by a test.
final class RobustnessFindingsTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-robustness-test/iq-tui.plist")
    let identity = FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)

    func readyState() -> AppState {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        reduce(&state, .store(.loaded(loaded(Fixture.document(), inode: 2), created: false, writable: true)))
        return state
    }

    func loaded(_ document: Document, inode: UInt64) -> SnapshotFile.Loaded {
        SnapshotFile.Loaded(document: document, header: SnapshotCodec.Header(formatVersion: 2, savedAt: fixedDate, savedBy: "kollegin"),
                            identity: FileIdentity(device: 1, inode: inode, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5), format: .binary)
    }

    /// Someone else's save deletes the record a form is open for.
    func othersDelete(_ kind: RecordKind, _ id: RecordID, in state: inout AppState) {
        var theirs = state.document
        theirs.apply(.remove(kind, id))
        reduce(&state, .store(.externalChange(loaded(theirs, inode: 9))))
    }

    // Undo of a removal when someone else's save brought the record back: undo put it back at its
    // old place, but redo left it there, so the order of the table was not what it had been.
    func testUndoThenRedoRestoresTheOrderWhenARemovedRecordCameBack() {
        var document = Document(partners: Fixture.partners)
        var history = UndoHistory()
        history.perform(.remove(.partner, Fixture.agentur.id), label: Message(.labelConflict), on: &document)
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
        var state = readyState()
        reduce(&state, .directory(.newPartner))
        XCTAssertEqual(state.form?.purpose, .newPartner)
        state.form = nil
        reduce(&state, .directory(.editPartner))
        guard case .editPartner(let id)? = state.form?.purpose else { return XCTFail("no partner form") }
        othersDelete(.partner, id, in: &state)
        XCTAssertNil(state.form)
        XCTAssertEqual(state.status?.severity, .warning)
        XCTAssertTrue(state.status?.message.text(.de).contains("von jemand anderem gelöscht") == true)
        XCTAssertNil(state.document.partners[id], "nothing brought it back")
    }

    func testAFormForAnotherRecordStaysOpen() {
        var state = readyState()
        reduce(&state, .directory(.editPartner))
        guard case .editPartner(let id)? = state.form?.purpose, let other = state.document.partners.items.first(where: { $0.id != id }) else {
            return XCTFail("no partner form")
        }
        othersDelete(.partner, other.id, in: &state)
        XCTAssertEqual(state.form?.purpose, .editPartner(id))
    }

    func testAQuestionAboutARecordDeletedBySomeoneElseCloses() {
        var state = readyState()
        reduce(&state, .directory(.deletePartner))
        guard case .confirmDelete(let id)? = state.overlay else { return XCTFail("no question") }
        othersDelete(.partner, id, in: &state)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.inputMode, .navigation)
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
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        reduce(&state, .store(.start(seed: Fixture.document())))
        guard case .loading = state.store.phase else { return XCTFail("not loading") }
        reduce(&state, .directory(.newPartner))
        for ch in "Neu beim Laden" { reduce(&state, .form(.edit(.insert(String(ch))))) }
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.choose(1)), .form(.submit))
        XCTAssertNil(state.form, "saved from the form")
        let id = state.document.partners.items.first { $0.name == "Neu beim Laden" }?.id
        XCTAssertNotNil(id)
        let effects = reduce(&state, .store(.loaded(loaded(Fixture.document(), inode: 2), created: false, writable: true)))
        XCTAssertEqual(state.document.partners.count, Fixture.document().partners.count + 1, "the file's partners and the new one")
        XCTAssertNotNil(id.flatMap { state.document.partners[$0] })
        XCTAssertTrue(state.hasUnsavedChanges, "the new partner still has to be saved")
        XCTAssertTrue(effects.contains { if case .store(.appendJournal) = $0 { return true } else { return false } },
                      "journaled now that the file is there")
    }
}

extension RobustnessFindingsTests {
    // A new partner saved while another partner's relations were open: the detail showed the new
    // partner with the relation cursor (and the way back) of the one before.
    func testANewPartnerFromAnOpenPartnerStartsAFreshWalk() {
        var state = AppState(document: Seed.document)
        let withRelations = state.document.partners.items.first { PartnerNetwork.links(of: $0.id, in: state.document).count > 1 }
        guard let start = withRelations else { return XCTFail("no partner with relations in the seed") }
        _ = AppReducer.route(.showPartner(start.id), &state, testEnvironment)
        reduce(&state, .navigation(.move(.down)))
        XCTAssertEqual(state.directory.relationCursor, 1)
        reduce(&state, .directory(.newPartner))
        for ch in "Ganz neu" { reduce(&state, .form(.edit(.insert(String(ch))))) }
        reduce(&state, .form(.focusNext), .form(.focusNext), .form(.choose(1)), .form(.submit))
        guard let shown = state.directory.path.last, state.document.partners[shown]?.name == "Ganz neu" else { return XCTFail("not shown") }
        XCTAssertEqual(state.directory.path.count, 1)
        XCTAssertEqual(state.directory.relationCursor, 0)
        XCTAssertEqual(state.directory.pathCursors, [])
    }
}

extension RobustnessFindingsTests {
    // A partner on the walked path deleted by someone else left its saved relation cursor behind:
    // Backspace then restored the cursor of another partner.
    func testAPartnerDeletedFromTheWalkedPathTakesItsCursorAlong() {
        var state = AppState(document: Seed.document)
        let links = { (id: RecordID) in PartnerNetwork.links(of: id, in: state.document) }
        guard let a = state.document.partners.items.first(where: { links($0.id).count > 2 }) else { return XCTFail("no partner with relations") }
        _ = AppReducer.route(.showPartner(a.id), &state, testEnvironment)
        reduce(&state, .navigation(.move(.down)), .navigation(.move(.down)), .navigation(.open))
        guard state.directory.path.count == 2, let b = state.directory.path.last, links(b).count > 1 else { return XCTFail("no second step") }
        reduce(&state, .navigation(.move(.down)), .navigation(.open))
        guard state.directory.path.count == 3, let c = state.directory.path.last, c != a.id, c != b else { return XCTFail("no third step") }
        XCTAssertEqual(state.directory.pathCursors, [2, 1])
        state.document.partners.remove(b)
        _ = AppReducer.documentChanged(&state, testEnvironment)
        XCTAssertEqual(state.directory.path, [a.id, c])
        XCTAssertEqual(state.directory.pathCursors, [2], "the cursor chosen in the first partner")
        reduce(&state, .directory(.walkBack))
        XCTAssertEqual(state.directory.path, [a.id])
        XCTAssertEqual(state.directory.relationCursor, min(2, links(a.id).count - 1))
    }
}
