import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The purge that leaves nothing behind, and the case in the snapshot and the recovery journal.
final class CasePurgeTests: XCTestCase, CaseTesting {
    /// A store whose data file is loaded and writable.
    private func readyStore(_ cases: [Case] = []) -> TestStore {
        var state = casesState(cases, store: StoreState(file: SnapshotFile(path: "/tmp/x/iq.plist"), user: "t"))
        state.store.phase = .ready
        return TestStore(state)
    }

    private let journal = "/tmp/x/iq.plist.t.host.0.0.journal"

    /// Whether an edit (or a step of it) holds or removes the record.
    private func touches(_ edit: DocumentEdit, _ kind: RecordKind, _ id: RecordID) -> Bool {
        switch edit {
        case .put(let r), .insert(let r, _): r.kind == kind && r.id == id
        case .remove(let k, let i): k == kind && i == id
        case .batch(let edits): edits.contains { touches($0, kind, id) }
        }
    }

    // MARK: Purge

    func testPurgeAsksAndCancelKeepsTheCase() {
        let store = casesStore(fourCases)
        select("c.lucia", store)
        // Nothing happens before the answer.
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        XCTAssertEqual(store.state.inputMode, .confirmDelete)
        store.send(.cases(.cancelPurge)) { $0.overlay = nil }
        // No question, no purge.
        store.send(.cases(.confirmPurge))
        XCTAssertNotNil(store.state.document.cases["c.lucia"])
    }

