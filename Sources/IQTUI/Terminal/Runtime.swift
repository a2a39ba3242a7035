import Foundation
import IQCore

/// The loop: sleep until something happens (a key, a file-work result, a signal, a watched
/// descriptor, the next tick that is due), map keys to actions, reduce, perform the effects,
/// and draw a frame only when something was dispatched or the size changed. File work runs on
/// one background queue, in order; its results come back through the inbox as actions.
public final class Runtime {
    /// Performs one store effect and returns the actions it leads to (StoreWorker.perform in the
    /// program): handed in, so the loop needs no file code of its own.
    public typealias StoreWork = @Sendable (StoreEffect) -> [Action]

    public private(set) var state: AppState
    /// The last frame's render state: where the lists stand, how far the open entry scrolls.
    private var view = ViewState()
    private let environment: Environment
    private let terminal: TerminalDevice
    private let storeWork: StoreWork
    private let watches: [LoopWatch]
    private let handlesSignals: Bool
    private var running = true
    private let worker = DispatchQueue(label: "iq-tui.store")
    private let wakePipe = WakePipe()
    private let inbox: Inbox
    private var pendingWork = 0
    /// Of the pending work, what writes (saves, the journal): only this is waited for on quit.
    private var pendingWrites = 0
    /// Something was dispatched since the last frame.
    private var needsFrame = true
    /// The tick the loop last slept towards, kept while nothing is dispatched: the wake then
    /// asks `WakePlan` once, not again to see whether the tick is due.
    private var plannedTick: Date??

    /// `watches` are slept on beside the terminal; `handlesSignals` is false only in tests,
    /// which must leave the test runner's own signal handling alone.
    public init(state: AppState, environment: Environment, terminal: TerminalDevice, storeWork: @escaping StoreWork,
                watches: [LoopWatch] = [], handlesSignals: Bool = true) {
        self.state = state
        self.environment = environment
        self.terminal = terminal
        self.storeWork = storeWork
        self.watches = watches
        self.handlesSignals = handlesSignals
        inbox = Inbox(waking: wakePipe)
    }

    /// Runs until quit or a termination signal; the terminal is restored before it returns.
    public func run(start: [Action] = []) {
        if handlesSignals { Signals.install(waking: wakePipe) }
        defer {
            if handlesSignals { Signals.forgetPipe() }
            terminal.close()
        }
        for action in start { dispatch(action) }
        // The clock starts: today is known from the first frame on.
        dispatch(.session(.tick(environment.now())))
        var drawnSize: Size?
        var inputWaiting = false
        while running {
            deliverResults()
            let size = terminal.size
            if needsFrame || size != drawnSize {
                draw(size)
                drawnSize = size
            }
            let ready = inputWaiting ? LoopWait.Ready(input: true) : sleep()
            if ready.woken { wakePipe?.drain() }
            if let signal = Signals.takePending() {
                dispatch(.session(.terminate(signal)))
                continue
            }
            if ready.hangup {
                dispatch(.session(.terminate(.hangup)))
                continue
            }
            for (watch, readable) in zip(watches, ready.watches) where readable {
                for action in watch.drain() { dispatch(action) }
            }
            tickIfDue()
            inputWaiting = false
            // Looked at on every wake: ncurses reports a resize (after SIGWINCH) as a key.
            switch terminal.readKey() {
            case nil: break
            case .resize?: needsFrame = true
            case let key?: inputWaiting = takeKeys(from: key, size: size)
            }
        }
    }

    private func draw(_ size: Size) {
        let frame = Screen.render(state, size: size, view: view)
        view = frame.view
        terminal.draw(frame.canvas)
        needsFrame = false
    }

    /// Sleeps until input, a wake (a result, a signal), a watch or the next due tick.
    private func sleep() -> LoopWait.Ready {
        let due = WakePlan.nextTick(state)
        plannedTick = .some(due)
        let timeout = LoopWait.timeout(until: due, now: environment.now(), hasPipe: wakePipe != nil)
        return LoopWait.wait(input: terminal.inputDescriptor, pipe: wakePipe?.readEnd, watches: watches.map { $0.descriptor() }, timeout: timeout)
    }

    /// The clock: a tick only when one is due. A tick that changed nothing shown (a look at the
    /// file started, a draft written) draws no frame.
    private func tickIfDue() {
        let now = environment.now()
        guard let due = plannedTick ?? WakePlan.nextTick(state), now >= due else { return }
        let before = ClockFace(state)
        let framePending = needsFrame
        dispatch(.session(.tick(now)))
        if !framePending, ClockFace(state) == before { needsFrame = false }
    }

    /// Takes `first` and every key already waiting behind it (a paste), up to a bound so the
    /// screen still moves during a huge one: typed text is inserted once, then drawn once.
    /// Returns whether it stopped at the bound with keys still waiting (some may sit in
    /// ncurses's own buffer, where poll(2) cannot see them).
    private func takeKeys(from first: Key, size: Size) -> Bool {
        var batch = InputBatch()
        let map = { (key: Key) in KeyMap.action(for: key, in: self.state, layout: ScreenLayout(state: self.state, size: size), view: self.view) }
        var key: Key? = first
        var taken = 0
        while let next = key, taken < InputBatch.maxKeys {
            if next == .resize {
                needsFrame = true
                break
            }
            batch.take(next, map: map, dispatch: dispatch)
            taken += 1
            if !running { return false }
            key = terminal.readKey()
        }
        batch.flush(dispatch)
        return taken == InputBatch.maxKeys
    }

    func dispatch(_ action: Action) {
        needsFrame = true
        plannedTick = nil
        for effect in AppReducer.reduce(into: &state, action: action, environment: environment) {
            switch effect {
            case .quit:
                running = false
                // After the saves queued before it: an empty journal goes, its lock is let go.
                if let journal = state.store.journalPath { perform(.endSession(journal: journal)) }
                finishWork()
            case .redrawAll:
                terminal.redrawAll()
            case .store(let work):
                perform(work)
            }
        }
    }

    private func perform(_ work: StoreEffect) {
        let writes = Runtime.writes(work)
        pendingWork += 1
        if writes { pendingWrites += 1 }
        let inbox = self.inbox, storeWork = self.storeWork
        worker.async {
            // After quit, a read still queued is skipped: nobody waits for its result.
            let actions = !writes && inbox.isClosed ? [] : storeWork(work)
            inbox.post(actions, writes: writes)
        }
    }

    /// Work that changes files; reading (loading, looking for others' saves) is not.
    static func writes(_ work: StoreEffect) -> Bool {
        switch work {
        case .load, .checkExternalChange: false
        case .save, .appendJournal, .settleOrphans, .writeDraft, .discardDraft, .endSession, .restoreBackup, .writeCaseReport: true
        }
    }

    private func deliverResults() {
        for result in inbox.take() {
            pendingWork -= 1
            if result.writes { pendingWrites -= 1 }
            for action in result.actions { dispatch(action) }
        }
    }

    /// Before leaving: let queued saves and journal writes finish and take in their results (a
    /// save on quit or on SIGHUP must reach the disk). A load under way is not waited for, so a
    /// signal ends the program at once even while a large file is read. Bounded, so a stuck disk
    /// cannot keep the program alive forever.
    private func finishWork() {
        inbox.close()
        let deadline = Date().addingTimeInterval(30)
        deliverResults()
        while pendingWrites > 0, Date() < deadline {
            inbox.wait(seconds: 0.05)
            deliverResults()
        }
    }
}
