#if PostgreSQL
import Foundation
import XCTest
@testable import IQPostgres

/// A fresh database for one test on the server that IQ_TEST_PG names: a key=value libpq
/// connection string of a role that may create databases and roles (the superuser of the
/// cluster `.ci/postgres-cluster start` prints). Without it the database tests skip.
final class TestDatabase {
    static let howToRun = """
        no PostgreSQL server given: build and test with the trait and a throwaway cluster, e.g.
        out=$(.ci/postgres-cluster start); IQ_TEST_PG=$(echo "$out" | sed -n 2p) \
        swift test --traits PostgreSQL --filter IQPostgresTests; .ci/postgres-cluster stop $(echo "$out" | head -n 1)
        """

    let server: String
    let name: String
    /// Login roles this test created (dropped with the database).
    private var roles: [String] = []

    /// Connection string of the test database, as the server's role or as `role`.
    var connection: String { server + " dbname=\(name)" }
    func connection(as role: String) -> String { connection + " user=\(role)" }

    init() throws {
        guard let server = ProcessInfo.processInfo.environment["IQ_TEST_PG"], !server.isEmpty else {
            throw XCTSkip(TestDatabase.howToRun)
        }
        self.server = server
        // Names made here, never from outside: the only SQL in these tests built with values.
        name = "iq_test_" + TestDatabase.suffix()
        try PGConnection(server).execute("CREATE DATABASE \(name)")
    }

    static func suffix() -> String { String(UInt64.random(in: 0...UInt64.max), radix: 36) }

    /// A login role in `group` (iq_counsellor or iq_coordinator), unique to this test.
    func login(_ person: String, in group: String) throws -> String {
        let role = "\(person)_\(TestDatabase.suffix())"
        try PGConnection(server).execute("CREATE ROLE \(role) LOGIN IN ROLE \(group)")
        roles.append(role)
        return role
    }

    /// Raw SQL as the server's role in the test database.
    func admin() throws -> PGConnection { try PGConnection(connection) }

    func drop() {
        guard let c = try? PGConnection(server) else { return }
        _ = try? c.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        for role in roles { _ = try? c.execute("DROP ROLE IF EXISTS \(role)") }
    }
}
#endif
