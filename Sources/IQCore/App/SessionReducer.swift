import Foundation

/// Quitting (saving first; asking when that is not possible), redraws, the clock and signals.
public enum SessionReducer {
    public static func reduce(into state: inout AppState, action: SessionAction, environment env: Environment) -> [Effect] {
        switch action {
        case .requestQuit:
            guard state.hasUnsavedChanges else { return [.quit] }
            if state.store.canWrite, state.store.conflicts.isEmpty, state.store.lastError == nil {
                state.store.quitAfterSave = true
                state.show(Message(.statusSavingBeforeQuit), environment: env)
                let effects = StoreReducer.save(&state, environment: env)
                return effects.isEmpty && !state.store.isSaving ? [.quit] : effects
            }
            state.overlay = .confirmQuit
            return []
        case .confirmQuit:
            return [.quit]
        case .cancelQuit:
            if state.overlay == .confirmQuit { state.overlay = nil }
            state.store.quitAfterSave = false
            return []
        case .redraw:
            return [.redrawAll]
        case .tick(let now):
            state.lastTick = now
            if let expiry = state.status?.expiresAt, now >= expiry { state.status = nil }
            return StoreReducer.tick(&state, now: now, environment: env)
        case .terminate:
            // A dropped connection or a kill: save what can be saved, then go. What cannot be
            // saved (a conflict, a full disk) stays in the recovery journal; an open form's
            // draft is written now, before the save, and kept.
            var effects = DraftJournal.flush(&state)
            if state.hasUnsavedChanges, state.store.canWrite, state.store.conflicts.isEmpty, !state.store.isSaving {
                effects += StoreReducer.save(&state, environment: env)
            }
            return effects + [.quit]
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
