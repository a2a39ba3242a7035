import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time in nanoseconds.
func monotonicNanoseconds() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}

/// A program started in a pseudo-terminal of its own, as a person at a terminal would start it:
/// a new session with the terminal as its controlling terminal (so it gets SIGWINCH and SIGHUP),
/// the terminal's slave side as standard input, output and error. The benchmark reads what the
/// program writes from the master side and types into it.
final class PseudoTerminal {
    enum Failure: Error, CustomStringConvertible {
        case system(String, Int32)
        var description: String {
            switch self {
            case .system(let call, let code): "\(call): \(String(cString: strerror(code)))"
            }
        }
    }

    let pid: pid_t
    private let master: Int32
    private let slave: Int32
    private(set) var exitStatus: Int32?
    /// Every byte the program has written so far.
    private(set) var output: [UInt8] = []
    /// When the last byte arrived (monotonic nanoseconds).
    private(set) var lastByteAt: UInt64 = 0
    private var buffer = [UInt8](repeating: 0, count: 65_536)
    /// When the program was started (monotonic nanoseconds, just before posix_spawn).
    let startedAt: UInt64

    init(executable: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws(Failure) {
        let master = LibC.posixOpenpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw .system("posix_openpt", errno) }
        var nameBuffer = [CChar](repeating: 0, count: 128)
        guard LibC.grantpt(master) == 0, LibC.unlockpt(master) == 0, LibC.ptsnameR(master, &nameBuffer, nameBuffer.count) == 0 else {
            let code = errno
            close(master)
            throw .system("grantpt/unlockpt/ptsname_r", code)
        }
        let name = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        // The benchmark keeps the slave open as well (never as its controlling terminal), so the
        // terminal stays up however the program opens and closes it.
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            let code = errno
            close(master)
            throw .system("open \(name)", code)
        }

        // posix_spawn: the child starts a new session (POSIX_SPAWN_SETSID) before the file
        // actions run, so opening the slave without O_NOCTTY makes it the controlling terminal.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(LibC.spawnSetsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        startedAt = monotonicNanoseconds()
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            close(master)
            close(slave)
            throw .system("posix_spawn \(executable)", code)
        }
        self.pid = pid
        self.master = master
        self.slave = slave
    }

    deinit {
        kill()
        close(master)
        close(slave)
    }

    /// Types `bytes` as if from the keyboard; returns the time just before the write.
    @discardableResult
    func type(_ bytes: [UInt8]) -> UInt64 {
        let at = monotonicNanoseconds()
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                break
            }
            done += n
        }
        return at
    }

    @discardableResult
    func type(_ text: String) -> UInt64 { type(Array(text.utf8)) }

    /// Waits at most `timeout` seconds for output and reads what is there. True if bytes came.
    @discardableResult
    func read(timeout: Double) -> Bool {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ms = Int32(max(0, min(timeout, 3_600)) * 1_000)
        let ready = poll(&fds, 1, ms)
        guard ready > 0, fds.revents & Int16(POLLIN) != 0 else {
            reap()
            return false
        }
        let n = buffer.withUnsafeMutableBufferPointer { Glibc.read(master, $0.baseAddress, $0.count) }
        guard n > 0 else {
            reap()
            return false
        }
        lastByteAt = monotonicNanoseconds()
        output.append(contentsOf: buffer[0..<n])
        return true
    }

    /// Reads until nothing has come for `quiet` seconds (or `limit` seconds have passed).
    /// Returns the time of the last byte read, or nil when nothing came at all.
    @discardableResult
    func settle(quiet: Double, limit: Double = 10) -> UInt64? {
        let end = monotonicNanoseconds() + UInt64(limit * 1e9)
        var last: UInt64?
        while monotonicNanoseconds() < end, read(timeout: quiet) {
            last = lastByteAt
        }
        return last
    }

    /// Reads until `marker` appears in the output; the time of the read that completed it, or
    /// nil after `timeout` seconds (or when the program ended).
    func wait(for marker: [UInt8], timeout: Double) -> UInt64? {
        let end = monotonicNanoseconds() + UInt64(timeout * 1e9)
        var searched = 0
        while true {
            if output.count - searched >= marker.count, find(marker, in: output, from: searched) != nil {
                return lastByteAt
            }
            searched = max(searched, output.count - marker.count + 1)
            let left = Double(end &- monotonicNanoseconds()) / 1e9
            guard monotonicNanoseconds() < end, exitStatus == nil else { return nil }
            read(timeout: min(left, 0.5))
        }
    }

    /// Reads until the output pauses for `gap` seconds; the time of the last byte before the
    /// pause (the end of the burst under way).
    func endOfBurst(gap: Double, limit: Double = 10) -> UInt64 {
        let end = monotonicNanoseconds() + UInt64(limit * 1e9)
        while monotonicNanoseconds() < end, read(timeout: gap) {}
        return lastByteAt
    }

    /// Whether the program has ended (and is reaped).
    @discardableResult
    func reap() -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid || (r < 0 && errno == ECHILD) {
            exitStatus = status
            return true
        }
        return false
    }

    /// Waits at most `timeout` seconds for the program to end, reading its output meanwhile.
    func waitForExit(timeout: Double) -> Bool {
        let end = monotonicNanoseconds() + UInt64(timeout * 1e9)
        while !reap() {
            if monotonicNanoseconds() >= end { return false }
            read(timeout: 0.02)
        }
        return true
    }

    /// Ends the program for sure: SIGTERM, then SIGKILL, and reaps it.
    func kill() {
        guard !reap() else { return }
        _ = Glibc.kill(pid, SIGTERM)
        if waitForExit(timeout: 2) { return }
        _ = Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        exitStatus = status
    }
}

/// The C library's pseudo-terminal calls and spawn flag that Swift's Glibc module leaves out
/// (spawn.h and stdlib.h declare them only under _GNU_SOURCE / _XOPEN_SOURCE, which the module
/// is not built with), looked up in the already loaded C library with C calling conventions.
enum LibC {
    /// The function `name` of the C library, or nil where it has none.
    private static func function<F>(_ name: String, as type: F.Type) -> F? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: type) } // RTLD_DEFAULT
    }

    private static func call(_ name: String, _ fd: Int32) -> Int32 {
        guard let f = function(name, as: (@convention(c) (Int32) -> Int32).self) else {
            errno = ENOSYS
            return -1
        }
        return f(fd)
    }

    static func posixOpenpt(_ flags: Int32) -> Int32 { call("posix_openpt", flags) }
    static func grantpt(_ fd: Int32) -> Int32 { call("grantpt", fd) }
    static func unlockpt(_ fd: Int32) -> Int32 { call("unlockpt", fd) }

    static func ptsnameR(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
        guard let f = function("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self) else {
            return ENOSYS
        }
        return f(fd, buffer, length)
    }

    /// POSIX_SPAWN_SETSID (glibc 2.26 and later).
    static let spawnSetsid: Int32 = 0x80
}

/// The first position of `needle` in `haystack` at or after `from`.
func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var i = max(0, from)
    let last = haystack.count - needle.count
    while i <= last {
        if haystack[i] == first {
            var j = 1
            while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
            if j == needle.count { return i }
        }
        i += 1
    }
    return nil
}