    func testPurgeRemovesTheCaseFromTheDocumentAndTheUndoHistory() {
        let now = Self.todayDate
        let store = casesStore(fourCases, environment: Self.env2026(id: "c.new"))
        // Setting up a history of the new case (created, edited, given an appointment, stepped
        // forward; one unrelated edit in between) is driven; the purge is asserted in full.
        newCaseForm(store, first: "Tetiana", last: "Bondar")
        store.drive([.form(.submit), .cases(.editCase)])
        store.fill(\CaseEditorForm.referenzberuf, "Lehrerin")
        store.drive([.form(.submit)])
        var caritas = Fixture.caritas
        caritas.name = "Caritas Düsseldorf e. V."
        store.drive([.document(.perform(.put(.partner(caritas)), label: FormText.labelPartnerSaved(caritas.name)))])
        select("c.new", store)
        store.drive([.cases(.addAppointment), .form(.submit), .cases(.stepStatus), .form(.submit)])
        // Undo the step, so the redo path holds a copy too.
        store.drive([.document(.undo)])
        XCTAssertEqual(store.state.document.cases["c.new"]?.timeline.count, 1)
        XCTAssertTrue(store.state.history.undoSteps.contains { touches($0.edit, .case, "c.new") })
        XCTAssertTrue(store.state.history.redoSteps.contains { touches($0.edit, .case, "c.new") })

        select("c.new", store)
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.new") }
        // No file: nothing journaled or saved. The other cases are untouched; the unrelated edit
        // stays undoable; every step that held the case forgets it.
        let row = store.state[.cases].cursor
        store.send(.cases(.confirmPurge)) {
            $0.overlay = nil
            $0.document.cases.remove("c.new")
            $0.history.forget(.case, "c.new")
            $0.expectChanged(at: now)
            $0.status = shown(CaseText.statusPurged("NRW-2026-000005"), at: now)
            $0[.cases].cursor = ListCursor(selected: min(row.selected, 3))
        }
        XCTAssertEqual(store.state.document.cases.items, fourCases)
        assertCursorValid(store.state, .cases)
        for step in store.state.history.undoSteps + store.state.history.redoSteps {
            XCTAssertFalse(touches(step.edit, .case, "c.new"), "a step still holds the case: \(step.label)")
        }
        XCTAssertEqual(store.state.history.undoSteps.count, 1)

        // Nothing brings it back.
        while store.state.history.canUndo {
            store.send(.document(.undo)) { $0.expectUndo(at: now) }
            XCTAssertNil(store.state.document.cases["c.new"])
        }
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.name, "Caritas Düsseldorf", "the unrelated edit was undone")
        while store.state.history.canRedo {
            store.send(.document(.redo)) { $0.expectRedo(at: now) }
            XCTAssertNil(store.state.document.cases["c.new"])
        }
        XCTAssertEqual(store.state.document.cases.count, 4)
    }

    func testPurgeJournalsAndSavesAtOnceWhenAFileIsAttached() throws {
        let store = readyStore(fourCases)
        select("c.lucia", store)
        store.send(.cases(.purge)) { $0.overlay = .confirmPurge("c.lucia") }
        guard let lucia = store.state.document.cases["c.lucia"] else { return XCTFail("no case") }
        var without = store.state.document
        without.cases.remove("c.lucia")
        // The journal learns the case is gone, and the file is written at once without it.
        let request = SaveRequest(file: SnapshotFile(path: "/tmp/x/iq.plist"), document: without, base: Document(), baseIdentity: nil,
                                  format: .binary, generation: 1, at: fixedDate, user: "t", journal: journal, purge: [PurgeTarget(lucia)])
        store.send(.cases(.confirmPurge), effects: [
            .store(.appendJournal(path: journal, edits: [JournaledEdit(.remove(.case, "c.lucia"), base: .absent)], at: fixedDate)),
            .store(.save(request)),
        ]) {
            $0.overlay = nil
            $0.document = without
            $0.expectChanged()
            $0.store.purging = [PurgeTarget(lucia)]
            $0.status = shown(StoreText.statusPurging("NRW-2026-000003"))
            $0.store.savingGeneration = 1
            $0.store.savingDocument = without
        }
        XCTAssertEqual(store.state.document.cases.count, 3)
        XCTAssertTrue(store.state.store.isSaving)
    }

    // MARK: Snapshot and journal

    func testACaseWithEveryFieldRoundTripsThroughTheSnapshot() throws {
        var c = Case(id: "case.0001", meta: RecordMeta(revision: 7, modifiedAt: fixedDate, modifiedBy: "Jürgen Müller"),
                     number: "NRW-2026-000123", status: .qualification)
        c.person.firstName = "Ayşe"
        c.person.lastName = "Yılmaz-Öztürk"
        c.person.birthYear = 1988
        c.person.sex = .diverse
        c.person.phone = "+49 (0)231 / 98 76 54"
        c.person.email = "ayse@example.org"
        c.nationality = "TR"
        c.countryOfTraining = "TR"
        c.yearOfEntry = 2019
        c.residence = "Dortmund"
        c.residenceStatus = .recognition16d
        c.benefits = .asylbLG
        c.germanLevel = .c1
        c.qualification = "Hemşirelik lisansı <Ankara> & \"Ege\""
        c.referenzberuf = "Gesundheits- und Krankenpfleger/in"
        c.regulated = false
        c.authority = "Bezirksregierung Münster (ZAG-PuG)"
        c.authorityID = "partner.bezreg-muenster"
        c.cameVia = .migrantOrganisation
        c.siteID = "s.koeln"
        c.counsellor = "anna"
        c.applicationDate = day(2026, 1, 5)
        c.decision = Decision.none
        c.decisionDate = day(2026, 3, 31)
        c.measureID = "m.pflege"
        c.consentDate = day(2025, 12, 1)
        c.deletionDate = day(2029, 12, 31)
        c.notes = "Zeile 1\nZeile 2 – mit Umlauten äöü"
        c.timeline = [
            TimelineEntry(day: day(2025, 12, 1), kind: .appointment(channel: .phone)),
            TimelineEntry(day: day(2026, 1, 5), kind: .status(from: .preparingApplication, to: .applied), note: "Antrag raus"),
            TimelineEntry(day: day(2026, 2, 28), kind: .referral(partner: "p.caritas"), note: "Sprachkurs B2"),
            TimelineEntry(day: day(2026, 4, 1), kind: .status(from: .decisionReceived, to: .qualification)),
            TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .video), note: "online"),
        ]
        var sparse = Case(id: "case.0002", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "x"), number: "NRW-2026-000124")
        sparse.regulated = true
        let document = Document(partners: Fixture.partners, sites: Fixture.sites, measures: Fixture.measures, cases: [c, sparse])
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: fixedDate, savedBy: "anna")
            let (decoded, _) = try SnapshotCodec.decode(bytes, path: "/x/cases.\(format)")
            XCTAssertEqual(decoded.cases["case.0001"], c, "\(format)")
            XCTAssertEqual(decoded.cases["case.0002"], sparse, "\(format): absent fields stay absent")
            XCTAssertEqual(decoded.cases.items, document.cases.items, "\(format)")
            XCTAssertEqual(decoded, document, "\(format)")
        }
        // Days are written as ISO text, never as plist dates (a day has no time zone).
        let xml = String(decoding: SnapshotCodec.encode(document, format: .xml, savedAt: fixedDate, savedBy: "anna"), as: UTF8.self)
        XCTAssertTrue(xml.contains("<string>2029-12-31</string>"), "the deletion date as text")
        XCTAssertTrue(xml.contains("<string>NRW-2026-000123</string>"))
    }

    func testACasesJournaledEditCarriesTheCase() throws {
        let store = readyStore()
        newCaseForm(store)
        store.fill(\CaseEditorForm.referenzberuf, "Krankenschwester")
        var saved = saved("id-1", "NRW-2023-000001")
        saved.referenzberuf = "Pflegefachfrau/Pflegefachmann"
        saved.regulated = true
        saved.authority = "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG), Bezirksregierung Münster"
        saved.authorityID = "partner.zag"
        // The journal holds the person too: a crash loses nothing. The form's draft is done with.
        let label = CaseText.labelCaseSaved("NRW-2023-000001")
        // Ctrl-S in the form writes the file too.
        var written = store.state.document
        written.apply(.put(.case(saved)))
        let request = SaveRequest(file: SnapshotFile(path: "/tmp/x/iq.plist"), document: written, base: Document(), baseIdentity: nil,
                                  format: .binary, generation: 1, at: fixedDate, user: "t", journal: journal, purge: [])
        store.send(.form(.submit), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(saved)), base: .absent)], at: fixedDate)),
                                             .store(.save(request))]) {
            $0.form = nil
            $0.store.draftChangedAt = nil
            $0.expectEdit(.put(.case(saved)), label: label)
            $0.status = shown(label)
            $0.store.savingGeneration = 1
            $0.store.savingDocument = written
        }

        // A status step journals the case as it is after the step.
        select("id-1", store)
        store.send(.cases(.stepStatus)) { $0.form = CaseForm.statusForm(saved, $0) }
        let stepped = changed(saved) {
            $0.status = .preparingApplication
            $0.timeline = [TimelineEntry(day: Self.today, kind: .status(from: .firstCounselling, to: .preparingApplication))]
        }
        // The first save is still under way (the journal's base is what it writes): this one
        // follows it.
        store.send(.form(.submit), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(stepped)), base: .record(.case(saved)))], at: fixedDate))]) {
            $0.form = nil
            $0.expectEdit(.put(.case(stepped)), label: label)
            $0.status = shown(label)
            $0.store.saveAgainAfterwards = true
        }
        // And its undo journals the case as it was.
        store.send(.document(.undo), effects: [.store(.appendJournal(path: journal, edits: [JournaledEdit(.put(.case(saved)), base: .record(.case(saved)))], at: fixedDate))]) {
            $0.expectUndo()
        }
    }
}
