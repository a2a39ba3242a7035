import Foundation

/// The self-pipe the run loop waits on beside the terminal: the store's worker writes to it when
/// it posts a result, the signal handler when a signal comes. Both ends are non-blocking, so a
/// full pipe (a wake already pending) never blocks the writer.
final class WakePipe: @unchecked Sendable {
    let readEnd: Int32
    private let writeEnd: Int32

    /// nil when the system has no descriptor left; the loop then wakes on a short timeout instead.
    init?() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// The descriptor the signal handler writes to.
    var signalDescriptor: Int32 { writeEnd }

    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe: what woke the loop is looked at afresh by the loop itself.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &buffer, buffer.count) > 0 {}
    }
}
