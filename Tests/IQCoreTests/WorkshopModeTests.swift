import Foundation
import XCTest
@testable import IQCore
#if canImport(Glibc)
import Glibc
#endif

/// `--workshop`: only the built-in network and the map, no case data ever read, nothing written.
final class WorkshopModeTests: XCTestCase {
    private func parse(_ arguments: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: [:])
    }

    private func workshop(_ arguments: [String] = ["--workshop"], environment: [String: String] = [:]) throws -> Startup {
        Startup.make(options: try LaunchOptions.parse(arguments, environment: environment).get(), environment: environment, user: "trainer")
    }

    func testParsing() throws {
        let options = try parse(["--workshop"]).get()
        XCTAssertTrue(options.workshop)
        XCTAssertEqual(options.command, .run)
        XCTAssertFalse(try parse([]).get().workshop)
        XCTAssertTrue(try parse(["--workshop", "--read-only"]).get().workshop, "read-only adds nothing, but is no contradiction")
        let display = try parse(["--lang", "en", "--ascii", "--no-mouse", "--workshop"]).get()
        XCTAssertEqual([display.language == .en, display.ascii, !display.mouse, display.workshop], [true, true, true, true])
        XCTAssertEqual(parse(["--workshop=yes"]), .failure(.unknownOption("--workshop=yes")))
    }

    func testParsingRefusesWhatNeedsTheDataFile() {
        XCTAssertEqual(parse(["--workshop", "--data", "team.plist"]), .failure(.notWithWorkshop("--data")))
        XCTAssertEqual(parse(["--data=team.plist", "--workshop"]), .failure(.notWithWorkshop("--data")))
        XCTAssertEqual(parse(["--workshop", "--format", "xml"]), .failure(.notWithWorkshop("--format")))
        XCTAssertEqual(parse(["--workshop", "--autosave", "0"]), .failure(.notWithWorkshop("--autosave")))
        XCTAssertEqual(parse(["--workshop", "export", "cases"]), .failure(.notWithWorkshop("export")))
        XCTAssertEqual(parse(["check", "--workshop"]), .failure(.notWithWorkshop("check")))
        for language in Language.allCases {
            let text = LaunchOptions.ParseError.notWithWorkshop("--data").message.text(language)
            XCTAssertTrue(text.contains("--data") && text.contains("--workshop"), text)
        }
        XCTAssertTrue(L10n.string(.cliUsage, .de).contains("--workshop"))
        XCTAssertTrue(L10n.string(.cliUsage, .en).contains("--workshop"))
    }

    func testStartupHasTheNetworkWithoutCasesAndOnlyTwoPanes() throws {
        let startup = try workshop()
        XCTAssertFalse(startup.startsStore)
        XCTAssertEqual(startup.actions, [])
        let state = startup.state
        XCTAssertTrue(state.isWorkshop)
        XCTAssertNil(state.store.file, "no data file, so nothing can be read or written")
        XCTAssertEqual(state.store.phase, .detached)
        XCTAssertEqual(state.visiblePanes, [.partners, .locations])
        XCTAssertTrue(state.document.cases.isEmpty)
        XCTAssertTrue(state.document.measures.isEmpty)
        XCTAssertTrue(state.document.payments.isEmpty)
        XCTAssertEqual(state.document.partners.count, Seed.partners.count)
        XCTAssertEqual(state.document.sites.count, Seed.sites.count)
        XCTAssertTrue(state.document.partners.items.contains { !$0.relations.isEmpty }, "the network: partners with their relations")
        XCTAssertFalse(state.hasUnsavedChanges)

        // The ordinary start, for contrast: it opens the data file.
        let normal = Startup.make(options: LaunchOptions(), environment: ["XDG_DATA_HOME": "/x"], user: "anna")
        XCTAssertTrue(normal.startsStore)
        XCTAssertEqual(normal.state.store.file?.path, "/x/iq-tui/iq-tui.plist")
        XCTAssertEqual(normal.state.visiblePanes, Pane.allCases)
    }

    func testTabCyclesTheTwoPanesAndThreeAndFourSaySo() throws {
        let store = TestStore(try workshop().state)
        store.send(.navigation(.focusNext)) { $0.focus = .locations }
        store.send(.navigation(.focusNext)) { $0.focus = .partners }
        store.send(.navigation(.focusPrevious)) { $0.focus = .locations }
        for pane in [Pane.cases, .budgets] {
            store.send(.navigation(.focus(pane))) { $0.status = shown(Message(.workshopOnlyNetwork), .warning) }
        }
        // Zoom works.
        store.send(.navigation(.toggleZoom)) { $0.isZoomed = true }
        // Outside workshop mode Tab still visits all four.
        let normal = TestStore(AppState(document: Document()))
        for expected in [Pane.locations, .cases, .budgets, .partners] {
            normal.send(.navigation(.focusNext)) { $0.focus = expected }
        }
        normal.send(.navigation(.focusPrevious)) { $0.focus = .budgets }
    }

    func testEditingSavingAndQuittingNeverAsk() throws {
        let store = TestStore(try workshop().state)
        store.send(.store(.save)) { $0.status = shown(Message(.workshopNothingSaved), .warning) }
        // No form, no question: a word why.
        for action: Action in [.directory(.newPartner), .directory(.editPartner), .directory(.deletePartner), .document(.undo), .document(.redo)] {
            store.send(action) { $0.status = shown(Message(.workshopNoEdits), .warning) }
        }
        // An edit is refused too: the document stays and nothing is unsaved (the same word why
        // is shown again).
        let renamed = Partner(id: Seed.partners[0].id, name: "Umbenannt", category: .network)
        store.send(.document(.perform(.put(.partner(renamed)), label: Message(.labelRecovery))))
        // The partner filter form is no edit: it works.
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        XCTAssertEqual(store.state.form?.purpose, .partnerFilter)
        store.send(.form(.cancel)) { $0.form = nil }
        // Quitting asks no question.
        store.send(.session(.requestQuit), effects: [.quit])
    }

    /// A long random run over every kind of action: no file work is ever asked for, the network
    /// never changes, no case appears and the focus stays on the two panes.
    func testNoStoreEffectsAcrossALongRandomActionSequence() throws {
        var state = try workshop().state
        let document = state.document
        var random = SnapshotTestRandom(seed: 8)
        for step in 0..<5_000 {
            let action = Self.randomAction(&random, step: step)
            // The features themselves cannot ask for file work either: the store has no file.
            var unguarded = state
            XCTAssertFalse(AppReducer.route(&unguarded, action, testEnvironment).contains(where: Self.isStoreWork), "\(action)")
            let effects = AppReducer.reduce(into: &state, action: action, environment: testEnvironment)
            XCTAssertFalse(effects.contains(where: Self.isStoreWork), "step \(step): \(action) -> \(effects)")
            XCTAssertTrue(state.visiblePanes.contains(state.focus))
            XCTAssertNil(state.store.file)
            XCTAssertFalse(state.hasUnsavedChanges)
            XCTAssertEqual(state.document, document, "step \(step): \(action)")
            if let purpose = state.form?.purpose { XCTAssertEqual(purpose, .partnerFilter, "only the filter form opens") }
        }
        XCTAssertTrue(state.document.cases.isEmpty)
    }

    static func isStoreWork(_ effect: Effect) -> Bool {
        if case .store = effect { return true }
        return false
    }

    /// Any action the program knows, with a bias towards the ones that edit or save.
    static func randomAction(_ random: inout SnapshotTestRandom, step: Int) -> Action {
        let partner = Seed.partners[Int(random.next() % UInt64(Seed.partners.count))]
        var changed = partner
        changed.name += " (geändert)"
        let pool: [Action] = [
            .navigation(.focusNext), .navigation(.focusPrevious), .navigation(.focus(.partners)), .navigation(.focus(.locations)),
            .navigation(.focus(.cases)), .navigation(.focus(.budgets)), .navigation(.move(.down)), .navigation(.move(.end)),
            .navigation(.open), .navigation(.back), .navigation(.toggleZoom), .navigation(.select(.cases, row: 0)),
            .navigation(.scroll(.budgets, by: 3)), .navigation(.scrollDetail(5)),
            .filter(.begin), .filter(.edit(.insert("k"))), .filter(.accept), .filter(.cancel),
            .help(.toggle), .help(.close),
            .document(.perform(.put(.partner(changed)), label: Message(.labelRecovery))),
            .document(.perform(.remove(.partner, partner.id), label: Message(.labelRecovery))),
            .document(.undo), .document(.redo),
            .session(.requestQuit), .session(.cancelQuit), .session(.redraw),
            .session(.tick(fixedDate.addingTimeInterval(Double(step) * 3))), .session(.terminate(.hangup)),
            .store(.save), .store(.acceptRecovery), .store(.declineRecovery), .store(.restoreBackup),
            .store(.resolveConflict(.mine)), .store(.start(seed: Seed.document)),
            .directory(.newPartner), .directory(.editPartner), .directory(.deletePartner), .directory(.confirmDelete),
            .directory(.cancelDelete), .directory(.openFilter), .directory(.cycleSort), .directory(.toggleTree), .directory(.walkBack),
            .form(.focusNext), .form(.choose(1)), .form(.submit), .form(.cancel), .form(.confirmDiscard),
            .locations(.beginPlace), .locations(.editPlace(.insert("m"))), .locations(.moveCompletion(1)), .locations(.acceptPlace),
            .locations(.cancelPlace), .locations(.clearPlace), .locations(.cycleService), .locations(.openOperator),
            .cases(.newCase), .cases(.editCase), .cases(.stepStatus), .cases(.purge), .cases(.confirmPurge),
            .budgets(.new), .budgets(.bookPayment), .budgets(.delete), .budgets(.confirmDelete), .budgets(.openProvider),
        ]
        return pool[Int(random.next() % UInt64(pool.count))]
    }
}

