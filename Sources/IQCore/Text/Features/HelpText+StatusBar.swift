/// The status bar's short words: the mode it names and one or two words per key hint.
extension HelpText {
    // Modes, named at the start of the hint line.
    public static var modeForm: Message { Message(de: "Formular", en: "Form") }
    public static var modeFilter: Message { Message(de: "Filter", en: "Filter") }
    public static var modeSearch: Message { Message(de: "Suche", en: "Search") }
    public static var modeDialog: Message { Message(de: "Dialog", en: "Dialog") }
    public static var modeHelp: Message { Message(de: "Hilfe", en: "Help") }
    public static var modePalette: Message { Message(de: "Befehle", en: "Commands") }
    public static var modePlace: Message { Message(de: "Ort", en: "Place") }

    // Hint words.
    public static var hintNew: Message { Message(de: "Neu", en: "New") }
    public static var hintEdit: Message { Message(de: "Bearbeiten", en: "Edit") }
    public static var hintStep: Message { Message(de: "Schritt", en: "Step") }
    public static var hintAppointment: Message { Message(de: "Termin", en: "Appointment") }
    public static var hintReferral: Message { Message(de: "Verweis", en: "Referral") }
    public static var hintSearch: Message { Message(de: "Suche", en: "Search") }
    public static var hintFilter: Message { Message(de: "Filter", en: "Filter") }
    public static var hintOpen: Message { Message(de: "Öffnen", en: "Open") }
    public static var hintDelete: Message { Message(de: "Löschen", en: "Delete") }
    public static var hintTree: Message { Message(de: "Baum", en: "Tree") }
    public static var hintPlace: Message { Message(de: "Ort", en: "Place") }
    public static var hintService: Message { Message(de: "Angebot", en: "Service") }
    public static var hintOperator: Message { Message(de: "Träger", en: "Operator") }
    public static var hintView: Message { Message(de: "Ansicht", en: "View") }
    public static var hintYear: Message { Message(de: "Jahr", en: "Year") }
    public static var hintRange: Message { Message(de: "Zeitraum", en: "Range") }
    public static var hintPayment: Message { Message(de: "Zahlung", en: "Payment") }
    public static var hintBack: Message { Message(de: "Zurück", en: "Back") }
    public static var hintScroll: Message { Message(de: "Blättern", en: "Page") }
    public static var hintNext: Message { Message(de: "Nächster", en: "Next") }
    public static var hintRelation: Message { Message(de: "Beziehung", en: "Relation") }
    public static var hintFollow: Message { Message(de: "Folgen", en: "Follow") }
    public static var hintField: Message { Message(de: "Feld", en: "Field") }
    public static var hintSave: Message { Message(de: "Speichern", en: "Save") }
    public static var hintApply: Message { Message(de: "Anwenden", en: "Apply") }
    public static var hintCancel: Message { Message(de: "Abbrechen", en: "Cancel") }
    public static var hintKeep: Message { Message(de: "Übernehmen", en: "Keep") }
    public static var hintDiscard: Message { Message(de: "Verwerfen", en: "Discard") }
    public static var hintChoose: Message { Message(de: "Wählen", en: "Choose") }
    public static var hintRun: Message { Message(de: "Ausführen", en: "Run") }
    public static var hintClose: Message { Message(de: "Schließen", en: "Close") }
    public static var hintHelp: Message { Message(de: "Hilfe", en: "Help") }
    public static var hintCommands: Message { Message(de: "Befehle", en: "Commands") }
    public static var hintPane: Message { Message(de: "Bereich", en: "Pane") }
    public static var hintQuit: Message { Message(de: "Beenden", en: "Quit") }
    public static var hintStartEnd: Message { Message(de: "Anfang/Ende", en: "Start/End") }
}
