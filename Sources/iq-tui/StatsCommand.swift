import Foundation
import IQCore
import IQStore

/// `iq-tui stats [--format text|csv|json] [--year Y]`: the measures with their money and places,
/// the anonymised case figures and the reference figures (StatsReport.swift), to standard output.
/// Without a data file the built-in measures are shown and there are no cases (said on standard
/// error). Exit 0: printed, 1: the data file could not be read.
enum StatsCommand {
    static func run(path: String, format: LaunchOptions.StatsFormat, year: Int?, language: Language) -> Int32 {
        let document: Document
        do {
            let current = try DataFile.current(SnapshotFile(path: path))
            if current.isNew { printError(StatisticsText.statsNoDataFile(path).text(language)) }
            document = current.document
        } catch {
            printError(error.message.text(language))
            return 1
        }
        let text = switch format {
        case .text: StatsReport.text(document, year: year, language: language)
        case .csv: StatsReport.csv(document, year: year, language: language, byteOrderMark: true)
        case .json: StatsReport.json(document, year: year, language: language)
        }
        writeOut(text, forPerson: format == .text)
        return 0
    }
}
