import Foundation
import IQCore

/// A fresh, empty database on a server for measurements (iq-bench): created under a name of its
/// own, so no database that holds records is ever touched, and dropped afterwards. The server's
/// connection string is key=value text of a role that may create databases; the scratch
/// database's is that text with its `dbname` appended (libpq takes the last one given).
public final class ScratchDatabase {
    /// The scratch database's connection string.
    public let connection: String
    private let server: String
    private let name: String

    public init(server: String) throws(DatabaseError) {
        #if PostgreSQL
        // A URI cannot take a second dbname; a key=value string can.
        guard !server.contains("://") else { throw .badConnectionString("key=value text needed, not a URI") }
        self.server = server
        // Made here, never from outside: the only SQL built with a value.
        name = "iq_bench_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        connection = server + " dbname=\(name)"
        try PGConnection(server).execute("CREATE DATABASE \(name)")
        #else
        throw .notBuiltIn
        #endif
    }

    /// Drops the database, whoever is still connected.
    public func drop() {
        #if PostgreSQL
        _ = try? PGConnection(server).execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        #endif
    }
}
