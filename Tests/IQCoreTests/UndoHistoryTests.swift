import XCTest
@testable import IQCore

final class UndoHistoryTests: XCTestCase {

    private let label = Message(.colName)

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
            history.perform(.put(.partner(renamed(Fixture.bezirk, "Name \(i)"))), label: Message(.colName), on: &document)
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

    func testPerformStampsRevisionTimeAndUser() throws {
        var state = Fixture.state()
        XCTAssertFalse(state.hasUnsavedChanges)
        let effects = reduce(&state, .document(.perform(.put(.partner(renamed(Fixture.agentur, "Agentur neu"))), label: label)))
        XCTAssertEqual(effects, [])
        let stored = try XCTUnwrap(state.document.partners["p.agentur"])
        XCTAssertEqual(stored.name, "Agentur neu")
        XCTAssertEqual(stored.meta.revision, RecordMeta.seed.revision + 1)
        XCTAssertEqual(stored.meta.modifiedAt, fixedDate)
        XCTAssertEqual(stored.meta.modifiedBy, "tester")
        XCTAssertTrue(state.hasUnsavedChanges)

        reduce(&state, .document(.perform(.put(.partner(renamed(stored, "Agentur neuer"))), label: label)))
        XCTAssertEqual(state.document.partners["p.agentur"]?.meta.revision, 3)
    }

    func testPerformStampsANewRecordAsRevisionOne() throws {
        var state = Fixture.state()
        let site = Site(id: "s.neu", meta: RecordMeta(revision: 42, modifiedAt: .distantPast, modifiedBy: "someone"),
                        name: "Neu", operatorID: nil, city: "Aachen", services: [], coordinate: nil)
        reduce(&state, .document(.perform(.put(.site(site)), label: label)))
        let stored = try XCTUnwrap(state.document.sites["s.neu"])
        XCTAssertEqual(stored.meta, RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"))
    }

    func testPerformStampsEveryRecordOfABatch() {
        var state = Fixture.state()
        var measure = Fixture.measureTraining
        measure.plannedParticipants = 40
        reduce(&state, .document(.perform(.batch([.put(.measure(measure)), .put(.partner(newPartner))]), label: label)))
        XCTAssertEqual(state.document.measures["m.training"]?.meta, RecordMeta(revision: 2, modifiedAt: fixedDate, modifiedBy: "tester"))
        XCTAssertEqual(state.document.partners["p.neu"]?.meta, RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester"))
    }

    func testUndoThroughTheReducerRestoresTheExactDocumentIncludingMeta() {
        var state = Fixture.state()
        let original = state.document
        reduce(&state, .document(.perform(.put(.partner(renamed(Fixture.bezirk, "BR Münster"))), label: label)))
        reduce(&state, .document(.undo))
        XCTAssertEqual(state.document, original)
        XCTAssertEqual(state.document.partners["p.bezirk"]?.meta, .seed)
        XCTAssertTrue(state.hasUnsavedChanges)
    }

    func testUndoAndRedoReportWhatTheyDidInTheStatusBar() {
        var state = Fixture.state()
        reduce(&state, .document(.perform(.remove(.partner, "p.einewelt"), label: Message(.colName))))
        reduce(&state, .document(.undo))
        XCTAssertEqual(state.status?.message, Message(.statusUndone, "Name"))
        XCTAssertEqual(state.status?.severity, .info)
        XCTAssertEqual(state.status?.expiresAt, fixedDate.addingTimeInterval(5))
        XCTAssertEqual(state.status?.message.text(.de), "Rückgängig: Name")

        reduce(&state, .document(.redo))
        XCTAssertEqual(state.status?.message, Message(.statusRedone, "Name"))
        XCTAssertNil(state.document.partners["p.einewelt"])
    }

    func testUndoWithEmptyHistoryWarns() {
        var state = Fixture.state()
        let document = state.document
        let effects = reduce(&state, .document(.undo))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.status?.message, Message(.statusNothingToUndo))
        XCTAssertEqual(state.status?.severity, .warning)
        XCTAssertEqual(state.document, document)
        XCTAssertFalse(state.hasUnsavedChanges, "nothing happened, so nothing is unsaved")
    }

    func testRedoWithEmptyHistoryWarns() {
        var state = Fixture.state()
        reduce(&state, .document(.redo))
        XCTAssertEqual(state.status?.message, Message(.statusNothingToRedo))
        XCTAssertEqual(state.status?.severity, .warning)
        XCTAssertFalse(state.hasUnsavedChanges)
    }

    func testANewEditThroughTheReducerClearsRedo() {
        var state = Fixture.state()
        reduce(&state, .document(.perform(.put(.partner(newPartner)), label: label)), .document(.undo))
        XCTAssertTrue(state.history.canRedo)
        reduce(&state, .document(.perform(.remove(.site, "s.mobil"), label: label)))
        XCTAssertFalse(state.history.canRedo)
        reduce(&state, .document(.redo))
        XCTAssertEqual(state.status?.message, Message(.statusNothingToRedo))
        XCTAssertNil(state.document.partners["p.neu"])
    }

    func testRemovingTheSelectedLastRowMovesTheSelectionUp() {
        var state = Fixture.state()
        reduce(&state, .navigation(.move(.end)))
        // Rows sort by name: the last is "Eine Welt Netz Bonn".
        XCTAssertEqual(state[.partners].cursor.selected, 4)
        reduce(&state, .document(.perform(.remove(.partner, "p.einewelt"), label: label)))
        XCTAssertEqual(state.rowCount(.partners), 4)
        XCTAssertEqual(state[.partners].cursor.selected, 3)
        assertCursorValid(state, .partners)
    }

    func testRemovingEveryRowClosesTheDetail() {
        var state = Fixture.state()
        reduce(&state, .navigation(.focus(.budgets)), .navigation(.open))
        XCTAssertTrue(state[.budgets].isDetailOpen)
        reduce(&state, .document(.perform(.batch([.remove(.measure, "m.pflege"), .remove(.measure, "m.training")]), label: label)))
        XCTAssertEqual(state.rowCount(.budgets), 0)
        XCTAssertFalse(state[.budgets].isDetailOpen)
        XCTAssertEqual(state[.budgets].cursor, ListCursor())
    }
}
