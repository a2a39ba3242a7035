import Foundation
import IQCore

/// What a clock tick can change on the screen: a status message expiring, the day moving on,
/// the loading spinner turning, an autosave starting. A tick that leaves all of these as they
/// were (it only started a look at the file, or wrote a draft) needs no frame.
struct ClockFace: Equatable {
    var status: StatusMessage?
    var today: Day
    var loadingTick: Date?
    var saving: Bool
    var overlay: AppState.Overlay?

    init(_ state: AppState) {
        status = state.status
        today = state.today
        if case .loading = state.store.phase { loadingTick = state.lastTick }
        saving = state.store.isSaving
        overlay = state.overlay
    }
}
