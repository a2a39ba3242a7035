import Foundation

/// One problem with one row (or with the header: its line).
public struct RowProblem: Equatable, Sendable {
    public var line: Int
    public var message: Message

    public init(line: Int, message: Message) {
        self.line = line
        self.message = message
    }
}

/// What a CSV import found: the rows ready to put and every problem, by line. The same for
/// partners and cases, so the command line reports both one way.
public struct ImportResult<Record: Equatable & Sendable>: Equatable, Sendable {
    /// The valid rows that add or change a record, in file order, ready to put.
    public var records: [Record] = []
    public var errors: [RowProblem] = []
    public var warnings: [RowProblem] = []
    public var created = 0
    public var updated = 0
    /// Valid rows equal to the record they name: nothing to write.
    public var unchanged = 0
    /// Rows with at least one error (left out of `records`).
    public var invalidRows = 0
    /// The file as a whole cannot be used (no header, no key column, a quote never closed).
    public var fileError = false

    public init() {}

    /// What to import: nothing when the file is unusable or, unless `skipInvalid`, when any row
    /// has an error; otherwise the valid rows.
    public func accepted(skipInvalid: Bool) -> [Record] {
        if fileError || (!errors.isEmpty && !skipInvalid) { return [] }
        return records
    }

    /// Records a problem that makes the whole file unusable.
    mutating func refuseFile(line: Int, _ message: Message) {
        errors.append(RowProblem(line: line, message: message))
        fileError = true
    }
}

public typealias CaseImportResult = ImportResult<Case>
public typealias PartnerImportResult = ImportResult<Partner>
