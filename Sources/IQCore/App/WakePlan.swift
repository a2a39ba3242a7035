import Foundation

/// When the clock next matters: the earliest moment a tick would change something. The runtime
/// sleeps until then, or until a key, a file-work result or a signal comes; nil means no tick
/// is wanted at all, so an idle program does not wake.
public enum WakePlan {
    /// How often the loading spinner turns (the status bar shows it and the seconds so far).
    public static let spinnerFrame: TimeInterval = 0.25

    public static func nextTick(_ state: AppState, timeZone: TimeZone = .current) -> Date? {
        let store = state.store
        let candidates: [Date?] = [
            state.status?.expiresAt,
            spinner(store.phase, lastTick: state.lastTick),
            store.autosaveDue(hasUnsavedChanges: state.hasUnsavedChanges),
            store.externalCheckDue,
            store.draftDue,
            state.lastTick.map { nextMidnight(after: $0, timeZone: timeZone) },
        ]
        return candidates.compactMap { $0 }.min()
    }

    /// The spinner's next frame while a file loads.
    static func spinner(_ phase: StoreState.Phase, lastTick: Date?) -> Date? {
        guard case .loading(let since) = phase else { return nil }
        let elapsed = max(0, (lastTick ?? since).timeIntervalSince(since))
        return since.addingTimeInterval((elapsed / spinnerFrame).rounded(.down) * spinnerFrame + spinnerFrame)
    }

    /// The next day change: `today` (and with it the agenda, due dates, the budget year) moves on.
    /// Plain arithmetic on the zone's offset rather than a Calendar: this runs on every wake.
    static func nextMidnight(after date: Date, timeZone: TimeZone) -> Date {
        let day: TimeInterval = 86_400
        let local = date.timeIntervalSince1970 + TimeInterval(timeZone.secondsFromGMT(for: date))
        let nextLocalMidnight = (local / day).rounded(.down) * day + day
        // The offset that holds at that midnight (a change of summer time falls in between).
        let guess = Date(timeIntervalSince1970: nextLocalMidnight - TimeInterval(timeZone.secondsFromGMT(for: date)))
        return Date(timeIntervalSince1970: nextLocalMidnight - TimeInterval(timeZone.secondsFromGMT(for: guess)))
    }
}
