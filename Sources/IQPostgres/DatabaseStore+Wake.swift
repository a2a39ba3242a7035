import IQCore

extension DatabaseStore {
    /// Runs one piece of the worker's work on the connection, then arms the wake on what the
    /// connection says: its socket, a look at once (notifications already read, or some missed),
    /// or nothing while it is lost, which the screen is told once, so it looks now and then
    /// (`StoreState.watchLost`) until the connection is back.
    public func watched(_ work: () -> [Action]) -> [Action] {
        wake.disarm()
        let listening = backend as? ListeningBackend
        let reconnections = listening?.reconnections ?? 0
        var actions = work()
        // Said even when the drop was never noticed as such (a server restarted between looks);
        // first, so what the work did ("Gespeichert") is the last word.
        if let listening, listening.reconnections > reconnections { actions.insert(.store(.reconnected), at: 0) }
        let readiness = listening?.readiness() ?? .lost
        switch readiness {
        case .sleep(let descriptor): wake.arm(descriptor)
        case .lookNow: actions.append(.store(.fileMayHaveChanged))
        case .lost: break
        }
        if hearing == (readiness == .lost) {
            hearing.toggle()
            actions.append(.store(.watchLost(!hearing)))
        }
        return actions
    }
}
