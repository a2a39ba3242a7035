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
        private var lines: [MemoKey: (mode: Message?, hints: [Hint])] = [:]
        /// The line as fitted to a width (the status bar's every frame), with its mode or only
        /// its keys (beside a message).
        private var fitted: [Fitted: String] = [:]

        struct Fitted: Hashable {
            var key: MemoKey
            var width: Int
            var ascii: Bool
            var keysOnly = false
        }

        func line(_ key: MemoKey, compute: () -> (mode: Message?, hints: [Hint])) -> (mode: Message?, hints: [Hint]) {
            remembered(key, in: \.lines, compute: compute)
        }

        func fit(_ key: Fitted, compute: () -> String) -> String {
            remembered(key, in: \.fitted, compute: compute)
        }

        private func remembered<K: Hashable, V>(_ key: K, in table: ReferenceWritableKeyPath<Memo, [K: V]>, compute: () -> V) -> V {
            lock.lock()
            let known = self[keyPath: table][key]
            lock.unlock()
            if let known { return known }
            let made = compute()
            lock.lock()
            self[keyPath: table][key] = made
            lock.unlock()
            return made
        }
    }

    static let memo = Memo()
}
