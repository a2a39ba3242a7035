import Foundation

/// A column an import knows: found by any spelling of its header, labelled in both languages.
protocol ImportColumn: Hashable {
    static func find(_ header: String) -> Self?
    var header: Message { get }
}

/// What an import reads from the header row: where each known column is and how the file
/// names it. Partners and cases read their header, cells and row checks the same way.
struct ImportHeader<Column: ImportColumn> {
    let line: Int
    /// How many fields the header has: fields past it in a row are a warning.
    let fieldCount: Int
    private(set) var columns: [Column: Int] = [:]
    /// The header as the file writes it, by column and by field index (for messages).
    private(set) var titles: [Column: String] = [:]
    private var titlesByIndex: [Int: String] = [:]

    /// Reads the file's table and its header row. Nil, with the reason in `result`, when the
    /// file cannot be used: a quote never closed, no header, or no `key` column.
    static func read<Record>(_ text: String, key: Column, noHeader: Message, noKeyColumn: (String) -> Message,
                             into result: inout ImportResult<Record>) -> (header: ImportHeader, rows: [CSV.Row])? {
        let table: CSV.Table
        do {
            table = try CSV.read(text)
        } catch {
            switch error {
            case .unterminatedQuote(let line): result.refuseFile(line: line, PartnerExchangeText.importUnterminatedQuote)
            }
            return nil
        }
        guard let row = table.rows.first(where: { !$0.isBlank }) else {
            result.refuseFile(line: 1, noHeader)
            return nil
        }
        let header = ImportHeader(row, warnings: &result.warnings)
        guard header.columns[key] != nil else {
            let found = row.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            result.refuseFile(line: row.line, noKeyColumn(found.joined(separator: ", ")))
            return nil
        }
        return (header, table.rows.filter { $0.line > row.line && !$0.isBlank })
    }

    /// Unknown and repeated columns are warnings; the first of a repeated column counts.
    init(_ row: CSV.Row, warnings: inout [RowProblem]) {
        line = row.line
        fieldCount = row.fields.count
        for (index, raw) in row.fields.enumerated() {
            let title = CSV.removeFormulaGuard(raw).trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { continue }
            guard let column = Column.find(title) else {
                warnings.append(RowProblem(line: row.line, message: PartnerExchangeText.importUnknownColumn(title)))
                continue
            }
            if columns[column] != nil {
                warnings.append(RowProblem(line: row.line, message: PartnerExchangeText.importDuplicateColumn(title)))
            } else {
                columns[column] = index
                titles[column] = title
                titlesByIndex[index] = title
            }
        }
    }

    /// The cell of a column, cleaned; nil when the file has no such column. A missing trailing
    /// cell (spreadsheets drop empty ones at the end of a row) counts as empty.
    func cell(_ column: Column, _ row: CSV.Row) -> String? {
        guard let index = columns[column] else { return nil }
        guard index < row.fields.count else { return "" }
        return CSV.removeFormulaGuard(row.fields[index]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The column as the file's header names it; both labels when the file has no such column.
    func label(_ column: Column) -> String {
        titles[column] ?? Language.allCases.map { column.header.text($0) }.joined(separator: " / ")
    }

    /// A row made ready to read: control characters removed (ImportCleaning; line breaks stay
    /// in `multiLine` columns), fields past the header a warning, and a field longer than its
    /// limit an error (`longText` columns have the long limit). With errors the rest of the row
    /// must not be read: its other messages would quote the long text.
    func prepare(_ raw: CSV.Row, multiLine: Set<Column>, longText: Set<Column>) -> (row: CSV.Row, warnings: [Message], errors: [Message]) {
        let (row, cleaningWarnings) = ImportCleaning.clean(raw, titles: titlesByIndex,
                                                          multiLine: Set(multiLine.compactMap { columns[$0] }))
        var warnings = cleaningWarnings
        if row.fields.count > fieldCount,
           row.fields[fieldCount...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            warnings.append(PartnerExchangeText.importExtraFields(row.fields.count, fieldCount))
        }
        var errors: [Message] = []
        for (column, index) in columns.sorted(by: { $0.value < $1.value }) where index < row.fields.count {
            if let tooLong = FieldLimit.tooLong(row.fields[index], limit: FieldLimit.of(multiline: longText.contains(column)), column: label(column)) {
                errors.append(tooLong)
            }
        }
        return (row, warnings, errors)
    }
}
