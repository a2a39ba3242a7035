import XCTest
@testable import IQCore
import IQTestSupport

/// A partner's network: its relations, the path followed through them and deletes along it.
final class DirectoryNetworkTests: XCTestCase, DirectoryTesting {
    /// Moves the relation cursor to the link pointing at `other` (in the given direction).
    private func selectLink(to other: RecordID, _ direction: NetworkLink.Direction, _ store: TestStore,
                            file: StaticString = #filePath, line: UInt = #line) {
        guard let shown = store.state.directory.path.last,
              let i = linkRow(shown, to: other, direction, store.state.document) else {
            return XCTFail("no \(direction) link to \(other)", file: file, line: line)
        }
        store.send(.navigation(.move(.home)), .navigation(.move(.by(i))), file: file, line: line) { $0.directory.relationCursor = i }
    }

    /// The partner selected in the list.
    private func selectedID(_ state: AppState) -> RecordID? { at(rows(state), state[.partners].cursor.selected)?.partner?.id }

    func testLinksOfThePartnerShowOutgoingAndIncomingRelations() {
        let document = Seed.document
        let whkt = PartnerNetwork.links(of: "partner.whkt", in: document)
        XCTAssertEqual(whkt.first, NetworkLink(kind: .partOf, direction: .outgoing, other: "partner.iq-nrw"))
        XCTAssertEqual(whkt.filter { $0.direction == .outgoing }.map(\.other), document.partners["partner.whkt"]?.relations.map(\.target),
                       "every relation of the record, in its order")
        XCTAssertEqual(whkt.count, 19 + 1)
        XCTAssertEqual(whkt.last, NetworkLink(kind: .funds, direction: .incoming, other: "partner.bamf"),
                       "BAMF funds the WHKT: shown at the WHKT as funded by BAMF")
        XCTAssertEqual(whkt.last?.label, DomainText.relationFundedBy)

        // The IQ programme has no relations of its own; everything points at it.
        let programme = PartnerNetwork.links(of: "partner.iq-programm", in: document)
        XCTAssertEqual(programme, [
            NetworkLink(kind: .cooperatesWith, direction: .incoming, other: "partner.ba"),
            NetworkLink(kind: .funds, direction: .incoming, other: "partner.bmas"),
            NetworkLink(kind: .cooperatesWith, direction: .incoming, other: "partner.bmbf"),
            NetworkLink(kind: .funds, direction: .incoming, other: "partner.esf"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.iq-fachstelle-anerkennung"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.iq-fachstelle-ika"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.iq-nrw"),
        ], "incoming links by the other's name")
        XCTAssertEqual(programme.map(\.label), [DomainText.relationCooperatesWith, DomainText.relationFundedBy, DomainText.relationCooperatesWith, DomainText.relationFundedBy,
                                                DomainText.relationHasPart, DomainText.relationHasPart, DomainText.relationHasPart])
        XCTAssertEqual(at(programme, 1).map { $0.label.text(.de) }, "wird gefördert von")
        XCTAssertEqual(at(programme, 1).map { $0.label.text(.en) }, "funded by")

        // The other side of the same relation.
        let bmas = PartnerNetwork.links(of: "partner.bmas", in: document)
        XCTAssertEqual(bmas, [NetworkLink(kind: .funds, direction: .outgoing, other: "partner.iq-programm")])
        XCTAssertEqual(bmas.first?.label, DomainText.relationFunds)

        // Referrals both ways.
        let jmd = PartnerNetwork.links(of: "partner.jmd", in: document)
        XCTAssertTrue(jmd.contains(NetworkLink(kind: .refersTo, direction: .incoming, other: "partner.mozaik")))
        XCTAssertTrue(jmd.allSatisfy { $0.direction == .incoming && $0.label == DomainText.relationReferredFrom })
    }

    func testCoordinationAndTrägerschaftAreShownFromBothSides() {
        let document = Seed.document
        let whkt = PartnerNetwork.links(of: "partner.whkt", in: document)
        let coordinates = NetworkLink(kind: .coordinates, direction: .outgoing, other: "partner.iq-nrw")
        XCTAssertTrue(whkt.contains(coordinates))
        XCTAssertEqual(coordinates.label.text(.de), "koordiniert")
        XCTAssertEqual(coordinates.label.text(.en), "coordinates")

        let nrw = PartnerNetwork.links(of: "partner.iq-nrw", in: document)
        let coordinatedBy = NetworkLink(kind: .coordinates, direction: .incoming, other: "partner.whkt")
        XCTAssertTrue(nrw.contains(coordinatedBy), "IQ NRW is coordinated by the WHKT")
        XCTAssertTrue(nrw.contains(NetworkLink(kind: .partOf, direction: .incoming, other: "partner.whkt")), "which is also one of its Träger")
        XCTAssertEqual(coordinatedBy.label.text(.de), "wird koordiniert von")
        XCTAssertEqual(coordinatedBy.label.text(.en), "coordinated by")

        XCTAssertEqual(PartnerNetwork.links(of: "partner.via", in: document),
                       [NetworkLink(kind: .runs, direction: .outgoing, other: "partner.iq-fachstelle-ika")])
        let runBy = NetworkLink(kind: .runs, direction: .incoming, other: "partner.via")
        XCTAssertTrue(PartnerNetwork.links(of: "partner.iq-fachstelle-ika", in: document).contains(runBy))
        XCTAssertEqual(PartnerNetwork.links(of: "partner.via", in: document).first?.label.text(.de), "ist Träger von")
        XCTAssertEqual(runBy.label.text(.de), "in Trägerschaft von")
        XCTAssertEqual(runBy.label.text(.en), "run by")
        XCTAssertEqual(RelationKind.coordinates.label, DomainText.relationCoordinates)
        XCTAssertEqual(RelationKind.runs.label, DomainText.relationRuns)
    }

    func testTheJobcenterBelongToTheBAAndTheKommunen() {
        let document = Seed.document
        let jobcenter = PartnerNetwork.links(of: "partner.jobcenter", in: document)
        XCTAssertEqual(Array(jobcenter.prefix(2)), [
            NetworkLink(kind: .partOf, direction: .outgoing, other: "partner.ba"),
            NetworkLink(kind: .partOf, direction: .outgoing, other: "partner.kommunen"),
        ])
        XCTAssertTrue(PartnerNetwork.links(of: "partner.kommunen", in: document)
            .contains(NetworkLink(kind: .partOf, direction: .incoming, other: "partner.jobcenter")), "the Kommunen include the Jobcenter")
        let dgb = PartnerNetwork.links(of: "partner.dgb", in: document)
        XCTAssertTrue(dgb.contains(NetworkLink(kind: .partOf, direction: .incoming, other: "partner.dgb-bildungswerk")))
        XCTAssertTrue(dgb.contains(NetworkLink(kind: .partOf, direction: .incoming, other: "partner.arbeit-und-leben-nrw")))
    }

    func testACooperationStatedOnBothSidesIsShownOnce() {
        let links = PartnerNetwork.links(of: "partner.bertelsmann-stiftung", in: Seed.document)
        XCTAssertEqual(links, [
            NetworkLink(kind: .cooperatesWith, direction: .outgoing, other: "partner.iq-nrw"),
            NetworkLink(kind: .cooperatesWith, direction: .outgoing, other: "partner.jp-morgan"),
            NetworkLink(kind: .partOf, direction: .incoming, other: "partner.ankommen-in-deutschland"),
        ])
        let other = PartnerNetwork.links(of: "partner.jp-morgan", in: Seed.document)
        XCTAssertEqual(other.filter { $0.other == "partner.bertelsmann-stiftung" }.count, 1)
    }

    func testAPartnerWithoutRelationsHasNoLinksAndEnterDoesNothing() {
        let store = seedStore()
        XCTAssertEqual(PartnerNetwork.links(of: "partner.arbeitgeberverband-pflege", in: store.state.document), [])
        XCTAssertEqual(PartnerNetwork.links(of: "partner.unknown", in: store.state.document), [])
        openPartner("partner.arbeitgeberverband-pflege", store)
        store.send(.navigation(.move(.down)), .navigation(.open))
    }

    func testFollowingRelationsBuildsAPathAndBackspaceWalksBack() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        let listCursor = store.state[.partners].cursor

        // Enter follows the chosen relation: WHKT is part of IQ NRW; a new partner starts at its
        // first relation.
        selectLink(to: "partner.iq-nrw", .outgoing, store)
        let nrw = store.state.directory.relationCursor
        let document = store.state.document
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw"]
            $0.directory.pathCursors = [nrw]
            $0.directory.relationCursor = self.firstLink("partner.iq-nrw", document)
        }
        // IQ NRW is part of the programme.
        selectLink(to: "partner.iq-programm", .outgoing, store)
        let programme = store.state.directory.relationCursor
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"]
            $0.directory.pathCursors = [nrw, programme]
            $0.directory.relationCursor = self.firstLink("partner.iq-programm", document)
        }
        // An incoming link leads on too: the programme is funded by BMAS.
        selectLink(to: "partner.bmas", .incoming, store)
        let bmas = store.state.directory.relationCursor
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm", "partner.bmas"]
            $0.directory.pathCursors = [nrw, programme, bmas]
            $0.directory.relationCursor = self.firstLink("partner.bmas", document)
        }

        // Backspace returns to the relation chosen there.
        store.send(.directory(.walkBack)) {
            $0.directory.path = ["partner.whkt", "partner.iq-nrw", "partner.iq-programm"]
            $0.directory.pathCursors = [nrw, programme]
            $0.directory.relationCursor = bmas
        }
        // Back at the first partner, still open, on the relation chosen there.
        store.send(.directory(.walkBack), .directory(.walkBack)) {
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = nrw
        }
        // Backspace at the first partner closes the detail; the list selection is kept.
        store.send(.directory(.walkBack)) {
            $0.directory.path = []
            $0.directory.relationCursor = 0
            $0[.partners].isDetailOpen = false
        }
        XCTAssertEqual(store.state[.partners].cursor, listCursor)
        XCTAssertEqual(selectedID(store.state), "partner.whkt")
    }

    func testEscClosesTheDetailFromAnyDepth() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        let first = store.state.directory.relationCursor
        guard case .link(let link)? = PartnerNetwork.rows(of: "partner.whkt", in: store.state.document, folded: []).dropFirst(first).first else { return XCTFail("a first relation") }
        let next = firstLink(link.other, store.state.document)
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.whkt", link.other]
            $0.directory.pathCursors = [first]
            $0.directory.relationCursor = next
        }
        store.send(.navigation(.move(.up))) { $0.directory.relationCursor = next - 1 }
        store.send(.navigation(.back)) {
            $0[.partners].isDetailOpen = false
            $0.directory.path = []
            $0.directory.pathCursors = []
            $0.directory.relationCursor = 0
        }
        XCTAssertEqual(store.state.inputMode, .navigation)
        // Opening again starts a fresh path.
        openPartner("partner.bmas", store)
    }

    func testTheRelationCursorClampsToTheRows() {
        let store = seedStore()
        openPartner("partner.iq-programm", store)
        let rows = PartnerNetwork.rows(of: "partner.iq-programm", in: store.state.document, folded: [])
        // 7 relations in three groups: wird gefördert von (2), kooperiert mit (2), umfasst (3).
        XCTAssertEqual(rows.count, 7 + 3)
        XCTAssertEqual(rows.first, .group(RelationGroup(NetworkLink(kind: .funds, direction: .incoming, other: "x")), count: 2, folded: false))
        let count = rows.count
        store.send(.navigation(.move(.up))) { $0.directory.relationCursor = 0 }
        // Up at the first row stays.
        store.send(.navigation(.move(.up)))
        store.send(.navigation(.move(.down)), .navigation(.move(.down))) { $0.directory.relationCursor = 2 }
        // Page down stops at the last row.
        store.send(.navigation(.move(.by(5))), .navigation(.move(.by(5)))) { $0.directory.relationCursor = count - 1 }
        store.send(.navigation(.move(.down)))
        store.send(.navigation(.move(.home))) { $0.directory.relationCursor = 0 }
        store.send(.navigation(.move(.end))) { $0.directory.relationCursor = count - 1 }
        // Enter on the last relation follows that one: part of it is IQ NRW. The list
        // selection behind the detail does not move.
        let document = store.state.document
        store.send(.navigation(.open)) {
            $0.directory.path = ["partner.iq-programm", "partner.iq-nrw"]
            $0.directory.pathCursors = [count - 1]
            $0.directory.relationCursor = self.firstLink("partner.iq-nrw", document)
        }
        XCTAssertEqual(selectedID(store.state), "partner.iq-programm")
    }

    func testRelationGroupsFoldAndUnfold() {
        let store = seedStore()
        openPartner("partner.iq-programm", store)
        let funded = RelationGroup(NetworkLink(kind: .funds, direction: .incoming, other: "x"))
        // Enter on a heading folds its group: its relations leave the rows, the count stays.
        store.send(.navigation(.move(.home)), .navigation(.open)) {
            $0.directory.relationCursor = 0
            $0.directory.foldedRelations = [funded]
        }
        let rows = PartnerNetwork.rows(of: "partner.iq-programm", in: store.state.document, folded: store.state.directory.foldedRelations)
        XCTAssertEqual(rows.count, 8)
        XCTAssertEqual(rows.first, .group(funded, count: 2, folded: true))
        // Space on a relation folds its group and selects the heading; again, it unfolds.
        store.send(.directory(.toggleRelationGroup)) { $0.directory.foldedRelations = [] }
        store.send(.navigation(.move(.down)), .directory(.toggleRelationGroup)) { $0.directory.foldedRelations = [funded] }
        store.send(.directory(.toggleRelationGroup)) { $0.directory.foldedRelations = [] }
    }

    func testDeletingTheShownPartnerShortensThePathOrClosesTheDetail() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        follow("partner.iq-nrw", .outgoing, store)
        let nrwRow = store.state.directory.pathCursors.last ?? 0
        var without = store.state.document
        without.partners.remove("partner.iq-nrw")
        let whktRows = PartnerNetwork.rows(of: "partner.whkt", in: without, folded: []).count

        // IQ NRW disappears (deleted here or by someone else): back to the partner before it, on
        // the row chosen there (or the last one left).
        let first = FormText.labelPartnerDeleted("IQ NRW")
        store.send(.document(.perform(.remove(.partner, "partner.iq-nrw"), label: first))) {
            $0.expectEdit(.remove(.partner, "partner.iq-nrw"), label: first)
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = min(nrwRow, whktRows - 1)
        }
        XCTAssertFalse(PartnerNetwork.links(of: "partner.whkt", in: store.state.document).contains { $0.other == "partner.iq-nrw" },
                       "links to a deleted partner are left out")

        // Nothing left to show.
        let second = FormText.labelPartnerDeleted("WHKT")
        store.send(.document(.perform(.remove(.partner, "partner.whkt"), label: second))) {
            $0.expectEdit(.remove(.partner, "partner.whkt"), label: second)
            $0.directory.path = []
            $0.directory.relationCursor = 0
            $0[.partners].isDetailOpen = false
        }
        assertCursorValid(store.state, .partners)
    }

    func testDeletingAPartnerInTheMiddleOfThePathKeepsTheRest() {
        let store = seedStore()
        openPartner("partner.whkt", store)
        follow("partner.iq-nrw", .outgoing, store)
        follow("partner.iq-programm", .outgoing, store)
        let nrwRow = store.state.directory.pathCursors.first ?? 0
        var without = store.state.document
        without.partners.remove("partner.iq-nrw")
        let whktRows = PartnerNetwork.rows(of: "partner.whkt", in: without, folded: []).count
        let label = FormText.labelPartnerDeleted("IQ NRW")
        store.send(.document(.perform(.remove(.partner, "partner.iq-nrw"), label: label))) {
            $0.expectEdit(.remove(.partner, "partner.iq-nrw"), label: label)
            $0.directory.path = ["partner.whkt", "partner.iq-programm"]
            $0.directory.pathCursors = [nrwRow]
        }
        // Backspace never lands on a deleted partner.
        store.send(.directory(.walkBack)) {
            $0.directory.path = ["partner.whkt"]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = min(nrwRow, whktRows - 1)
        }
    }
}
