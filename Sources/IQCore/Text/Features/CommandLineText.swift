/// Command-line errors, usage and the `check` result.
public enum CommandLineText {
    public static var cliUsage: Message {
        Message(
            de: """
            Aufruf: iq-tui [Optionen]
                    iq-tui check [DATEI]
                    iq-tui export partners [--format csv|json|vcard]
                    iq-tui import partners DATEI.csv [--skip-invalid]
                    iq-tui nearest ORT [--service ANGEBOT]
                    iq-tui export locations [--format csv|geojson]
                    iq-tui authority BERUF [--country LAND] [--place ORT]
                    iq-tui export case NUMMER [--format text|json]
                    iq-tui export cases [--format csv|json] [--include-personal]
                    iq-tui import cases DATEI.csv [--skip-invalid]
                    iq-tui stats [--format text|csv|json] [--year JAHR]
                    iq-tui db init [--store VERBINDUNG]
                    iq-tui db migrate [--store VERBINDUNG]
                    iq-tui db import DATEI.plist [--store VERBINDUNG]
                    iq-tui db export DATEI.plist [--store VERBINDUNG] [--format binary|xml]

            Das IQ Netzwerk NRW im Terminal: Partner, Standorte, Fälle und Budgets
            des Förderprogramms „Integration durch Qualifizierung“.

            Befehle:
              check [DATEI]   Datendatei prüfen (Exit-Code 0: in Ordnung, 1: Fehler)
              export partners Partner als CSV (Standard), JSON oder vCard auf die Standardausgabe
              import partners DATEI.csv
                              Partner aus CSV übernehmen (Spalten nach Überschrift, ; oder ,);
                              bei fehlerhaften Zeilen wird nichts übernommen, außer mit --skip-invalid
              nearest ORT     Standorte nach Entfernung vom Ort (Gemeinde in NRW), mit km
              export locations
                              Standorte als CSV (Standard) oder GeoJSON (für jedes GIS)
              authority BERUF zuständige Stelle für einen Referenzberuf, mit Begründung
              export case NUMMER
                              alles, was zu einer Person gespeichert ist (Auskunft nach Art. 15 DSGVO);
                              NUMMER ganz oder nur die laufende Nummer (1, 2026-1)
              export cases    alle Fälle pseudonymisiert (ohne Namen, Kontakt, Notizen)
              import cases DATEI.csv
                              Fälle aus der CSV des Exports übernehmen
              stats           Maßnahmen mit Mitteln, Bindung, Ausgaben und Plätzen, die Fälle
                              anonymisiert (Zahlen unter 5 als „<5“) und die Referenzzahlen
              db init, db migrate
                              PostgreSQL: Schema, Rollen und Zugriffsregeln anlegen, auf den
                              neuesten Stand bringen (nur mit --traits PostgreSQL gebaut)
              db import DATEI.plist, db export DATEI.plist
                              eine Datendatei in eine leere Datenbank übernehmen, alles Lesbare
                              in eine Datendatei schreiben

            Optionen:
              --data DATEI    Datendatei statt ~/.local/share/iq-tui/iq-tui.plist
              --read-only     nur lesen, nie schreiben
              --workshop      für Workshops: nur Partnernetz und Karte aus den eingebauten
                              Daten; keine Fälle, keine Datei wird gelesen oder geschrieben
              --format binary|xml   Speicherformat (Standard: wie die Datei, neu: binary)
              --autosave SEK  nach SEK Sekunden ohne Eingabe speichern (Standard 5, 0 = aus)
              --lang de|en    Sprache der Oberfläche (Standard de; auch IQ_LANG)
              --no-mouse      Maus nicht verwenden (Text markieren bleibt möglich)
              --screen-reader Terminal-Cursor zeigen (Bildschirmleser, Braillezeile, Lupe)
              --ascii         nur ASCII-Zeichen für Rahmen, Balken und Karte (von selbst,
                              wenn Locale oder Terminal kein Unicode zeigen)
              --unicode       Unicode-Rahmen, -Balken und -Karte erzwingen
              --theme NAME|DATEI
                              Farben: default, light, high-contrast, monochrome oder
                              eine .theme-Datei (NO_COLOR gesetzt: monochrome)
              --config DATEI  diese Konfigurationsdatei statt ~/.config/iq-tui/config
              --no-config     keine Konfigurationsdatei lesen
              -h, --help      diese Hilfe anzeigen
              -V, --version   Version anzeigen

            Optionen der Befehle:
              --format FORMAT export partners: csv, json, vcard; export locations: csv, geojson;
                              export case: text, json; export cases: csv, json;
                              stats: text, csv, json
              --skip-invalid  import: gültige Zeilen übernehmen, fehlerhafte auslassen
              --include-personal
                              export cases: mit personenbezogenen Daten
              --service ANGEBOT
                              nearest: nur ein Angebot (z. B. "Faire Integration")
              --country LAND  authority: Ausbildungsstaat (z. B. PL, Syrien)
              --place ORT     authority: Wohnort (Gemeinde in NRW, Bundesland, Staat, Ausland)
              --year JAHR     stats: nur ein Jahr
              --store VERBINDUNG
                              PostgreSQL statt der Datendatei (ohne Befehl: das Programm
                              selbst; mit db: dessen Datenbank): libpq-Verbindung („service=iq“,
                              „postgresql://server/iq“); ohne: PGHOST, PGDATABASE, PGSERVICE …;
                              nie mit Passwort

            Konfiguration: ~/.config/iq-tui/config (oder $XDG_CONFIG_HOME/iq-tui/config),
            Zeilen „Schlüssel = Wert“ für theme, language, mouse, autosave, counsellor,
            data, store, ascii und screen_reader; Optionen haben Vorrang. Löschfristen in Jahren: retention,
            esf-retention, dormant. Mehr in der Handbuchseite iq-tui(1).
            """,
            en: """
            Usage: iq-tui [options]
                   iq-tui check [FILE]
                   iq-tui export partners [--format csv|json|vcard]
                   iq-tui import partners FILE.csv [--skip-invalid]
                   iq-tui nearest PLACE [--service SERVICE]
                   iq-tui export locations [--format csv|geojson]
                   iq-tui authority OCCUPATION [--country COUNTRY] [--place PLACE]
                   iq-tui export case NUMBER [--format text|json]
                   iq-tui export cases [--format csv|json] [--include-personal]
                   iq-tui import cases FILE.csv [--skip-invalid]
                   iq-tui stats [--format text|csv|json] [--year YEAR]
                   iq-tui db init [--store CONNECTION]
                   iq-tui db migrate [--store CONNECTION]
                   iq-tui db import FILE.plist [--store CONNECTION]
                   iq-tui db export FILE.plist [--store CONNECTION] [--format binary|xml]

            The IQ network of North Rhine-Westphalia in the terminal: partners, locations,
            cases and budgets of the programme "Integration durch Qualifizierung".

            Commands:
              check [FILE]    validate a data file (exit code 0: fine, 1: a problem)
              export partners partners as CSV (default), JSON or vCard to standard output
              import partners FILE.csv
                              take partners from CSV (columns by header, ; or ,); nothing is
                              imported when a row is invalid, unless --skip-invalid is given
              nearest PLACE   sites by distance from a place (an NRW municipality), with km
              export locations
                              sites as CSV (default) or GeoJSON (for any GIS)
              authority OCCUPATION
                              the competent authority for a Referenzberuf, with the reason
              export case NUMBER
                              everything held on one person (access under Art. 15 GDPR);
                              NUMBER in full or just its serial (1, 2026-1)
              export cases    all cases pseudonymised (no names, contacts, notes)
              import cases FILE.csv
                              take cases from the export's CSV
              stats           measures with allocation, committed, spent and places, the cases
                              anonymised (counts below 5 as "<5") and the reference figures
              db init, db migrate
                              PostgreSQL: create the schema, roles and access rules, bring them
                              up to date (only when built with --traits PostgreSQL)
              db import FILE.plist, db export FILE.plist
                              a data file into an empty database; all it lets you read into a
                              data file

            Options:
              --data FILE     data file instead of ~/.local/share/iq-tui/iq-tui.plist
              --read-only     only read, never write
              --workshop      for workshops: only the partner network and the map, built in;
                              no cases, no file is read or written
              --format binary|xml   file format (default: as the file is; new files: binary)
              --autosave SEC  save after SEC seconds without input (default 5, 0 = off)
              --lang de|en    interface language (default de; also IQ_LANG)
              --no-mouse      do not capture the mouse (text selection keeps working)
              --screen-reader show the terminal cursor (screen reader, braille, magnifier)
              --ascii         ASCII characters only for boxes, bars and the map (on its
                              own when the locale or terminal cannot show Unicode)
              --unicode       force Unicode boxes, bars and map
              --theme NAME|FILE
                              colours: default, light, high-contrast, monochrome or a
                              .theme file (with NO_COLOR set: monochrome)
              --config FILE   this configuration file instead of ~/.config/iq-tui/config
              --no-config     read no configuration file
              -h, --help      show this help
              -V, --version   show the version

            Options of the commands:
              --format FORMAT export partners: csv, json, vcard; export locations: csv, geojson;
                              export case: text, json; export cases: csv, json;
                              stats: text, csv, json
              --skip-invalid  import: take the valid rows, leave out the invalid ones
              --include-personal
                              export cases: with personal data
              --service SERVICE
                              nearest: one service only (e.g. "fairIntegration")
              --country COUNTRY
                              authority: country of training (e.g. PL, Syria)
              --place PLACE   authority: residence (NRW municipality, German Land, country, abroad)
              --year YEAR     stats: one year only
              --store CONNECTION
                              PostgreSQL instead of the data file (without a command: the
                              program itself; with db: its database): libpq connection
                              ("service=iq", "postgresql://server/iq"); without: PGHOST,
                              PGDATABASE, PGSERVICE …; never with a password

            Configuration: ~/.config/iq-tui/config (or $XDG_CONFIG_HOME/iq-tui/config),
            lines "key = value" for theme, language, mouse, autosave, counsellor, data,
            store, ascii and screen_reader; options take precedence. Deletion periods in years: retention,
            esf-retention, dormant. More in the manual page iq-tui(1).
            """)
    }
    public static func cliUnknownOption(_ option: String) -> Message {
        Message(de: "iq-tui: unbekannte Option „\(option)“.",
                en: "iq-tui: unknown option '\(option)'.")
    }
    public static func cliMissingValue(_ value: String) -> Message {
        Message(de: "iq-tui: Option „\(value)“ braucht einen Wert.",
                en: "iq-tui: option '\(value)' needs a value.")
    }
    public static func cliBadLanguage(_ language: String) -> Message {
        Message(de: "iq-tui: Sprache „\(language)“ gibt es nicht; möglich sind de und en.",
                en: "iq-tui: there is no language '\(language)'; use de or en.")
    }
    public static func cliUnexpectedArgument(_ argument: String) -> Message {
        Message(de: "iq-tui: unerwartetes Argument „\(argument)“.",
                en: "iq-tui: unexpected argument '\(argument)'.")
    }
    public static var cliNotATerminal: Message {
        Message(de: "iq-tui: Ein- und Ausgabe müssen ein Terminal sein.",
                en: "iq-tui: input and output must be a terminal.")
    }
    public static var cliTermUnset: Message {
        Message(de: "iq-tui: Die Umgebungsvariable TERM ist nicht gesetzt; bitte z. B. TERM=xterm-256color setzen.",
                en: "iq-tui: the TERM environment variable is not set; set it, e.g. TERM=xterm-256color.")
    }
    public static func cliTermUnknown(_ term: String) -> Message {
        Message(de: "iq-tui: Terminaltyp „\(term)“ ist unbekannt oder kann keinen Vollbildmodus; bitte z. B. TERM=xterm-256color setzen.",
                en: "iq-tui: terminal type '\(term)' is unknown or cannot do full-screen; set e.g. TERM=xterm-256color.")
    }
    public static func cliBadFormat(_ format: String) -> Message {
        Message(de: "iq-tui: Format „\(format)“ gibt es nicht; möglich sind binary und xml.",
                en: "iq-tui: there is no format '\(format)'; use binary or xml.")
    }
    public static func cliBadAutosave(_ autosave: String) -> Message {
        Message(de: "iq-tui: --autosave braucht eine Zahl von Sekunden (0 schaltet es aus), nicht „\(autosave)“.",
                en: "iq-tui: --autosave takes a number of seconds (0 turns it off), not '\(autosave)'.")
    }
    public static func checkOK(_ path: String, _ formatVersion: String, _ format: String, _ partners: Int, _ sites: Int, _ measures: Int, _ savedAt: String, _ savedBy: String) -> Message {
        Message(de: "\(path): in Ordnung – Format \(formatVersion) (\(format)), \(NumberFormat.integer(partners, .de)) Partner, \(NumberFormat.integer(sites, .de)) \(sites == 1 ? "Standort" : "Standorte"), \(NumberFormat.integer(measures, .de)) \(measures == 1 ? "Maßnahme" : "Maßnahmen"), gespeichert \(savedAt) von \(savedBy).",
                en: "\(path): OK – format \(formatVersion) (\(format)), \(NumberFormat.integer(partners, .en)) \(partners == 1 ? "partner" : "partners"), \(NumberFormat.integer(sites, .en)) \(sites == 1 ? "site" : "sites"), \(NumberFormat.integer(measures, .en)) \(measures == 1 ? "measure" : "measures"), saved \(savedAt) by \(savedBy).")
    }
    public static func cliBadExportFormat(_ exportFormat: String) -> Message {
        Message(de: "iq-tui: Exportformat „\(exportFormat)“ gibt es nicht; möglich sind csv, json und vcard.",
                en: "iq-tui: there is no export format '\(exportFormat)'; use csv, json or vcard.")
    }
    public static func cliUnknownCommand(_ command: String) -> Message {
        Message(de: "iq-tui: unbekannter Befehl „\(command)“.",
                en: "iq-tui: unknown command '\(command)'.")
    }
}
