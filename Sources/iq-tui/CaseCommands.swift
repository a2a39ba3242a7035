import Foundation
import IQCore
import IQStore

/// `iq-tui export case NUMBER`, `iq-tui export cases` and `iq-tui import cases FILE` (rules in
/// CaseExchange.swift and CaseExchange+Import.swift).
///
/// The exports write to standard output and never write a file. Without a data file there are no
/// cases (the built-in data has none): `export cases` says so and prints an empty list, `export
/// case` fails. `--include-personal` puts a warning on standard error.
///
/// The import works like `import partners`: every problem with its line on standard error, nothing
/// written when any row has an error unless `--skip-invalid`, the data file changed under its lock
/// in its own format (with a backup), so a running iq-tui merges the change like any other save.
/// The rows are checked once against the file as it is; if the file changes before the lock is
/// taken they are checked again against the new state. Progress ("1.000/10.000 Fälle …") goes to
/// standard error only when that is a terminal and the file has more than 1,000 rows.
/// Exit 0: done (also with skipped rows), 1: nothing imported or an error.
enum CaseCommands {
    // MARK: Export

    static func exportCase(number: String, path: String, format: LaunchOptions.CaseReportFormat, retention: RetentionPolicy,
                           language: Language) -> Int32 {
        guard let document = load(path, language: language) else { return 1 }
        guard let found = CaseExchange.find(number, in: document) else {
            // A serial of several years: the numbers (no names) so the next try can be exact.
            let fits = CaseExchange.matches(number, in: document)
            printError(fits.isEmpty ? CaseExchangeText.caseExportUnknownNumber(number).text(language)
                       : CaseExchangeText.caseExportAmbiguousNumber(number, fits.map(\.number).joined(separator: ", ")).text(language))
            return 1
        }
        let text = switch format {
        case .text: CaseExchange.report(found, document, language: language, now: Date(), retention: retention)
        case .json: CaseExchange.reportJSON(found, document, retention: retention, today: Day(Date()))
        }
        writeOut(text, forPerson: format == .text)
        return 0
    }

    static func exportCases(path: String, format: LaunchOptions.CaseListFormat, includePersonal: Bool, language: Language) -> Int32 {
        guard let document = load(path, language: language) else { return 1 }
        if includePersonal { printError(CaseExchangeText.caseExportPersonalWarning.text(language)) }
        let text = switch format {
        case .csv: CaseExchange.csv(document, language: language, includePersonal: includePersonal, byteOrderMark: true, today: Day(Date()))
        case .json: CaseExchange.json(document, includePersonal: includePersonal, today: Day(Date()))
        }
        writeOut(text, forPerson: false)
        return 0
    }

    /// The data file's document; an empty one (with a note) when there is no file; nil after an error.
    private static func load(_ path: String, language: Language) -> Document? {
        do {
            return try SnapshotFile(path: path).load().document
        } catch {
            if case .missing = error {
                printError(CaseExchangeText.caseExportNoDataFile(path).text(language))
                return Document()
            }
            printError(error.message.text(language))
            return nil
        }
    }

    // MARK: Import

    static func importCSV(from file: String, into path: String, skipInvalid: Bool, user: String, language: Language, readOnly: Bool) -> Int32 {
        if readOnly {
            printError(PartnerExchangeText.importReadOnly.text(language))
            return 1
        }
        let text: String
        switch readText(file, language: language) {
        case .some(let t): text = t
        case nil: return 1
        }
        let newID = { RecordID(UUID().uuidString.lowercased()) }
        let showProgress = isatty(2) == 1
        let progress = { (done: Int, total: Int) in
            guard showProgress, total > CaseExchange.progressStep else { return }
            let line = CaseExchangeText.importCasesProgress(done, total).text(language)
            FileHandle.standardError.write(Data(("\r" + line + (done == total ? "\n" : "")).utf8))
        }
        guard let (final, created) = DataFile.importRecords(
            into: path, user: user, language: language,
            run: { CaseExchange.importCSV(text, existing: $0, now: $1, user: user, newID: newID, progress: progress) },
            hasWork: { !$0.accepted(skipInvalid: skipInvalid).isEmpty },
            apply: { result, document in for c in result.accepted(skipInvalid: skipInvalid) { document.cases.put(c) } }
        ) else { return 1 }
        if created { printError(StoreText.statusCreated(path).text(language)) }
        ImportOutput.report(final, file: file, skipInvalid: skipInvalid, summary: CaseExchangeText.importCasesSummary, language: language)
        return ImportOutput.exitCode(final, nothingAccepted: final.accepted(skipInvalid: skipInvalid).isEmpty)
    }

    /// The file as UTF-8 text; nil (after saying why) when it cannot be read.
    private static func readText(_ path: String, language: Language) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try SnapshotFile(path: path).read().0
        } catch {
            let message = switch error {
            case .missing: PartnerExchangeText.importFileMissing(path)
            case .unreadable(_, let e): PartnerExchangeText.importFileUnreadable(path, SnapshotError.describe(errno: e))
            default: error.message
            }
            printError(message.text(language))
            return nil
        }
        if let bad = PartnerCommands.firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            printError(PartnerExchangeText.importNotUTF8(path, String(line)).text(language))
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
