import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// When the program under test traps (a crash is a finding too), says which seed and step, so
/// the run can be repeated up to the step before with `--show-trail`; then hands the signal to
/// the handler that was there before (Swift's backtracer). The handler only formats numbers
/// into a fixed buffer and writes them: nothing that allocates.
enum CrashReport {
    nonisolated(unsafe) static var seed: UInt64 = 0
    nonisolated(unsafe) static var step = 0
    /// The handlers before ours, by signal number.
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        p.initialize(repeating: sigaction(), count: 65)
        return p
    }()

    static func install(seed: UInt64) {
        self.seed = seed
        _ = previous
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                CrashReport.write("iq-harness reducer: CRASHED (signal ")
                CrashReport.write(UInt64(signal))
                CrashReport.write(") at step ")
                CrashReport.write(UInt64(CrashReport.step))
                CrashReport.write(", seed ")
                CrashReport.write(CrashReport.seed)
                CrashReport.write("; the actions before it: iq-harness reducer --seed ")
                CrashReport.write(CrashReport.seed)
                CrashReport.write(" --actions ")
                CrashReport.write(UInt64(max(0, CrashReport.step - 1)))
                CrashReport.write(" --show-trail\n")
                sigaction(signal, CrashReport.previous + Int(signal), nil)
                raise(signal)
            }
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    static func write(_ text: StaticString) {
        _ = Glibc.write(2, text.utf8Start, text.utf8CodeUnitCount)
    }

    static func write(_ number: UInt64) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var n = number
            var i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(48 + n % 10)
                n /= 10
            } while n > 0 && i > 0
            _ = Glibc.write(2, buffer.baseAddress! + i, buffer.count - i)
        }
    }
}
