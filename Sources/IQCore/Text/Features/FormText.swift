/// Forms: titles, validation messages, hints and the delete and discard dialogs.
public enum FormText {
    public static var formChooseCategory: Message { Message(de: "– bitte wählen –", en: "– please choose –") }
    public static func formEditPartner(_ name: String) -> Message {
        Message(de: "Partner bearbeiten: \(name)",
                en: "Edit partner: \(name)")
    }
    public static var formNewPartner: Message { Message(de: "Neuer Partner", en: "New partner") }
    public static var formRequired: Message {
        Message(de: "Pflichtfeld – bitte ausfüllen.",
                en: "Required – please fill in.")
    }
    public static var formChooseCategoryError: Message {
        Message(de: "Bitte eine Kategorie wählen (←/→ oder Anfangsbuchstabe).",
                en: "Please choose a category (←/→ or first letter).")
    }
    public static var formBadEmail: Message {
        Message(de: "Keine gültige E-Mail-Adresse (Beispiel: name@beispiel.de).",
                en: "Not a valid e-mail address (example: name@example.org).")
    }
    public static var formBadWebsite: Message {
        Message(de: "Keine gültige Webadresse (Beispiel: www.beispiel.de).",
                en: "Not a valid web address (example: www.example.org).")
    }
    public static var formBadPhone: Message {
        Message(de: "Keine gültige Telefonnummer (Ziffern, Leerzeichen, + - / ( ); mindestens 5 Ziffern).",
                en: "Not a valid phone number (digits, spaces, + - / ( ); at least 5 digits).")
    }
    public static func formDuplicateName(_ name: String) -> Message {
        Message(de: "Hinweis: Es gibt schon „\(name)“ – trotzdem speichern geht.",
                en: "Note: “\(name)” exists already – saving anyway is possible.")
    }
    public static var formAll: Message { Message(de: "alle", en: "all") }
    public static var formFilterTitle: Message { Message(de: "Partner filtern", en: "Filter partners") }
    public static var formHasErrors: Message {
        Message(de: "Nicht gespeichert: bitte die markierten Felder korrigieren.",
                en: "Not saved: please correct the marked fields.")
    }
    public static func labelPartnerSaved(_ name: String) -> Message {
        Message(de: "Partner „\(name)“ gespeichert",
                en: "Partner “\(name)” saved")
    }
    public static func labelPartnerDeleted(_ name: String) -> Message {
        Message(de: "Partner „\(name)“ gelöscht",
                en: "Partner “\(name)” deleted")
    }
    public static func statusDeletedUndo(_ name: String) -> Message {
        Message(de: "„\(name)“ gelöscht – u macht es rückgängig.",
                en: "“\(name)” deleted – u undoes it.")
    }
    public static var confirmDeleteTitle: Message { Message(de: "Löschen?", en: "Delete?") }
    public static func confirmDeleteBody(_ name: String) -> Message {
        Message(de: "Partner „\(name)“ löschen? Beziehungen anderer zu ihm werden nicht mehr angezeigt.",
                en: "Delete partner “\(name)”? Other partners' relations to it are no longer shown.")
    }
    public static var formKeys: Message {
        Message(de: "Tab/↓: nächstes Feld  Strg-S: speichern  Esc: abbrechen  Strg-U: leert",
                en: "Tab/↓: next field  Ctrl-S: save  Esc: cancel  Ctrl-U: clears")
    }
    public static var formFilterKeys: Message {
        Message(de: "←/→/Buchstabe: wählen  Tab: weiter  Enter/Strg-S: anwenden  Esc: abbrechen",
                en: "←/→/letter: choose  Tab: next  Enter/Ctrl-S: apply  Esc: cancel")
    }
    public static var formDiscardTitle: Message { Message(de: "Änderungen verwerfen?", en: "Discard changes?") }
    public static var formDiscardBody: Message {
        Message(de: "Das Formular wurde geändert. Ohne Speichern schließen?",
                en: "The form was changed. Close without saving?")
    }
    public static func formFieldLimit(_ limit: Int) -> Message {
        Message(de: "Das Feld ist voll: höchstens \(NumberFormat.integer(limit, .de)) Zeichen.",
                en: "The field is full: at most \(NumberFormat.integer(limit, .en)) characters.")
    }
}
