import Foundation

/// When the store's timed work is next due. `StoreReducer.tick` does it once the moment has
/// come; `WakePlan` sleeps until the earliest of them.
extension StoreState {
    /// Seconds between looks at a file the system does not watch for us (a network share).
    public static let externalCheckInterval: TimeInterval = 2

    /// The autosave: the idle time after the last edit, while there is something it may save.
    public func autosaveDue(hasUnsavedChanges: Bool) -> Date? {
        guard phase == .ready, file != nil, hasUnsavedChanges, readOnly == nil, !isSaving, conflicts.isEmpty, lastError == nil,
              let idle = autosaveAfter, let last = lastEditAt else { return nil }
        return last.addingTimeInterval(idle)
    }

    /// The look whether someone else saved the file: every few seconds, or, when the system
    /// watches its directory, at once after it reported a change (`.distantPast`), else never.
    public var externalCheckDue: Date? {
        guard phase == .ready, file != nil, !isSaving else { return nil }
        if fileWatched { return lastExternalCheck == nil ? .distantPast : nil }
        return (lastExternalCheck ?? .distantPast).addingTimeInterval(Self.externalCheckInterval)
    }

    /// The open form's draft, a while after its last change.
    public var draftDue: Date? {
        guard journalPath != nil else { return nil }
        return draftChangedAt?.addingTimeInterval(DraftJournal.debounce)
    }
}