/// The start with a real data directory: in workshop mode nothing under it is opened or
/// changed; under `--read-only` it is read but nothing is ever written.
final class WorkshopDataDirectoryTests: SnapshotTestCase {
    /// What a look at a file shows (without reading it): who it is, how large, when it was last
    /// read, written and changed.
    struct Look: Equatable {
        var inode: UInt64
        var size: Int64
        var accessed: [Int]
        var modified: [Int]
        var changed: [Int]
    }

    private var dataDir: String { dir + "/iq-tui" }
    private var dataFile: SnapshotFile { SnapshotFile(path: dataDir + "/iq-tui.plist") }
    private var environment: [String: String] { ["XDG_DATA_HOME": dir, "HOME": dir] }

    /// A data file with a case (name, year of birth), a backup, a lock and a recovery journal of
    /// the user. Returns their bytes, read before their times are set back: each was last read
    /// two days ago and written one day ago, so a read afterwards would show (Linux's relatime
    /// updates the access time when it is older than the modification time).
    private func makeDataDirectory() throws -> [String: [UInt8]] {
        try DataLocation.ensureDirectory(dataDir)
        var person = CasePerson()
        person.firstName = "Maria"
        person.lastName = "Kowalska"
        person.birthYear = 1985
        var document = Seed.document
        document.cases.put(Case(id: "c.1", meta: .seed, number: "NRW-2026-000001", person: person))
        let file = dataFile
        for _ in 0..<2 {
            _ = try file.withLock { () throws(SnapshotError) -> FileIdentity in
                try file.write(SnapshotCodec.encode(document, format: .binary, savedAt: fixedDate, savedBy: "anna"))
            }
        }
        var changed = document.cases.items[0]
        changed.notes = "Termin verschoben"
        let journal = RecoveryJournal(file: file, session: JournalSession(user: "trainer"))
        try journal.append([JournaledEdit(.put(.case(changed)), base: .unknown)], at: fixedDate)
        JournalLocks.release(journal.path, delete: false)
        let bytes = contents()
        let past = Date().addingTimeInterval(-2 * 86_400).timeIntervalSince1970
        for name in listing(dataDir) {
            var times = [timespec(tv_sec: Int(past), tv_nsec: 0), timespec(tv_sec: Int(past) + 86_400, tv_nsec: 0)]
            XCTAssertEqual(utimensat(AT_FDCWD, dataDir + "/" + name, &times, AT_SYMLINK_NOFOLLOW), 0)
        }
        return bytes
    }

