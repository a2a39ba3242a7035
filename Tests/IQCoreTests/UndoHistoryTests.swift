import XCTest
@testable import IQCore
import IQTestSupport

final class UndoHistoryTests: XCTestCase {

    private let label = CommonText.colName

    private func renamed(_ partner: Partner, _ name: String) -> Partner {
        var p = partner
        p.name = name
        return p
    }

    private let newPartner = Partner(id: "p.neu", name: "Neuer Partner Aachen", category: .project, cities: ["Aachen"])

    // MARK: UndoHistory on a document

    func testPutOfANewRecordUndoesAndRedoes() {
        let original = Fixture.document()
        var document = original
        var history = UndoHistory()
        history.perform(.put(.partner(newPartner)), label: label, on: &document)
        XCTAssertEqual(document.partners.count, 6)
        XCTAssertEqual(document.partners["p.neu"], newPartner)
        let afterEdit = document

        XCTAssertEqual(history.undo(on: &document), label)
        XCTAssertEqual(document, original)
        XCTAssertNil(document.partners["p.neu"])

        XCTAssertEqual(history.redo(on: &document), label)
        XCTAssertEqual(document, afterEdit)
    }

    func testPutReplacingARecordUndoesAndRedoes() {
        let original = Fixture.document()
        var document = original
        var history = UndoHistory()
        history.perform(.put(.partner(renamed(Fixture.caritas, "Caritasverband Düsseldorf"))), label: label, on: &document)
        XCTAssertEqual(document.partners["p.caritas"]?.name, "Caritasverband Düsseldorf")
        XCTAssertEqual(document.partners.count, 5)
        let afterEdit = document

        XCTAssertEqual(history.undo(on: &document), label)
        XCTAssertEqual(document, original)
        XCTAssertEqual(document.partners["p.caritas"], Fixture.caritas)

        _ = history.redo(on: &document)
        XCTAssertEqual(document, afterEdit)
    }

    func testReplacingKeepsTheRecordsPlaceInTheTable() {
        var document = Fixture.document()
        var history = UndoHistory()
        history.perform(.put(.partner(renamed(Fixture.agentur, "X"))), label: label, on: &document)
        XCTAssertEqual(document.partners.items.map(\.id), Fixture.partners.map(\.id))
    }

    func testRemoveUndoesAndRedoes() {
        let original = Fixture.document()
        var document = original
        var history = UndoHistory()
        // The last site: undo must bring it back exactly.
        history.perform(.remove(.site, "s.mobil"), label: label, on: &document)
        XCTAssertNil(document.sites["s.mobil"])
        XCTAssertEqual(document.sites.count, 2)
        let afterEdit = document

        _ = history.undo(on: &document)
        XCTAssertEqual(document, original)
        XCTAssertEqual(document.sites["s.mobil"], Fixture.siteMobil)

        _ = history.redo(on: &document)
        XCTAssertEqual(document, afterEdit)
    }

    func testRemovingAMissingRecordChangesNothingAndUndoesHarmlessly() {
        let original = Fixture.document()
        var document = original
        var history = UndoHistory()
        history.perform(.remove(.measure, "m.gibt-es-nicht"), label: label, on: &document)
        XCTAssertEqual(document, original)
        _ = history.undo(on: &document)
        XCTAssertEqual(document, original)
    }

    func testBatchUndoesAndRedoesAsOneStep() {
        let original = Fixture.document()
        var document = original
        var history = UndoHistory()
        var moved = Fixture.siteKoeln
        moved.city = "Köln-Deutz"
        history.perform(.batch([
            .put(.partner(newPartner)),
            .put(.site(moved)),
            .remove(.measure, "m.training"),
            .put(.partner(renamed(newPartner, "Neuer Partner Aachen e. V."))),
        ]), label: label, on: &document)
        XCTAssertEqual(document.partners["p.neu"]?.name, "Neuer Partner Aachen e. V.")
        XCTAssertEqual(document.sites["s.koeln"]?.city, "Köln-Deutz")
        XCTAssertNil(document.measures["m.training"])
        XCTAssertEqual(history.undoSteps.count, 1)
        let afterEdit = document

        _ = history.undo(on: &document)
        XCTAssertEqual(document, original, "one undo reverts the whole batch")
        XCTAssertFalse(history.canUndo)

        _ = history.redo(on: &document)
        XCTAssertEqual(document, afterEdit)
        XCTAssertFalse(history.canRedo)
    }

    func testSeveralUndosWalkBackInOrder() {
        var document = Fixture.document()
        var history = UndoHistory()
        var snapshots = [document]
        for i in 1...4 {
            history.perform(.put(.partner(renamed(Fixture.bezirk, "Name \(i)"))), label: CommonText.colName, on: &document)
            snapshots.append(document)
        }
        for expected in snapshots.dropLast().reversed() {
            _ = history.undo(on: &document)
            XCTAssertEqual(document, expected)
        }
        XCTAssertNil(history.undo(on: &document))
        for expected in snapshots.dropFirst() {
            _ = history.redo(on: &document)
            XCTAssertEqual(document, expected)
        }
        XCTAssertNil(history.redo(on: &document))
    }

