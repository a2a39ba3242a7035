import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// Saving through StoreWorker (merge with others' changes under the lock) and the recovery journal.
final class SnapshotSaveTests: SnapshotTestCase {
    private func request(_ mine: Document, base: SnapshotFile.Loaded, user: String = "tester", at: Date = fixedDate) -> SaveRequest {
        SaveRequest(file: file, document: mine, base: base.document, baseIdentity: base.identity, format: .binary,
                    generation: 7, at: at, user: user)
    }

    private func outcome(_ request: SaveRequest, file: StaticString = #filePath, line: UInt = #line) -> SaveOutcome? {
        let actions = StoreWorker.perform(.save(request))
        guard actions.count == 1, case .store(.saveFinished(let outcome, generation: 7)) = actions[0] else {
            XCTFail("unexpected \(actions)", file: file, line: line)
            return nil
        }
        return outcome
    }

    // MARK: Merge on save

    // What two people's saves of different and of the same records lead to is the shared
    // scenarios' (FileScenarioTests); here what only the file does.

    func testAMergedSaveKeepsTheOtherVersionAsBackupAndNamesItsSaver() throws {
        try save(Seed.document)
        let base = try file.load()
        let anna = withRole(base.document, "partner.whkt", "Anna war hier")
        guard case .saved(_, let identity1, _, _)? = outcome(request(anna, base: base, user: "anna")) else { return XCTFail("first save") }
        XCTAssertEqual(identity1, file.identity)
        guard case .saved(let second, let identity2, 1, _)? = outcome(request(withRole(base.document, "partner.mozaik", "Ben"), base: base, user: "ben")) else {
            return XCTFail("second save")
        }
        XCTAssertEqual(identity2, file.identity)
        let onDisk = try file.load()
        XCTAssertEqual(onDisk.document, second)
        XCTAssertEqual(onDisk.header.savedBy, "ben")
        XCTAssertEqual(try SnapshotFile(path: file.backupPath(1)).load().document, anna, "Anna's version is backup-1")
    }

    func testAConflictReplacesNoFileAndKeepsTheJournal() throws {
        try save(Seed.document)
        let base = try file.load()
        guard case .saved(_, let annaIdentity, _, _)? = outcome(request(withRole(base.document, "partner.whkt", "Anna"), base: base, user: "anna")) else {
            return XCTFail("first")
        }
        let bytesAfterAnna = fileBytes(dataPath)
        let backupsAfterAnna = listing()
        let benJournal = RecoveryJournal(file: file, session: JournalSession(user: "ben"))
        try benJournal.append([JournaledEdit(.put(.partner(Partner(id: "p.j", name: "J", category: .project))), base: .absent)], at: fixedDate)
        defer { JournalLocks.release(benJournal.path, delete: true) }

        guard case .conflicts(_, let identity)? = outcome(request(withRole(base.document, "partner.whkt", "Ben"), base: base, user: "ben")) else {
            return XCTFail("expected a conflict")
        }
        XCTAssertEqual(identity, annaIdentity)
        XCTAssertEqual(file.identity, annaIdentity, "the file was not replaced")
        XCTAssertEqual(fileBytes(dataPath), bytesAfterAnna)
        XCTAssertEqual(listing(), (backupsAfterAnna + ["iq-tui.plist.ben.host.0.0.journal"]).sorted(), "no backup rotated, no temp file left")
        XCTAssertEqual(benJournal.read().count, 1, "the journal survives a conflict")
    }

    func testSaveWithCurrentBaseWritesWithoutMerging() throws {
        try save(Seed.document)
        let base = try file.load()
        let mine = withRole(base.document, "partner.whkt", "eins")
        guard case .saved(let written, let identity, 0, _)? = outcome(request(mine, base: base)) else { return XCTFail("save") }
        XCTAssertEqual(written, mine)
        // The next save from the written version (as the program does) is not a merge either.
        let next = SnapshotFile.Loaded(document: written, header: base.header, identity: identity, format: .binary)
        guard case .saved(_, _, 0, _)? = outcome(request(withRole(written, "partner.whkt", "zwei"), base: next)) else {
            return XCTFail("second save")
        }
        XCTAssertEqual(try file.load().document.partners["partner.whkt"]?.role, "zwei")
    }

