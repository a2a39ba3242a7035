import Foundation
import IQCore

/// How `import partners` and `import cases` report: every problem with its line on standard
/// error (at most ImportReport.shownPerKind of each kind), then what was done. Counts with the
/// language's thousands separator.
enum ImportOutput {
    static func report(_ result: some ImportOutcome, file: String, skipInvalid: Bool, summary: (Int, Int, Int, String) -> Message, language: Language) {
        let lines = ImportReport.problemLines(result, file: file, language: language)
        if !lines.isEmpty { printError(lines.joined(separator: "\n")) }
        if result.fileError {
            printError(PartnerExchangeText.importFileFailed.text(language))
            return
        }
        if !result.errors.isEmpty && !skipInvalid {
            printError(PartnerExchangeText.importNothingImported(result.invalidRows).text(language))
            return
        }
        if result.invalidRows > 0 { printError(PartnerExchangeText.importSkippedRows(result.invalidRows).text(language)) }
        if result.unchanged > 0 { printOut(PartnerExchangeText.importUnchanged(result.unchanged).text(language)) }
        let warnings = PartnerExchangeText.importWarningsMany(result.warnings.count)
        printOut(summary(result.created + result.updated, result.created, result.updated, warnings.text(language)).text(language))
    }

    /// 1 when rows had errors and nothing was imported (or the file was unusable), else 0.
    static func exitCode(_ result: some ImportOutcome, nothingAccepted: Bool) -> Int32 {
        result.fileError || (!result.errors.isEmpty && nothingAccepted) ? 1 : 0
    }
}
