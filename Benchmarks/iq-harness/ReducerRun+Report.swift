import Foundation
import IQCore
import IQTUI

/// What a run tells: the trail of its last actions, and how much of the program it reached.
extension ReducerRun {
    func report(_ problem: String) -> String {
        ["iq-harness reducer: INVARIANT VIOLATED", "  seed \(seed), step \(step): \(problem)",
         "  reproduce: iq-harness reducer --seed \(seed) --actions \(step)", trailReport()].joined(separator: "\n")
    }

    func trailReport() -> String {
        var lines = ["  input mode \(state.inputMode), focus \(state.focus), terminal \(size.width)×\(size.height), phase \(state.store.phase)",
                     "  the last 30 actions (oldest first):"]
        for entry in trail.suffix(30) {
            if let action = entry.action {
                let origin = entry.origin.replacingOccurrences(of: "IQTUI.", with: "")
                lines.append("    [\(entry.step)] \(origin): \(Self.describe(action))")
            } else {
                lines.append("    [\(entry.step)] \(entry.origin)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// An action in one short line (documents are summarised, never dumped).
    static func describe(_ action: Action) -> String {
        let text: String
        switch action {
        case .store(.start): text = "store(.start(seed: …))"
        case .store(.loaded(let l, let created, let writable)):
            text = "store(.loaded(\(l.document.partners.count) partners, \(l.document.cases.count) cases, created: \(created), writable: \(writable)))"
        case .store(.externalChange(let l)): text = "store(.externalChange(\(l.document.partners.count) partners, \(l.document.cases.count) cases))"
        case .store(.saveFinished(let outcome, let generation)):
            let o: String = switch outcome {
            case .saved(_, _, let taken, _): "saved, \(taken) taken from others"
            case .conflicts: "conflicts"
            case .failed(let e): "failed: \(e)"
            }
            text = "store(.saveFinished(\(o), generation: \(generation)))"
        case .store(.recoveryFound(let offer)): text = "store(.recoveryFound(\(offer.edits.count) edits))"
        default: text = String(describing: action).replacingOccurrences(of: "IQCore.", with: "").replacingOccurrences(of: "IQTUI.", with: "")
        }
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    /// "navigation.move": the feature and the case, for the coverage summary.
    static func name(of action: Action) -> String {
        func caseName(_ value: Any) -> String {
            // A case with a payload names itself as the mirror's child; one without prints its name.
            Mirror(reflecting: value).children.first?.label ?? String(describing: value)
        }
        let feature = caseName(action)
        let inner = Mirror(reflecting: action).children.first.map { caseName($0.value) } ?? ""
        return "\(feature).\(inner)"
    }

    func coverageSummary() -> String {
        let modes = modesSeen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "  \(sessions) sessions, \(edits) document changes, \(saves) saves, \(conflictsMet) times conflicts, \(loadsAfterEdits) loads after edits, \(offersMet) recovery offers (\(draftsOffered) with a draft); "
            + "keys by input mode: \(modes); \(actionsSeen.count) kinds of action"
    }
}
