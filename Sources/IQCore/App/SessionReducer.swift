import Foundation

/// What the session keeps beside the features: the clock and the status bar.
public struct SessionState: Equatable, Sendable {
    public var status: StatusMessage?
    /// The time of the last clock tick: lets a view show how long something has been running.
    public var lastTick: Date?
    public init() {}
}

/// Quitting (the store saves first, or asks), redraws, the clock and signals.
public enum SessionReducer {
    public static func reduce(into state: inout Scoped<SessionState>, action: SessionAction) -> [Delegate] {
        switch action {
        case .requestQuit:
            return [.saveThenQuit]
        case .confirmQuit:
            return [.run(.quit)]
        case .cancelQuit:
            return [.dismiss(.confirmQuit), .keepRunning]
        case .redraw:
            return [.run(.redrawAll)]
        case .tick(let now):
            state.lastTick = now
            if let expiry = state.status?.expiresAt, now >= expiry { state.status = nil }
            return [.tick(now)]
        case .terminate:
            // A dropped connection or a kill: save what can be saved, then go. What cannot be
            // saved (a conflict, a full disk) stays in the recovery journal; an open form's
            // draft is written now, before the save, and kept.
            return [.flushDraft, .saveBeforeExit, .run(.quit)]
        }
    }
}

public enum SessionAction: Equatable, Sendable {
    case requestQuit, confirmQuit, cancelQuit
    case redraw
    case tick(Date)
    case terminate(TerminationSignal)
}

public enum TerminationSignal: String, Equatable, Sendable {
    case hangup = "SIGHUP", terminate = "SIGTERM", interrupt = "SIGINT"
}
