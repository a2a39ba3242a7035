import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journals this process holds: its own for the session's life, and the journals of gone
/// sessions while they are offered (so a second new session does not offer them too). An
/// flock belongs to the open file, so the descriptor stays open as long as the lock is wanted;
/// process exit (even SIGKILL) lets go of all of them.
public enum JournalLocks {
    private static let guardLock = NSLock()
    nonisolated(unsafe) private static var held: [String: Int32] = [:]

    /// Opens (creating, 0600) and locks `path` without waiting. False when another process
    /// holds it: that session is alive.
    public static func hold(_ path: String) -> Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        if held[path] != nil { return true }
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            close(fd)
            return false
        }
        // The file may have been deleted (by its settling session) between open and lock: a
        // lock on a vanished file guards nothing.
        var mine = stat(), named = stat()
        guard fstat(fd, &mine) == 0, lstat(path, &named) == 0, mine.st_ino == named.st_ino, mine.st_dev == named.st_dev else {
            close(fd)
            return false
        }
        fchmod(fd, 0o600)
        held[path] = fd
        return true
    }

    public static func isHeld(_ path: String) -> Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        return held[path] != nil
    }

    /// Runs `body` with the held descriptor of `path` (nil when not held).
    static func withDescriptor<T>(_ path: String, _ body: (Int32?) -> T) -> T {
        guardLock.lock()
        defer { guardLock.unlock() }
        return body(held[path])
    }

    /// Lets go of `path`; `delete` removes it first, while still locked, so nobody locks a file
    /// that is about to vanish.
    public static func release(_ path: String, delete: Bool) {
        guardLock.lock()
        defer { guardLock.unlock() }
        if delete { unlink(path) }
        if let fd = held.removeValue(forKey: path) { close(fd) }
    }
}
