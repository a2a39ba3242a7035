#if PostgreSQL
import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// The wake on a real server (IQ_TEST_PG): another session's commit makes the socket the store
/// armed readable at once, without anyone looking on a timer; a dropped connection disarms it
/// until a look connects again.
final class DatabaseWakeServerTests: SeededDatabaseTestCase {
    /// Whether `fd` turns readable within `ms` milliseconds.
    func readable(_ fd: Int32, within ms: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, ms) == 1 && entry.revents & Int16(POLLIN) != 0
    }

    func testACommitElsewhereMakesTheArmedSocketReadableAndTheLookBringsIt() throws {
        let db = try XCTUnwrap(db)
        let anna = try DatabaseStore.connect(db.connection)
        guard case .store(.loaded(let loaded, _, _))? = anna.watched({ anna.load(user: "t", mayWrite: true) }).first else {
            return XCTFail("not loaded")
        }
        let fd = anna.wake.descriptor
        XCTAssertGreaterThanOrEqual(fd, 0, "armed on the connection's socket")
        XCTAssertFalse(readable(fd, within: 0), "nothing to hear yet")

        let ben = try PGRecordBackend(db.connection)
        var mine = loaded.document
        var partner = try XCTUnwrap(mine.partners.items.first)
        partner.phone = "0211 4711"
        partner.meta.revision += 1
        mine.apply(.put(.partner(partner)))
        XCTAssertTrue(try ben.apply(RowChanges(base: loaded.document, mine: mine)))
        // Generous: the wake is at once; only a broken one waits this long (and fails).
        XCTAssertTrue(readable(fd, within: 20_000), "the commit woke the watch")
        XCTAssertEqual(anna.wake.fired(), [.store(.fileMayHaveChanged)])
        XCTAssertEqual(anna.wake.descriptor, -1, "not slept on until the look has read it")

        guard case .store(.externalChange(let heard))? = anna.watched({ anna.check() }).first else { return XCTFail("not heard") }
        XCTAssertEqual(heard.document.partners[partner.id]?.phone, "0211 4711")
        XCTAssertEqual(anna.wake.descriptor, fd, "armed again")
        XCTAssertFalse(readable(fd, within: 0), "the look read what woke it")
    }

    func testADroppedConnectionIsToldAndTheNextLookConnectsAgain() throws {
        let db = try XCTUnwrap(db)
        let anna = try DatabaseStore.connect(db.connection)
        _ = anna.watched { anna.load(user: "t", mayWrite: true) }
        try db.admin().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                               [.text(db.name)])
        // The server's goodbye wakes the watch: its message, then the closed socket (one or two
        // looks, as libpq reads them).
        var lost: [Action] = []
        for _ in 0..<3 where !lost.contains(.store(.watchLost(true))) {
            let fd = anna.wake.descriptor
            guard fd >= 0 else { break }
            XCTAssertTrue(readable(fd, within: 20_000), "the goodbye woke the watch")
            _ = anna.wake.fired()
            lost += anna.watched { anna.check() }
        }
        XCTAssertEqual(lost.last, .store(.watchLost(true)), "\(lost)")
        XCTAssertEqual(anna.wake.descriptor, -1)
        let back = anna.watched { anna.check() }
        XCTAssertEqual(back.first, .store(.reconnected), "the person is told it is back")
        guard back.count == 4, case .store(.externalChange) = back[1], case .store(.accessKnown) = back[2] else {
            return XCTFail("not read again, with the role's rights: \(back.count) actions")
        }
        XCTAssertEqual(back.last, .store(.watchLost(false)))
        XCTAssertGreaterThanOrEqual(anna.wake.descriptor, 0)
    }
}
#endif
