import Foundation
import IQCore

/// Results from the background queue, handed to the UI loop. Each post also wakes the loop
/// (through its wake pipe), which otherwise sleeps until a key or a timer.
final class Inbox: @unchecked Sendable {
    struct Result {
        var actions: [Action]
        var writes: Bool
    }

    private let condition = NSCondition()
    private var items: [Result] = []
    private var closed = false
    private let wakePipe: WakePipe?

    init(waking wakePipe: WakePipe?) {
        self.wakePipe = wakePipe
    }

    func post(_ actions: [Action], writes: Bool) {
        condition.lock()
        items.append(Result(actions: actions, writes: writes))
        condition.signal()
        condition.unlock()
        wakePipe?.wake()
    }

    func take() -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        let out = items
        items.removeAll()
        return out
    }

    /// Waits until a result comes or `seconds` pass.
    func wait(seconds: Double) {
        condition.lock()
        if items.isEmpty { _ = condition.wait(until: Date().addingTimeInterval(seconds)) }
        condition.unlock()
    }

    /// The program is quitting.
    func close() {
        condition.lock()
        closed = true
        condition.unlock()
    }

    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
