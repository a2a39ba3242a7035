import Foundation
import XCTest
@testable import IQCore

/// The decisions of the store reducer: when to load, save, journal, merge, ask and quit.
/// The file work itself is tested in the snapshot store tests.
final class StoreReducerTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-reducer-test/iq-tui.plist")
    let identity = FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)

    /// A state whose file is loaded and writable.
    func readyState() -> AppState {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        let loaded = SnapshotFile.Loaded(document: Fixture.document(), header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: identity, format: .binary)
        _ = reduce(&state, .store(.loaded(loaded, created: false, writable: true)))
        return state
    }

    func renamePartner(_ state: inout AppState, _ id: RecordID, _ name: String) -> [Effect] {
        guard var p = state.document.partners[id] else { XCTFail("no \(id)"); return [] }
        p.name = name
        return reduce(&state, .document(.perform(.put(.partner(p)), label: Message(.labelConflict))))
    }

    func saveRequest(_ effects: [Effect]) -> SaveRequest? {
        for case .store(.save(let request)) in effects { return request }
        return nil
    }

    func testStartLoadsTheFileWithTheSeed() {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        let effects = reduce(&state, .store(.start(seed: Fixture.document())))
        XCTAssertEqual(effects, [.store(.load(file: file, seed: Fixture.document(), session: JournalSession(user: "tester"), mayWrite: true, format: .binary))])
        XCTAssertEqual(state.store.phase, .loading(since: fixedDate))

        var detached = AppState(document: Document())
        XCTAssertEqual(reduce(&detached, .store(.start(seed: Fixture.document()))), [], "no file: nothing read or written")
        XCTAssertEqual(detached.document, Fixture.document())
    }

    func testLoadedFileBecomesDocumentAndBase() {
        let state = readyState()
        XCTAssertEqual(state.store.phase, .ready)
        XCTAssertEqual(state.document, Fixture.document())
        XCTAssertEqual(state.store.base, Fixture.document())
        XCTAssertEqual(state.store.baseIdentity, identity)
        XCTAssertFalse(state.hasUnsavedChanges)
    }

    func testNotWritableFileOpensReadOnlyWithANotice() {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        let loaded = SnapshotFile.Loaded(document: Fixture.document(), header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: identity, format: .xml)
        _ = reduce(&state, .store(.loaded(loaded, created: false, writable: false)))
        XCTAssertEqual(state.store.readOnly, .notWritable)
        XCTAssertEqual(state.status?.message.key, .statusOpenedReadOnly)
        XCTAssertEqual(state.store.format, .xml, "an XML file stays XML")
        XCTAssertEqual(renamePartner(&state, "p.caritas", "X"), [], "read-only: nothing journaled")
        XCTAssertEqual(reduce(&state, .store(.save)), [], "read-only: nothing saved")
        XCTAssertEqual(state.status?.message.key, .statusReadOnlyNoSave)
    }

    func testEveryEditIsJournaledWithTheRecordsAsTheyAreNow() {
        var state = readyState()
        let effects = renamePartner(&state, "p.caritas", "Caritas Neu")
        guard case .store(.appendJournal(let path, let edits, let at))? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(path, JournalSession(user: "tester").journalPath(file))
        XCTAssertEqual(at, fixedDate)
        XCTAssertEqual(edits, [JournaledEdit(.put(.partner(state.document.partners["p.caritas"]!)), base: .record(.partner(Fixture.caritas)))],
                       "the record as it is now, and the version on disk it was changed from")
        XCTAssertEqual(state.store.editGeneration, 1)
        let undo = reduce(&state, .document(.undo))
        guard case .store(.appendJournal(_, let undone, _))? = undo.first else { return XCTFail("undo not journaled") }
        XCTAssertEqual(undone, [JournaledEdit(.put(.partner(Fixture.caritas)), base: .record(.partner(Fixture.caritas)))])
    }

    func testSaveSendsTheDocumentBaseAndIdentity() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .store(.save))))
        XCTAssertEqual(request.document, state.document)
        XCTAssertEqual(request.base, Fixture.document())
        XCTAssertEqual(request.baseIdentity, identity)
        XCTAssertEqual(request.generation, 1)
        XCTAssertTrue(state.store.isSaving)
        XCTAssertNil(saveRequest(reduce(&state, .store(.save))), "one save at a time")
        XCTAssertTrue(state.store.saveAgainAfterwards)
    }

    func testSavedWithoutNewEditsIsClean() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .store(.save))))
        let newIdentity = FileIdentity(device: 1, inode: 9, size: 9, modifiedSeconds: 9, modifiedNanoseconds: 9)
        _ = reduce(&state, .store(.saveFinished(.saved(document: request.document, identity: newIdentity, takenFromOthers: 0, at: fixedDate), generation: request.generation)))
        XCTAssertFalse(state.hasUnsavedChanges)
        XCTAssertFalse(state.store.isSaving)
        XCTAssertEqual(state.store.base, request.document)
        XCTAssertEqual(state.store.baseIdentity, newIdentity)
        XCTAssertEqual(state.status?.message.key, .statusSaved)
    }

    func testEditsDuringASaveSurviveItAndOthersChangesComeIn() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .store(.save))))
        _ = renamePartner(&state, "p.agentur", "Agentur Neu") // typed while saving
        var written = request.document
        var other = Fixture.bezirk
        other.name = "Bezirksregierung (von anderen)"
        written.partners.put(other)
        _ = reduce(&state, .store(.saveFinished(.saved(document: written, identity: identity, takenFromOthers: 1, at: fixedDate), generation: request.generation)))
        XCTAssertEqual(state.document.partners["p.agentur"]?.name, "Agentur Neu", "my later edit is kept")
        XCTAssertEqual(state.document.partners["p.bezirk"]?.name, "Bezirksregierung (von anderen)", "their change came in")
        XCTAssertTrue(state.hasUnsavedChanges, "the later edit is not saved yet")
        XCTAssertEqual(state.status?.message.key, .statusSavedMerged)
    }

    func testConflictOnSaveIsShownAndBlocksTheNextSave() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Meins")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .store(.save))))
        var theirs = Fixture.document()
        var c = Fixture.caritas
        c.name = "Deren"
        c.meta.modifiedBy = "kollege"
        theirs.partners.put(c)
        _ = reduce(&state, .store(.saveFinished(.conflicts(theirs: theirs, identity: identity), generation: request.generation)))
        XCTAssertEqual(state.store.conflicts.count, 1)
        XCTAssertEqual(state.overlay, .conflict)
        XCTAssertEqual(state.document.partners["p.caritas"]?.name, "Meins", "mine stays until decided")
        XCTAssertNil(saveRequest(reduce(&state, .store(.save))))
        XCTAssertEqual(state.status?.message.key, .statusResolveFirst)
        _ = reduce(&state, .store(.resolveConflict(.theirs)))
        XCTAssertEqual(state.document.partners["p.caritas"]?.name, "Deren")
        XCTAssertNotNil(saveRequest(reduce(&state, .store(.save))), "after resolving, saving works again")
    }

    func testFailedSaveKeepsTheDataAndSaysWhy() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .store(.save))))
        let error = SnapshotError.writeFailed(path: file.path, errno: ENOSPC)
        _ = reduce(&state, .store(.saveFinished(.failed(error), generation: request.generation)))
        XCTAssertEqual(state.document.partners["p.caritas"]?.name, "Caritas Neu")
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertEqual(state.store.lastError, error)
        XCTAssertEqual(state.status?.severity, .error)
        XCTAssertTrue(state.status?.message.text(.en).contains("ENOSPC") == true, "the cause is named")
        XCTAssertNotNil(saveRequest(reduce(&state, .store(.save))), "Ctrl-S tries again")
    }

    func testQuitSavesFirstAndQuitsWhenSaved() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .session(.requestQuit))))
        XCTAssertNil(state.overlay, "no question when saving works")
        let effects = reduce(&state, .store(.saveFinished(.saved(document: request.document, identity: identity, takenFromOthers: 0, at: fixedDate), generation: request.generation)))
        XCTAssertEqual(effects, [.quit])
    }

    func testQuitAsksWhenTheSaveFails() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let request = try XCTUnwrap(saveRequest(reduce(&state, .session(.requestQuit))))
        let effects = reduce(&state, .store(.saveFinished(.failed(.writeFailed(path: file.path, errno: EROFS)), generation: request.generation)))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.overlay, .confirmQuit)
    }

    func testHangupSavesThenQuits() throws {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let effects = reduce(&state, .session(.terminate(.hangup)))
        XCTAssertEqual(effects.count, 2)
        XCTAssertNotNil(saveRequest(effects))
        XCTAssertEqual(effects.last, .quit)
        var clean = readyState()
        XCTAssertEqual(reduce(&clean, .session(.terminate(.terminate))), [.quit])
    }

    func testAutosaveAfterIdleAndTheWatchEveryTwoSeconds() {
        var state = readyState()
        state.store.autosaveAfter = 5
        _ = renamePartner(&state, "p.caritas", "Caritas Neu")
        let early = reduce(&state, .session(.tick(fixedDate.addingTimeInterval(1))))
        XCTAssertNil(saveRequest(early), "not idle long enough")
        XCTAssertEqual(early, [.store(.checkExternalChange(file: file, known: identity))])
        XCTAssertEqual(reduce(&state, .session(.tick(fixedDate.addingTimeInterval(2)))), [], "checked a second ago")
        XCTAssertNotNil(saveRequest(reduce(&state, .session(.tick(fixedDate.addingTimeInterval(5))))))

        var off = readyState()
        off.store.autosaveAfter = nil
        _ = renamePartner(&off, "p.caritas", "X")
        XCTAssertNil(saveRequest(reduce(&off, .session(.tick(fixedDate.addingTimeInterval(600))))), "autosave off")
    }

    func testOthersSaveIsMergedIntoTheOpenView() {
        var state = readyState()
        _ = renamePartner(&state, "p.caritas", "Meins")
        var theirs = Fixture.document()
        var b = Fixture.bezirk
        b.name = "Neu von anderen"
        b.meta.modifiedBy = "kollegin"
        theirs.partners.put(b)
        let newIdentity = FileIdentity(device: 1, inode: 7, size: 7, modifiedSeconds: 7, modifiedNanoseconds: 7)
        let loaded = SnapshotFile.Loaded(document: theirs, header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "kollegin"),
                                         identity: newIdentity, format: .binary)
        _ = reduce(&state, .store(.externalChange(loaded)))
        XCTAssertEqual(state.document.partners["p.bezirk"]?.name, "Neu von anderen")
        XCTAssertEqual(state.document.partners["p.caritas"]?.name, "Meins")
        XCTAssertEqual(state.store.base, theirs)
        XCTAssertEqual(state.store.baseIdentity, newIdentity)
        XCTAssertTrue(state.status?.message.text(.de).contains("kollegin") == true)
    }

    func testDecliningRecoveryDiscardsTheJournal() {
        var state = readyState()
        let gone = JournalSession(user: "tester", pid: 9).journalPath(file)
        _ = reduce(&state, .store(.recoveryFound(RecoveryOffer(edits: [.remove(.partner, "p.caritas")], entries: 1, lastAt: fixedDate, records: 1,
                                                               journals: [gone]))))
        XCTAssertEqual(reduce(&state, .store(.declineRecovery)), [.store(.settleOrphans([gone]))], "only the offered journal goes")
        XCTAssertNil(state.overlay)
    }

    func testDamagedFileRestoresTheOfferedBackup() {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        let offer = BackupOffer(path: file.backupPath(1), savedAt: fixedDate)
        _ = reduce(&state, .store(.loadFailed(.notAPropertyList(path: file.path), backup: offer)))
        XCTAssertEqual(state.inputMode, .damagedFile)
        XCTAssertEqual(reduce(&state, .store(.restoreBackup)), [.store(.restoreBackup(file: file, backupPath: offer.path, mayWrite: true))])
        XCTAssertNil(saveRequest(reduce(&state, .store(.save))), "nothing is saved over a damaged file")
    }
}

extension StoreReducerTests {
    func testSaveAskedWhileLoadingHappensOnceLoaded() throws {
        var state = AppState(document: Document(), store: StoreState(file: file, user: "tester"))
        _ = reduce(&state, .store(.start(seed: Fixture.document())))
        XCTAssertNil(saveRequest(reduce(&state, .store(.save))), "nothing to save yet")
        let loaded = SnapshotFile.Loaded(document: Fixture.document(), header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: identity, format: .binary)
        let effects = reduce(&state, .store(.loaded(loaded, created: false, writable: true)))
        XCTAssertNotNil(saveRequest(effects), "Ctrl-S typed during loading is not lost")
    }
}