    /// XML keeps dates to whole seconds, but `.saved` hands back the document with the edit's
    /// sub-second stamp, which the program then uses as its merge base. After someone else saves,
    /// the record this person saved looks changed by them (the date lost its fraction), so editing
    /// it again must not turn into a conflict.
    func testXMLSaveThenOthersSaveThenEditAgainIsNoConflict() throws {
        try save(Seed.document, format: .xml)
        let loaded = try file.load()
        var whkt = try XCTUnwrap(loaded.document.partners["partner.whkt"])
        whkt.role = "Anna 1"
        whkt.meta = RecordMeta(revision: 2, modifiedAt: fixedDate.addingTimeInterval(0.5), modifiedBy: "anna")  // as DocumentReducer stamps
        var annaDoc = loaded.document
        annaDoc.partners.put(whkt)
        var first = request(annaDoc, base: loaded, user: "anna")
        first.format = .xml
        guard case .saved(let written, let identity, _, _)? = outcome(first) else { return XCTFail("Anna's first save") }

        // Ben saves another partner.
        let benBase = try file.load()
        var second = request(withRole(benBase.document, "partner.mozaik", "Ben"), base: benBase, user: "ben")
        second.format = .xml
        guard case .saved? = outcome(second) else { return XCTFail("Ben's save") }

        // Anna edits her partner again, with the outcome of her save as base (StoreReducer.saveFinished).
        var again = try XCTUnwrap(written.partners["partner.whkt"])
        again.role = "Anna 2"
        var annaAgain = written
        annaAgain.partners.put(again)
        var third = request(annaAgain, base: SnapshotFile.Loaded(document: written, header: loaded.header, identity: identity, format: .xml), user: "anna")
        third.format = .xml
        let result = outcome(third)
        guard case .saved? = result else { return XCTFail("\(String(describing: result))") }
        XCTAssertEqual(try file.load().document.partners["partner.whkt"]?.role, "Anna 2")
        XCTAssertEqual(try file.load().document.partners["partner.mozaik"]?.role, "Ben")
    }

    func testSaveOverAnUnreadableFileFailsAndKeepsIt() throws {
        try save(Seed.document)
        let base = try file.load()
        put(Array("kaputt".utf8), at: dataPath)      // someone left a damaged file meanwhile
        guard case .failed(let error)? = outcome(request(withRole(base.document, "partner.whkt", "x"), base: base)) else {
            return XCTFail("expected failure")
        }
        XCTAssertEqual(error, .notAPropertyList(path: dataPath))
        XCTAssertEqual(fileBytes(dataPath), Array("kaputt".utf8), "a file that cannot be read is never overwritten")
    }

    // MARK: Recovery journal

    private let annaPartner = Partner(id: "p.anna", name: "Annas Träger", category: .welfare, cities: ["Köln"])
    private let benPartner = Partner(id: "p.ben", name: "Bens Träger 🙂", category: .provider)

    private func threeEntries(_ journal: RecoveryJournal) throws -> [RecoveryJournal.Entry] {
        let entries = [
            RecoveryJournal.Entry(at: fixedDate.addingTimeInterval(0.5), edits: [JournaledEdit(.put(.partner(annaPartner)), base: .absent)]),
            RecoveryJournal.Entry(at: fixedDate.addingTimeInterval(1.25), edits: [JournaledEdit(.remove(.site, "s.koeln"), base: .record(.site(Fixture.siteKoeln))),
                                                                                   JournaledEdit(.put(.site(Fixture.siteMobil)), base: .absent)]),
            RecoveryJournal.Entry(at: fixedDate.addingTimeInterval(2), edits: [JournaledEdit(.put(.measure(Fixture.measureTraining)), base: .absent),
                                                                                JournaledEdit(.put(.partner(benPartner)), base: .record(.partner(annaPartner)))]),
        ]
        for entry in entries { try journal.append(entry.edits, at: entry.at) }
        return entries
    }

    func testJournalAppendsAndReadsBack() throws {
        let journal = RecoveryJournal(file: file, session: JournalSession(user: "anna", host: "pc.example.org", pid: 42, started: 1_700_000_000))
        defer { JournalLocks.release(journal.path, delete: true) }
        XCTAssertEqual(journal.read(), [], "no journal, no entries")
        try withUmask(0o022) {
            let entries = try threeEntries(journal)
            XCTAssertEqual(journal.read(), entries)
            XCTAssertEqual(fileMode(journal.path), 0o600)
        }
        XCTAssertEqual(journal.path, dataPath + ".anna.pc_example_org.42.1700000000.journal", "user, host, pid and start name the session's journal")
        XCTAssertEqual(RecoveryJournal(file: file, session: JournalSession(user: "a/b.c")).path, dataPath + ".a_b_c.host.0.0.journal",
                       "user names cannot leave the directory or pose as another part")
        XCTAssertEqual(RecoveryJournal(file: file, session: JournalSession(user: "ben")).read(), [], "each user has a journal of their own")
    }

