#if PostgreSQL
import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// While the database cannot be reached, looks do not queue up attempts to connect (each may
/// take the whole connect timeout, and the journal's writes wait behind them): a look shortly
/// after a failed attempt fails at once; a save always tries.
final class DatabaseRetryPauseTests: SeededDatabaseTestCase {
    func testALookSoonAfterAFailedAttemptDoesNotTryAgainButASaveDoes() throws {
        let db = try XCTUnwrap(db)
        let anna = try db.login("anna", in: "iq_coordinator")
        let backend = try PGRecordBackend(db.connection(as: anna))
        XCTAssertEqual(try backend.othersChanged(), .nothing)
        // Her connection ends and she may not log in again: the next look tries and fails.
        try db.admin().execute("ALTER ROLE \(anna) NOLOGIN")
        try db.admin().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", [.text(anna)])
        var failed = false
        for _ in 0..<50 where !failed {
            do { _ = try backend.othersChanged(); usleep(20_000) } catch { failed = true }
        }
        XCTAssertTrue(failed, "the lost connection is noticed")
        XCTAssertThrowsError(try backend.othersChanged(), "the next look tries to connect and is refused")
        // She may log in again, but within the pause a look does not try: it fails at once.
        try db.admin().execute("ALTER ROLE \(anna) LOGIN")
        XCTAssertThrowsError(try backend.othersChanged(), "no new attempt within \(PGRecordBackend.retryPause)")
        // A save (or a load) tries whenever it is asked.
        XCTAssertEqual(try backend.loadAll().partners.count, Seed.document.partners.count)
        XCTAssertEqual(try backend.othersChanged(), .nothing, "the full read took in what was missed")
    }
}
#endif
