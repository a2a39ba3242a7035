#if PostgreSQL
import Foundation
import IQCore
import IQTestSupport
import XCTest
@testable import IQPostgres

/// The connection's guards: a default connect timeout that gives way to one named, a pinned search path, a refused value
/// over 2 GiB.
final class ConnectionHardeningTests: XCTestCase {
    /// A TCP port on which the kernel accepts connections that nobody ever answers, as a host
    /// behind a dropping firewall (or a hung server) looks to libpq.
    final class SilentListener {
        let socket: Int32
        let port: Int

        init() throws {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.socket = socket
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
            }
            guard bound, listen(socket, 8) == 0 else { throw XCTSkip("no local TCP port to listen on") }
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(socket) }
    }

    /// Runs `body` with PGCONNECT_TIMEOUT as given (nil: unset), whatever the environment the
    /// tests run in says, and puts the old value back: a timeout from CI must not decide a test.
    func withConnectTimeout<T>(_ value: String?, _ body: () throws -> T) rethrows -> T {
        func put(_ value: String?) {
            if let value { setenv("PGCONNECT_TIMEOUT", value, 1) } else { unsetenv("PGCONNECT_TIMEOUT") }
        }
        let old = getenv("PGCONNECT_TIMEOUT").map { String(cString: $0) }
        put(value)
        defer { put(old) }
        return try body()
    }

    /// A `db` command against `port`, and how long it took.
    func dbCommand(port: Int, connectTimeout: String?) throws -> (run: ProgramRun.Result, seconds: TimeInterval) {
        let home = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                               appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true).path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let started = Date()
        // The program inherits this process's environment.
        let run = try withConnectTimeout(connectTimeout) {
            try ProgramRun.run(["db", "migrate", "--store", "host=127.0.0.1 port=\(port) dbname=iq"], home: home, language: "en")
        }
        return (run, Date().timeIntervalSince(started))
    }

    /// No timeout anywhere: only the program's default ends the attempt (libpq alone would wait
    /// for the silent host for ever).
    func testAHostThatNeverAnswersStopsADbCommandWithinTheDefaultTimeout() throws {
        let silent = try SilentListener()
        let (run, seconds) = try dbCommand(port: silent.port, connectTimeout: nil)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains(DatabaseText.connectionFailed("").text(.en).prefix(20)), run.err)
        XCTAssertTrue(run.err.contains("timeout"), run.err)
        XCTAssertLessThan(seconds, 60, "bounded by the default of \(PGConnection.defaultConnectTimeout) s, not TCP's minutes")
    }

    /// The default gives way to a timeout the environment names (set before the program starts).
    func testATimeoutInTheEnvironmentWins() throws {
        let silent = try SilentListener()
        let (run, seconds) = try dbCommand(port: silent.port, connectTimeout: "2")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("timeout"), run.err)
        XCTAssertLessThan(seconds, 8, "the environment's 2 s, not the default's \(PGConnection.defaultConnectTimeout) s")
    }

    /// The default gives way to a timeout the connection string names: with the default in the
    /// environment, the string's 2 s end the attempt.
    func testATimeoutInTheConnectionStringWins() throws {
        let silent = try SilentListener()
        let started = Date()
        try withConnectTimeout(PGConnection.defaultConnectTimeout) {
            XCTAssertThrowsError(try PGConnection("host=127.0.0.1 port=\(silent.port) dbname=iq connect_timeout=2")) { error in
                guard case .connectionFailed(let detail)? = error as? DatabaseError else { return XCTFail("\(error)") }
                XCTAssertTrue(detail.contains("timeout"), detail)
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 8, "the string's 2 s, not the default's \(PGConnection.defaultConnectTimeout) s")
    }

    func testAValueOver2GiBIsRefusedWithAMessageNotATrap() throws {
        XCTAssertEqual(try PGConnection.parameterLength(1234), 1234)
        let huge = Int(Int32.max) + 1
        XCTAssertThrowsError(try PGConnection.parameterLength(huge)) { error in
            XCTAssertEqual(error as? DatabaseError, .recordTooLarge(bytes: huge))
            XCTAssertTrue((error as? DatabaseError)?.message.text(.en).contains("2,048 MiB") ?? false)
        }
    }

    /// A schema put first on the database's search path cannot shadow a built-in function the
    /// program calls (here the one that finds the schema).
    func testASchemaOnTheSearchPathCannotShadowWhatTheProgramCalls() throws {
        let db = try TestDatabase.seeded()
        defer { db.drop() }
        let admin = try db.admin()
        try admin.execute("CREATE SCHEMA evil")
        try admin.execute("CREATE FUNCTION evil.to_regclass(text) RETURNS regclass LANGUAGE sql AS 'SELECT NULL::regclass'")
        try admin.execute("ALTER DATABASE \(db.name) SET search_path = evil, pg_catalog")
        let c = try PGConnection(db.connection)
        XCTAssertEqual(try c.execute("SHOW search_path").text(0, 0), "pg_catalog, pg_temp")
        XCTAssertEqual(try SchemaStore.version(c), SchemaMigrations.current)
        XCTAssertNoThrow(try DatabaseStore.connect(db.connection))
    }
}
#endif
