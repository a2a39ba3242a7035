import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import IQCore
@testable import IQTUI

/// A watch whose descriptor comes and goes (a database connection's socket, armed by the store's
/// worker): the loop sleeps on what it says now, and a readable descriptor that nobody reads
/// wakes it once, not over and over, while its watch has taken it back.
final class RuntimeWatchTests: XCTestCase {
    let environment = Environment(now: { Date(timeIntervalSince1970: 1_700_000_000) }, newID: { "id" }, userName: "t")

    /// A stand-in for DatabaseWake: armed on a descriptor, disarmed when it fires.
    final class Arming: @unchecked Sendable {
        private let lock = NSLock()
        private var armed: Int32 = -1
        private var fires = 0
        var descriptor: Int32 { lock.withLock { armed } }
        var fired: Int { lock.withLock { fires } }
        func arm(_ fd: Int32) { lock.withLock { armed = fd } }
        func fire() -> [Action] {
            lock.withLock {
                armed = -1
                fires += 1
            }
            return [.navigation(.focus(.cases))]
        }
    }

    func testAnUnreadReadableDescriptorWakesTheLoopOnceUntilArmedAgain() {
        let terminal = PipeTerminal()
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        defer { fds.forEach { _ = close($0) } }
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
        // Readable from the start, and never read: only arming decides whether it wakes.
        let arming = Arming()
        let watch = LoopWatch(current: { arming.descriptor }, drain: arming.fire)
        let runtime = Runtime(state: AppState(document: Fixture.document), environment: environment, terminal: terminal,
                              storeWork: { _ in [] }, watches: [watch], handlesSignals: false)
        let done = DispatchSemaphore(value: 0)
        let box = UncheckedBox(runtime)
        Thread { box.value.run(); done.signal() }.start()
        // A deadline, not a fixed sleep: the first frame may come late on a busy machine.
        let drawn = Date().addingTimeInterval(5)
        while terminal.frames < 1, Date() < drawn { usleep(2_000) }
        XCTAssertEqual(terminal.frames, 1)
        XCTAssertEqual(arming.fired, 0, "nothing armed: the descriptor is not slept on")
        arming.arm(fds[0])
        // The loop sleeps on what it was told before this sleep: a key ends the sleep, the next
        // one watches the armed descriptor.
        terminal.type("j")
        let deadline = Date().addingTimeInterval(5)
        while arming.fired == 0, Date() < deadline { usleep(2_000) }
        usleep(300_000)
        XCTAssertEqual(arming.fired, 1, "woken once, then sleeping although the descriptor stays readable")
        XCTAssertLessThanOrEqual(terminal.frames, 3)
        terminal.type("q")
        XCTAssertEqual(done.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(runtime.state.focus, .cases)
    }
}
