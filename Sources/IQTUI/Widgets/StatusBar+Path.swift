import Foundation

extension StatusBar {
    /// A message naming `path` that is wider than `width`: the path loses its front at a "/"
    /// ("…/iq-tui/iq-tui.plist"), so the line is never cut in the middle of a path. When not even
    /// the file name fits after the words, the path stands alone, shortened the same way.
    static func fitting(_ message: String, path: String?, width: Int, ellipsis: String = "…") -> String {
        guard TextWidth.of(message) > width, let path, !path.isEmpty, message.contains(path) else { return message }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for keep in stride(from: parts.count - 1, through: 1, by: -1) {
            let short = ellipsis + "/" + parts.suffix(keep).joined(separator: "/")
            let candidate = message.replacingOccurrences(of: path, with: short)
            if TextWidth.of(candidate) <= width { return candidate }
        }
        for keep in stride(from: parts.count - 1, through: 1, by: -1) {
            let short = ellipsis + "/" + parts.suffix(keep).joined(separator: "/")
            if TextWidth.of(short) <= width { return short }
        }
        return message
    }
}
