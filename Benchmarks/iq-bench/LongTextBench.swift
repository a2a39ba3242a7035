import Foundation
import IQCore
import IQTUI

/// Long text (issue 13 §1): opening a partner whose role is one 1 MB field, a keystroke in a form
/// field of 100,000 characters, and a paste of 10,000 characters — reducer and frame, in process.
@MainActor enum LongTextBench {
    static let env = Environment(now: { Date() }, newID: { "bench" }, userName: "bench")
    static let size = Size(width: 120, height: 40)

    /// `count` characters of words with umlauts, no line break; `word` makes it one word.
    static func text(_ count: Int, oneWord: Bool = false) -> String {
        let words = ["Anerkennung", "Qualifizierung", "Beratung", "Prüfung", "Träger", "Größe"]
        var s = ""
        var i = 0, length = 0
        while length < count {
            let word = words[i % words.count] + (oneWord ? "" : " ")
            s += word
            length += word.count
            i += 1
        }
        return String(s.prefix(count))
    }

    static func partner(role: String, name: String = "Langer Text") -> Partner {
        Partner(id: "partner.long", name: name, category: PartnerCategory.allCases[0], role: role)
    }

    static func run(_ report: Report) {
        report.section = .inProcess
        // Open (Enter) and close (Esc) a partner whose role is 1 MB: the open frame is what counts.
        for (label, oneWord) in [("words", false), ("one word", true)] {
            var state = AppState(document: Document(partners: [partner(role: text(1_000_000, oneWord: oneWord))]))
            _ = Screen.render(state, size: size)
            report.time("open a partner with a 1 MB role (\(label)) (reduce + frame)", goal: "≤ 50 ms", runs: 20) {
                _ = AppReducer.reduce(into: &state, action: .navigation(.open), environment: env)
                _ = Screen.render(state, size: size)
                _ = AppReducer.reduce(into: &state, action: .navigation(.back), environment: env)
            }
        }

        // A keystroke at the end of a full field: the name (10,000 characters, its limit) and the
        // role (100,000; both full); typing and deleting in turn so the field keeps its length.
        for (field, label, length) in [(\PartnerEditorForm.name, "name", FieldLimit.short), (\PartnerEditorForm.role, "role", FieldLimit.long)] {
            let long = text(length - 1)
            // The partner opened first, as one does: its detail is drawn behind the form.
            var state = AppState(document: Document(partners: [partner(role: label == "role" ? long : text(FieldLimit.long), name: label == "name" ? long : "Name")]))
            _ = AppReducer.reduce(into: &state, action: .navigation(.open), environment: env)
            _ = AppReducer.reduce(into: &state, action: .directory(.editPartner), environment: env)
            guard let focus = state.form?.index(of: field) else { continue }
            _ = AppReducer.reduce(into: &state, action: .form(.focus(focus)), environment: env)
            _ = AppReducer.reduce(into: &state, action: .form(.edit(.end)), environment: env)
            _ = Screen.render(state, size: size)
            var typed = false
            report.time("keystroke in the \(label) of a form, \(length) characters (reduce + frame)", goal: "≤ 5 ms", runs: 200) {
                _ = AppReducer.reduce(into: &state, action: .form(.edit(typed ? .backspace : .insert("ä"))), environment: env)
                typed.toggle()
                _ = Screen.render(state, size: size)
            }
        }

        // A paste of 10,000 characters into the role, arriving as keys the way a terminal sends
        // them: the runtime's batching turns them into actions, then one frame.
        let pasted = text(10_000)
        let keys = pasted.map { Key.char($0) }
        let base = AppState(document: Document(partners: [partner(role: "")]))
        report.time("paste of 10,000 characters into a form field (keys + reduce + frame)", goal: "≤ 100 ms", runs: 10) {
            var state = base
            _ = AppReducer.reduce(into: &state, action: .directory(.editPartner), environment: env)
            guard let focus = state.form?.index(of: \PartnerEditorForm.role) else { return }
            _ = AppReducer.reduce(into: &state, action: .form(.focus(focus)), environment: env)
            let layout = ScreenLayout(state: state, size: size)
            var batch = InputBatch()
            let dispatch = { (action: Action) in _ = AppReducer.reduce(into: &state, action: action, environment: env) }
            for key in keys {
                batch.take(key, map: { KeyMap.action(for: $0, in: state, layout: layout) }, dispatch: dispatch)
            }
            batch.flush(dispatch)
            _ = Screen.render(state, size: size)
        }
    }
}
