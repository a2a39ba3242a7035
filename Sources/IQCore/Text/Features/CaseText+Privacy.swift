/// Data protection along the case's life: when a case is due for deletion and why, and the
/// Art. 15 report written from inside the program.
extension CaseText {
    public static var caseDeletionDue: Message { Message(de: "Löschung fällig", en: "Deletion due") }
    /// The list column of the `D` view.
    public static var colDeletionDue: Message { Message(de: "Löschung fällig", en: "Deletion due") }

    static func years(_ n: Int) -> Message {
        Message(de: n == 1 ? "1 Jahr" : "\(n) Jahre", en: n == 1 ? "1 year" : "\(n) years")
    }

    /// Why the case is due, in the open case: "3 Jahre nach Abschluss".
    public static func deletionRule(_ rule: DeletionDue.Rule) -> Message {
        switch rule {
        case .set:
            Message(de: "im Fall eingetragen", en: "set in the case")
        case .afterEnd(let n):
            Message(de: "\(years(n).de) nach Abschluss", en: "\(years(n).en) after the end")
        case .esf(let n):
            Message(de: "ESF-Aufbewahrung, \(years(n).de) nach Abschluss", en: "ESF retention, \(years(n).en) after the end")
        case .dormant(let n):
            Message(de: "\(years(n).de) ohne Aktivität", en: "\(years(n).en) without activity")
        }
    }

    /// "31.12.2029 (3 Jahre nach Abschluss)".
    public static func deletionDue(_ due: DeletionDue) -> Message {
        Message(de: "\(due.day.text(.de)) (\(deletionRule(due.rule).de))", en: "\(due.day.text(.en)) (\(deletionRule(due.rule).en))")
    }

    /// The rule in the list's narrow column.
    public static func deletionRuleShort(_ rule: DeletionDue.Rule) -> Message {
        switch rule {
        case .set: Message(de: "eingetragen", en: "set")
        case .afterEnd: Message(de: "nach Abschluss", en: "after end")
        case .esf: Message(de: "ESF", en: "ESF")
        case .dormant: Message(de: "ohne Aktivität", en: "inactive")
        }
    }

    public static var keyCaseReport: Message {
        Message(de: "Auskunft nach Art. 15 DSGVO in eine private Datei schreiben",
                en: "write the Art. 15 GDPR report to a private file")
    }

    public static func reportWritten(_ path: String) -> Message {
        Message(de: "Auskunft geschrieben: \(path) (nur für Sie lesbar)",
                en: "Report written: \(path) (readable by you only)")
    }

    public static func reportFailed(_ path: String, _ reason: String) -> Message {
        Message(de: "Auskunft nicht geschrieben: \(path): \(reason)",
                en: "Report not written: \(path): \(reason)")
    }

    public static func reportLinked(_ path: String) -> Message {
        Message(de: "Auskunft nicht geschrieben: \(path) ist ein symbolischer Link; iq-tui schreibt personenbezogene Daten nicht durch Links.",
                en: "Report not written: \(path) is a symbolic link; iq-tui does not write personal data through links.")
    }

    public static var reportNoDataFile: Message {
        Message(de: "Keine Datendatei: die Auskunft hat keinen Ort.",
                en: "No data file: the report has nowhere to go.")
    }

    public static func reportReadOnly(_ number: String) -> Message {
        Message(de: "Schreibgeschützt: keine Auskunftsdatei. „iq-tui export case \(number)“ gibt sie aus.",
                en: "Read-only: no report file. 'iq-tui export case \(number)' prints it.")
    }
}
