import Foundation

/// The process's environment as the pure core is handed it: HOME is always set (from the user
/// database when the variable is unset or empty), so the core's path rules look nothing up.
public enum ProcessEnvironment {
    public static func current() -> [String: String] { completed(ProcessInfo.processInfo.environment) }

    static func completed(_ environment: [String: String]) -> [String: String] {
        var e = environment
        if e["HOME"]?.isEmpty ?? true { e["HOME"] = NSHomeDirectory() }
        return e
    }
}
