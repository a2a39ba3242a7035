import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import IQCore
@testable import IQTUI

/// A terminal whose keys come through a pipe (one byte, one key) and which counts its frames.
final class PipeTerminal: TerminalDevice, @unchecked Sendable {
    private let lock = NSLock()
    private var drawn = 0
    private let keys: [Int32]
    var size = Size(width: 80, height: 24)

    init() {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        _ = fcntl(fds[0], F_SETFL, O_NONBLOCK)
        keys = fds
    }

    deinit { keys.forEach { _ = Glibc.close($0) } }

    var frames: Int { lock.withLock { drawn } }
    var inputDescriptor: Int32 { keys[0] }

    func type(_ text: String) { for byte in text.utf8 { var b = byte; _ = write(keys[1], &b, 1) } }

    func readKey() -> Key? {
        var byte: UInt8 = 0
        guard read(keys[0], &byte, 1) == 1 else { return nil }
        return .char(Character(UnicodeScalar(byte)))
    }

    func draw(_ canvas: Canvas) { lock.withLock { drawn += 1 } }
    func redrawAll() {}
    func close() {}
}

/// The run loop sleeps until something happens and draws only when something was dispatched.
final class RuntimeLoopTests: XCTestCase {
    /// A fixed clock: no tick falls due while a test runs.
    let environment = Environment(now: { Date(timeIntervalSince1970: 1_700_000_000) }, newID: { "id" }, userName: "t")

    func start(_ terminal: PipeTerminal, watches: [LoopWatch] = []) -> (Runtime, DispatchSemaphore) {
        let runtime = Runtime(state: AppState(document: Fixture.document), environment: environment, terminal: terminal,
                              storeWork: { _ in [] }, watches: watches, handlesSignals: false)
        let done = DispatchSemaphore(value: 0)
        let box = UncheckedBox(runtime)
        Thread { box.value.run(); done.signal() }.start()
        return (runtime, done)
    }

    func waitFor(_ frames: Int, _ terminal: PipeTerminal, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(5)
        while terminal.frames < frames, Date() < deadline { usleep(2_000) }
        XCTAssertEqual(terminal.frames, frames, file: file, line: line)
    }

    func testAnIdleLoopDrawsOnceThenSleepsUntilAKey() {
        let terminal = PipeTerminal()
        let (runtime, done) = start(terminal)
        waitFor(1, terminal)
        usleep(300_000)
        XCTAssertEqual(terminal.frames, 1, "nothing happened: no frame, no wake-up")
        terminal.type("j")
        waitFor(2, terminal)
        terminal.type("q")
        XCTAssertEqual(done.wait(timeout: .now() + 5), .success, "q quits")
        XCTAssertEqual(runtime.state.focus, .partners)
    }

    func testAWatchedDescriptorWakesTheLoopWithItsActions() {
        let terminal = PipeTerminal()
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        _ = fcntl(fds[0], F_SETFL, O_NONBLOCK)
        defer { fds.forEach { _ = close($0) } }
        let watch = LoopWatch(descriptor: fds[0]) {
            var buffer = [UInt8](repeating: 0, count: 16)
            return read(fds[0], &buffer, buffer.count) > 0 ? [.navigation(.focus(.cases))] : []
        }
        let (runtime, done) = start(terminal, watches: [watch])
        waitFor(1, terminal)
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
        waitFor(2, terminal)
        terminal.type("q")
        XCTAssertEqual(done.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(runtime.state.focus, .cases)
    }

    func testAResultPostedByTheWorkerEndsTheWait() throws {
        let pipe = try XCTUnwrap(WakePipe())
        let inbox = Inbox(waking: pipe)
        let quiet = PipeTerminal()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { inbox.post([], writes: false) }
        let started = Date()
        let ready = LoopWait.wait(input: quiet.inputDescriptor, pipe: pipe.readEnd, watches: [], timeout: 10_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertFalse(ready.input)
        XCTAssertEqual(inbox.take().count, 1)
    }

    /// A tick that only moves the clock shows nothing new, so it draws no frame; an expiring
    /// message or a turning spinner does.
    func testOnlyATickThatChangesTheScreenDrawsAFrame() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        var state = AppState(document: Fixture.document)
        state.lastTick = now
        let before = ClockFace(state)
        state.lastTick = now.addingTimeInterval(2)
        XCTAssertEqual(ClockFace(state), before)
        state.status = StatusMessage(StoreText.statusSavingBeforeQuit)
        XCTAssertNotEqual(ClockFace(state), before)
        state.status = nil
        state.store.phase = .loading(since: now)
        let loading = ClockFace(state)
        state.lastTick = now.addingTimeInterval(2.25)
        XCTAssertNotEqual(ClockFace(state), loading)
    }

    func testTheWaitLastsUntilTheNextDueTick() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        XCTAssertEqual(LoopWait.timeout(until: nil, now: now, hasPipe: true), -1, "nothing due: no limit")
        XCTAssertEqual(LoopWait.timeout(until: now.addingTimeInterval(1.2341), now: now, hasPipe: true), 1235)
        XCTAssertEqual(LoopWait.timeout(until: .distantPast, now: now, hasPipe: true), 0)
        XCTAssertEqual(LoopWait.timeout(until: nil, now: now, hasPipe: false), LoopWait.fallbackTimeout)
    }
}

/// Hands the runtime to its thread (it is used by that thread only until the test reads it after
/// the run has ended).
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
