import XCTest
@testable import IQCore
import IQTestSupport

/// Deleting a partner: asked first, undone in one step.
final class DirectoryDeleteTests: XCTestCase, DirectoryTesting {
    func testDeleteAsksFirstAndNoKeepsThePartner() {
        let store = seedStore()
        let row = rows(store.state).firstIndex { $0.partner?.id == "partner.mozaik" } ?? 0
        let cursor = clicked(row, store.state)
        // Asking deletes nothing.
        store.send(.navigation(.select(.partners, row: row)), .directory(.deletePartner)) {
            $0[.partners].cursor = cursor
            $0.overlay = .confirmDelete("partner.mozaik")
        }
        XCTAssertEqual(store.state.inputMode, .confirmDelete)
        // No: the question closes, the document, the history and the selection stay.
        store.send(.directory(.cancelDelete)) { $0.overlay = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testConfirmDeleteRemovesAndOneUndoRestoresAtTheSamePlace() {
        let store = seedStore()
        let original = store.state.document.partners["partner.mozaik"]
        let position = store.state.document.partners.items.firstIndex { $0.id == "partner.mozaik" }
        let row = rows(store.state).firstIndex { $0.partner?.id == "partner.mozaik" } ?? 0
        let namesBefore = names(store.state)
        let cursor = clicked(row, store.state)
        let label = FormText.labelPartnerDeleted("MOZAIK gGmbH")
        store.send(.navigation(.select(.partners, row: row)), .directory(.deletePartner), .directory(.confirmDelete)) {
            $0[.partners].cursor = cursor
            $0.expectEdit(.remove(.partner, "partner.mozaik"), label: label)
            $0.status = shown(FormText.statusDeletedUndo("MOZAIK gGmbH"))
        }
        XCTAssertEqual(store.state.document.partners.count, 91)
        XCTAssertEqual(rows(store.state).count, 91)
        assertCursorValid(store.state, .partners)
        // Relations of others towards it are no longer shown.
        XCTAssertFalse(PartnerNetwork.links(of: "partner.iq-nrw", in: store.state.document).contains { $0.other == "partner.mozaik" })

        // The very record comes back, at its old place; the delete was one step.
        store.send(.document(.undo)) {
            $0.document = Seed.document
            var redo = UndoHistory()
            var document = Seed.document
            redo.perform(.remove(.partner, "partner.mozaik"), label: label, on: &document)
            _ = redo.undo(on: &document)
            $0.history = redo
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.partners["partner.mozaik"], original)
        XCTAssertEqual(store.state.document.partners.items.firstIndex { $0.id == "partner.mozaik" }, position)
        XCTAssertEqual(names(store.state), namesBefore)
        XCTAssertTrue(PartnerNetwork.links(of: "partner.iq-nrw", in: store.state.document).contains { $0.other == "partner.mozaik" })
    }

    func testDeleteInTheDetailDeletesTheShownPartnerNotTheListSelection() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        follow("partner.iq-nrw", .outgoing, store)
        let nrwRow = store.state.directory.pathCursors.last ?? 0
        var without = store.state.document
        without.partners.remove("partner.iq-nrw")
        let whktRows = PartnerNetwork.rows(of: "partner.whkt", in: without, folded: []).count
        store.send(.directory(.deletePartner)) { $0.overlay = .confirmDelete("partner.iq-nrw") }
        // The detail goes back to where it came from.
        let name = store.state.document.partners["partner.iq-nrw"]?.name ?? ""
        let label = FormText.labelPartnerDeleted(name)
        store.send(.directory(.confirmDelete)) {
            $0.overlay = nil
            $0.expectEdit(.remove(.partner, "partner.iq-nrw"), label: label)
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
            // Back on the row chosen there, or the last one left.
            $0.directory.relationCursor = min(nrwRow, whktRows - 1)
            $0.status = shown(FormText.statusDeletedUndo(name))
        }
        XCTAssertNotNil(store.state.document.partners["partner.whkt"])
    }

    func testDeleteInAnEmptyListAsksNothing() {
        let store = seedStore()
        search("xyzzy", store)
        store.send(.directory(.deletePartner))
        // Confirm without a question deletes nothing.
        store.send(.directory(.confirmDelete))
    }

    func testDeleteOfAGroupRowInTheTreeAsksNothing() {
        // A category heading is not a partner.
        seedStore().send(.directory(.toggleTree), .directory(.deletePartner)) { $0.directory.showsTree = true }
    }
}
