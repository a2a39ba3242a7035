import Foundation
import IQCore

/// The loop: read a key, map it to an action, reduce, perform the effects, draw. File work runs
/// on one background queue, in order; its results come back through the inbox as actions.
public final class Runtime {
    /// Performs one store effect and returns the actions it leads to (StoreWorker.perform in the
    /// program): handed in, so the loop needs no file code of its own.
    public typealias StoreWork = @Sendable (StoreEffect) -> [Action]

    public private(set) var state: AppState
    /// The last frame's render state: where the lists stand, how far the open entry scrolls.
    private var view = ViewState()
    private let environment: Environment
    private let terminal: Terminal
    private let storeWork: StoreWork
    private var running = true
    private let worker = DispatchQueue(label: "iq-tui.store")
    private let inbox = Inbox()
    private var pendingWork = 0
    /// Of the pending work, what writes (saves, the journal): only this is waited for on quit.
    private var pendingWrites = 0
    private var lastTick = Date.distantPast

    public init(state: AppState, environment: Environment, terminal: Terminal, storeWork: @escaping StoreWork) {
        self.state = state
        self.environment = environment
        self.terminal = terminal
        self.storeWork = storeWork
    }

    /// Runs until quit or a termination signal; the terminal is restored before it returns.
    public func run(start: [Action] = []) {
        Signals.install()
        defer { terminal.close() }
        for action in start { dispatch(action) }
        while running {
            deliverResults()
            let size = terminal.size
            let frame = Screen.render(state, size: size, view: view)
            view = frame.view
            terminal.draw(frame.canvas)
            // Poll quickly while file work is under way, so its result shows at once.
            let key = terminal.readKey(timeout: pendingWork > 0 ? 30 : 250)
            if let signal = Signals.takePending() {
                dispatch(.session(.terminate(signal)))
                continue
            }
            let now = environment.now()
            if now.timeIntervalSince(lastTick) >= (pendingWork > 0 ? 0.2 : 0.5) {
                lastTick = now
                dispatch(.session(.tick(now)))
            }
            switch key {
            case nil, .resize?: continue
            case let key?: takeKeys(from: key, size: size)
            }
        }
    }

    /// Takes `first` and every key already waiting behind it (a paste), up to a bound so the
    /// screen still moves during a huge one: typed text is inserted once, then drawn once.
    private func takeKeys(from first: Key, size: Size) {
        var batch = InputBatch()
        let map = { (key: Key) in KeyMap.action(for: key, in: self.state, layout: ScreenLayout(state: self.state, size: size), view: self.view) }
        var key: Key? = first
        var taken = 0
        while let next = key, next != .resize, taken < InputBatch.maxKeys {
            batch.take(next, map: map, dispatch: dispatch)
            taken += 1
            if !running { return }
            key = terminal.readKey(timeout: 0)
        }
        batch.flush(dispatch)
    }

    func dispatch(_ action: Action) {
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

/// Results from the background queue, handed to the UI loop.
final class Inbox: @unchecked Sendable {
    struct Result {
        var actions: [Action]
        var writes: Bool
    }

    private let condition = NSCondition()
    private var items: [Result] = []
    private var closed = false

    func post(_ actions: [Action], writes: Bool) {
        condition.lock()
        items.append(Result(actions: actions, writes: writes))
        condition.signal()
        condition.unlock()
    }

    func take() -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        let out = items
        items.removeAll()
        return out
    }

    /// Waits until a result comes or `seconds` pass.
    func wait(seconds: Double) {
        condition.lock()
        if items.isEmpty { _ = condition.wait(until: Date().addingTimeInterval(seconds)) }
        condition.unlock()
    }

    /// The program is quitting.
    func close() {
        condition.lock()
        closed = true
        condition.unlock()
    }

    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
