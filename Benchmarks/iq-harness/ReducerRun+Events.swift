import Foundation
import IQCore
import IQRandom
import IQTUI

/// What happens to the program between two of its frames: keys, pastes, resizes, others' saves.
extension ReducerRun {
    /// One thing that happens: a key, the clock, a resize, another person's save, a signal.
    func event() {
        if !keyQueue.isEmpty, random.below(20) != 0 {
            press(keyQueue.removeFirst())
            return
        }
        let roll = random.below(1000)
        switch roll {
        case 0..<640:
            if state.inputMode == .form, let form = state.form, form.focusedField?.takesText == true, random.below(40) == 0 {
                // A long paste, one insert as the runtime batches it: the field stops at its limit.
                let before = form.fields[form.focus].text.count
                let text = Generate.longText(&random)
                dispatch(.form(.edit(.insert(text))), origin: "paste of \(text.count) characters")
                if let field = state.form?.fields[form.focus].text, let limit = field.limit, field.count > max(limit, before) {
                    fail("a paste grew a field to \(field.count) characters, past its limit of \(limit)")
                }
            } else if state.inputMode == .form, let form = state.form, random.below(5) == 0 {
                keyQueue = Generate.fillKeys(form, &random, names: &names)
                if !keyQueue.isEmpty { press(keyQueue.removeFirst()) }
            } else {
                press(Generate.key(for: state, size: size, random: &random))
            }
        case 640..<800:
            // The clock: mostly the runtime's half-second ticks, sometimes a long pause.
            let advance: Double = switch random.below(20) {
            case 0: Double(random.below(86_400 * 40))
            case 1, 2: Double(5 + random.below(60))
            default: 0.1 + Double(random.below(30)) / 10
            }
            clock.now = clock.now.addingTimeInterval(advance)
            dispatch(.session(.tick(clock.now)), origin: "clock +\(advance) s")
        case 800..<830:
            resize()
        case 830..<835:
            // A scroll with any limit, as a key mapped against a stale or odd frame could send.
            dispatch(.navigation(.scrollDetail(by: random.below(60) - 30, limit: random.below(60) - 5)), origin: "detail scroll")
        case 835..<865:
            // Undo and redo as their keys give them: in a list or an open entry.
            guard state.inputMode == .navigation else { return }
            dispatch(.document(random.below(2) == 0 ? .undo : .redo), origin: "undo/redo")
        case 865..<905:
            // An edit as a form or command makes it: in a list (while the file loads only a new
            // record can be made: the document is still empty).
            guard state.inputMode == .navigation, !state.isWorkshop else { return }
            if case .failed = state.store.phase { return }
            counter += 1
            if let edit = Generate.documentEdit(state.document, &random, names: &names, counter: counter) {
                dispatch(.document(.perform(edit, label: FormText.labelPartnerSaved("harness \(counter)"))), origin: "document edit")
            }
        case 905..<935:
            othersSave()
        case 935..<945:
            // Ctrl-S where it saves (in a form it submits; the keys above do that).
            guard [.navigation, .textEntry].contains(state.inputMode) else { return }
            dispatch(.store(.save), origin: "Ctrl-S")
        case 945..<946:
            let signal: TerminationSignal = random.pick([.hangup, .terminate, .interrupt])
            dispatch(.session(.terminate(signal)), origin: "signal \(signal.rawValue)")
        case 946..<960:
            dispatch(.session(.redraw), origin: "Ctrl-L")
        case 960..<975:
            // Keys for a whole task: a pane, then its command (forms are filled by the keys above).
            let task: [[Key]] = [[.char("1"), .char("n")], [.char("3"), .char("n")], [.char("3"), .char("e")], [.char("3"), .char("w")],
                                 [.char("4"), .char("n")], [.char("4"), .char("b")], [.char("4"), .char("v"), .char("v"), .char("v")],
                                 [.char("2"), .char("o"), .char("k"), .char("o"), .enter], [.char(":"), .char("n")], [.char("3"), .char("P")],
                                 [.char("1"), .char("d")], [.char("3"), .char("f")], [.char("1"), .enter, .enter, .backspace]]
            keyQueue = random.pick(task)
        case 975..<985:
            paste()
        default:
            press(.char(Generate.printable(&random)))
        }
    }

