import Foundation
import IQCore
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
    private var random: SeededRandom
    private var names = NameBook()
    private let clock = FakeClock()
    private let environment: Environment
    private let disk: FakeDisk
    private var worker = FakeWorker()
    private let initialDocument: Document

    private(set) var state: AppState
    private var size = Size(width: 100, height: 30)
    /// The last frame's render state, as the runtime keeps it.
    private var view = ViewState()
    private var step = 0
    private var trail: [Entry] = []
    private var keyQueue: [Key] = []
    private var violation: String?
    private var counter = 0
    /// Others' saves since the file was damaged; the damage is repaired after a while.
    private var repairAt: Int?

    // Coverage: what the run reached, so a summary shows it was not stuck in one place.
    private var modesSeen: [String: Int] = [:]
    private var actionsSeen: [String: Int] = [:]
    private var sessions = 0
    private var saves = 0
    private var edits = 0
    private var loadsAfterEdits = 0
    private var conflictsMet = 0
    /// Recovery offers met, and drafts among them.
    private var offersMet = 0
    private var draftsOffered = 0

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
    private func startSession() {
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
    private func quitAndRestart() {
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
    private func runtimeIteration() {
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

    /// One thing that happens: a key, the clock, a resize, another person's save, a signal.
    private func event() {
        if !keyQueue.isEmpty, random.below(20) != 0 {
            press(keyQueue.removeFirst())
            return
        }
        let roll = random.below(1000)
        switch roll {
        case 0..<640:
            if state.inputMode == .form, let form = state.form, form.focusedField?.takesText == true, random.below(40) == 0 {
                // A long paste, one insert as the runtime batches it: the field stops at its limit.
                let before = form.fields[form.focus].text.count
                let text = Generate.longText(&random)
                dispatch(.form(.edit(.insert(text))), origin: "paste of \(text.count) characters")
                if let field = state.form?.fields[form.focus].text, let limit = field.limit, field.count > max(limit, before) {
                    fail("a paste grew a field to \(field.count) characters, past its limit of \(limit)")
                }
            } else if state.inputMode == .form, let form = state.form, random.below(5) == 0 {
                keyQueue = Generate.fillKeys(form, &random, names: &names)
                if !keyQueue.isEmpty { press(keyQueue.removeFirst()) }
            } else {
                press(Generate.key(for: state, size: size, random: &random))
            }
        case 640..<800:
            // The clock: mostly the runtime's half-second ticks, sometimes a long pause.
            let advance: Double = switch random.below(20) {
            case 0: Double(random.below(86_400 * 40))
            case 1, 2: Double(5 + random.below(60))
            default: 0.1 + Double(random.below(30)) / 10
            }
            clock.now = clock.now.addingTimeInterval(advance)
            dispatch(.session(.tick(clock.now)), origin: "clock +\(advance) s")
        case 800..<830:
            resize()
        case 830..<835:
            // A scroll with any limit, as a key mapped against a stale or odd frame could send.
            dispatch(.navigation(.scrollDetail(by: random.below(60) - 30, limit: random.below(60) - 5)), origin: "detail scroll")
        case 835..<865:
            // Undo and redo as their keys give them: in a list or an open entry.
            guard state.inputMode == .navigation else { return }
            dispatch(.document(random.below(2) == 0 ? .undo : .redo), origin: "undo/redo")
        case 865..<905:
            // An edit as a form or command makes it: in a list (while the file loads only a new
            // record can be made: the document is still empty).
            guard state.inputMode == .navigation, !state.isWorkshop else { return }
            if case .failed = state.store.phase { return }
            counter += 1
            if let edit = Generate.documentEdit(state.document, &random, names: &names, counter: counter) {
                dispatch(.document(.perform(edit, label: Message(.labelPartnerSaved, "harness \(counter)"))), origin: "document edit")
            }
        case 905..<935:
            othersSave()
        case 935..<945:
            // Ctrl-S where it saves (in a form it submits; the keys above do that).
            guard [.navigation, .textEntry].contains(state.inputMode) else { return }
            dispatch(.store(.save), origin: "Ctrl-S")
        case 945..<946:
            let signal: TerminationSignal = random.pick([.hangup, .terminate, .interrupt])
            dispatch(.session(.terminate(signal)), origin: "signal \(signal.rawValue)")
        case 946..<960:
            dispatch(.session(.redraw), origin: "Ctrl-L")
        case 960..<975:
            // Keys for a whole task: a pane, then its command (forms are filled by the keys above).
            let task: [[Key]] = [[.char("1"), .char("n")], [.char("3"), .char("n")], [.char("3"), .char("e")], [.char("3"), .char("w")],
                                 [.char("4"), .char("n")], [.char("4"), .char("b")], [.char("4"), .char("v"), .char("v"), .char("v")],
                                 [.char("2"), .char("o"), .char("k"), .char("o"), .enter], [.char(":"), .char("n")], [.char("3"), .char("P")],
                                 [.char("1"), .char("d")], [.char("3"), .char("f")], [.char("1"), .enter, .enter, .backspace]]
            keyQueue = random.pick(task)
        case 975..<985:
            paste()
        default:
            press(.char(Generate.printable(&random)))
        }
    }

    /// A paste into a form field or a filter, as one edit of the whole text (a text field's edit
    /// takes a string): hostile text, sometimes a very long field, without a key action per
    /// character.
    private func paste() {
        let text = HostileText.any(&random)
        switch state.inputMode {
        case .form: dispatch(.form(.edit(.insert(text))), origin: "paste of \(text.count) characters")
        case .textEntry: dispatch(.filter(.edit(.insert(text))), origin: "paste of \(text.count) characters")
        default: press(.char(random.pick(HostileText.clusters).first ?? "x"))
        }
    }

    /// The record the person works on now: the one of an open form or question, else the
    /// selected row of the focused pane.
    private func recordWorkedOn() -> (RecordKind, RecordID)? {
        if let form = state.form {
            switch form.purpose {
            case .editPartner(let id): return (.partner, id)
            case .editCase(let id), .caseStatus(let id), .caseAppointment(let id), .caseReferral(let id): return (.case, id)
            case .editMeasure(let id): return (.measure, id)
            case .editPayment(let id): return (.payment, id)
            default: break
            }
        }
        switch state.overlay {
        case .confirmDelete(let id)?: return (.partner, id)
        case .confirmPurge(let id)?: return (.case, id)
        case .confirmRemove(let kind, let id)?: return (kind, id)
        default: break
        }
        switch state.focus {
        case .partners:
            if let id = state.directory.path.last { return (.partner, id) }
            let rows = PartnerList.rows(state)
            let i = state[.partners].cursor.selected
            if rows.indices.contains(i), case .partner(let p) = rows[i] { return (.partner, p.id) }
        case .cases:
            let rows = CaseList.rows(state)
            let i = state[.cases].cursor.selected
            if rows.indices.contains(i) { return (.case, rows[i].id) }
        default: break
        }
        return nil
    }

    private func resize() {
        switch random.below(10) {
        case 0: size = Size(width: 1 + random.below(8), height: 1 + random.below(5))
        case 1, 2: size = Size(width: 1 + random.below(70), height: 1 + random.below(20))
        case 3: size = random.pick([Size(width: 80, height: 24), Size(width: 60, height: 16), Size(width: 59, height: 16), Size(width: 60, height: 15)])
        default: size = Size(width: 1 + random.below(250), height: 1 + random.below(80))
        }
        note("resize to \(size.width)×\(size.height)")
    }

    private func press(_ key: Key) {
        let mode = state.inputMode
        modesSeen["\(mode)", default: 0] += 1
        if key == .resize { resize(); return }
        let layout = ScreenLayout(state: state, size: size)
        guard let action = KeyMap.action(for: key, in: state, layout: layout, view: view) else {
            note("key \(key) in \(mode): nothing")
            return
        }
        dispatch(action, origin: "key \(key) in \(mode)")
    }

    /// Another person saves the file (or leaves it unreadable for a while).
    private func othersSave() {
        guard disk.exists else { return }
        counter += 1
        if let at = repairAt, step >= at {
            repairAt = nil
            disk.write(disk.previous, by: "kollegin", at: clock.now)
            note("others: the damaged file repaired")
            return
        }
        if repairAt == nil, random.below(40) == 0 {
            disk.damaged = true
            disk.bump()
            repairAt = step + 50 + random.below(500)
            note("others: the file left unreadable")
            return
        }
        guard !disk.damaged else { return }
        disk.write(Generate.othersEdit(disk.document, &random, names: &names, counter: counter, near: recordWorkedOn()), by: "kollegin", at: clock.now)
        note("others: saved a change")
    }

    // MARK: dispatch and checks

    private func note(_ text: String) {
        record(Entry(step: step, origin: text, action: nil))
    }

    private func record(_ entry: Entry) {
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

    private func check(after action: Action, before: AppState) {
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

    private func fail(_ problem: String) {
        if violation == nil { violation = problem }
    }

    // MARK: reporting

    private func report(_ problem: String) -> String {
        ["iq-harness reducer: INVARIANT VIOLATED", "  seed \(seed), step \(step): \(problem)",
         "  reproduce: iq-harness reducer --seed \(seed) --actions \(step)", trailReport()].joined(separator: "\n")
    }

    func trailReport() -> String {
        var lines = ["  input mode \(state.inputMode), focus \(state.focus), terminal \(size.width)×\(size.height), phase \(state.store.phase)",
                     "  the last 30 actions (oldest first):"]
        for entry in trail.suffix(30) {
            if let action = entry.action {
                let origin = entry.origin.replacingOccurrences(of: "IQTUI.", with: "")
                lines.append("    [\(entry.step)] \(origin): \(Self.describe(action))")
            } else {
                lines.append("    [\(entry.step)] \(entry.origin)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// An action in one short line (documents are summarised, never dumped).
    static func describe(_ action: Action) -> String {
        let text: String
        switch action {
        case .store(.start): text = "store(.start(seed: …))"
        case .store(.loaded(let l, let created, let writable)):
            text = "store(.loaded(\(l.document.partners.count) partners, \(l.document.cases.count) cases, created: \(created), writable: \(writable)))"
        case .store(.externalChange(let l)): text = "store(.externalChange(\(l.document.partners.count) partners, \(l.document.cases.count) cases))"
        case .store(.saveFinished(let outcome, let generation)):
            let o: String = switch outcome {
            case .saved(_, _, let taken, _): "saved, \(taken) taken from others"
            case .conflicts: "conflicts"
            case .failed(let e): "failed: \(e)"
            }
            text = "store(.saveFinished(\(o), generation: \(generation)))"
        case .store(.recoveryFound(let offer)): text = "store(.recoveryFound(\(offer.edits.count) edits))"
        default: text = String(describing: action).replacingOccurrences(of: "IQCore.", with: "").replacingOccurrences(of: "IQTUI.", with: "")
        }
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    /// "navigation.move": the feature and the case, for the coverage summary.
    static func name(of action: Action) -> String {
        func caseName(_ value: Any) -> String {
            // A case with a payload names itself as the mirror's child; one without prints its name.
            Mirror(reflecting: value).children.first?.label ?? String(describing: value)
        }
        let feature = caseName(action)
        let inner = Mirror(reflecting: action).children.first.map { caseName($0.value) } ?? ""
        return "\(feature).\(inner)"
    }

    func coverageSummary() -> String {
        let modes = modesSeen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "  \(sessions) sessions, \(edits) document changes, \(saves) saves, \(conflictsMet) times conflicts, \(loadsAfterEdits) loads after edits, \(offersMet) recovery offers (\(draftsOffered) with a draft); "
            + "keys by input mode: \(modes); \(actionsSeen.count) kinds of action"
    }
}
