import Foundation

// What every CSV import does to a row before it reads a value: control and bidi characters
// (ControlCharacters.swift) are taken out of every field, so none is stored and none can reach
// a terminal later through an export, a message or a colleague's screen. Line feeds and tabs
// stay in the multi-line fields (a partner's role, lists, a case's notes); in the others they
// become spaces. Each field that was changed gives a warning naming its column; the row's
// line is added where the warnings are reported.

enum ImportCleaning {
    /// The row with every field cleaned, and one warning per used column that had to be.
    /// `titles`: the header of each column the import reads, by field index.
    static func clean(_ row: CSV.Row, titles: [Int: String], multiLine: Set<Int>) -> (row: CSV.Row, warnings: [Message]) {
        var cleaned = row
        var warnings: [Message] = []
        for (index, field) in row.fields.enumerated() {
            let result = ControlCharacters.stripped(field, multiLine: multiLine.contains(index))
            guard result.removed else { continue }
            cleaned.fields[index] = result.text
            if let title = titles[index] { warnings.append(PartnerExchangeText.importControlCharactersRemoved(title)) }
        }
        return (cleaned, warnings)
    }
}
