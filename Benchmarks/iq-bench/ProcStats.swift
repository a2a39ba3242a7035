import Foundation

/// What Linux's /proc tells about a running program (another process of this user: a child of
/// iq-bench). Each figure is nil where the kernel does not offer it.
struct ProcStats {
    let pid: pid_t

    /// Its threads, by the numbers under /proc/PID/task.
    private var tasks: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    }

    /// CPU time of all its threads in nanoseconds: the scheduler's own count (schedstat), exact
    /// to the nanosecond where utime+stime counts in clock ticks of 10 ms.
    func cpuNanoseconds() -> UInt64? {
        var sum: UInt64 = 0
        var found = false
        for task in tasks {
            guard let line = Self.text("/proc/\(pid)/task/\(task)/schedstat"),
                  let first = line.split(separator: " ").first, let ns = UInt64(first) else { continue }
            sum += ns
            found = true
        }
        return found ? sum : nil
    }

    /// utime + stime of the whole process from /proc/PID/stat, in milliseconds (clock ticks).
    func cpuTickMilliseconds() -> Double? {
        guard let stat = Self.text("/proc/\(pid)/stat"), let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return (user + system) / max(ticks, 1) * 1_000
    }

    /// Voluntary context switches by thread: a thread that ends takes its count with it, so a
    /// window's wake-ups are counted per thread, over the threads alive at its end.
    func voluntarySwitchesByThread() -> [String: Int] {
        var counts: [String: Int] = [:]
        for task in tasks {
            if let status = Self.text("/proc/\(pid)/task/\(task)/status"), let v = Self.field("voluntary_ctxt_switches:", in: status) {
                counts[task] = v
            }
        }
        return counts
    }

    /// The write(2)-family calls the process has made (syscw of /proc/PID/io, all threads).
    func writeCalls() -> Int? {
        Self.text("/proc/\(pid)/io").flatMap { Self.field("syscw:", in: $0) }
    }

    /// Peak resident memory in bytes (VmHWM).
    func peakResidentBytes() -> Int? {
        Self.text("/proc/\(pid)/status").flatMap { Self.field("VmHWM:", in: $0) }.map { $0 * 1_024 }
    }

    static func text(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The number after `key` on its line ("VmHWM:   1234 kB" gives 1234).
    static func field(_ key: String, in text: String) -> Int? {
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            return line.dropFirst(key.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
        }
        return nil
    }
}