    /// Every file of the data directory as it is now, without reading any.
    private func look() -> [String: Look] {
        var looks: [String: Look] = [:]
        for name in listing(dataDir) {
            var s = stat()
            guard lstat(dataDir + "/" + name, &s) == 0 else { continue }
            looks[name] = Look(inode: UInt64(s.st_ino), size: Int64(s.st_size),
                               accessed: [s.st_atim.tv_sec, s.st_atim.tv_nsec], modified: [s.st_mtim.tv_sec, s.st_mtim.tv_nsec],
                               changed: [s.st_ctim.tv_sec, s.st_ctim.tv_nsec])
        }
        return looks
    }

    /// The bytes of every file of the data directory (this reads them: look first).
    private func contents() -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: listing(dataDir).map { ($0, fileBytes(dataDir + "/" + $0) ?? []) })
    }

    /// Runs the actions as the runtime does: store work is performed for real and its results
    /// are dispatched in turn. Returns the store work asked for.
    @discardableResult
    private func drive(_ state: inout AppState, _ actions: [Action]) -> [StoreEffect] {
        var queue = actions
        var performed: [StoreEffect] = []
        while !queue.isEmpty {
            let action = queue.removeFirst()
            for effect in AppReducer.reduce(into: &state, action: action, environment: testEnvironment) {
                guard case .store(let work) = effect else { continue }
                performed.append(work)
                queue += StoreWorker.perform(work)
            }
        }
        return performed
    }

    func testWorkshopStartOpensNothingInTheDataDirectory() throws {
        let bytes = try makeDataDirectory()
        let names = listing(dataDir)
        XCTAssertEqual(Set(names), ["iq-tui.plist", "iq-tui.plist.backup-1", "iq-tui.plist.lock", "iq-tui.plist.trainer.host.0.0.journal"])
        let before = look()
        let startup = Startup.make(options: try LaunchOptions.parse(["--workshop"], environment: environment).get(),
                                   environment: environment, user: "trainer")
        XCTAssertFalse(startup.startsStore)
        var state = startup.state
        var random = SnapshotTestRandom(seed: 88)
        let actions = startup.actions + (0..<3_000).map { WorkshopModeTests.randomAction(&random, step: $0) }
        XCTAssertEqual(drive(&state, actions), [], "no store work at all")
        XCTAssertTrue(state.document.cases.isEmpty, "no case was read")
        XCTAssertEqual(look(), before, "not read (access times), not written, not replaced, nothing added")
        XCTAssertEqual(contents(), bytes)

        // The same look does see a read: an ordinary read-only start reads the file.
        let control = Startup.make(options: try LaunchOptions.parse(["--read-only"], environment: environment).get(),
                                   environment: environment, user: "trainer")
        XCTAssertTrue(control.startsStore)
        var controlState = control.state
        drive(&controlState, control.actions)
        XCTAssertEqual(controlState.document.cases.count, 1)
        if look()["iq-tui.plist"]?.accessed == before["iq-tui.plist"]?.accessed {
            // A file system mounted noatime records no reads; the store check above still holds.
            print("note: this file system does not record access times")
        }
    }

    func testReadOnlyWritesNothingOfAnyKind() throws {
        let bytes = try makeDataDirectory()
        let before = look()
        let startup = Startup.make(options: try LaunchOptions.parse(["--read-only", "--autosave", "1"], environment: environment).get(),
                                   environment: environment, user: "trainer")
        XCTAssertTrue(startup.startsStore)
        var state = startup.state
        drive(&state, startup.actions)
        XCTAssertEqual(state.store.readOnly, .requested)
        XCTAssertEqual(state.store.phase, .ready)
        // Restoring needs a program that may save: the gone session's journal waits for one.
        XCTAssertNil(state.overlay, "no journal offered")
        var partner = try XCTUnwrap(state.document.partners.items.first)
        partner.name += " (geändert)"
        var work = drive(&state, [.document(.perform(.put(.partner(partner)), label: Message(.labelRecovery))), .store(.save)])
        XCTAssertEqual(state.status?.message, Message(.statusReadOnlyNoSave))
        var actions: [Action] = [.session(.requestQuit), .session(.cancelQuit)]
        for second in stride(from: 0, through: 30, by: 3) { actions.append(.session(.tick(fixedDate.addingTimeInterval(Double(second))))) }
        actions += [.store(.declineRecovery), .directory(.deletePartner), .directory(.confirmDelete), .session(.terminate(.hangup))]
        work += drive(&state, actions)
        XCTAssertFalse(work.contains { effect in
            switch effect {
            case .save, .appendJournal, .settleOrphans, .writeDraft, .discardDraft, .endSession, .restoreBackup: true
            case .load, .checkExternalChange: false
            }
        }, "\(work)")
        let after = look()
        XCTAssertEqual(Set(after.keys), Set(before.keys), "no file added or removed (no lock, journal, backup or temp file)")
        XCTAssertEqual(contents(), bytes)
        for (name, was) in before {
            XCTAssertEqual(after[name]?.inode, was.inode, name)
            XCTAssertEqual(after[name]?.modified, was.modified, name)
            XCTAssertEqual(after[name]?.changed, was.changed, name)
        }
    }
}
