/// The help overlay: section titles, what each key does, and the key labels that differ by language.
public enum HelpText {
    public static var helpTitle: Message { Message(de: "Hilfe – Tasten", en: "Help – keys") }
    public static var helpSectionGlobal: Message { Message(de: "Überall", en: "Everywhere") }
    public static var helpSectionList: Message { Message(de: "In Listen", en: "In lists") }
    public static var helpSectionDetail: Message { Message(de: "In der Detailansicht", en: "In the detail view") }
    public static var helpSectionFilter: Message { Message(de: "Beim Filtern", en: "While filtering") }
    public static var helpSectionMouse: Message { Message(de: "Maus", en: "Mouse") }
    public static var helpFooter: Message {
        Message(de: "Esc, ? oder F1 schließt die Hilfe",
                en: "Esc, ? or F1 closes help")
    }
    public static var keyNextPane: Message { Message(de: "nächster / vorheriger Bereich", en: "next / previous pane") }
    public static var keyJumpPane: Message {
        Message(de: "Partner, Standorte, Fälle, Budgets",
                en: "Partners, Locations, Cases, Budgets")
    }
    public static var keyMove: Message { Message(de: "Zeile hoch / runter", en: "row up / down") }
    public static var keyPage: Message { Message(de: "Seite hoch / runter", en: "page up / down") }
    public static var keyHomeEnd: Message { Message(de: "Anfang / Ende der Liste", en: "start / end of the list") }
    public static var keyOpen: Message { Message(de: "Eintrag öffnen", en: "open entry") }
    public static var keyBack: Message {
        Message(de: "zurück, Filter löschen, Zoom beenden",
                en: "back, clear filter, end zoom")
    }
    public static var keyHelp: Message { Message(de: "Hilfe ein / aus", en: "help on / off") }
    public static var keyQuit: Message {
        Message(de: "Beenden (fragt bei ungespeicherten Änderungen)",
                en: "quit (asks when changes are unsaved)")
    }
    public static var keyRedraw: Message { Message(de: "Bildschirm neu zeichnen", en: "redraw the screen") }
    public static var keyZoom: Message {
        Message(de: "Bereich vergrößern / alle zeigen",
                en: "enlarge pane / show all")
    }
    public static var keyFilter: Message {
        Message(de: "Liste filtern (ohne Groß-/Kleinschreibung und Akzente)",
                en: "filter the list (ignores case and accents)")
    }
    public static var keyUndo: Message { Message(de: "Rückgängig", en: "undo") }
    public static var keyRedo: Message { Message(de: "Wiederherstellen", en: "redo") }
    public static var keyFilterAccept: Message { Message(de: "Filter übernehmen", en: "keep filter") }
    public static var keyFilterCancel: Message { Message(de: "Filter verwerfen", en: "discard filter") }
    public static var keyFilterCursor: Message {
        Message(de: "Cursor bewegen, Wort springen",
                en: "move cursor, jump words")
    }
    public static var keyFilterDelete: Message {
        Message(de: "Zeichen, Wort, bis Anfang löschen",
                en: "delete character, word, to start")
    }
    public static var keyMouseClick: Message {
        Message(de: "wählt Bereich und Zeile; auf der gewählten Zeile: öffnen",
                en: "selects pane and row; on the selected row: opens it")
    }
    public static var keyMouseWheel: Message {
        Message(de: "blättert in der Liste unter dem Zeiger",
                en: "scrolls the list under the pointer")
    }
    public static var keyDetailMove: Message {
        Message(de: "vorheriger / nächster Eintrag",
                en: "previous / next entry")
    }
    public static var keySave: Message { Message(de: "speichern", en: "save") }
    public static var keyRestoreBackup: Message {
        Message(de: "neueste gute Sicherung übernehmen",
                en: "use the newest good backup")
    }
    public static var keyWalkBack: Message {
        Message(de: "zurück auf dem Weg durchs Netzwerk",
                en: "back along the path walked")
    }
    public static var keyRelationMove: Message { Message(de: "Beziehung wählen", en: "choose a relation") }
    public static var keySort: Message {
        Message(de: "Sortierung: Name, Kategorie, Ort",
                en: "sort: name, category, city")
    }
    public static var keyTree: Message { Message(de: "Baum nach Kategorien / Liste", en: "tree by category / list") }
    public static var keyFacetFilter: Message {
        Message(de: "nach Kategorie, Handlungsfeld, Ort, Ebene filtern",
                en: "filter by category, field, city, level")
    }
    public static var helpSectionPartners: Message { Message(de: "Partner", en: "Partners") }
    public static var keyToggleGroup: Message {
        Message(de: "Gruppe auf- / zuklappen (im Baum)",
                en: "expand / collapse a group (tree)")
    }
    public static var keyNewPartner: Message { Message(de: "neuer Partner", en: "new partner") }
    public static var keyEditPartner: Message { Message(de: "Partner bearbeiten", en: "edit partner") }
    public static var keyDeletePartner: Message {
        Message(de: "Partner löschen (fragt; u macht es rückgängig)",
                en: "delete partner (asks; u undoes it)")
    }
    public static var helpSectionForm: Message { Message(de: "Im Formular", en: "In the form") }
    public static var keyFormNext: Message { Message(de: "nächstes / voriges Feld", en: "next / previous field") }
    public static var keyFormSubmit: Message {
        Message(de: "speichern (nur wenn alles stimmt)",
                en: "save (only when everything is valid)")
    }
    public static var keyFormCancel: Message {
        Message(de: "abbrechen (fragt bei Änderungen)",
                en: "cancel (asks when changed)")
    }
    public static var keyFormChoice: Message {
        Message(de: "Auswahl: vor / zurück, Anfangsbuchstabe springt",
                en: "choice: next / previous, a letter jumps")
    }
    public static var keyFormToggle: Message { Message(de: "Kästchen an / aus", en: "check box on / off") }
    public static var keyFormNewline: Message {
        Message(de: "nächstes Feld; im mehrzeiligen Feld: neue Zeile",
                en: "next field; in a multi-line field: new line")
    }
    public static var keyPlace: Message {
        Message(de: "Wohnort eingeben: Liste nach Entfernung",
                en: "enter where the client lives: list by distance")
    }
    public static var keyClearPlace: Message {
        Message(de: "Wohnort löschen: Liste nach Ort",
                en: "clear the place: list by city")
    }
    public static var keyServiceFilter: Message {
        Message(de: "nach Angebot filtern (der Reihe nach, dann alle)",
                en: "filter by service (in turn, then all)")
    }
    public static var keyOpenOperator: Message {
        Message(de: "Träger im Partnerverzeichnis öffnen",
                en: "open the operator in the partner directory")
    }
    public static var keySiteDetail: Message { Message(de: "Standort-Details", en: "site details") }
    public static var helpSectionLocations: Message { Message(de: "Standorte", en: "Locations") }
    public static var helpSectionPlace: Message { Message(de: "Wohnort eingeben", en: "Entering a place") }
    public static var keyPlaceChoose: Message { Message(de: "Vorschlag wählen", en: "choose a suggestion") }
    public static var keyPlaceAccept: Message { Message(de: "Ort übernehmen", en: "take the place") }
    public static var keyNewCase: Message { Message(de: "neuer Fall", en: "new case") }
    public static var keyEditCase: Message { Message(de: "Fall bearbeiten", en: "edit case") }
    public static var keyStatusStep: Message {
        Message(de: "Status ändern (nur sinnvolle Schritte)",
                en: "change status (only sensible steps)")
    }
    public static var keyAppointment: Message { Message(de: "Termin eintragen", en: "add an appointment") }
    public static var keyReferral: Message { Message(de: "an Partner verweisen", en: "refer to a partner") }
    public static var keyCaseFilter: Message {
        Message(de: "nach Status, Standort, Berater/in filtern",
                en: "filter by status, site, counsellor")
    }
    public static var keyCaseSort: Message {
        Message(de: "Sortierung: Nummer, Status, Termin",
                en: "sort: number, status, appointment")
    }
    public static var helpSectionCases: Message { Message(de: "Fälle", en: "Cases") }
    public static var keyDueView: Message {
        Message(de: "zur Löschung fällige Fälle zeigen / alle",
                en: "cases due for deletion / all")
    }
    public static var keyPurge: Message {
        Message(de: "Fall endgültig löschen (letzte Ziffern eintippen)",
                en: "delete case for good (type last digits)")
    }
    public static var keyScrollDetail: Message { Message(de: "im Eintrag blättern", en: "scroll the entry") }
    public static var keyFormSearchBack: Message {
        Message(de: "Suche in der Liste verkürzen / leeren",
                en: "shorten / clear the search in the list")
    }
    public static var keyBudgetView: Message {
        Message(de: "Ansicht: Maßnahmen, Zahlungen, Träger, Statistik",
                en: "View: measures, payments, providers, statistics")
    }
    public static var keyBudgetYear: Message {
        Message(de: "Nächstes / voriges Jahr (ein Jahr zur Zeit)",
                en: "Next / previous year (one year at a time)")
    }
    public static var keyNewBudget: Message { Message(de: "Neue Maßnahme / Zahlung", en: "New measure / payment") }
    public static var keyEditBudget: Message {
        Message(de: "Maßnahme / Zahlung bearbeiten",
                en: "Edit measure / payment")
    }
    public static var keyDeleteBudget: Message {
        Message(de: "Maßnahme / Zahlung entfernen",
                en: "Remove measure / payment")
    }
    public static var keyBookPayment: Message {
        Message(de: "Zahlung zur Maßnahme buchen",
                en: "Record a payment for the measure")
    }
    public static var keyOpenProvider: Message {
        Message(de: "Träger im Partnerverzeichnis öffnen",
                en: "Open the provider in the partner directory")
    }
    public static var keyStatisticsScroll: Message { Message(de: "Statistik blättern", en: "Scroll the statistics") }
    public static var helpSectionBudgets: Message { Message(de: "Budgets", en: "Budgets") }
    public static var keyJumpPaneWorkshop: Message { Message(de: "Partner, Standorte", en: "Partners, Locations") }
    public static var keyQuitWorkshop: Message { Message(de: "Beenden", en: "quit") }
    public static var keyPalette: Message {
        Message(de: "Befehle: jeden Befehl suchen und ausführen",
                en: "commands: search and run any command")
    }
    public static var helpSectionPalette: Message { Message(de: "Befehle", en: "Commands") }
    public static var keyPaletteChoose: Message { Message(de: "Befehl wählen", en: "choose a command") }
    public static var keyPaletteRun: Message { Message(de: "gewählten Befehl ausführen", en: "run the chosen command") }
    public static var keyPaletteClose: Message { Message(de: "Befehle schließen", en: "close the commands") }
    public static var keyLabelMouseClick: Message { Message(de: "Klick", en: "Click") }
    public static var keyLabelMouseWheel: Message { Message(de: "Rad", en: "Wheel") }
    public static var keyLabelChoose: Message { Message(de: "← → / Buchstabe", en: "← → / letter") }
    public static var keyLabelClick: Message { Message(de: "Klick", en: "Click") }
    public static var keyLabelWheel: Message { Message(de: "Rad", en: "Wheel") }
    public static var keyLabelChoice: Message { Message(de: "← → / Buchstabe", en: "← → / letter") }
}
