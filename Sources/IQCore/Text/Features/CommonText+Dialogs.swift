/// The buttons and keys of every dialog (one question, one safe answer preselected).
extension CommonText {
    public static var buttonCancel: Message { Message(de: "Abbrechen", en: "Cancel") }
    public static var buttonBack: Message { Message(de: "Zurück", en: "Back") }
    public static var buttonQuit: Message { Message(de: "Beenden", en: "Quit") }
    public static var buttonDelete: Message { Message(de: "Löschen", en: "Delete") }
    public static var buttonRemove: Message { Message(de: "Entfernen", en: "Remove") }
    public static var buttonPurge: Message { Message(de: "Endgültig löschen", en: "Delete for good") }
    public static var buttonKeepEditing: Message { Message(de: "Weiter bearbeiten", en: "Keep editing") }
    public static var buttonDiscard: Message { Message(de: "Verwerfen", en: "Discard") }
    public static var buttonRestore: Message { Message(de: "Wiederherstellen", en: "Restore") }
    public static var buttonMine: Message { Message(de: "Meine", en: "Mine") }
    public static var buttonTheirs: Message { Message(de: "Deren", en: "Theirs") }
    public static var buttonBoth: Message { Message(de: "Beide behalten", en: "Keep both") }
    public static var buttonUseBackup: Message { Message(de: "Sicherung übernehmen", en: "Use the backup") }

    /// The dialog's key line; `safe` is the safe button's label, what Esc answers.
    public static func dialogKeys(_ safe: String) -> Message {
        Message(de: "←/→ Tab: wählen · Enter: ausführen · Esc: \(safe)",
                en: "←/→ Tab: choose · Enter: do it · Esc: \(safe)")
    }
    public static func dialogCodePrompt(_ digits: Int) -> Message {
        Message(de: "Bitte die letzten \(digits) Ziffern der Fallnummer eingeben:",
                en: "To confirm, type the last \(digits) digits of the case number:")
    }
    public static func statusTypeCode(_ digits: Int) -> Message {
        Message(de: "Erst die letzten \(digits) Ziffern der Fallnummer eingeben, dann „Endgültig löschen“ wählen.",
                en: "Type the last \(digits) digits of the case number first, then choose “Delete for good”.")
    }
    public static var statusChooseButton: Message {
        Message(de: "Mit ←/→ eine Antwort wählen, Enter führt sie aus.", en: "Choose an answer with ←/→; Enter does it.")
    }
    public static var dialogBackupKept: Message {
        Message(de: "Die unlesbare Datei bleibt als Kopie erhalten.", en: "The unreadable file is kept as a copy.")
    }

    // The help overlay's lines for a dialog.
    public static var helpSectionDialog: Message { Message(de: "Rückfrage", en: "Question") }
    public static var keyDialogMove: Message { Message(de: "Antwort wählen", en: "choose an answer") }
    public static var keyDialogPress: Message { Message(de: "gewählte Antwort ausführen", en: "take the chosen answer") }
    public static func keyDialogSafe(_ safe: String) -> Message { Message(de: "„\(safe)“ (nichts geht verloren)", en: "“\(safe)” (nothing is lost)") }
    public static var keyDialogCode: Message { Message(de: "Ziffern der Fallnummer eingeben", en: "type the case number's digits") }
}
