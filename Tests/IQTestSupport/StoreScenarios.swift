import Foundation
import IQCore
import XCTest

/// The merge and conflict scenarios, written once and run against every store (issue 18): the
/// data file, the database with a stand-in server, the database on a real server. Two people's
/// programs (StoreSession) load the same data and edit it through the reducer; what is checked
/// is what they see — the conflict dialog and its records, the status bar, the document — and
/// what the store holds afterwards. Each test target runs them (`runAll`) on its store.
public struct StoreScenarios {
    /// Makes the store under test, filled with the given document.
    public let make: (Document) throws -> any StoreUnderTest

    public init(_ make: @escaping (Document) throws -> any StoreUnderTest) {
        self.make = make
    }

    /// Every scenario, each on a fresh store. A failure names its line in this file, and the
    /// test that ran it names the store.
    public func runAll() throws {
        try differentRecordsAreBothKept()
        try theSameDeletionOnBothSidesIsNoConflict()
        try theSameRecordIsAConflict()
        for choice in [ConflictChoice.theirs, .mine, .both] { try theChosenSideIsSaved(choice) }
        try deletionAgainstChange()
        try theSameNewIDIsAConflict()
    }

    static let caritas = Fixture.caritas.id, agentur = Fixture.agentur.id, bezirk = Fixture.bezirk.id, eineWelt = Fixture.eineWelt.id

    /// The store with the fixture partners, and anna's and ben's programs on it.
    func open() throws -> (store: any StoreUnderTest, anna: StoreSession, ben: StoreSession) {
        let store = try make(Document(partners: Fixture.partners, sites: Fixture.sites))
        let anna = try StoreSession(store, user: "anna"), ben = try StoreSession(store, user: "ben")
        XCTAssertEqual(anna.state.store.phase, .ready)
        XCTAssertEqual(ben.document.partners.count, Fixture.partners.count)
        return (store, anna, ben)
    }

    func name(_ store: any StoreUnderTest, _ id: RecordID) throws -> String? { try store.stored().partners[id]?.name }

    /// Two people change different records: both changes are kept, the second program takes the
    /// first one's in without a question and says how many it took.
    public func differentRecordsAreBothKept() throws {
        let (store, anna, ben) = try open()
        defer { anna.end(); ben.end() }
        anna.rename(Self.caritas, "Caritas (Anna)")
        anna.save()
        XCTAssertTrue(anna.hasSaid("Saved"), "\(anna.said.map { $0.text(.en) })")
        ben.rename(Self.agentur, "Agentur (Ben)")
        ben.save()
        // The file merges at the save; the database takes the other row in at the next look.
        ben.look { $0.document.partners[Self.caritas]?.name == "Caritas (Anna)" }
        XCTAssertEqual(ben.document.partners[Self.caritas]?.name, "Caritas (Anna)")
        XCTAssertEqual(ben.document.partners[Self.agentur]?.name, "Agentur (Ben)")
        XCTAssertNil(ben.state.overlay)
        XCTAssertFalse(ben.state.hasUnsavedChanges)
        XCTAssertTrue(ben.said.contains { $0.text(.en).lowercased().contains("took in 1 change") }, "\(ben.said.map { $0.text(.en) })")
        XCTAssertEqual(try name(store, Self.caritas), "Caritas (Anna)")
        XCTAssertEqual(try name(store, Self.agentur), "Agentur (Ben)")
    }

    /// Both delete the same record, one also changes another: no question, nothing lost.
    public func theSameDeletionOnBothSidesIsNoConflict() throws {
        let (store, anna, ben) = try open()
        defer { anna.end(); ben.end() }
        anna.perform(.remove(.partner, Self.eineWelt))
        anna.save()
        ben.perform(.remove(.partner, Self.eineWelt))
        ben.rename(Self.agentur, "Agentur (Ben)")
        ben.save()
        XCTAssertNil(ben.state.overlay)
        XCTAssertTrue(ben.hasSaid("Saved"), "\(ben.said.map { $0.text(.en) })")
        XCTAssertNil(try store.stored().partners[Self.eineWelt])
        XCTAssertEqual(try name(store, Self.agentur), "Agentur (Ben)")
    }

    /// Both change the same record: the second save writes nothing and opens the conflict
    /// dialog on that record, with mine and theirs; saving again first asks to decide.
    public func theSameRecordIsAConflict() throws {
        let (_, anna, ben) = try conflictOnOneRecord()
        anna.end()
        ben.end()
    }

