/// The data file: load and save errors, saving, recovery, drafts, conflicts, purging.
public enum StoreText {
    public static func storeErrorMissing(_ path: String) -> Message {
        Message(de: "Die Datei \(path) gibt es nicht.",
                en: "The file \(path) does not exist.")
    }
    public static func storeErrorUnreadable(_ path: String, _ value2: String) -> Message {
        Message(de: "Die Datei \(path) kann nicht gelesen werden: \(value2).",
                en: "The file \(path) cannot be read: \(value2).")
    }
    public static func storeErrorEmpty(_ path: String) -> Message {
        Message(de: "Die Datei \(path) ist leer.",
                en: "The file \(path) is empty.")
    }
    public static func storeErrorNotPlist(_ path: String) -> Message {
        Message(de: "Die Datei \(path) ist keine iq-tui-Datei (keine gültige Property-List).",
                en: "The file \(path) is not an iq-tui file (not a valid property list).")
    }
    public static func storeErrorTruncated(_ path: String) -> Message {
        Message(de: "Die Datei \(path) ist abgeschnitten – sie wurde unvollständig gespeichert oder kopiert.",
                en: "The file \(path) is truncated – it was saved or copied incompletely.")
    }
    public static func storeErrorSchema(_ path: String, _ value2: String) -> Message {
        Message(de: "Die Datei \(path) hat einen unerwarteten Inhalt (\(value2)).",
                en: "The file \(path) has unexpected content (\(value2)).")
    }
    public static func storeErrorNewer(_ path: String, _ found: String, _ supported: String) -> Message {
        Message(de: "Die Datei \(path) stammt von einer neueren iq-tui-Version (Format \(found); dieses Programm kennt Format \(supported)). Bitte iq-tui aktualisieren.",
                en: "The file \(path) comes from a newer iq-tui (format \(found); this program knows format \(supported)). Please update iq-tui.")
    }
    public static func storeErrorWrite(_ path: String, _ value2: String) -> Message {
        Message(de: "Speichern in \(path) fehlgeschlagen: \(value2)",
                en: "Saving to \(path) failed: \(value2)")
    }
    public static func storeErrorReadOnly(_ path: String) -> Message {
        Message(de: "\(path) ist schreibgeschützt.",
                en: "\(path) is read-only.")
    }
    public static func statusOpenedReadOnly(_ path: String) -> Message {
        Message(de: "Schreibgeschützt geöffnet: \(path) darf nicht geschrieben werden. Änderungen werden nicht gespeichert.",
                en: "Opened read-only: \(path) may not be written. Changes will not be saved.")
    }
    public static func statusCreated(_ path: String) -> Message {
        Message(de: "Neue Datendatei mit Netzwerkdaten angelegt: \(path)",
                en: "New data file with the network data created: \(path)")
    }
    public static func statusRecovered(_ records: Int) -> Message {
        Message(de: "\(NumberFormat.integer(records, .de)) \(records == 1 ? "Eintrag" : "Einträge") aus der Wiederherstellung übernommen – noch nicht gespeichert.",
                en: "\(NumberFormat.integer(records, .en)) \(records == 1 ? "entry" : "entries") restored from recovery – not saved yet.")
    }
    public static var labelRecovery: Message { Message(de: "Wiederherstellung", en: "recovery") }
    public static func statusTakenFromOthers(_ takenFromTheirs: Int, _ savedBy: String) -> Message {
        Message(de: "\(NumberFormat.integer(takenFromTheirs, .de)) \(takenFromTheirs == 1 ? "Änderung" : "Änderungen") von \(savedBy) übernommen.",
                en: "Took in \(NumberFormat.integer(takenFromTheirs, .en)) \(takenFromTheirs == 1 ? "change" : "changes") by \(savedBy).")
    }
    public static var labelConflict: Message { Message(de: "Konflikt gelöst", en: "conflict resolved") }
    public static var statusConflictsResolved: Message {
        Message(de: "Alle Konflikte gelöst.",
                en: "All conflicts resolved.")
    }
    public static var statusReadOnlyNoSave: Message {
        Message(de: "Schreibgeschützt – es wird nichts gespeichert.",
                en: "Read-only – nothing is saved.")
    }
    public static var statusResolveFirst: Message {
        Message(de: "Erst die Konflikte lösen, dann speichern.",
                en: "Resolve the conflicts first, then save.")
    }
    public static func statusSavedMerged(_ time: String, _ taken: Int) -> Message {
        Message(de: "Gespeichert \(time) – \(NumberFormat.integer(taken, .de)) \(taken == 1 ? "Änderung" : "Änderungen") anderer übernommen.",
                en: "Saved \(time) – took in \(NumberFormat.integer(taken, .en)) \(taken == 1 ? "change" : "changes") by others.")
    }
    public static func statusSaved(_ time: String) -> Message {
        Message(de: "Gespeichert \(time).",
                en: "Saved \(time).")
    }
    public static func statusSaveFailed(_ error: String) -> Message {
        Message(de: "\(error) – die Daten bleiben im Speicher; Strg-S versucht es erneut.",
                en: "\(error) – the data stays in memory; Ctrl-S tries again.")
    }
    public static var statusSavingBeforeQuit: Message {
        Message(de: "Speichere vor dem Beenden …",
                en: "Saving before quitting …")
    }
    public static func statusLoading(_ path: String) -> Message {
        Message(de: "Lade \(path) …",
                en: "Loading \(path) …")
    }
    public static var savingMarker: Message { Message(de: "speichert …", en: "saving …") }
    public static var readOnlyMarker: Message { Message(de: "schreibgeschützt", en: "read-only") }
    public static func conflictMarker(_ conflicts: Int) -> Message {
        Message(de: "\(NumberFormat.integer(conflicts, .de)) \(conflicts == 1 ? "Konflikt" : "Konflikte")",
                en: "\(NumberFormat.integer(conflicts, .en)) \(conflicts == 1 ? "conflict" : "conflicts")")
    }
    public static var recoveryTitle: Message { Message(de: "Wiederherstellung", en: "Recovery") }
    public static func recoveryBody(_ lastAt: String, _ records: Int) -> Message {
        Message(de: "Es gibt nicht gespeicherte Änderungen aus einer früheren Sitzung (zuletzt \(lastAt)) an \(NumberFormat.integer(records, .de)) \(records == 1 ? "Datensatz" : "Datensätzen"):",
                en: "There are unsaved changes from an earlier session (last \(lastAt)) to \(NumberFormat.integer(records, .en)) \(records == 1 ? "record" : "records"):")
    }
    public static var damagedTitle: Message { Message(de: "Datendatei nicht lesbar", en: "Data file unreadable") }
    public static func damagedBackup(_ path: String, _ savedAt: String) -> Message {
        Message(de: "Neueste gute Sicherung: \(path) vom \(savedAt).",
                en: "Newest good backup: \(path) of \(savedAt).")
    }
    public static var damagedNoBackup: Message {
        Message(de: "Es gibt keine lesbare Sicherung. Die Datei wird nicht verändert.",
                en: "There is no readable backup. The file is left unchanged.")
    }
    public static func conflictTitle(_ count1: Int, _ conflicts: Int) -> Message {
        Message(de: "Konflikt \(NumberFormat.integer(count1, .de)) von \(NumberFormat.integer(conflicts, .de))",
                en: "Conflict \(NumberFormat.integer(count1, .en)) of \(NumberFormat.integer(conflicts, .en))")
    }
    public static func conflictChangedBoth(_ name: String, _ otherPerson: String) -> Message {
        Message(de: "„\(name)“ wurde hier und von \(otherPerson) geändert.",
                en: "“\(name)” was changed here and by \(otherPerson).")
    }
    public static func conflictDeletedByThem(_ name: String, _ otherPerson: String) -> Message {
        Message(de: "„\(name)“ wurde hier geändert und von \(otherPerson) gelöscht.",
                en: "“\(name)” was changed here and deleted by \(otherPerson).")
    }
    public static func conflictDeletedByMe(_ name: String, _ otherPerson: String) -> Message {
        Message(de: "„\(name)“ wurde hier gelöscht und von \(otherPerson) geändert.",
                en: "“\(name)” was deleted here and changed by \(otherPerson).")
    }
    public static func conflictAddedBoth(_ name: String, _ otherPerson: String) -> Message {
        Message(de: "„\(name)“ wurde hier und von \(otherPerson) mit derselben Kennung angelegt.",
                en: "“\(name)” was created here and by \(otherPerson) with the same id.")
    }
    public static var conflictMine: Message { Message(de: "Meine Fassung", en: "Mine") }
    public static var conflictTheirs: Message { Message(de: "Deren Fassung", en: "Theirs") }
    public static var conflictDeleted: Message { Message(de: "(gelöscht)", en: "(deleted)") }
    public static var conflictPersonalHidden: Message {
        Message(de: "(persönliche Daten – nur im geöffneten Fall zu sehen)",
                en: "(personal data – shown only in the open case)")
    }
    public static func statusDeletedMeanwhile(_ closed: String) -> Message {
        Message(de: "Der Eintrag wurde inzwischen von jemand anderem gelöscht: „\(closed)“ ist geschlossen, nichts gespeichert.",
                en: "The entry was deleted by someone else meanwhile: “\(closed)” is closed, nothing saved.")
    }
    public static func recoveryAdded(_ value1: String) -> Message {
        Message(de: "neu: \(value1)",
                en: "new: \(value1)")
    }
    public static func recoveryChanged(_ value1: String) -> Message {
        Message(de: "geändert: \(value1)",
                en: "changed: \(value1)")
    }
    public static func recoveryRemoved(_ name: String) -> Message {
        Message(de: "gelöscht: \(name)",
                en: "deleted: \(name)")
    }
    public static func statusJournalFailed(_ error: String) -> Message {
        Message(de: "Warnung: Das Wiederherstellungsprotokoll kann nicht geschrieben werden (\(error)). Bis zum nächsten Speichern (Strg-S) gehen Änderungen bei einem Abbruch verloren.",
                en: "Warning: the recovery journal cannot be written (\(error)). Until the next save (Ctrl-S), changes are lost if the program is cut off.")
    }
    public static func statusDraftRestored(_ form: String) -> Message {
        Message(de: "Entwurf wiederhergestellt: \(form) – noch nicht gespeichert.",
                en: "Draft restored: \(form) – not saved yet.")
    }
    public static var recoveryDraftTitle: Message { Message(de: "Entwurf", en: "Draft") }
    public static func recoveryDraftBody(_ form: String, _ fields: String, _ at: String) -> Message {
        Message(de: "Entwurf: \(form), \(fields), \(at) — wiederherstellen?",
                en: "Draft: \(form), \(fields), \(at) — restore?")
    }
    public static func recoveryDraftFields(_ draftFields: Int) -> Message {
        Message(de: "\(NumberFormat.integer(draftFields, .de)) \(draftFields == 1 ? "Feld" : "Felder")",
                en: "\(NumberFormat.integer(draftFields, .en)) \(draftFields == 1 ? "field" : "fields")")
    }
    public static var journalMarker: Message { Message(de: "Protokoll gestört", en: "journal failing") }
    public static func storeErrorSymlink(_ path: String, _ target: String) -> Message {
        Message(de: "\(path) ist ein symbolischer Link; iq-tui folgt keinen Links für personenbezogene Daten. Geben Sie den Zielpfad mit --data an: \(target)",
                en: "\(path) is a symbolic link; iq-tui does not follow links for personal data. Give the target path with --data: \(target)")
    }
    public static func statusPurging(_ number: String) -> Message {
        Message(de: "Fall \(number) wird endgültig gelöscht – aus der Datei und allen Sicherungen …",
                en: "Deleting case \(number) for good — from the file and every backup …")
    }
    public static func statusPurgeIncomplete(_ numbers: String, _ failure: String) -> Message {
        Message(de: "Fall \(numbers) ist aus der Datei gelöscht, steht aber noch in einer Sicherung oder einem Wiederherstellungsprotokoll: \(failure) Strg-S versucht es erneut.",
                en: "Case \(numbers) is deleted from the file but still in a backup or journal: \(failure) Ctrl-S tries again.")
    }
}
