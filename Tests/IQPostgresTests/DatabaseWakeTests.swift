import Foundation
@testable import IQCore
import XCTest
@testable import IQPostgres

/// A stand-in backend that says, after each piece of work, what `readiness` it was told to.
final class ListeningFake: ListeningBackend {
    let rows: FakeBackend
    var next = ListenReadiness.lost
    var reconnections = 0

    init(_ document: Document) { rows = FakeBackend(document) }

    func loadAll() throws(DatabaseError) -> Document { try rows.loadAll() }
    func apply(_ changes: RowChanges) throws(DatabaseError) -> Bool { try rows.apply(changes) }
    func othersChanged() throws(DatabaseError) -> OthersChanges { try rows.othersChanged() }
    func loadRows(_ ids: [RecordTableName: Set<String>]) throws(DatabaseError) -> Document { try rows.loadRows(ids) }
    func readiness() -> ListenReadiness { next }
}

/// The wake the run loop sleeps on for others' commits: armed by the worker after its work on
/// the connection, taken back by the loop once it fired, never left on a socket nobody reads.
final class DatabaseWakeTests: XCTestCase {
    func testTheSocketIsArmedAfterTheWorkAndTakenBackWhenItFires() {
        let backend = ListeningFake(Seed.document)
        let store = DatabaseStore(backend: backend, source: "test")
        XCTAssertEqual(store.wake.descriptor, -1, "nothing armed before the first work")
        backend.next = .sleep(on: 7)
        XCTAssertEqual(store.watched { [] }, [])
        XCTAssertEqual(store.wake.descriptor, 7)
        XCTAssertEqual(store.wake.fired(), [.store(.fileMayHaveChanged)], "a look is due at once")
        XCTAssertEqual(store.wake.descriptor, -1, "not slept on again until the worker has looked")
        // The work itself runs disarmed: it may close the socket and make another.
        var during: Int32?
        backend.next = .sleep(on: 9)
        _ = store.watched {
            during = store.wake.descriptor
            return []
        }
        XCTAssertEqual(during, -1)
        XCTAssertEqual(store.wake.descriptor, 9, "the socket of a new connection")
    }

    func testNotificationsReadDuringTheWorkAskForALookNow() {
        let backend = ListeningFake(Seed.document)
        let store = DatabaseStore(backend: backend, source: "test")
        backend.next = .lookNow
        XCTAssertEqual(store.watched { [.store(.save)] }, [.store(.save), .store(.fileMayHaveChanged)])
        XCTAssertEqual(store.wake.descriptor, -1)
    }

    /// A lost connection is told once; the screen then looks slowly until it is back.
    func testALostConnectionIsToldOnceAndItsReturnOnce() {
        let backend = ListeningFake(Seed.document)
        let store = DatabaseStore(backend: backend, source: "test")
        backend.next = .lost
        XCTAssertEqual(store.watched { [] }, [.store(.watchLost(true))])
        XCTAssertEqual(store.watched { [] }, [], "said once")
        XCTAssertEqual(store.wake.descriptor, -1)
        backend.next = .lookNow
        XCTAssertEqual(store.watched { [] }, [.store(.fileMayHaveChanged), .store(.watchLost(false))])
        backend.next = .sleep(on: 4)
        XCTAssertEqual(store.watched { [] }, [])
    }

    /// A server restarted between two looks: the connection is made again within one piece of
    /// work, never seen lost, and still the person is told it was and that nothing is lost.
    func testAConnectionMadeAgainIsSaidEvenWhenItWasNeverSeenLost() {
        let backend = ListeningFake(Seed.document)
        let store = DatabaseStore(backend: backend, source: "test")
        backend.next = .sleep(on: 4)
        XCTAssertEqual(store.watched { [] }, [])
        let actions = store.watched {
            backend.reconnections += 1
            return [.store(.fileMayHaveChanged)]
        }
        XCTAssertEqual(actions, [.store(.reconnected), .store(.fileMayHaveChanged)])
    }

    func testABackendThatCannotListenIsNeverSleptOn() {
        let store = DatabaseStore(backend: FakeBackend(Seed.document), source: "test")
        XCTAssertEqual(store.watched { [] }, [.store(.watchLost(true))])
        XCTAssertEqual(store.wake.descriptor, -1)
    }
}
