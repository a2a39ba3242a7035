import Foundation
import IQCore
import IQRandom
import IQStore
import IQTUI

/// The fake clock and id source of the in-memory environment.
final class FakeClock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_767_261_600) // 1 January 2026, 10:00 UTC
    var ids = 0
}

/// One run of `iq-harness reducer`: the runtime's loop (Runtime.swift) with the terminal, the
/// clock and the store worker replaced by seeded random stand-ins, and the invariants checked
/// after every action.
final class ReducerRun {
    enum Outcome { case passed, violated(String) }

    struct Entry {
        var step: Int
        var origin: String
        /// nil for a note (a resize, others' save, a restart).
        var action: Action?
    }

    let seed: UInt64
    let quiet: Bool
    var random: SeededRandom
    var names = NameBook()
    let clock = FakeClock()
    let environment: Environment
    let disk: FakeDisk
    var worker = FakeWorker()
    let initialDocument: Document

    private(set) var state: AppState
    var size = Size(width: 100, height: 30)
    /// The last frame's render state, as the runtime keeps it.
    var view = ViewState()
    var step = 0
    var trail: [Entry] = []
    var keyQueue: [Key] = []
    var violation: String?
    var counter = 0
    /// Others' saves since the file was damaged; the damage is repaired after a while.
    var repairAt: Int?

    // Coverage: what the run reached, so a summary shows it was not stuck in one place.
    var modesSeen: [String: Int] = [:]
    var actionsSeen: [String: Int] = [:]
    var sessions = 0
    var saves = 0
    var edits = 0
    var loadsAfterEdits = 0
    var conflictsMet = 0
    /// Recovery offers met, and drafts among them.
    var offersMet = 0
    var draftsOffered = 0

    init(seed: UInt64, quiet: Bool) {
        self.seed = seed
        self.quiet = quiet
        random = SeededRandom(seed: seed)
        let clock = self.clock
        environment = Environment(now: { clock.now }, newID: { clock.ids += 1; return RecordID("harness-\(clock.ids)") }, userName: "harness")
        disk = FakeDisk(templates: StoreTemplates.make())
        initialDocument = Generate.document(&random, names: &names)
        state = AppState(document: Document())
        startSession()
    }

    // MARK: sessions

    /// A start of the program, as Startup.make builds it: a new state, then the store's start.
    func startSession() {
        sessions += 1
        let language: Language = random.below(4) == 0 ? .en : .de
        var options = AppState.Options()
        options.ascii = random.below(4) == 0
        options.mouse = random.below(5) != 0
        if random.below(12) == 0 {
            // Workshop mode: the built-in network, no file.
            var s = AppState(document: WorkshopMode.document, language: language, options: options, store: StoreState(file: nil, user: "harness"))
            s.isWorkshop = true
            s.store.autosaveAfter = nil
            state = s
            return
        }
        // Each start is its own session, now and then beside a second login of the same user.
        let file = SnapshotFile(path: disk.path)
        if let what = disk.varySecondLogin(random.below(6), pid: Int32(1_000_000 + sessions), at: clock.now) { note(what) }
        var store = StoreState(file: file, user: "harness", session: JournalSession(user: "harness", pid: Int32(sessions)))
        store.readOnly = random.below(15) == 0 ? .requested : nil
        store.autosaveAfter = random.below(6) == 0 ? nil : Double(1 + random.below(8))
        state = AppState(document: Document(), language: language, options: options, store: store)
        dispatch(.store(.start(seed: initialDocument)), origin: "start")
    }

    /// The runtime has quit: let queued file work finish (as Runtime.finishWork does), check that
    /// nothing the program believed saved is missing from the file, then start again.
    func quitAndRestart() {
        var rounds = 0
        while worker.pending > 0, rounds < 20 {
            for actions in worker.finished(step: step, disk: disk, random: &random, force: true) {
                for action in actions { dispatch(action, origin: "worker (quitting)") }
            }
            rounds += 1
        }
        worker.queue.removeAll()
        disk.endSession(disk.own)
        // (When others saved since, the file holds their newer version: nothing to compare.)
        if violation == nil, state.store.phase == .ready, state.store.canWrite, !state.hasUnsavedChanges, !disk.damaged,
           disk.identity == state.store.baseIdentity, let difference = Invariants.sameRecords(state.document, disk.document) {
            fail("quit with nothing unsaved, but the file differs from what was shown: \(difference)")
        }
        if violation == nil { startSession() }
    }

    // MARK: the loop

    func run(actions total: Int) -> Outcome {
        let progressEvery = max(1, total / 10)
        while step < total, violation == nil {
            step += 1
            CrashReport.step = step
            runtimeIteration()
            if violation != nil { break }
            event()
            if !quiet, step % progressEvery == 0 { print("  \(step) actions …") }
        }
        if let violation { return .violated(report(violation)) }
        return .passed
    }

