import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// A database's watch that lost its connection: no notification can wake the program, so it
/// looks slowly (each look tries to connect again) until the watch hears again, then sleeps.
final class WakePlanLostWatchTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-wake-plan/postgres-1")
    let utc = TimeZone(identifier: "UTC") ?? .current
    let midnight = Date(timeIntervalSince1970: 1_700_006_400)

    func at(_ seconds: Double) -> Date { fixedDate.addingTimeInterval(seconds) }

    func testALostWatchIsLookedAtSlowlyUntilItHearsAgain() {
        var state = AppState(document: Fixture.document(), store: StoreState(file: file, user: "tester"))
        state.store.phase = .ready
        state.store.fileWatched = true
        state.store.lastExternalCheck = at(0)
        state.lastTick = at(0)
        let store = TestStore(state)
        XCTAssertEqual(WakePlan.nextTick(store.state, timeZone: utc), midnight, "heard: nothing due")
        store.send(.store(.watchLost(true))) { $0.store.watchLost = true }
        XCTAssertEqual(WakePlan.nextTick(store.state, timeZone: utc), at(StoreState.lostWatchInterval))
        XCTAssertGreaterThan(StoreState.lostWatchInterval, StoreState.externalCheckInterval, "slower than an unwatched file")
        store.send(.session(.tick(at(5))), effects: [.store(.checkExternalChange(file: file, known: nil))]) {
            $0.lastTick = self.at(5)
            $0.store.lastExternalCheck = self.at(5)
        }
        XCTAssertEqual(WakePlan.nextTick(store.state, timeZone: utc), at(10))
        store.send(.store(.watchLost(false))) { $0.store.watchLost = false }
        XCTAssertEqual(WakePlan.nextTick(store.state, timeZone: utc), midnight, "heard again: asleep")
        store.send(.store(.reconnected)) { $0.status = shown(StoreText.statusDatabaseBack) }
    }

    /// A save that failed only because the connection was lost: once it is back, autosave works
    /// again (another failure, a refusal say, still waits for Ctrl-S).
    func testAutosaveResumesWhenTheConnectionIsBack() {
        var state = AppState(document: Fixture.document(), store: StoreState(file: file, user: "tester"))
        state.store.phase = .ready
        let lost = SnapshotError.database(source: "service=iq", message: StoreText.statusDatabaseUnreachable("server closed the connection"))
        state.store.lastError = lost
        let store = TestStore(state)
        store.send(.store(.reconnected)) {
            $0.store.lastError = nil
            $0.status = shown(StoreText.statusDatabaseBack)
        }
        let refused = SnapshotError.database(source: "service=iq", message: StoreText.accessNoSite)
        store.drive([.store(.saveFinished(.failed(refused), generation: 0))])
        let before = store.state.store.lastError
        store.drive([.store(.reconnected)])
        XCTAssertEqual(store.state.store.lastError, before, "another failure still waits")
    }
}
