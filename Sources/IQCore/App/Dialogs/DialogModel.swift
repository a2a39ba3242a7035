/// One answer of a dialog, drawn as a button.
public struct DialogButton: Equatable, Sendable {
    public var label: Message
    public var action: Action
    /// Works only once the dialog's code is typed (the purge of a case).
    public var needsCode: Bool

    public init(_ label: Message, _ action: Action, needsCode: Bool = false) {
        self.label = label
        self.action = action
        self.needsCode = needsCode
    }
}

/// Which question is open: a selection made for one is never taken for another.
public enum DialogKind: Equatable, Sendable {
    case overlay(AppState.Overlay)
    case formDiscard
    case damagedFile
}

/// A question answered by buttons. The safe button is preselected and is what Esc answers, so no
/// key that moves (j, k, Space, arrows) can confirm anything; only Enter takes a button.
public struct DialogModel: Equatable, Sendable {
    public var kind: DialogKind
    public var buttons: [DialogButton]
    /// The button that loses nothing: preselected, and Esc's answer.
    public var safe: Int
    /// What must be typed before a `needsCode` button works (the last digits of a case number).
    public var code: String?

    /// Whether the button works with what has been typed so far.
    public func isEnabled(_ index: Int, typed: String) -> Bool {
        guard buttons.indices.contains(index) else { return false }
        return !buttons[index].needsCode || typed == code
    }

    /// How many digits of a case number the purge asks for.
    public static let codeLength = 3

    /// The last digits of a case number ("NRW-2026-000042" → "042"); the whole number's digits
    /// when it has fewer.
    public static func code(of number: String) -> String {
        String(number.filter(\.isASCIIDigit).suffix(codeLength))
    }
}

/// The open dialog's selection and what has been typed into it.
public struct DialogState: Equatable, Sendable {
    /// The dialog this was made for; another dialog starts from its own defaults.
    public var kind: DialogKind?
    public var selected = 0
    public var typed = ""
    /// A button was chosen with ←/→ since the last digit: the attention leaves the code field.
    public var onButtons = false
    public init(kind: DialogKind? = nil, selected: Int = 0, typed: String = "", onButtons: Bool = false) {
        self.kind = kind
        self.selected = selected
        self.typed = typed
        self.onButtons = onButtons
    }
}

public enum DialogAction: Equatable, Sendable {
    /// ←/→/Tab: the next or previous button.
    case move(Int)
    /// Enter: the selected button.
    case press
    /// Esc: the safe answer.
    case cancel
    /// A digit typed into the dialog's code field; Backspace erases.
    case type(String)
    case erase
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension AppState {
    /// The open dialog's selection and typed code (its defaults when none was made yet).
    public var dialogSelection: DialogState {
        guard let model = dialogModel else { return DialogState() }
        return dialog.kind == model.kind ? dialog : DialogState(kind: model.kind, selected: model.safe)
    }

    /// The question open now, with its buttons; nil when none is.
    public var dialogModel: DialogModel? {
        switch inputMode {
        case .damagedFile:
            guard case .failed(_, let backup) = store.phase else { return nil }
            var buttons = [DialogButton(CommonText.buttonQuit, .session(.confirmQuit))]
            if backup != nil { buttons.append(DialogButton(CommonText.buttonUseBackup, .store(.restoreBackup))) }
            return DialogModel(kind: .damagedFile, buttons: buttons, safe: 0)
        case .formDiscard:
            return DialogModel(kind: .formDiscard, buttons: [DialogButton(CommonText.buttonKeepEditing, .form(.keepEditing)),
                                                             DialogButton(CommonText.buttonDiscard, .form(.confirmDiscard))], safe: 0)
        case .confirm, .confirmDelete, .recovery, .conflict:
            return overlay.flatMap(overlayDialog)
        default:
            return nil
        }
    }

    private func overlayDialog(_ overlay: Overlay) -> DialogModel? {
        let kind = DialogKind.overlay(overlay)
        switch overlay {
        case .help:
            return nil
        case .confirmQuit:
            return DialogModel(kind: kind, buttons: [DialogButton(CommonText.buttonBack, .session(.cancelQuit)),
                                                     DialogButton(CommonText.buttonQuit, .session(.confirmQuit))], safe: 0)
        case .confirmDelete:
            // Undoable (u): a plain question.
            return DialogModel(kind: kind, buttons: [DialogButton(CommonText.buttonCancel, .directory(.cancelDelete)),
                                                     DialogButton(CommonText.buttonDelete, .directory(.confirmDelete))], safe: 0)
        case .confirmRemove:
            return DialogModel(kind: kind, buttons: [DialogButton(CommonText.buttonCancel, .budgets(.cancelDelete)),
                                                     DialogButton(CommonText.buttonRemove, .budgets(.confirmDelete))], safe: 0)
        case .confirmPurge(let id):
            // No undo: the case number's last digits must be typed first.
            let number = document.cases[id]?.number ?? id.rawValue
            return DialogModel(kind: kind, buttons: [DialogButton(CommonText.buttonCancel, .cases(.cancelPurge)),
                                                     DialogButton(CommonText.buttonPurge, .cases(.confirmPurge), needsCode: true)],
                               safe: 0, code: DialogModel.code(of: number))
        case .recovery:
            // Restoring is undoable; discarding the journal is not: restoring is the safe answer.
            return DialogModel(kind: kind, buttons: [DialogButton(CommonText.buttonRestore, .store(.acceptRecovery)),
                                                     DialogButton(CommonText.buttonDiscard, .store(.declineRecovery))], safe: 0)
        case .conflict:
            // Keeping both loses neither version.
            return DialogModel(kind: kind, buttons: [DialogButton(CommonText.buttonMine, .store(.resolveConflict(.mine))),
                                                     DialogButton(CommonText.buttonTheirs, .store(.resolveConflict(.theirs))),
                                                     DialogButton(CommonText.buttonBoth, .store(.resolveConflict(.both)))], safe: 2)
        }
    }
}
