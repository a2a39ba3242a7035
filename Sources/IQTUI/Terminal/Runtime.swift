import Foundation
import IQCore

/// The loop: read a key, map it to an action, reduce, perform the effects, draw. File work runs
/// on one background queue, in order; its results come back through the inbox as actions.
public final class Runtime {
    public private(set) var state: AppState
    private let environment: Environment
    private let terminal: Terminal
    private var running = true
    private let worker = DispatchQueue(label: "iq-tui.store")
    private let inbox = Inbox()
    private var pendingWork = 0
    private var lastTick = Date.distantPast

    public init(state: AppState, environment: Environment, terminal: Terminal) {
        self.state = state
        self.environment = environment
        self.terminal = terminal
    }

    /// Runs until quit or a termination signal; the terminal is restored before it returns.
    public func run(start: [Action] = []) {
        Signals.install()
        defer { terminal.close() }
        for action in start { dispatch(action) }
        while running {
            deliverResults()
            let size = terminal.size
            let layout = ScreenLayout(state: state, size: size)
            if layout.listPage != state.listPage, !layout.isTooSmall {
                dispatch(.navigation(.setListPage(layout.listPage)))
            }
            let frame = Screen.render(state, size: size)
            // A scroll run past the end of the text is pulled back to what is shown.
            if let shown = frame.scrollShown, shown < state[state.focus].detailScroll {
                dispatch(.navigation(.scrollDetail(shown - state[state.focus].detailScroll)))
            }
            terminal.draw(frame)
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
            case let key?:
                if let action = KeyMap.action(for: key, in: state, layout: layout) { dispatch(action) }
            }
        }
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
        pendingWork += 1
        let inbox = self.inbox
        worker.async {
            inbox.post(StoreWorker.perform(work))
        }
    }

    private func deliverResults() {
        for actions in inbox.take() {
            pendingWork -= 1
            for action in actions { dispatch(action) }
        }
    }

    /// Before leaving: let queued saves finish and take in their results (a save on quit or on
    /// SIGHUP must reach the disk). Bounded, so a stuck disk cannot keep the program alive forever.
    private func finishWork() {
        var rounds = 0
        while pendingWork > 0, rounds < 20 {
            worker.sync {}
            deliverResults()
            rounds += 1
        }
    }
}

/// Results from the background queue, handed to the UI loop.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [[Action]] = []

    func post(_ actions: [Action]) {
        lock.lock()
        items.append(actions)
        lock.unlock()
    }

    func take() -> [[Action]] {
        lock.lock()
        defer { lock.unlock() }
        let out = items
        items.removeAll()
        return out
    }
}
