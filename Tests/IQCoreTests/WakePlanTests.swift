import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// The next tick the runtime sleeps until: only what a tick would change brings one, so an idle
/// program does not wake at all (but for the day change).
final class WakePlanTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-wake-plan/data.plist")
    let utc = TimeZone(identifier: "UTC") ?? .current

    func at(_ seconds: Double) -> Date { fixedDate.addingTimeInterval(seconds) }

    /// Loaded, nothing unsaved, the file watched by the system and looked at once already.
    func idleState() -> AppState {
        var state = AppState(document: Fixture.document(), store: StoreState(file: file, user: "tester"))
        state.store.phase = .ready
        state.store.fileWatched = true
        state.store.lastExternalCheck = at(0)
        state.lastTick = at(0)
        return state
    }

    func testAnIdleProgramSleepsUntilTheDayChanges() {
        var state = idleState()
        // fixedDate is 2023-11-14 22:13:20 UTC: the next tick is at midnight.
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), Date(timeIntervalSince1970: 1_700_006_400))
        state.lastTick = nil
        XCTAssertNil(WakePlan.nextTick(state, timeZone: utc), "before the clock started nothing is due")
    }

    func testAStatusMessageWakesWhenItExpires() {
        var state = idleState()
        state.status = StatusMessage(StoreText.statusSavingBeforeQuit, expiresAt: at(5))
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), at(5))
    }

    func testTheSpinnerTurnsWhileAFileLoads() {
        var state = idleState()
        state.store.phase = .loading(since: at(0))
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), at(0.25))
        state.lastTick = at(0.3)
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), at(0.5))
    }

    func testTheAutosaveIsDueAfterTheIdleTime() {
        var state = idleState()
        state.hasUnsavedChanges = true
        state.store.lastEditAt = at(1)
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), at(6))
        state.store.autosaveAfter = nil
        XCTAssertNotEqual(WakePlan.nextTick(state, timeZone: utc), at(6), "autosave off")
    }

    func testAnUnwatchedFileIsLookedAtEveryTwoSeconds() {
        var state = idleState()
        state.store.fileWatched = false
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), at(2))
        state.store.savingGeneration = 1
        XCTAssertNotEqual(WakePlan.nextTick(state, timeZone: utc), at(2), "not while saving")
    }

    func testAWatchedFileIsLookedAtOnlyWhenTheSystemReportsAChange() {
        let store = TestStore(idleState())
        store.send(.store(.fileMayHaveChanged)) { $0.store.lastExternalCheck = nil }
        XCTAssertEqual(WakePlan.nextTick(store.state, timeZone: utc), .distantPast, "due at once")
        store.send(.session(.tick(at(1))), effects: [.store(.checkExternalChange(file: file, known: nil))]) {
            $0.lastTick = self.at(1)
            $0.store.lastExternalCheck = self.at(1)
        }
        XCTAssertEqual(WakePlan.nextTick(store.state, timeZone: utc), Date(timeIntervalSince1970: 1_700_006_400))
    }

    func testAnOpenFormsDraftIsDueASecondAfterItsLastChange() {
        var state = idleState()
        state.store.draftChangedAt = at(3)
        XCTAssertEqual(WakePlan.nextTick(state, timeZone: utc), at(4))
    }

    /// A due draft that cannot be written (no form any more) is not due again: the clock would
    /// otherwise wake at once, forever.
    func testADueDraftWithNothingToWriteIsNotDueAgain() {
        var state = idleState()
        state.store.draftChangedAt = at(0)
        let store = TestStore(state)
        store.send(.session(.tick(at(1)))) {
            $0.lastTick = self.at(1)
            $0.store.draftChangedAt = nil
        }
        XCTAssertGreaterThan(WakePlan.nextTick(store.state, timeZone: utc) ?? .distantFuture, at(1))
    }

    /// Midnight where the program runs, also on the days summer time starts and ends.
    func testTheDayChangesAtLocalMidnight() throws {
        let berlin = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        let iso = ISO8601DateFormatter()
        func date(_ text: String) throws -> Date { try XCTUnwrap(iso.date(from: text)) }
        XCTAssertEqual(WakePlan.nextMidnight(after: try date("2026-03-28T11:00:00Z"), timeZone: berlin), try date("2026-03-28T23:00:00Z"))
        XCTAssertEqual(WakePlan.nextMidnight(after: try date("2026-03-29T10:00:00Z"), timeZone: berlin), try date("2026-03-29T22:00:00Z"))
        XCTAssertEqual(WakePlan.nextMidnight(after: try date("2026-10-25T10:00:00Z"), timeZone: berlin), try date("2026-10-25T23:00:00Z"))
        XCTAssertEqual(WakePlan.nextMidnight(after: try date("2026-03-28T22:59:59Z"), timeZone: berlin), try date("2026-03-28T23:00:00Z"))
    }
}