    /// A paste into a form field or a filter, as one edit of the whole text (a text field's edit
    /// takes a string): hostile text, sometimes a very long field, without a key action per
    /// character.
    func paste() {
        let text = HostileText.any(&random)
        switch state.inputMode {
        case .form: dispatch(.form(.edit(.insert(text))), origin: "paste of \(text.count) characters")
        case .textEntry: dispatch(.filter(.edit(.insert(text))), origin: "paste of \(text.count) characters")
        default: press(.char(random.pick(HostileText.clusters).first ?? "x"))
        }
    }

    /// The record the person works on now: the one of an open form or question, else the
    /// selected row of the focused pane.
    func recordWorkedOn() -> (RecordKind, RecordID)? {
        if let form = state.form {
            switch form.purpose {
            case .editPartner(let id): return (.partner, id)
            case .editCase(let id), .caseStatus(let id), .caseAppointment(let id), .caseReferral(let id): return (.case, id)
            case .editMeasure(let id): return (.measure, id)
            case .editPayment(let id): return (.payment, id)
            default: break
            }
        }
        switch state.overlay {
        case .confirmDelete(let id)?: return (.partner, id)
        case .confirmPurge(let id)?: return (.case, id)
        case .confirmRemove(let kind, let id)?: return (kind, id)
        default: break
        }
        switch state.focus {
        case .partners:
            if let id = state.directory.path.last { return (.partner, id) }
            let rows = PartnerList.rows(state)
            let i = state[.partners].cursor.selected
            if rows.indices.contains(i), case .partner(let p) = rows[i] { return (.partner, p.id) }
        case .cases:
            let rows = CaseList.rows(state)
            let i = state[.cases].cursor.selected
            if rows.indices.contains(i) { return (.case, rows[i].id) }
        default: break
        }
        return nil
    }

    func resize() {
        switch random.below(10) {
        case 0: size = Size(width: 1 + random.below(8), height: 1 + random.below(5))
        case 1, 2: size = Size(width: 1 + random.below(70), height: 1 + random.below(20))
        case 3: size = random.pick([Size(width: 80, height: 24), Size(width: 60, height: 16), Size(width: 59, height: 16), Size(width: 60, height: 15)])
        default: size = Size(width: 1 + random.below(250), height: 1 + random.below(80))
        }
        note("resize to \(size.width)×\(size.height)")
    }

    func press(_ key: Key) {
        let mode = state.inputMode
        modesSeen["\(mode)", default: 0] += 1
        if key == .resize { resize(); return }
        let layout = ScreenLayout(state: state, size: size)
        guard let action = KeyMap.action(for: key, in: state, layout: layout, view: view) else {
            note("key \(key) in \(mode): nothing")
            return
        }
        dispatch(action, origin: "key \(key) in \(mode)")
    }

    /// Another person saves the file (or leaves it unreadable for a while).
    func othersSave() {
        guard disk.exists else { return }
        counter += 1
        if let at = repairAt, step >= at {
            repairAt = nil
            disk.write(disk.previous, by: "kollegin", at: clock.now)
            note("others: the damaged file repaired")
            return
        }
        if repairAt == nil, random.below(40) == 0 {
            disk.damaged = true
            disk.bump()
            repairAt = step + 50 + random.below(500)
            note("others: the file left unreadable")
            return
        }
        guard !disk.damaged else { return }
        disk.write(Generate.othersEdit(disk.document, &random, names: &names, counter: counter, near: recordWorkedOn()), by: "kollegin", at: clock.now)
        note("others: saved a change")
    }
}
