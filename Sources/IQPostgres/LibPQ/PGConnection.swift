#if PostgreSQL
import CLibPQ
import Foundation
import IQCore

/// One libpq connection. Statements go only through PQsendQueryParams (PQexecParams that does
/// not wait without end): the SQL is fixed text and every value a parameter, so nothing a user
/// typed is ever parsed as SQL.
final class PGConnection {
    enum Param {
        case text(String)
        /// Sent in binary (bytea).
        case bytes([UInt8])
        case null
    }

    private let handle: OpaquePointer
    /// How long a statement may wait for the server's answer. A server that stops answering
    /// (hung, or a network that swallows packets) would otherwise hold the store's worker, and
    /// with it the journal and quitting, for good.
    var answerTimeout = Duration.seconds(15)
    /// Set when an answer did not come in time: the connection's state is unknown, so it counts
    /// as lost and the next piece of work connects anew.
    private var abandoned = false

    init(_ connectionString: String) throws(DatabaseError) {
        try ConnectionString.check(connectionString)
        PGConnection.setDefaultTimeout()
        guard let handle = PQconnectdb(connectionString) else { throw .connectionFailed("libpq: out of memory") }
        guard PQstatus(handle) == CONNECTION_OK else {
            let detail = PGConnection.shown(String(cString: PQerrorMessage(handle)))
            PQfinish(handle)
            throw .connectionFailed(detail)
        }
        iq_pg_quiet_notices(handle)
        self.handle = handle
        // Everything of ours is qualified (`iq.`); nothing else may be found first by a schema
        // someone put on the role's or the database's search path (a function shadowing a
        // built-in one, say). pg_temp last, so a temporary object cannot shadow either.
        try execute("SET search_path = pg_catalog, pg_temp")
    }

    deinit { PQfinish(handle) }

    /// How rows come back. Binary is for text, integer and bytea columns only (`QueryResult`
    /// reads those): a record's bytes as they are, not as hex twice their size.
    enum ResultFormat: Int32 {
        case text = 0, binary = 1
    }

