/// Partner export and import: CSV columns and import problems.
public enum PartnerExchangeText {
    public static var csvColID: Message { Message(de: "ID", en: "ID") }
    public static var csvColName: Message { Message(de: "Name", en: "Name") }
    public static var csvColShortName: Message { Message(de: "Kurzname", en: "Short name") }
    public static var csvColCategory: Message { Message(de: "Kategorie", en: "Category") }
    public static var csvColLevel: Message { Message(de: "Ebene", en: "Level") }
    public static var csvColFields: Message { Message(de: "Handlungsfelder", en: "Fields of action") }
    public static var csvColCities: Message { Message(de: "Orte", en: "Cities") }
    public static var csvColRole: Message { Message(de: "Rolle", en: "Role") }
    public static var csvColWebsite: Message { Message(de: "Website", en: "Website") }
    public static var csvColEmail: Message { Message(de: "E-Mail", en: "E-mail") }
    public static var csvColPhone: Message { Message(de: "Telefon", en: "Phone") }
    public static var csvColAddress: Message { Message(de: "Anschrift", en: "Address") }
    public static var importUnterminatedQuote: Message {
        Message(de: "Das Anführungszeichen, das hier ein Feld beginnt, wird nie geschlossen – ab hier ist die Datei nicht lesbar.",
                en: "The quote that opens a field here is never closed – the file cannot be read from here on.")
    }
    public static var importNoHeader: Message {
        Message(de: "Die Datei ist leer – sie braucht mindestens eine Kopfzeile mit der Spalte „Name“.",
                en: "The file is empty – it needs at least a header line with a column 'Name'.")
    }
    public static func importNoNameColumn(_ value1: String) -> Message {
        Message(de: "Die Kopfzeile braucht eine Spalte „Name“ (gefunden: \(value1)).",
                en: "The header line needs a column 'Name' (found: \(value1)).")
    }
    public static func importUnknownColumn(_ title: String) -> Message {
        Message(de: "Unbekannte Spalte „\(title)“ – wird ignoriert.",
                en: "Unknown column '\(title)' – ignored.")
    }
    public static func importDuplicateColumn(_ title: String) -> Message {
        Message(de: "Die Spalte „\(title)“ kommt doppelt vor – nur die erste wird gelesen.",
                en: "Column '\(title)' appears twice – only the first one is read.")
    }
    public static func importExtraFields(_ fields: Int, _ fieldCount: Int) -> Message {
        Message(de: "Die Zeile hat \(NumberFormat.integer(fields, .de)) Felder, die Kopfzeile nur \(NumberFormat.integer(fieldCount, .de)) – die überzähligen werden ignoriert.",
                en: "The row has \(NumberFormat.integer(fields, .en)) fields but the header only \(NumberFormat.integer(fieldCount, .en)) – the extra ones are ignored.")
    }
    public static var importNameMissing: Message { Message(de: "Der Name fehlt.", en: "The name is missing.") }
    public static func importBadEmail(_ email: String) -> Message {
        Message(de: "„\(email)“ ist keine gültige E-Mail-Adresse (etwa name@beispiel.de).",
                en: "'\(email)' is not a valid e-mail address (like name@example.org).")
    }
    public static func importBadWebsite(_ website: String) -> Message {
        Message(de: "„\(website)“ ist keine gültige Website (etwa beispiel.de oder https://beispiel.de/seite).",
                en: "'\(website)' is not a valid website (like example.org or https://example.org/page).")
    }
    public static func importBadPhone(_ phone: String) -> Message {
        Message(de: "„\(phone)“ ist keine gültige Telefonnummer (Ziffern, Leerzeichen und + - / ( ), mindestens 5 Ziffern).",
                en: "'\(phone)' is not a valid phone number (digits, spaces and + - / ( ), at least 5 digits).")
    }
    public static func importUnknownCategory(_ text: String, _ value2: String) -> Message {
        Message(de: "Die Kategorie „\(text)“ gibt es nicht. Möglich sind die Namen der Oberfläche (deutsch oder englisch) oder: \(value2).",
                en: "There is no category '\(text)'. Use a name the program shows (German or English) or one of: \(value2).")
    }
    public static func importUnknownLevel(_ text: String, _ value2: String) -> Message {
        Message(de: "Die Ebene „\(text)“ gibt es nicht. Möglich sind Bund, Land, Region, Kommune oder: \(value2).",
                en: "There is no level '\(text)'. Use Federal, State, Region, Municipal or one of: \(value2).")
    }
    public static func importUnknownField(_ item: String, _ value2: String) -> Message {
        Message(de: "Das Handlungsfeld „\(item)“ gibt es nicht. Möglich sind die Namen der Oberfläche (deutsch oder englisch) oder: \(value2).",
                en: "There is no field of action '\(item)'. Use a name the program shows (German or English) or one of: \(value2).")
    }
    public static var importDefaultCategory: Message {
        Message(de: "Keine Kategorie angegeben – eingeordnet unter „Projekte und Initiativen“; bitte prüfen.",
                en: "No category given – filed under 'Projects and initiatives'; please check.")
    }
    public static func importDuplicateName(_ name: String, _ value2: String) -> Message {
        Message(de: "„\(name)“ steht schon in Zeile \(value2) – wird trotzdem importiert.",
                en: "'\(name)' already appears in line \(value2) – imported anyway.")
    }
    public static func importDuplicateExisting(_ name: String, _ value2: String) -> Message {
        Message(de: "„\(name)“ gibt es schon („\(value2)“) – wird trotzdem als weiterer Partner importiert.",
                en: "'\(name)' already exists ('\(value2)') – imported anyway as another partner.")
    }
    public static func importDuplicateID(_ idText: String, _ earlier: String) -> Message {
        Message(de: "Die ID „\(idText)“ steht schon in Zeile \(earlier).",
                en: "ID '\(idText)' already appears in line \(earlier).")
    }
    public static func importUnknownID(_ idText: String) -> Message {
        Message(de: "Die ID „\(idText)“ gibt es nicht – wird als neuer Partner mit neuer ID angelegt.",
                en: "There is no partner with ID '\(idText)' – created as a new partner with a new ID.")
    }
    public static func importProblemError(_ value1: String, _ value2: String, _ value3: String) -> Message {
        Message(de: "\(value1), Zeile \(value2): Fehler: \(value3)",
                en: "\(value1), line \(value2): error: \(value3)")
    }
    public static func importProblemWarning(_ value1: String, _ value2: String, _ value3: String) -> Message {
        Message(de: "\(value1), Zeile \(value2): Warnung: \(value3)",
                en: "\(value1), line \(value2): warning: \(value3)")
    }
    public static func importNothingImported(_ invalidRows: Int) -> Message {
        Message(de: "Nichts importiert: \(NumberFormat.integer(invalidRows, .de)) \(invalidRows == 1 ? "Zeile hat" : "Zeilen haben") Fehler. Bitte korrigieren oder mit --skip-invalid nur die gültigen Zeilen importieren.",
                en: "Nothing imported: \(NumberFormat.integer(invalidRows, .en)) \(invalidRows == 1 ? "row has" : "rows have") errors. Fix them, or import only the valid rows with --skip-invalid.")
    }
    public static var importFileFailed: Message {
        Message(de: "Nichts importiert: Die Datei kann so nicht gelesen werden.",
                en: "Nothing imported: the file cannot be read as it is.")
    }
    public static func importSkippedRows(_ invalidRows: Int) -> Message {
        Message(de: "\(NumberFormat.integer(invalidRows, .de)) \(invalidRows == 1 ? "Zeile" : "Zeilen") mit Fehlern übersprungen (--skip-invalid).",
                en: "Skipped \(NumberFormat.integer(invalidRows, .en)) \(invalidRows == 1 ? "row" : "rows") with errors (--skip-invalid).")
    }
    public static func importSummary(_ count1: Int, _ count2: Int, _ count3: Int, _ value4: String) -> Message {
        Message(de: "\(NumberFormat.integer(count1, .de)) Partner importiert (\(NumberFormat.integer(count2, .de)) neu, \(NumberFormat.integer(count3, .de)) aktualisiert), \(value4).",
                en: "Partners imported: \(NumberFormat.integer(count1, .en)) (\(NumberFormat.integer(count2, .en)) new, \(NumberFormat.integer(count3, .en)) updated), \(value4).")
    }
    public static func importWarningsMany(_ warnings: Int) -> Message {
        Message(de: "\(NumberFormat.integer(warnings, .de)) \(warnings == 1 ? "Warnung" : "Warnungen")",
                en: "\(NumberFormat.integer(warnings, .en)) \(warnings == 1 ? "warning" : "warnings")")
    }
    public static func importUnchanged(_ unchanged: Int) -> Message {
        Message(de: "\(NumberFormat.integer(unchanged, .de)) \(unchanged == 1 ? "Zeile stimmt" : "Zeilen stimmen") schon mit den Daten überein – nichts zu tun.",
                en: "\(NumberFormat.integer(unchanged, .en)) \(unchanged == 1 ? "row already matches" : "rows already match") the data – nothing to do.")
    }
    public static func importFileMissing(_ path: String) -> Message {
        Message(de: "iq-tui: Die Datei \(path) gibt es nicht.",
                en: "iq-tui: the file \(path) does not exist.")
    }
    public static func importFileUnreadable(_ path: String, _ value2: String) -> Message {
        Message(de: "iq-tui: Die Datei \(path) kann nicht gelesen werden: \(value2).",
                en: "iq-tui: cannot read the file \(path): \(value2).")
    }
    public static func importNotUTF8(_ path: String, _ line: String) -> Message {
        Message(de: "iq-tui: Die Datei \(path) ist nicht UTF-8-kodiert (erstes ungültiges Zeichen in Zeile \(line)). Bitte als „CSV UTF-8“ speichern.",
                en: "iq-tui: the file \(path) is not UTF-8 (first invalid character in line \(line)). Please save it as 'CSV UTF-8'.")
    }
    public static var importReadOnly: Message {
        Message(de: "iq-tui: --read-only – es wird nichts importiert.",
                en: "iq-tui: --read-only – nothing is imported.")
    }
    public static func exportFromSeed(_ path: String) -> Message {
        Message(de: "iq-tui: Die Datendatei \(path) gibt es noch nicht – exportiert werden die eingebauten Netzwerkdaten.",
                en: "iq-tui: the data file \(path) does not exist yet – exporting the built-in network data.")
    }
    public static func importControlCharactersRemoved(_ title: String) -> Message {
        Message(de: "Steuer- oder Richtungszeichen aus „\(title)“ entfernt (sie könnten ein Terminal steuern oder den Text umordnen).",
                en: "Control or direction characters removed from “\(title)” (they could steer a terminal or reorder the text).")
    }
    public static func importMoreOfKind(_ count1: Int) -> Message {
        Message(de: "… und \(NumberFormat.integer(count1, .de)) weitere derselben Art",
                en: "… and \(NumberFormat.integer(count1, .en)) more of the same kind")
    }
    public static func importFieldTooLong(_ column: String, _ length: Int, _ limit: Int) -> Message {
        Message(de: "\(column): \(NumberFormat.integer(length, .de)) Zeichen sind zu lang – höchstens \(NumberFormat.integer(limit, .de)) Zeichen sind erlaubt.",
                en: "\(column): \(NumberFormat.integer(length, .en)) characters are too long – at most \(NumberFormat.integer(limit, .en)) characters are allowed.")
    }
}
