import IQCore

/// Why a database command did not do its work. Details from the server or libpq are shown with
/// control characters removed; SQL is never built from them.
public enum DatabaseError: Error, Equatable, Sendable {
    /// Built without the PostgreSQL trait.
    case notBuiltIn
    /// The connection string names a password: it would be visible in the process list.
    case passwordGiven
    case badConnectionString(String)
    case connectionFailed(String)
    /// A statement failed: SQLSTATE and the server's primary message.
    case statementFailed(code: String, detail: String)
    /// Insufficient privilege or a row-level-security policy said no (SQLSTATE 42501).
    case notAllowed(String)
    /// A save's row the role may not write (42501): the table and the record's id.
    case refused(table: RecordTableName, id: String)
    case schemaMissing
    case schemaExists(version: Int)
    case schemaNewer(found: Int, known: Int)
    case schemaOutdated(found: Int, known: Int)
    /// `db import` found records already.
    case notEmpty(records: Int)
    case recordFormatNewer(found: Int, known: Int)
    /// A save found a row changed or deleted by another session (or a new id taken): nothing
    /// of it was written.
    case versionClash
    /// A save waited longer than `RecordStore.lockWait` for rows another session's open
    /// transaction holds (SQLSTATE 55P03): nothing of it was written.
    case recordsBusy
    /// A stored record the snapshot codec refuses.
    case badRecord(SnapshotError)
    /// A row whose record names another id (or a case another site) than its columns.
    case rowMismatch(table: String, id: String)
    /// A value longer than libpq's C int can say (2 GiB): refused before sending.
    case recordTooLarge(bytes: Int)

    /// An error raised by a statement, by its SQLSTATE.
    static func statement(code: String, detail: String) -> DatabaseError {
        let shown = ControlCharacters.stripped(detail, multiLine: false).text
        switch code {
        case "42501": return .notAllowed(shown)
        case "55P03": return .recordsBusy
        default: return .statementFailed(code: code, detail: shown)
        }
    }

    public var message: Message {
        switch self {
        case .notBuiltIn: DatabaseText.notBuiltIn
        case .passwordGiven: DatabaseText.passwordGiven
        case .badConnectionString(let d): DatabaseText.badConnectionString(d)
        case .connectionFailed(let d): DatabaseText.connectionFailed(d)
        case .statementFailed(let code, let d): DatabaseText.statementFailed(code, d)
        case .notAllowed(let d): DatabaseText.notAllowed(d)
        case .refused(let table, let id): DatabaseText.refused(DatabaseText.refusedRecord("\(table.rawValue) \(id)"))
        case .schemaMissing: DatabaseText.schemaMissing
        case .schemaExists(let v): DatabaseText.schemaExists(v)
        case .schemaNewer(let f, let k): DatabaseText.schemaNewer(f, k)
        case .schemaOutdated(let f, let k): DatabaseText.schemaOutdated(f, k)
        case .notEmpty(let n): DatabaseText.notEmpty(n)
        case .recordFormatNewer(let f, let k): DatabaseText.recordFormatNewer(f, k)
        case .versionClash: DatabaseText.versionClash
        case .recordsBusy: DatabaseText.recordsBusy
        case .badRecord(let e): e.message
        case .rowMismatch(let table, let id): DatabaseText.rowMismatch(table: table, id: id)
        case .recordTooLarge(let bytes): DatabaseText.recordTooLarge(bytes)
        }
    }
}
