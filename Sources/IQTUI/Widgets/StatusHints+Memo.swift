import Foundation
import IQCore

/// The hints of the lists and the search line, remembered per context: building every binding
/// table of the key map to find a dozen keys was a quarter of a list move's frame. The key holds
/// everything those tables and hints read in these two modes (other modes build them anew).
extension StatusHints {
    struct MemoKey: Hashable {
        var searching: Bool
        var focus: Pane
        var detailOpen: Bool
        var agenda: Bool
        var agendaCase: Bool
        var budgetView: BudgetView
        var workshop: Bool
        var language: Language

        init?(_ state: AppState) {
            switch state.inputMode {
            case .navigation: searching = false
            case .textEntry: searching = true
            default: return nil
            }
            focus = state.focus
            detailOpen = state[state.focus].isDetailOpen
            agenda = state.cases.agenda != nil
            agendaCase = state.cases.agendaCase != nil
            budgetView = state.budgets.view
            workshop = state.isWorkshop
            language = state.language
        }
    }

    /// Locked: tests render screens in parallel.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var hints: [MemoKey: [Hint]] = [:]

        func hints(_ key: MemoKey, compute: () -> [Hint]) -> [Hint] {
            lock.lock()
            let known = hints[key]
            lock.unlock()
            if let known { return known }
            let made = compute()
            lock.lock()
            hints[key] = made
            lock.unlock()
            return made
        }
    }

    static let memo = Memo()
}
