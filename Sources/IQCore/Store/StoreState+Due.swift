import Foundation

/// When the store's timed work is next due. `StoreReducer.tick` does it once the moment has
/// come; `WakePlan` sleeps until the earliest of them.
extension StoreState {
    /// Seconds between looks at a file the system does not watch for us (a network share).
    public static let externalCheckInterval: TimeInterval = 2
    /// Seconds between looks while a watch cannot hear (a lost database connection): each look
    /// tries to connect again.
    public static let lostWatchInterval: TimeInterval = 5

    /// The autosave: the idle time after the last edit, while there is something it may save.
    public func autosaveDue(hasUnsavedChanges: Bool) -> Date? {
        guard phase == .ready, file != nil, hasUnsavedChanges, readOnly == nil, !isSaving, conflicts.isEmpty, lastError == nil,
              let idle = autosaveAfter, let last = lastEditAt else { return nil }
        return last.addingTimeInterval(idle)
    }

    /// The look whether someone else saved the file: every few seconds, or, when the system
    /// watches its directory (or the database's notifications wake the loop), at once after it
    /// reported a change (`.distantPast`), else never; a watch that lost its hearing, slowly.
    public var externalCheckDue: Date? {
        guard phase == .ready, file != nil, !isSaving else { return nil }
        if fileWatched, !watchLost { return lastExternalCheck == nil ? .distantPast : nil }
        let interval = fileWatched ? Self.lostWatchInterval : Self.externalCheckInterval
        return (lastExternalCheck ?? .distantPast).addingTimeInterval(interval)
    }

    /// The open form's draft, a while after its last change.
    public var draftDue: Date? {
        guard journalPath != nil else { return nil }
        return draftChangedAt?.addingTimeInterval(DraftJournal.debounce)
    }
}
