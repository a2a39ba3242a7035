import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The decisions of the store reducer: when to load, save, journal, merge, ask and quit.
/// The file work itself is tested in the snapshot store tests.
final class StoreReducerTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-reducer-test/iq-tui.plist")
    let identity = FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)

    var journal: String { JournalSession(user: "tester").journalPath(file) }

    /// A state whose file is not loaded yet.
    func unloadedState() -> AppState {
        AppState(document: Document(), store: StoreState(file: file, user: "tester"))
    }

    func loaded(_ document: Document = Fixture.document(), format: SnapshotFormat = .binary) -> SnapshotFile.Loaded {
        SnapshotFile.Loaded(document: document, header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                            identity: identity, format: format)
    }

    /// A store whose file is loaded and writable.
    func readyStore(autosaveAfter: TimeInterval? = 5, file: StaticString = #filePath, line: UInt = #line) -> TestStore {
        var state = unloadedState()
        state.store.autosaveAfter = autosaveAfter
        let store = TestStore(state)
        store.send(.store(.loaded(loaded(), created: false, writable: true)), file: file, line: line) {
            $0.document = Fixture.document()
            $0.store.phase = .ready
            $0.store.base = Fixture.document()
            $0.store.baseIdentity = self.identity
        }
        return store
    }

    /// Renames a partner through the reducer; asserts the edit and, with a writable file, its
    /// journal entry: the record as it is now and the version on disk it was changed from.
    @discardableResult
    func rename(_ store: TestStore, _ id: RecordID, _ name: String, journaled: Bool = true,
                file: StaticString = #filePath, line: UInt = #line) -> Partner {
        guard var p = store.state.document.partners[id] else { XCTFail("no \(id)", file: file, line: line); return Fixture.agentur }
        p.name = name
        let stored = p.stamped(revision: p.meta.revision + 1)
        let onDisk = (store.state.store.savingDocument ?? store.state.store.base).partners[id]
        let entry = JournaledEdit(.put(.partner(stored)), base: onDisk.map { .record(.partner($0)) } ?? .absent)
        store.send(.document(.perform(.put(.partner(p)), label: StoreText.labelConflict)),
                   effects: journaled ? [.store(.appendJournal(path: journal, edits: [entry], at: fixedDate))] : [],
                   file: file, line: line) {
            $0.expectEdit(.put(.partner(stored)), label: StoreText.labelConflict)
        }
        return stored
    }

    /// The save the reducer asks for with the current file, identity and journal.
    func save(_ document: Document, base: Document = Fixture.document(), generation: Int) -> Effect {
        .store(.save(SaveRequest(file: file, document: document, base: base, baseIdentity: identity, format: .binary,
                                 generation: generation, at: fixedDate, user: "tester", journal: journal, purge: [])))
    }

    /// The reducer's side of a save being sent: the generation and document it is writing.
    func expectSaving(_ state: inout AppState) {
        state.store.savingGeneration = state.store.editGeneration
        state.store.savingDocument = state.document
    }

    func testStartLoadsTheFileWithTheSeed() {
        let store = TestStore(unloadedState())
        store.send(.store(.start(seed: Fixture.document())),
                   effects: [.store(.load(file: file, seed: Fixture.document(), session: JournalSession(user: "tester"), mayWrite: true, format: .binary))]) {
            $0.store.phase = .loading(since: fixedDate)
        }

        // No file: nothing read or written, the seed is the document.
        TestStore(AppState(document: Document())).send(.store(.start(seed: Fixture.document()))) { $0.document = Fixture.document() }
    }

    func testLoadedFileBecomesDocumentAndBase() {
        let state = readyStore().state
        XCTAssertEqual(state.store.phase, .ready)
        XCTAssertFalse(state.hasUnsavedChanges)
    }

    func testNotWritableFileOpensReadOnlyWithANotice() {
        let store = TestStore(unloadedState())
        store.send(.store(.loaded(loaded(format: .xml), created: false, writable: false))) {
            $0.document = Fixture.document()
            $0.store.phase = .ready
            $0.store.base = Fixture.document()
            $0.store.baseIdentity = self.identity
            // An XML file stays XML.
            $0.store.format = .xml
            $0.store.readOnly = .notWritable
            $0.status = shown(StoreText.statusOpenedReadOnly(self.file.path), .warning)
        }
        // Read-only: nothing journaled, nothing saved.
        rename(store, "p.caritas", "X", journaled: false)
        store.send(.store(.save)) { $0.status = shown(StoreText.statusReadOnlyNoSave, .warning) }
    }

    func testEveryEditIsJournaledWithTheRecordsAsTheyAreNow() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        XCTAssertEqual(store.state.store.editGeneration, 1)
        let undone = [JournaledEdit(.put(.partner(Fixture.caritas)), base: .record(.partner(Fixture.caritas)))]
        store.send(.document(.undo), effects: [.store(.appendJournal(path: journal, edits: undone, at: fixedDate))]) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(StoreText.labelConflict.text(.de)))
        }
    }

    func testSaveSendsTheDocumentBaseAndIdentity() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        store.send(.store(.save), effects: [save(store.state.document, generation: 1)]) { self.expectSaving(&$0) }
        XCTAssertTrue(store.state.store.isSaving)
        // One save at a time.
        store.send(.store(.save)) { $0.store.saveAgainAfterwards = true }
    }

    func testSavedWithoutNewEditsIsClean() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        let written = store.state.document
        store.send(.store(.save), effects: [save(written, generation: 1)]) { self.expectSaving(&$0) }
        let newIdentity = FileIdentity(device: 1, inode: 9, size: 9, modifiedSeconds: 9, modifiedNanoseconds: 9)
        store.send(.store(.saveFinished(.saved(document: written, identity: newIdentity, takenFromOthers: 0, at: fixedDate), generation: 1))) {
            $0.hasUnsavedChanges = false
            $0.store.savingGeneration = nil
            $0.store.savingDocument = nil
            $0.store.lastSavedAt = fixedDate
            $0.store.base = written
            $0.store.baseIdentity = newIdentity
            $0.status = shown(StoreText.statusSaved(GermanDate.time(fixedDate, .de)))
        }
    }

    func testEditsDuringASaveSurviveItAndOthersChangesComeIn() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        let sent = store.state.document
        store.send(.store(.save), effects: [save(sent, generation: 1)]) { self.expectSaving(&$0) }
        let mine = rename(store, "p.agentur", "Agentur Neu") // typed while saving
        var written = sent
        var other = Fixture.bezirk
        other.name = "Bezirksregierung (von anderen)"
        written.partners.put(other)
        store.send(.store(.saveFinished(.saved(document: written, identity: identity, takenFromOthers: 1, at: fixedDate), generation: 1))) {
            $0.store.savingGeneration = nil
            $0.store.savingDocument = nil
            $0.store.lastSavedAt = fixedDate
            $0.store.base = written
            // My later edit is kept, their change came in; the later edit is not saved yet.
            $0.document = written
            $0.document.partners.put(mine)
            $0.status = shown(StoreText.statusSavedMerged(GermanDate.time(fixedDate, .de), 1))
        }
        XCTAssertTrue(store.state.hasUnsavedChanges)
    }

    func testConflictOnSaveIsShownAndBlocksTheNextSave() {
        let store = readyStore()
        let mine = rename(store, "p.caritas", "Meins")
        store.send(.store(.save), effects: [save(store.state.document, generation: 1)]) { self.expectSaving(&$0) }
        var theirs = Fixture.document()
        var c = Fixture.caritas
        c.name = "Deren"
        c.meta.modifiedBy = "kollege"
        theirs.partners.put(c)
        store.send(.store(.saveFinished(.conflicts(theirs: theirs, identity: identity), generation: 1))) {
            $0.store.savingGeneration = nil
            $0.store.savingDocument = nil
            $0.store.base = theirs
            // Mine stays until decided.
            $0.store.conflicts = DocumentMerge.merge(base: Fixture.document(), mine: $0.document, theirs: theirs).conflicts
            $0.overlay = .conflict
        }
        XCTAssertEqual(store.state.store.conflicts.count, 1)
        XCTAssertEqual(store.state.document.partners["p.caritas"], mine)
        store.send(.store(.save)) { $0.status = shown(StoreText.statusResolveFirst, .warning) }
        let resolution = DocumentEdit.put(.partner(c))
        store.send(.store(.resolveConflict(.theirs)),
                   effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(resolution, base: .record(.partner(c)))], at: fixedDate))]) {
            $0.store.conflicts = []
            $0.expectEdit(resolution, label: StoreText.labelConflict)
            $0.overlay = nil
            $0.status = shown(StoreText.statusConflictsResolved)
        }
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.name, "Deren")
        // After resolving, saving works again.
        store.send(.store(.save), effects: [save(store.state.document, base: theirs, generation: 2)]) { self.expectSaving(&$0) }
    }

    func testFailedSaveKeepsTheDataAndSaysWhy() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        store.send(.store(.save), effects: [save(store.state.document, generation: 1)]) { self.expectSaving(&$0) }
        let error = SnapshotError.writeFailed(path: file.path, errno: ENOSPC)
        // The data stays, unsaved; the cause is named.
        store.send(.store(.saveFinished(.failed(error), generation: 1))) {
            $0.store.savingGeneration = nil
            $0.store.savingDocument = nil
            $0.store.lastError = error
            $0.status = StatusMessage(StoreText.statusSaveFailed(error.message.text(.de)), severity: .error)
        }
        XCTAssertTrue(store.state.status?.message.text(.en).contains("ENOSPC") == true)
        // Ctrl-S tries again.
        store.send(.store(.save), effects: [save(store.state.document, generation: 1)]) { self.expectSaving(&$0) }
    }

    func testQuitSavesFirstAndQuitsWhenSaved() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        let written = store.state.document
        // No question when saving works.
        store.send(.session(.requestQuit), effects: [save(written, generation: 1)]) {
            $0.store.quitAfterSave = true
            self.expectSaving(&$0)
            $0.status = shown(StoreText.statusSavingBeforeQuit)
        }
        store.send(.store(.saveFinished(.saved(document: written, identity: identity, takenFromOthers: 0, at: fixedDate), generation: 1)),
                   effects: [.quit]) {
            $0.hasUnsavedChanges = false
            $0.store.savingGeneration = nil
            $0.store.savingDocument = nil
            $0.store.lastSavedAt = fixedDate
            $0.store.base = written
            $0.status = shown(StoreText.statusSaved(GermanDate.time(fixedDate, .de)))
        }
    }

    func testQuitAsksWhenTheSaveFails() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        store.send(.session(.requestQuit), effects: [save(store.state.document, generation: 1)]) {
            $0.store.quitAfterSave = true
            self.expectSaving(&$0)
            $0.status = shown(StoreText.statusSavingBeforeQuit)
        }
        let error = SnapshotError.writeFailed(path: file.path, errno: EROFS)
        store.send(.store(.saveFinished(.failed(error), generation: 1))) {
            $0.store.savingGeneration = nil
            $0.store.savingDocument = nil
            $0.store.lastError = error
            $0.status = StatusMessage(StoreText.statusSaveFailed(error.message.text(.de)), severity: .error)
            $0.store.quitAfterSave = false
            $0.overlay = .confirmQuit
        }
    }

    func testHangupSavesThenQuits() {
        let store = readyStore()
        rename(store, "p.caritas", "Caritas Neu")
        store.send(.session(.terminate(.hangup)), effects: [save(store.state.document, generation: 1), .quit]) { self.expectSaving(&$0) }
        readyStore().send(.session(.terminate(.terminate)), effects: [.quit])
    }

    func testAutosaveAfterIdleAndTheWatchEveryTwoSeconds() {
        let store = readyStore(autosaveAfter: 5)
        rename(store, "p.caritas", "Caritas Neu")
        // Not idle long enough, but a look whether someone else saved.
        store.send(.session(.tick(fixedDate.addingTimeInterval(1))), effects: [.store(.checkExternalChange(file: file, known: identity))]) {
            $0.lastTick = fixedDate.addingTimeInterval(1)
            $0.store.lastExternalCheck = fixedDate.addingTimeInterval(1)
        }
        // Checked a second ago.
        store.send(.session(.tick(fixedDate.addingTimeInterval(2)))) { $0.lastTick = fixedDate.addingTimeInterval(2) }
        store.send(.session(.tick(fixedDate.addingTimeInterval(5))), effects: [save(store.state.document, generation: 1)]) {
            $0.lastTick = fixedDate.addingTimeInterval(5)
            self.expectSaving(&$0)
        }

        let manual = readyStore(autosaveAfter: nil)
        rename(manual, "p.caritas", "X")
        // Autosave off: only the look at the file.
        manual.send(.session(.tick(fixedDate.addingTimeInterval(600))), effects: [.store(.checkExternalChange(file: file, known: identity))]) {
            $0.lastTick = fixedDate.addingTimeInterval(600)
            $0.store.lastExternalCheck = fixedDate.addingTimeInterval(600)
        }
    }

    func testOthersSaveIsMergedIntoTheOpenView() {
        let store = readyStore()
        let mine = rename(store, "p.caritas", "Meins")
        var theirs = Fixture.document()
        var b = Fixture.bezirk
        b.name = "Neu von anderen"
        b.meta.modifiedBy = "kollegin"
        theirs.partners.put(b)
        let newIdentity = FileIdentity(device: 1, inode: 7, size: 7, modifiedSeconds: 7, modifiedNanoseconds: 7)
        let change = SnapshotFile.Loaded(document: theirs, header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "kollegin"),
                                         identity: newIdentity, format: .binary)
        store.send(.store(.externalChange(change))) {
            $0.document.partners.put(b)
            $0.store.base = theirs
            $0.store.baseIdentity = newIdentity
            $0.status = shown(StoreText.statusTakenFromOthers(1, "kollegin"))
        }
        XCTAssertEqual(store.state.document.partners["p.caritas"], mine)
        XCTAssertTrue(store.state.status?.message.text(.de).contains("kollegin") == true)
    }

    func testDecliningRecoveryDiscardsTheJournal() {
        let store = readyStore()
        let gone = JournalSession(user: "tester", pid: 9).journalPath(file)
        let offer = RecoveryOffer(edits: [.remove(.partner, "p.caritas")], entries: 1, lastAt: fixedDate, records: 1, journals: [gone])
        store.send(.store(.recoveryFound(offer))) {
            $0.store.recovery = offer
            $0.overlay = .recovery
        }
        // Only the offered journal goes.
        store.send(.store(.declineRecovery), effects: [.store(.settleOrphans([gone]))]) {
            $0.store.recovery = nil
            $0.overlay = nil
        }
    }

    func testDamagedFileRestoresTheOfferedBackup() {
        let store = TestStore(unloadedState())
        let offer = BackupOffer(path: file.backupPath(1), savedAt: fixedDate)
        let error = SnapshotError.notAPropertyList(path: file.path)
        store.send(.store(.loadFailed(error, backup: offer))) { $0.store.phase = .failed(error, backup: offer) }
        XCTAssertEqual(store.state.inputMode, .damagedFile)
        store.send(.store(.restoreBackup), effects: [.store(.restoreBackup(file: file, backupPath: offer.path, mayWrite: true))]) {
            $0.store.phase = .loading(since: fixedDate)
        }
        // Nothing is saved over a damaged file (nor while its backup loads).
        store.send(.store(.save)) { $0.store.saveAgainAfterwards = true }
    }
}

extension StoreReducerTests {
    func testSaveAskedWhileLoadingHappensOnceLoaded() {
        let store = TestStore(unloadedState())
        store.send(.store(.start(seed: Fixture.document())),
                   effects: [.store(.load(file: file, seed: Fixture.document(), session: JournalSession(user: "tester"), mayWrite: true, format: .binary))]) {
            $0.store.phase = .loading(since: fixedDate)
        }
        // Nothing to save yet.
        store.send(.store(.save)) { $0.store.saveAgainAfterwards = true }
        // Ctrl-S typed during loading is not lost.
        store.send(.store(.loaded(loaded(), created: false, writable: true)), effects: [save(Fixture.document(), generation: 0)]) {
            $0.document = Fixture.document()
            $0.store.phase = .ready
            $0.store.base = Fixture.document()
            $0.store.baseIdentity = self.identity
            $0.store.saveAgainAfterwards = false
            self.expectSaving(&$0)
        }
    }
}
