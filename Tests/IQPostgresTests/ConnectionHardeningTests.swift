#if PostgreSQL
import Foundation
import IQCore
import IQTestSupport
import XCTest
@testable import IQPostgres

/// The connection's guards: a default connect timeout, a pinned search path, a refused value
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

    func testAHostThatNeverAnswersStopsADbCommandWithinTheDefaultTimeout() throws {
        let silent = try SilentListener()
        let home = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                               appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true).path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let started = Date()
        let run = try ProgramRun.run(["db", "migrate", "--store", "host=127.0.0.1 port=\(silent.port) dbname=iq"], home: home, language: "en")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains(DatabaseText.connectionFailed("").text(.en).prefix(20)), run.err)
        XCTAssertTrue(run.err.contains("timeout"), run.err)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "bounded by the default of \(PGConnection.defaultConnectTimeout) s, not TCP's minutes")
    }

    /// The default gives way to a timeout the connection string (or the environment) names.
    func testATimeoutInTheConnectionStringWins() throws {
        let silent = try SilentListener()
        XCTAssertThrowsError(try PGConnection("host=127.0.0.1 port=\(silent.port) dbname=iq connect_timeout=2")) { error in
            guard case .connectionFailed(let detail)? = error as? DatabaseError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("timeout"), detail)
        }
        XCTAssertNotNil(getenv("PGCONNECT_TIMEOUT"), "the default is in place for libpq")
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