    /// What Runtime.run does before it reads a key: take in finished file work, draw the frame
    /// and keep its view state.
    func runtimeIteration() {
        for actions in worker.finished(step: step, disk: disk, random: &random) {
            for action in actions { dispatch(action, origin: "worker") }
        }
        let frame = Screen.render(state, size: size, view: view)
        view = frame.view
        if let problem = Invariants.frame(frame.canvas, size: size, state: state, names: names.names) { fail(problem); return }
        if let problem = Invariants.view(view, state: state, layout: ScreenLayout(state: state, size: size)) { fail(problem); return }
        // And the same state at any other size from 1×1 to 250×80 (a terminal about to resize).
        let other = Size(width: 1 + random.below(250), height: 1 + random.below(80))
        if let problem = Invariants.frame(Screen.render(state, size: other), size: other, state: state, names: names.names) {
            fail("at \(other.width)×\(other.height): \(problem)")
        }
    }

    // MARK: dispatch and checks

    func note(_ text: String) {
        record(Entry(step: step, origin: text, action: nil))
    }

    func record(_ entry: Entry) {
        trail.append(entry)
        if trail.count > 300 { trail.removeFirst(trail.count - 30) }
    }

    func dispatch(_ action: Action, origin: String) {
        guard violation == nil else { return }
        record(Entry(step: step, origin: origin, action: action))
        actionsSeen[Self.name(of: action), default: 0] += 1
        let before = state
        let effects = AppReducer.reduce(into: &state, action: action, environment: environment)
        if state.store.conflicts.count > before.store.conflicts.count { conflictsMet += 1 }
        if case .store(.recoveryFound(let offer)) = action {
            offersMet += 1
            if offer.draft != nil { draftsOffered += 1 }
            if let live = offer.journals.first(where: disk.live.contains) { fail("a live session's journal was offered: \(live)"); return }
        }
        if let trespass = disk.trespass { fail(trespass); return }
        check(after: action, before: before)
        var quit = false
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .redrawAll: break
            case .store(let work):
                if case .save = work { saves += 1 }
                worker.enqueue(work, step: step, random: &random)
            }
        }
        if quit, violation == nil {
            note("quit: the program ends and starts again")
            quitAndRestart()
        }
    }

    func check(after action: Action, before: AppState) {
        if let problem = Invariants.state(state) { fail(problem); return }
        let changed = state.document != before.document
        if changed, let problem = Invariants.tables(state.document) { fail(problem); return }
        let isStoreResult: Bool = switch action {
        case .store(.loaded), .store(.externalChange), .store(.saveFinished), .store(.start), .store(.restoreBackup): true
        default: false
        }
        if changed, !isStoreResult {
            edits += 1
            if !state.hasUnsavedChanges { fail("the document changed (\(Self.name(of: action))) but nothing is marked unsaved"); return }
            if state.history.canUndo, !state.isWorkshop {
                // Undo then redo gives back the same document.
                var copy = state
                _ = AppReducer.reduce(into: &copy, action: .document(.undo), environment: environment)
                _ = AppReducer.reduce(into: &copy, action: .document(.redo), environment: environment)
                if copy.document != state.document {
                    let what = Invariants.sameRecords(copy.document, state.document) ?? Invariants.orderDifference(copy.document, state.document) ?? "?"
                    let steps = state.history.undoSteps.suffix(2).map { Self.describe(.document(.perform($0.edit, label: $0.label))) }
                    fail("undo then redo did not give back the same document: \(what); the last undo steps: \(steps)")
                    return
                }
            }
        }
        if case .store(.loaded) = action, before.hasUnsavedChanges, before.store.file != nil {
            // Edits made while the file loaded stay on top of it (or wait as a conflict).
            loadsAfterEdits += 1
            if !state.hasUnsavedChanges { fail("the file arrived and the edits made while it loaded are no longer unsaved"); return }
            let conflicted = Set(state.store.conflicts.map(\.id))
            func lost<R: Record>(_ mine: RecordTable<R>, _ now: RecordTable<R>) -> RecordID? {
                mine.items.first { now[$0.id] != $0 && !conflicted.contains($0.id) }?.id
            }
            let d = before.document, n = state.document
            if let id = lost(d.partners, n.partners) ?? lost(d.sites, n.sites) ?? lost(d.measures, n.measures) ?? lost(d.cases, n.cases)
                ?? lost(d.payments, n.payments) {
                fail("the file arrived and replaced \(id), edited while it loaded")
                return
            }
        }
        if !state.hasUnsavedChanges, state.store.phase == .ready, state.store.file != nil,
           let difference = Invariants.sameRecords(state.document, state.store.base) {
            fail("nothing marked unsaved, but the document differs from the file's version: \(difference)")
            return
        }
        if changed || state.budgets.year != before.budgets.year || state.language != before.language,
           let problem = Invariants.statistics(state) {
            fail(problem)
        }
    }

    func fail(_ problem: String) {
        if violation == nil { violation = problem }
    }

}