    func testANewEditClearsRedo() {
        var document = Fixture.document()
        var history = UndoHistory()
        history.perform(.put(.partner(newPartner)), label: label, on: &document)
        _ = history.undo(on: &document)
        XCTAssertTrue(history.canRedo)
        history.perform(.remove(.partner, "p.caritas"), label: label, on: &document)
        XCTAssertFalse(history.canRedo)
        XCTAssertNil(history.redo(on: &document))
        XCTAssertNil(document.partners["p.neu"], "the undone edit must not come back")
    }

    func testHistoryLimitBoundsTheNumberOfSteps() {
        var document = Fixture.document()
        var history = UndoHistory(limit: 3)
        var snapshots = [document]
        for i in 1...5 {
            history.perform(.put(.partner(renamed(Fixture.eineWelt, "Name \(i)"))), label: label, on: &document)
            snapshots.append(document)
        }
        XCTAssertEqual(history.undoSteps.count, 3)
        for _ in 0..<3 { XCTAssertNotNil(history.undo(on: &document)) }
        XCTAssertNil(history.undo(on: &document), "the oldest steps were dropped")
        XCTAssertEqual(document, snapshots[2])
    }

    func testDefaultHistoryIsBoundedToo() {
        var document = Fixture.document()
        var history = UndoHistory()
        for i in 0..<(history.limit + 5) {
            history.perform(.put(.partner(renamed(Fixture.eineWelt, "Name \(i)"))), label: label, on: &document)
        }
        XCTAssertEqual(history.undoSteps.count, history.limit)
        XCTAssertGreaterThan(history.limit, 0)
    }

    func testEachStepStoresOnlyTheRecordsItTouched() throws {
        let partners = Fixture.numberedPartners(1_000)
        var document = Document(partners: partners)
        var history = UndoHistory()
        let old = partners[499]
        history.perform(.put(.partner(renamed(old, "Ersetzt"))), label: label, on: &document)
        let step = try XCTUnwrap(history.undoSteps.last)
        XCTAssertEqual(step.edit, .put(.partner(old)), "the inverse holds exactly the one old record")
        XCTAssertEqual(step.label, label)

        history.perform(.put(.partner(newPartner)), label: label, on: &document)
        XCTAssertEqual(history.undoSteps.last?.edit, .remove(.partner, "p.neu"))

        history.perform(.remove(.partner, "p.neu"), label: label, on: &document)
        XCTAssertEqual(history.undoSteps.last?.edit, .insert(.partner(newPartner), at: 1_000),
                       "undoing a removal puts the record back where it stood")
    }

    func testApplyReturnsTheInverseEdit() {
        var document = Fixture.document()
        let original = document
        let inverse = document.apply(.put(.measure(Fixture.measurePflege)))
        XCTAssertEqual(inverse, .put(.measure(Fixture.measurePflege)))
        XCTAssertEqual(document, original)
    }

    // MARK: DocumentReducer

    func testPerformStampsRevisionTimeAndUser() {
        let store = TestStore(Fixture.state())
        XCTAssertFalse(store.state.hasUnsavedChanges)
        let first = renamed(Fixture.agentur, "Agentur neu")
        // The next revision after the seed's, the test clock and the test user.
        let stored = first.stamped(revision: RecordMeta.seed.revision + 1)
        XCTAssertEqual(stored.meta, RecordMeta(revision: 2, modifiedAt: fixedDate, modifiedBy: "tester"))
        store.send(.document(.perform(.put(.partner(first)), label: label))) {
            $0.expectEdit(.put(.partner(stored)), label: self.label)
        }
        let second = renamed(stored, "Agentur neuer")
        store.send(.document(.perform(.put(.partner(second)), label: label))) {
            $0.expectEdit(.put(.partner(second.stamped(revision: 3))), label: self.label)
        }
    }

    func testPerformStampsANewRecordAsRevisionOne() {
        let store = TestStore(Fixture.state())
        let site = Site(id: "s.neu", meta: RecordMeta(revision: 42, modifiedAt: .distantPast, modifiedBy: "someone"),
                        name: "Neu", operatorID: nil, city: "Aachen", services: [], coordinate: nil)
        store.send(.document(.perform(.put(.site(site)), label: label))) {
            $0.expectEdit(.put(.site(site.stamped(revision: 1))), label: self.label)
        }
    }

    func testPerformStampsEveryRecordOfABatch() {
        let store = TestStore(Fixture.state())
        var measure = Fixture.measureTraining
        measure.plannedParticipants = 40
        store.send(.document(.perform(.batch([.put(.measure(measure)), .put(.partner(newPartner))]), label: label))) {
            $0.expectEdit(.batch([.put(.measure(measure.stamped(revision: 2))), .put(.partner(self.newPartner.stamped(revision: 1)))]),
                          label: self.label)
        }
    }