    /// Runs one statement.
    @discardableResult
    func execute(_ sql: String, _ params: [Param] = [], results: ResultFormat = .text) throws(DatabaseError) -> QueryResult {
        var values: [UnsafeMutablePointer<CChar>?] = []
        var lengths: [Int32] = []
        var formats: [Int32] = []
        defer { values.forEach { free($0) } }
        for param in params {
            switch param {
            case .text(let s):
                values.append(strdup(s))
                lengths.append(0)
                formats.append(0)
            case .bytes(let b):
                let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(b.count, 1))
                b.withUnsafeBytes { raw in
                    if let base = raw.baseAddress { copy.update(from: base.assumingMemoryBound(to: CChar.self), count: b.count) }
                }
                values.append(copy)
                lengths.append(try PGConnection.parameterLength(b.count))
                formats.append(1)
            case .null:
                values.append(nil)
                lengths.append(0)
                formats.append(0)
            }
        }
        // libpq takes const pointers; the buffers are ours and freed above.
        let constValues = values.map { UnsafePointer($0) }
        guard !abandoned, PQsendQueryParams(handle, sql, Int32(params.count), nil, params.isEmpty ? nil : constValues,
                                            params.isEmpty ? nil : lengths, params.isEmpty ? nil : formats, results.rawValue) == 1 else {
            throw .connectionFailed(PGConnection.shown(String(cString: PQerrorMessage(handle))))
        }
        let result = try answer()
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            defer { PQclear(result) }
            // A dropped connection is said as such: the store keeps the edits and tries again.
            if PQstatus(handle) != CONNECTION_OK { throw .connectionFailed(PGConnection.shown(String(cString: PQerrorMessage(handle)))) }
            let code = PQresultErrorField(result, iq_pg_diag_sqlstate()).map { String(cString: $0) } ?? "?"
            let detail = PQresultErrorField(result, iq_pg_diag_message_primary()).map { String(cString: $0) }
                ?? String(cString: PQerrorMessage(handle))
            throw DatabaseError.statement(code: code, detail: detail)
        }
        return QueryResult(result)
    }

    /// The statement's result, waiting for the server at most `answerTimeout`.
    private func answer() throws(DatabaseError) -> OpaquePointer {
        let deadline = ContinuousClock.now + answerTimeout
        var first: OpaquePointer?
        while true {
            while PQisBusy(handle) == 1 {
                let left = deadline - ContinuousClock.now
                guard left > .zero else {
                    if let first { PQclear(first) }
                    abandoned = true
                    throw .connectionFailed("no answer from the server within \(answerTimeout.components.seconds) s")
                }
                var entry = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
                let ms = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
                if poll(&entry, 1, ms) < 0, errno != EINTR { throw .connectionFailed("poll: \(String(cString: strerror(errno)))") }
                guard PQconsumeInput(handle) == 1 else { throw .connectionFailed(PGConnection.shown(String(cString: PQerrorMessage(handle)))) }
            }
            // One statement, one result; libpq ends the list with nil.
            guard let next = PQgetResult(handle) else { break }
            if first == nil { first = next } else { PQclear(next) }
        }
        guard let first else { throw .connectionFailed(PGConnection.shown(String(cString: PQerrorMessage(handle)))) }
        return first
    }

    var isConnected: Bool { !abandoned && PQstatus(handle) == CONNECTION_OK }

    /// The server process of this connection (for tests that make it stop answering).
    var backendPID: Int32 { PQbackendPID(handle) }

    /// The connection's socket: readable when the server sent something (a notification).
    /// Another one after a reconnection; -1 without a connection.
    var socket: Int32 { PQsocket(handle) }

    /// The notifications other sessions sent since the last call, as their payloads; this
    /// session's own are left out (it knows its commits).
    func othersNotifications() throws(DatabaseError) -> [String] {
        guard PQconsumeInput(handle) == 1 else { throw .connectionFailed(PGConnection.shown(String(cString: PQerrorMessage(handle)))) }
        let own = PQbackendPID(handle)
        var payloads: [String] = []
        while let notice = PQnotifies(handle) {
            if notice.pointee.be_pid != own { payloads.append(notice.pointee.extra.map { String(cString: $0) } ?? "") }
            PQfreemem(notice)
        }
        return payloads
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws(DatabaseError) -> T) throws(DatabaseError) -> T {
        try execute(begin)
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// A message from libpq or the server, on one line and without control characters.
    static func shown(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return ControlCharacters.stripped(line, multiLine: false).text
    }
}

/// The rows of one statement; freed with the value.
final class QueryResult {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }
    deinit { PQclear(result) }

    var count: Int { Int(PQntuples(result)) }
    /// Rows an INSERT, UPDATE or DELETE touched.
    var affected: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }

    /// A text column, or any column in text format. (In binary format a text value is its UTF-8
    /// bytes, which libpq ends with a zero as in text format.)
    func text(_ row: Int, _ column: Int) -> String? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        return String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }

    /// An integer column: digits in text format; in binary, big-endian int2, int4 or int8.
    func int(_ row: Int, _ column: Int) -> Int? {
        guard PQfformat(result, Int32(column)) == 1 else { return text(row, column).flatMap { Int($0) } }
        guard let bytes = bytes(row, column), [2, 4, 8].contains(bytes.count) else { return nil }
        let value = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        // Sign-extended from the value's own width.
        let shift = UInt64(64 - 8 * bytes.count)
        return Int(Int64(bitPattern: value << shift) >> shift)
    }

    /// A column's bytes in binary format: for bytea, the bytes themselves; nil in text format
    /// (bytea would be hex there, which nothing here reads).
    func bytes(_ row: Int, _ column: Int) -> [UInt8]? {
        guard isBinary(column), PQgetisnull(result, Int32(row), Int32(column)) == 0, let value = PQgetvalue(result, Int32(row), Int32(column)) else { return nil }
        let length = Int(PQgetlength(result, Int32(row), Int32(column)))
        return value.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// Whether the column came in binary format.
    func isBinary(_ column: Int) -> Bool { PQfformat(result, Int32(column)) == 1 }
}
#endif
