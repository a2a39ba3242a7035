/// Case export (report, CSV, JSON) and case import.
public enum CaseExchangeText {
    public static func cliBadCaseFormat(_ value1: String, _ choices: String) -> Message {
        Message(de: "iq-tui: Exportformat „\(value1)“ gibt es hier nicht; möglich sind \(choices).",
                en: "iq-tui: there is no export format '\(value1)' here; use \(choices).")
    }
    public static func caseReportTitle(_ number: String) -> Message {
        Message(de: "Auskunft nach Art. 15 DSGVO – Fall \(number)",
                en: "Information under Art. 15 GDPR – case \(number)")
    }
    public static func caseReportIntro(_ now: String) -> Message {
        Message(de: "Alle Daten, die iq-tui zu dieser Person gespeichert hat. Stand: \(now).",
                en: "All data iq-tui holds on this person. As of \(now).")
    }
    public static var caseReportPerson: Message { Message(de: "Person", en: "Person") }
    public static var caseReportCounselling: Message { Message(de: "Beratung", en: "Counselling") }
    public static var caseReportRecord: Message { Message(de: "Datensatz", en: "Record") }
    public static var caseReportID: Message { Message(de: "Interne Kennung", en: "Internal ID") }
    public static var caseReportModified: Message { Message(de: "Zuletzt geändert", en: "Last changed") }
    public static func caseReportModifiedValue(_ modifiedAt: String, _ modifiedBy: String) -> Message {
        Message(de: "\(modifiedAt) von \(modifiedBy)",
                en: "\(modifiedAt) by \(modifiedBy)")
    }
    public static var caseReportRevision: Message { Message(de: "Revision", en: "Revision") }
    public static var caseReportNoTimeline: Message { Message(de: "Keine Einträge.", en: "No entries.") }
    public static func caseReportGone(_ name: String) -> Message {
        Message(de: "\(name) (nicht mehr vorhanden)",
                en: "\(name) (no longer present)")
    }
    public static func caseExportUnknownNumber(_ number: String) -> Message {
        Message(de: "iq-tui: Einen Fall „\(number)“ gibt es nicht.",
                en: "iq-tui: there is no case '\(number)'.")
    }
    public static func caseExportAmbiguousNumber(_ number: String, _ numbers: String) -> Message {
        Message(de: "iq-tui: „\(number)“ passt auf mehrere Fälle: \(numbers). Bitte die ganze Fallnummer angeben.",
                en: "iq-tui: '\(number)' fits several cases: \(numbers). Please give the whole case number.")
    }
    public static func caseExportNoDataFile(_ path: String) -> Message {
        Message(de: "iq-tui: Die Datendatei \(path) gibt es noch nicht – also auch keine Fälle.",
                en: "iq-tui: the data file \(path) does not exist yet – so there are no cases.")
    }
    public static var caseExportPersonalWarning: Message {
        Message(de: "iq-tui: Achtung – die Ausgabe enthält personenbezogene Daten (Namen, Geburtsjahr, Kontaktdaten, Notizen). Nur geschützt speichern und nur weitergeben, wo es erlaubt ist.",
                en: "iq-tui: warning – the output contains personal data (names, year of birth, contact details, notes). Store it protected and pass it on only where that is allowed.")
    }
    public static var importCaseNoHeader: Message {
        Message(de: "Die Datei ist leer – sie braucht mindestens eine Kopfzeile mit der Spalte „Fallnummer“.",
                en: "The file is empty – it needs at least a header row with the column “Case number”.")
    }
    public static func importCaseNoNumberColumn(_ value1: String) -> Message {
        Message(de: "Die Kopfzeile braucht eine Spalte „Fallnummer“ (gefunden: \(value1)).",
                en: "The header row needs a column “Case number” (found: \(value1)).")
    }
    public static func importCaseBadNumber(_ number: String) -> Message {
        Message(de: "„\(number)“ ist keine gültige Fallnummer (Form NRW-JJJJ-NNNNNN, z. B. NRW-2026-000123; leer gelassen wird eine neue vergeben).",
                en: "“\(number)” is not a valid case number (form NRW-YYYY-NNNNNN, e.g. NRW-2026-000123; left empty, a new one is given).")
    }
    public static func importCaseDuplicateNumber(_ number: String, _ earlier: String) -> Message {
        Message(de: "Die Fallnummer „\(number)“ steht schon in Zeile \(earlier).",
                en: "The case number “\(number)” is already in line \(earlier).")
    }
    public static func importCaseUnknownValue(_ column: String, _ value: String, _ options: Message) -> Message {
        Message(de: "\(column): „\(value)“ gibt es nicht. Möglich (deutsch oder englisch): \(options.de).",
                en: "\(column): there is no “\(value)”. Possible (German or English): \(options.en).")
    }
    public static func importCaseNotFound(_ column: String, _ text: String) -> Message {
        Message(de: "\(column): „\(text)“ gibt es nicht.",
                en: "\(column): “\(text)” does not exist.")
    }
    public static func importCaseAmbiguous(_ column: String, _ text: String, _ options: String) -> Message {
        Message(de: "\(column): „\(text)“ ist nicht eindeutig – bitte genauer angeben, etwa: \(options).",
                en: "\(column): “\(text)” is ambiguous – please be more specific, e.g.: \(options).")
    }
    public static func importCaseBadDay(_ column: String, _ value2: String) -> Message {
        Message(de: "\(column): „\(value2)“ ist kein gültiges Datum (z. B. 3.4.2026, 03.04.26 oder 2026-04-03).",
                en: "\(column): “\(value2)” is not a valid date (e.g. 3.4.2026, 03.04.26 or 2026-04-03).")
    }
    public static func importCaseBadYear(_ column: String, _ value2: String, _ thisYear: String) -> Message {
        Message(de: "\(column): „\(value2)“ ist kein plausibles Jahr (1900 bis \(thisYear)).",
                en: "\(column): “\(value2)” is not a plausible year (1900 to \(thisYear)).")
    }
    public static func importCaseEntryBeforeBirth(_ entry: String, _ birth: String) -> Message {
        Message(de: "Das Einreisejahr \(entry) liegt vor dem Geburtsjahr \(birth).",
                en: "The year of entry \(entry) is before the year of birth \(birth).")
    }
    public static func importCaseMissing(_ column: String) -> Message {
        Message(de: "\(column) fehlt – jeder Fall braucht Vor- und Nachnamen.",
                en: "\(column) is missing – every case needs a first and a last name.")
    }
    public static func importCasesSummary(_ count1: Int, _ count2: Int, _ count3: Int, _ value4: String) -> Message {
        Message(de: "\(NumberFormat.integer(count1, .de)) \(count1 == 1 ? "Fall" : "Fälle") importiert (\(NumberFormat.integer(count2, .de)) neu, \(NumberFormat.integer(count3, .de)) aktualisiert), \(value4).",
                en: "Cases imported: \(NumberFormat.integer(count1, .en)) (\(NumberFormat.integer(count2, .en)) new, \(NumberFormat.integer(count3, .en)) updated), \(value4).")
    }
    public static func importCasesProgress(_ done: Int, _ total: Int) -> Message {
        Message(de: "\(NumberFormat.integer(done, .de))/\(NumberFormat.integer(total, .de)) Fälle …",
                en: "\(NumberFormat.integer(done, .en))/\(NumberFormat.integer(total, .en)) cases …")
    }
}
