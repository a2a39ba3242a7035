#if PostgreSQL
import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// A server that stops answering (its process stopped, as a hung server or a network that
/// swallows packets looks) fails a statement after the answer timeout, as a lost connection,
/// instead of holding the store's worker, the journal and quitting for good.
final class DatabaseAnswerTimeoutTests: SeededDatabaseTestCase {
    func testAStatementTheServerNeverAnswersFailsAsALostConnection() throws {
        let db = try XCTUnwrap(db)
        let c = try PGConnection(db.connection)
        c.answerTimeout = .milliseconds(500)
        XCTAssertEqual(try c.execute("SELECT 1").int(0, 0), 1)
        let pid = c.backendPID
        guard kill(pid, SIGSTOP) == 0 else { throw XCTSkip("may not stop the server's process \(pid) (errno \(errno))") }
        defer { kill(pid, SIGCONT) }
        let started = ContinuousClock.now
        XCTAssertThrowsError(try c.execute("SELECT 2")) { error in
            guard case .connectionFailed(let detail)? = error as? DatabaseError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("no answer"), detail)
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10), "given up, not waited for")
        XCTAssertFalse(c.isConnected, "counts as lost: the next work connects anew")
        kill(pid, SIGCONT)
        // A new connection works as before.
        XCTAssertEqual(try PGConnection(db.connection).execute("SELECT 3").int(0, 0), 3)
    }
}
#endif
