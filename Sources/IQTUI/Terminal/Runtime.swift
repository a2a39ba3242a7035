import Foundation
import IQCore

/// The loop: read a key, map it to an action, reduce, perform the effects, draw.
public final class Runtime {
    public private(set) var state: AppState
    private let environment: Environment
    private let terminal: Terminal
    private var running = true

    public init(state: AppState, environment: Environment, terminal: Terminal) {
        self.state = state
        self.environment = environment
        self.terminal = terminal
    }

    /// Runs until quit or a termination signal; the terminal is restored before it returns.
    public func run() {
        Signals.install()
        defer { terminal.close() }
        while running {
            let size = terminal.size
            let layout = ScreenLayout(state: state, size: size)
            if layout.listPage != state.listPage, !layout.isTooSmall {
                dispatch(.navigation(.setListPage(layout.listPage)))
            }
            terminal.draw(Screen.render(state, size: size))
            let key = terminal.readKey(timeout: 500)
            if let signal = Signals.takePending() {
                dispatch(.session(.terminate(signal)))
                continue
            }
            switch key {
            case nil: dispatch(.session(.tick(environment.now())))
            case .resize?: continue
            case let key?:
                if let action = KeyMap.action(for: key, in: state, layout: layout) { dispatch(action) }
            }
        }
    }

    func dispatch(_ action: Action) {
        for effect in AppReducer.reduce(into: &state, action: action, environment: environment) {
            switch effect {
            case .quit: running = false
            case .redrawAll: terminal.redrawAll()
            }
        }
    }
}
