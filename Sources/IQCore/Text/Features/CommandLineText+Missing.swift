extension CommandLineText {
    /// A command without the word it needs: what is missing, with an example, in one line.
    public static func cliMissingArgument(_ command: String) -> Message {
        switch command {
        case "export":
            Message(de: "iq-tui: „export“ braucht, was exportiert wird: partners, locations, cases oder case NUMMER, z. B. iq-tui export partners.",
                    en: "iq-tui: 'export' needs what to export: partners, locations, cases or case NUMBER, e.g. iq-tui export partners.")
        case "export case":
            Message(de: "iq-tui: „export case“ braucht die Fallnummer, z. B. iq-tui export case NRW-2026-000042.",
                    en: "iq-tui: 'export case' needs the case number, e.g. iq-tui export case NRW-2026-000042.")
        case "import":
            Message(de: "iq-tui: „import“ braucht, was eingelesen wird, und die Datei, z. B. iq-tui import partners partner.csv.",
                    en: "iq-tui: 'import' needs what to import and the file, e.g. iq-tui import partners partners.csv.")
        case "import partners", "import cases":
            Message(de: "iq-tui: „\(command)“ braucht die Datei, z. B. iq-tui \(command) datei.csv.",
                    en: "iq-tui: '\(command)' needs the file, e.g. iq-tui \(command) file.csv.")
        case "nearest":
            Message(de: "iq-tui: „nearest“ braucht einen Ort oder eine PLZ, z. B. iq-tui nearest Köln.",
                    en: "iq-tui: 'nearest' needs a place or postcode, e.g. iq-tui nearest Köln.")
        case "authority":
            Message(de: "iq-tui: „authority“ braucht den Referenzberuf, z. B. iq-tui authority Krankenpfleger.",
                    en: "iq-tui: 'authority' needs the reference occupation, e.g. iq-tui authority Krankenpfleger.")
        case "db":
            Message(de: "iq-tui: „db“ braucht, was getan wird: init, migrate, import DATEI.plist oder export DATEI.plist, z. B. iq-tui db init.",
                    en: "iq-tui: 'db' needs what to do: init, migrate, import FILE.plist or export FILE.plist, e.g. iq-tui db init.")
        case "db import", "db export":
            Message(de: "iq-tui: „\(command)“ braucht die Datendatei, z. B. iq-tui \(command) netz.plist.",
                    en: "iq-tui: '\(command)' needs the data file, e.g. iq-tui \(command) network.plist.")
        default:
            Message(de: "iq-tui: Dem Befehl „\(command)“ fehlt noch eine Angabe.",
                    en: "iq-tui: the command '\(command)' needs one more word.")
        }
    }
}