    func testTornLastEntryIsIgnored() throws {
        let journal = RecoveryJournal(file: file, session: JournalSession(user: "anna"))
        defer { JournalLocks.release(journal.path, delete: true) }
        let entries = try threeEntries(journal)
        guard let whole = fileBytes(journal.path) else { return XCTFail("no journal") }

        // Garbage after the last entry: a length that promises more than there is.
        put(whole + [0, 0, 0x10, 0, 0xDE, 0xAD], at: journal.path)
        XCTAssertEqual(journal.read(), entries)
        // A plausible length with a body that is not a property list.
        put(whole + [0, 0, 0, 4] + Array("junk".utf8), at: journal.path)
        XCTAssertEqual(journal.read(), entries)
        // A lone partial length.
        put(whole + [0, 0], at: journal.path)
        XCTAssertEqual(journal.read(), entries)

        // Cut inside the third entry at every byte: the first two survive.
        let thirdStart = try entryStarts(whole)[2]
        for cut in thirdStart..<whole.count {
            put(Array(whole.prefix(cut)), at: journal.path)
            XCTAssertEqual(journal.read(), Array(entries.prefix(2)), "cut at \(cut)")
        }
        put(Array(whole.prefix(5)), at: journal.path)
        XCTAssertEqual(journal.read(), [], "cut inside the first entry")
        // Appending after a torn entry: the torn bytes hide the new entry too, but never the old ones.
        put(Array(whole.prefix(whole.count - 3)), at: journal.path)
        try journal.append([JournaledEdit(.put(.partner(benPartner)), base: .absent)], at: fixedDate)
        XCTAssertEqual(Array(journal.read().prefix(2)), Array(entries.prefix(2)))
    }

    /// The byte offsets where entries begin (4-byte big-endian length, then the body).
    private func entryStarts(_ bytes: [UInt8]) throws -> [Int] {
        var starts: [Int] = []
        var i = 0
        while i + 4 <= bytes.count {
            starts.append(i)
            i += 4 + (Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]))
        }
        XCTAssertEqual(i, bytes.count)
        return starts
    }

    func testSuccessfulSaveDiscardsTheJournal() throws {
        try save(Seed.document)
        let base = try file.load()
        // A session of anna's that is gone (its lock is free) and one of ben's.
        let gone = RecoveryJournal(file: file, session: JournalSession(user: "anna", pid: 1))
        _ = try threeEntries(gone)
        JournalLocks.release(gone.path, delete: false)
        let other = RecoveryJournal(file: file, session: JournalSession(user: "ben", pid: 3))
        try other.append([JournaledEdit(.put(.partner(benPartner)), base: .absent)], at: fixedDate)
        JournalLocks.release(other.path, delete: false)

        // At start the gone session's journal is offered for recovery; ben's is his own.
        let session = JournalSession(user: "anna", pid: 2)
        let own = session.journalPath(file)
        defer { JournalLocks.release(own, delete: true); JournalLocks.release(gone.path, delete: true) }
        let actions = StoreWorker.perform(.load(file: file, seed: Document(), session: session, mayWrite: true, format: .binary))
        XCTAssertEqual(actions.count, 2)
        guard case .store(.recoveryFound(let offer))? = actions.last else { return XCTFail("\(actions)") }
        XCTAssertEqual(offer.entries, 3)
        XCTAssertEqual(offer.edits.count, 5)
        XCTAssertEqual(offer.records, 5, "p.anna, s.koeln, s.mobil, m.training, p.ben")
        XCTAssertEqual(offer.lastAt, fixedDate.addingTimeInterval(2))
        XCTAssertEqual(offer.journals, [gone.path])
        XCTAssertEqual(offer.bases[RecordRef(.partner, "p.ben")], .record(.partner(annaPartner)), "the newest entry's base of each record")

        try RecoveryJournal(path: own).append([JournaledEdit(.put(.partner(annaPartner)), base: .absent)], at: fixedDate)
        var saving = request(withRole(base.document, "partner.whkt", "x"), base: base, user: "anna")
        saving.journal = own
        guard case .saved? = outcome(saving) else { return XCTFail("save") }
        XCTAssertEqual(RecoveryJournal(path: own).read(), [], "the session's journal is emptied")
        XCTAssertEqual(fileMode(own), 0o600, "and kept, locked, while the session lives")
        XCTAssertEqual(gone.read().count, 3, "an offered journal stays until answered")
        XCTAssertEqual(other.read().count, 1, "ben's journal is his own")
    }
}
