import Foundation
import IQCore

/// How the run loop sleeps: poll(2) on the terminal, its wake pipe and any watches, until one is
/// readable or the next tick is due. Nothing else wakes it.
enum LoopWait {
    struct Ready {
        var input = false
        /// The wake pipe has bytes (a worker's result, a signal).
        var woken = false
        /// The terminal hung up (or its descriptor broke): no key will ever come.
        var hangup = false
        var watches: [Bool] = []
    }

    /// Without a wake pipe a worker's result or a signal could go unnoticed: wake this often.
    static let fallbackTimeout: Int32 = 250

    static func wait(input: Int32, pipe: Int32?, watches: [Int32], timeout: Int32) -> Ready {
        var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
        if let pipe { fds.append(pollfd(fd: pipe, events: Int16(POLLIN), revents: 0)) }
        let firstWatch = fds.count
        fds += watches.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var ready = Ready(watches: Array(repeating: false, count: watches.count))
        // Interrupted by a signal: the caller looks at what is pending.
        guard poll(&fds, nfds_t(fds.count), timeout) > 0 else { return ready }
        if pipe != nil { ready.woken = fds[1].revents != 0 }
        let terminal = fds[0].revents
        ready.input = terminal & Int16(POLLIN) != 0
        ready.hangup = terminal & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && !ready.input
        for i in watches.indices { ready.watches[i] = fds[firstWatch + i].revents != 0 }
        return ready
    }

    /// Milliseconds until `due` (rounded up, so the loop wakes when it is due, not a hair
    /// before); -1, no limit, when nothing is due.
    static func timeout(until due: Date?, now: Date, hasPipe: Bool) -> Int32 {
        guard let due else { return hasPipe ? -1 : fallbackTimeout }
        let ms = (due.timeIntervalSince(now) * 1000).rounded(.up)
        let bounded = Int32(max(0, min(ms, Double(Int32.max))))
        return hasPipe ? bounded : min(bounded, fallbackTimeout)
    }
}