    func conflictOnOneRecord() throws -> (store: any StoreUnderTest, anna: StoreSession, ben: StoreSession) {
        let (store, anna, ben) = try open()
        anna.rename(Self.caritas, "Caritas (Anna)")
        anna.save()
        ben.rename(Self.caritas, "Caritas (Ben)")
        ben.rename(Self.agentur, "Agentur (Ben)")
        ben.save()
        XCTAssertEqual(ben.state.overlay, .conflict)
        XCTAssertEqual(ben.state.store.conflicts.map(\.id), [Self.caritas])
        XCTAssertEqual(ben.conflictsShown, ["“Caritas (Ben)” was changed here and by anna."])
        let shown = ben.state.store.conflicts.first.map(ConflictDescription.init)?.differences
        XCTAssertEqual(shown?.map(\.field), ["name"])
        XCTAssertEqual(shown?.first?.mine, "Caritas (Ben)")
        XCTAssertEqual(shown?.first?.theirs, "Caritas (Anna)")
        // Mine stays on screen until decided; nothing of ben's was written.
        XCTAssertEqual(ben.document.partners[Self.caritas]?.name, "Caritas (Ben)")
        XCTAssertEqual(try name(store, Self.caritas), "Caritas (Anna)")
        XCTAssertEqual(try name(store, Self.agentur), Fixture.agentur.name)
        ben.save()
        XCTAssertEqual(ben.said.last?.text(.en), StoreText.statusResolveFirst.text(.en))
        return (store, anna, ben)
    }

    /// Resolving and saving: the chosen side is what the store holds, the other change of the
    /// same save goes with it, and the first person's program takes it in at its next look.
    public func theChosenSideIsSaved(_ choice: ConflictChoice) throws {
        let (store, anna, ben) = try conflictOnOneRecord()
        defer { anna.end(); ben.end() }
        ben.send(.store(.resolveConflict(choice)))
        XCTAssertNil(ben.state.overlay)
        XCTAssertEqual(ben.said.last?.text(.en), StoreText.statusConflictsResolved.text(.en))
        ben.save()
        XCTAssertTrue(ben.said.last?.text(.en).hasPrefix("Saved") == true, "\(ben.said.map { $0.text(.en) })")
        XCTAssertFalse(ben.state.hasUnsavedChanges)
        let stored = try store.stored()
        XCTAssertEqual(stored.partners[Self.agentur]?.name, "Agentur (Ben)")
        switch choice {
        case .theirs:
            XCTAssertEqual(stored.partners[Self.caritas]?.name, "Caritas (Anna)")
        case .mine:
            XCTAssertEqual(stored.partners[Self.caritas]?.name, "Caritas (Ben)")
        case .both:
            XCTAssertEqual(stored.partners[Self.caritas]?.name, "Caritas (Ben)")
            XCTAssertEqual(stored.partners["ben.new.1"]?.name, "Caritas (Anna) (2)")
        }
        let expected = stored.partners[Self.caritas]?.name
        anna.look { $0.document.partners[Self.agentur]?.name == "Agentur (Ben)" }
        XCTAssertEqual(anna.document.partners[Self.caritas]?.name, expected)
        XCTAssertNil(anna.state.overlay, "the first person did not change it again: no question")
    }

    /// One deletes a record the other changes, both ways round: a conflict each time, and the
    /// chosen side is saved (theirs brings the deletion, mine the deletion back).
    public func deletionAgainstChange() throws {
        let (store, anna, ben) = try open()
        defer { anna.end(); ben.end() }
        anna.perform(.remove(.partner, Self.bezirk))
        anna.save()
        ben.rename(Self.bezirk, "Bezirk (Ben)")
        ben.save()
        XCTAssertEqual(ben.state.store.conflicts.map(\.id), [Self.bezirk])
        XCTAssertTrue(ben.conflictsShown.first?.hasPrefix("“Bezirk (Ben)” was changed here and deleted by") == true, "\(ben.conflictsShown)")
        ben.send(.store(.resolveConflict(.theirs)))
        ben.save()
        XCTAssertNil(ben.document.partners[Self.bezirk])
        XCTAssertNil(try store.stored().partners[Self.bezirk])

        // Now anna changes one that ben deletes, and ben keeps his deletion.
        anna.look { $0.document.partners[Self.bezirk] == nil }
        anna.rename(Self.caritas, "Caritas (Anna)")
        anna.save()
        ben.perform(.remove(.partner, Self.caritas))
        ben.save()
        XCTAssertEqual(ben.state.store.conflicts.map(\.id), [Self.caritas])
        XCTAssertEqual(ben.conflictsShown, ["“Caritas (Anna)” was deleted here and changed by anna."])
        ben.send(.store(.resolveConflict(.mine)))
        ben.save()
        XCTAssertNil(ben.state.overlay)
        XCTAssertNil(try store.stored().partners[Self.caritas])
    }

    /// Both create a record with the same id: the second is asked, and keeping both saves both.
    public func theSameNewIDIsAConflict() throws {
        let (store, anna, ben) = try open()
        defer { anna.end(); ben.end() }
        anna.perform(.put(.partner(Partner(id: "p.same", name: "Neu (Anna)", category: .provider))))
        anna.save()
        ben.perform(.put(.partner(Partner(id: "p.same", name: "Neu (Ben)", category: .provider))))
        ben.save()
        XCTAssertEqual(ben.state.overlay, .conflict)
        XCTAssertEqual(ben.conflictsShown, ["“Neu (Ben)” was created here and by anna with the same id."])
        XCTAssertEqual(try name(store, "p.same"), "Neu (Anna)")
        ben.send(.store(.resolveConflict(.both)))
        ben.save()
        XCTAssertNil(ben.state.overlay)
        XCTAssertEqual(try name(store, "p.same"), "Neu (Ben)")
        XCTAssertEqual(try name(store, "ben.new.1"), "Neu (Anna) (2)")
    }
}
