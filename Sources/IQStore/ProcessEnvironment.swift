import Foundation

/// The process's environment as the pure core is handed it: HOME is always set (from the user
/// database when the variable is unset or empty), so the core's path rules look nothing up.
public enum ProcessEnvironment {
    public static func current() -> [String: String] { completed(ProcessInfo.processInfo.environment, account: accountName) }

    /// USER is set too when it can be: from LOGNAME, else the user database's name for this
    /// process's user; left unset when neither knows one.
    static func completed(_ environment: [String: String], account: () -> String? = { nil }) -> [String: String] {
        var e = environment
        if e["HOME"]?.isEmpty ?? true { e["HOME"] = NSHomeDirectory() }
        if e["USER"]?.isEmpty ?? true {
            if let logname = e["LOGNAME"], !logname.isEmpty {
                e["USER"] = logname
            } else if let name = account(), !name.isEmpty {
                e["USER"] = name
            }
        }
        return e
    }

    /// The user database's login name of this process's user, if it has one.
    static func accountName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