    func testUndoThroughTheReducerRestoresTheExactDocumentIncludingMeta() {
        let store = TestStore(Fixture.state())
        let original = store.state.document
        let edited = renamed(Fixture.bezirk, "BR Münster")
        store.send(.document(.perform(.put(.partner(edited)), label: label))) {
            $0.expectEdit(.put(.partner(edited.stamped())), label: self.label)
        }
        // Undoing is an edit too: the document is unsaved again, the step moves to redo.
        store.send(.document(.undo)) {
            $0.document = original
            $0.history = self.history(undone: .put(.partner(edited.stamped())))
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone("Name"))
        }
        XCTAssertEqual(store.state.document.partners["p.bezirk"]?.meta, .seed)
    }

    func testUndoAndRedoReportWhatTheyDidInTheStatusBar() {
        let store = TestStore(Fixture.state())
        store.send(.document(.perform(.remove(.partner, "p.einewelt"), label: CommonText.colName))) {
            $0.expectEdit(.remove(.partner, "p.einewelt"), label: CommonText.colName)
        }
        store.send(.document(.undo)) {
            $0.document = Fixture.document()
            $0.history = self.history(undone: .remove(.partner, "p.einewelt"))
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone("Name"))
        }
        XCTAssertEqual(store.state.status?.message.text(.de), "Rückgängig: Name")

        store.send(.document(.redo)) {
            $0.expectEdit(.remove(.partner, "p.einewelt"), label: CommonText.colName)
            $0.history = self.history(done: .remove(.partner, "p.einewelt"))
            $0.status = shown(CommonText.statusRedone("Name"))
        }
        XCTAssertNil(store.state.document.partners["p.einewelt"])
    }

    func testUndoWithEmptyHistoryWarns() {
        // Nothing happened, so nothing is unsaved and the document is as it was.
        TestStore(Fixture.state()).send(.document(.undo)) { $0.status = shown(CommonText.statusNothingToUndo, .warning) }
    }

    func testRedoWithEmptyHistoryWarns() {
        TestStore(Fixture.state()).send(.document(.redo)) { $0.status = shown(CommonText.statusNothingToRedo, .warning) }
    }

    func testANewEditThroughTheReducerClearsRedo() {
        let store = TestStore(Fixture.state())
        store.send(.document(.perform(.put(.partner(newPartner)), label: label)), .document(.undo)) {
            $0.history = self.history(undone: .put(.partner(self.newPartner.stamped(revision: 1))))
            $0.expectChanged()
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone("Name"))
        }
        XCTAssertTrue(store.state.history.canRedo)
        store.send(.document(.perform(.remove(.site, "s.mobil"), label: label))) {
            // Performing clears what was left to redo.
            $0.expectEdit(.remove(.site, "s.mobil"), label: self.label)
        }
        store.send(.document(.redo)) { $0.status = shown(CommonText.statusNothingToRedo, .warning) }
        XCTAssertNil(store.state.document.partners["p.neu"])
    }

    func testRemovingTheSelectedLastRowMovesTheSelectionUp() {
        let store = TestStore(Fixture.state())
        // Rows sort by name: the last is "Eine Welt Netz Bonn".
        store.send(.navigation(.move(.end))) { $0[.partners].cursor = ListCursor(selected: 4) }
        store.send(.document(.perform(.remove(.partner, "p.einewelt"), label: label))) {
            $0.expectEdit(.remove(.partner, "p.einewelt"), label: self.label)
            $0[.partners].cursor = ListCursor(selected: 3)
        }
        XCTAssertEqual(store.state.rowCount(.partners), 4)
        assertCursorValid(store.state, .partners)
    }

    func testRemovingEveryRowClosesTheDetail() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focus(.budgets)), .navigation(.open)) {
            $0.focus = .budgets
            $0[.budgets].isDetailOpen = true
        }
        let both: DocumentEdit = .batch([.remove(.measure, "m.pflege"), .remove(.measure, "m.training")])
        store.send(.document(.perform(both, label: label))) {
            $0.expectEdit(both, label: self.label)
            $0[.budgets].isDetailOpen = false
            $0[.budgets].cursor = ListCursor()
        }
        XCTAssertEqual(store.state.rowCount(.budgets), 0)
    }

    /// The history of the fixture document after `edit` was done and undone.
    private func history(undone edit: DocumentEdit) -> UndoHistory {
        var history = UndoHistory()
        var document = Fixture.document()
        history.perform(edit, label: label, on: &document)
        _ = history.undo(on: &document)
        return history
    }

    /// The history of the fixture document after `edit` was done (and nothing is left to redo).
    private func history(done edit: DocumentEdit) -> UndoHistory {
        var history = UndoHistory()
        var document = Fixture.document()
        history.perform(edit, label: label, on: &document)
        return history
    }
}
