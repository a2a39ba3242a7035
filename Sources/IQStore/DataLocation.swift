import Foundation
import IQCore

/// Where the snapshot lives: `--data FILE`, else `$XDG_DATA_HOME/iq-tui/iq-tui.plist`, else
/// `~/.local/share/iq-tui/iq-tui.plist`. The program's own directory is created 0700.
public enum DataLocation {
    public static let fileName = "iq-tui.plist"

    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/iq-tui" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/iq-tui"
    }

    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag {
            if flag.hasPrefix("/") { return flag }
            return FileManager.default.currentDirectoryPath + "/" + flag
        }
        return defaultDirectory(environment: environment) + "/" + fileName
    }

    /// Creates the directory (and missing parents) with mode 0700; an existing directory is left
    /// as it is (a team directory may be shared through its group on purpose).
    public static func ensureDirectory(_ path: String) throws(SnapshotError) {
        var s = stat()
        if stat(path, &s) == 0 { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try ensureDirectory(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw .writeFailed(path: path, errno: errno) }
        // mkdir applies the umask; make sure the result is exactly 0700.
        chmod(path, 0o700)
    }
}
