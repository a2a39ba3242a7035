/// The PostgreSQL store and the `db` commands: what they report and why they refuse.
public enum DatabaseText {
    public static var notBuiltIn: Message {
        Message(de: "iq-tui: dieses Programm wurde ohne PostgreSQL gebaut. Bauen mit „swift build --traits PostgreSQL“ (braucht libpq-dev).",
                en: "iq-tui: this program was built without PostgreSQL. Build it with 'swift build --traits PostgreSQL' (needs libpq-dev).")
    }
    public static var passwordGiven: Message {
        Message(de: "iq-tui: ein Passwort gehört nicht in die Verbindungsangabe (andere sehen sie in der Prozessliste). Nutzen Sie ~/.pgpass, PGPASSWORD oder die Anmeldung ohne Passwort (peer).",
                en: "iq-tui: a password does not belong in the connection string (others see it in the process list). Use ~/.pgpass, PGPASSWORD or peer authentication.")
    }
    public static func badConnectionString(_ detail: String) -> Message {
        Message(de: "iq-tui: die Verbindungsangabe ist nicht lesbar: \(detail)",
                en: "iq-tui: the connection string cannot be read: \(detail)")
    }
    public static func connectionFailed(_ detail: String) -> Message {
        Message(de: "iq-tui: keine Verbindung zur Datenbank: \(detail)",
                en: "iq-tui: cannot connect to the database: \(detail)")
    }
    public static func statementFailed(_ code: String, _ detail: String) -> Message {
        Message(de: "iq-tui: die Datenbank meldet einen Fehler (\(code)): \(detail)",
                en: "iq-tui: the database reports an error (\(code)): \(detail)")
    }
    public static func notAllowed(_ detail: String) -> Message {
        Message(de: "iq-tui: keine Berechtigung (\(detail)). Ihre Datenbankrolle muss zu iq_counsellor oder iq_coordinator gehören; Fälle gibt es nur für die eigenen Standorte. Fragen Sie die Administration.",
                en: "iq-tui: not allowed (\(detail)). Your database role must belong to iq_counsellor or iq_coordinator; cases are open only for one's own sites. Ask your administration.")
    }
    public static var schemaMissing: Message {
        Message(de: "iq-tui: die Datenbank hat noch kein iq-tui-Schema; zuerst „iq-tui db init“.",
                en: "iq-tui: the database has no iq-tui schema yet; run 'iq-tui db init' first.")
    }
    public static func schemaExists(_ version: Int) -> Message {
        Message(de: "iq-tui: das Schema ist schon angelegt (Version \(version)); „iq-tui db migrate“ bringt es auf den neuesten Stand.",
                en: "iq-tui: the schema exists already (version \(version)); 'iq-tui db migrate' brings it up to date.")
    }
    public static func schemaNewer(_ found: Int, _ known: Int) -> Message {
        Message(de: "iq-tui: das Schema hat Version \(found), dieses Programm kennt Version \(known). Bitte iq-tui aktualisieren; nichts geändert.",
                en: "iq-tui: the schema is at version \(found), this program knows version \(known). Please update iq-tui; nothing changed.")
    }
    public static func schemaOutdated(_ found: Int, _ known: Int) -> Message {
        Message(de: "iq-tui: das Schema hat Version \(found), dieses Programm braucht Version \(known); zuerst „iq-tui db migrate“.",
                en: "iq-tui: the schema is at version \(found), this program needs version \(known); run 'iq-tui db migrate' first.")
    }
    public static func notEmpty(_ records: Int) -> Message {
        Message(de: "iq-tui: die Datenbank enthält schon \(NumberFormat.integer(records, .de)) \(records == 1 ? "Datensatz" : "Datensätze"); „db import“ füllt nur eine leere Datenbank. Nichts übernommen.",
                en: "iq-tui: the database already holds \(NumberFormat.integer(records, .en)) \(records == 1 ? "record" : "records"); 'db import' fills only an empty database. Nothing imported.")
    }
    public static func recordFormatNewer(_ found: Int, _ known: Int) -> Message {
        Message(de: "iq-tui: Datensätze in der Datenbank haben Format \(found), dieses Programm kennt Format \(known). Bitte iq-tui aktualisieren.",
                en: "iq-tui: records in the database have format \(found), this program knows format \(known). Please update iq-tui.")
    }
    public static func rowMismatch(table: String, id: String) -> Message {
        Message(de: "iq-tui: die Zeile \(id) in iq.\(table) passt nicht zu ihrem Datensatz (andere Kennung oder anderer Standort); sie wurde nicht so geschrieben, wie iq-tui schreibt. Bitte prüfen (modified_by sagt, wer sie schrieb) und löschen; nichts exportiert.",
                en: "iq-tui: row \(id) in iq.\(table) does not match its record (another id or another site); iq-tui did not write it that way. Please check it (modified_by says who wrote it) and delete it; nothing exported.")
    }
    public static func initialised(_ version: Int) -> Message {
        Message(de: "Schema angelegt (Version \(version)); die Rollen iq_counsellor und iq_coordinator sind bereit.",
                en: "Schema created (version \(version)); the roles iq_counsellor and iq_coordinator are ready.")
    }
    public static func migrated(_ from: Int, _ to: Int) -> Message {
        Message(de: "Schema von Version \(from) auf \(to) gebracht.",
                en: "Schema brought from version \(from) to \(to).")
    }
    public static func upToDate(_ version: Int) -> Message {
        Message(de: "Das Schema ist auf dem neuesten Stand (Version \(version)).",
                en: "The schema is up to date (version \(version)).")
    }
    public static func imported(_ counts: String) -> Message {
        Message(de: "Übernommen: \(counts).", en: "Imported: \(counts).")
    }
    public static func exported(_ path: String, _ counts: String) -> Message {
        Message(de: "Nach \(path) geschrieben: \(counts).", en: "Written to \(path): \(counts).")
    }
    /// "3 Partner, 2 Standorte, 1 Maßnahme, 0 Fälle, 4 Zahlungen".
    public static func counts(partners: Int, sites: Int, measures: Int, cases: Int, payments: Int) -> Message {
        func n(_ count: Int, _ language: Language, _ one: String, _ many: String) -> String {
            "\(NumberFormat.integer(count, language)) \(count == 1 ? one : many)"
        }
        return Message(
            de: [n(partners, .de, "Partner", "Partner"), n(sites, .de, "Standort", "Standorte"), n(measures, .de, "Maßnahme", "Maßnahmen"),
                 n(cases, .de, "Fall", "Fälle"), n(payments, .de, "Zahlung", "Zahlungen")].joined(separator: ", "),
            en: [n(partners, .en, "partner", "partners"), n(sites, .en, "site", "sites"), n(measures, .en, "measure", "measures"),
                 n(cases, .en, "case", "cases"), n(payments, .en, "payment", "payments")].joined(separator: ", "))
    }
}
