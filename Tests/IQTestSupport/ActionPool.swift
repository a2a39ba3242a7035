import Foundation
import IQCore
import IQRandom

/// Actions of every feature, drawn at random: what a long random run through the reducer is
/// made of (the workshop tests: nothing may reach the store).
public enum ActionPool {
    /// Any action the program knows, with a bias towards the ones that edit or save.
    public static func any(_ random: inout SeededRandom, step: Int, from start: Date) -> Action {
        let partner = Seed.partners[Int(random.next() % UInt64(Seed.partners.count))]
        var changed = partner
        changed.name += " (geändert)"
        let pool: [Action] = [
            .navigation(.focusNext), .navigation(.focusPrevious), .navigation(.focus(.partners)), .navigation(.focus(.locations)),
            .navigation(.focus(.cases)), .navigation(.focus(.budgets)), .navigation(.move(.down)), .navigation(.move(.end)),
            .navigation(.open), .navigation(.back), .navigation(.toggleZoom), .navigation(.select(.cases, row: 0)),
            .navigation(.scroll(.budgets, by: 3)), .navigation(.scrollDetail(by: 5, limit: 20)),
            .filter(.begin), .filter(.edit(.insert("k"))), .filter(.accept), .filter(.cancel),
            .help(.toggle), .help(.close),
            .document(.perform(.put(.partner(changed)), label: StoreText.labelRecovery)),
            .document(.perform(.remove(.partner, partner.id), label: StoreText.labelRecovery)),
            .document(.undo), .document(.redo),
            .session(.requestQuit), .session(.cancelQuit), .session(.redraw),
            .session(.tick(start.addingTimeInterval(Double(step) * 3))), .session(.terminate(.hangup)),
            .store(.save), .store(.acceptRecovery), .store(.declineRecovery), .store(.restoreBackup),
            .store(.resolveConflict(.mine)), .store(.start(seed: Seed.document)),
            .directory(.newPartner), .directory(.editPartner), .directory(.deletePartner), .directory(.confirmDelete),
            .directory(.cancelDelete), .directory(.openFilter), .directory(.cycleSort), .directory(.toggleTree), .directory(.walkBack),
            .form(.focusNext), .form(.choose(1)), .form(.submit), .form(.cancel), .form(.confirmDiscard),
            .locations(.beginPlace), .locations(.editPlace(.insert("m"))), .locations(.moveCompletion(1)), .locations(.acceptPlace),
            .locations(.cancelPlace), .locations(.clearPlace), .locations(.cycleService), .locations(.openOperator),
            .cases(.newCase), .cases(.editCase), .cases(.stepStatus), .cases(.purge), .cases(.confirmPurge),
            .budgets(.new), .budgets(.bookPayment), .budgets(.delete), .budgets(.confirmDelete), .budgets(.openProvider),
            .dialog(.move(1)), .dialog(.press), .dialog(.cancel), .dialog(.type("0")), .dialog(.erase),
        ]
        return pool[Int(random.next() % UInt64(pool.count))]
    }
}
