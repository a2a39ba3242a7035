import Foundation
import IQCore

/// The configuration file on disk; what its text means is Config's (IQCore).
public enum ConfigFile {
    /// Files this large are surely not a configuration file.
    static let maximumFileSize = 1 << 20

    /// Reads a configuration file: a regular file of at most 1 MiB in UTF-8. A missing file is
    /// no configuration (nil); a directory, a device or an unreadable file is an error.
    public static func read(_ path: String) -> Result<String?, Config.Unreadable> {
        func failure(_ code: Int32) -> Result<String?, Config.Unreadable> {
            .failure(Config.Unreadable(path: path, reason: String(cString: strerror(code))))
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ENOENT ? .success(nil) : failure(errno) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return failure(EISDIR) }
        guard type == S_IFREG else { return failure(EINVAL) }
        guard Int(info.st_size) <= maximumFileSize else { return failure(EFBIG) }
        guard access(path, R_OK) == 0 else { return failure(errno) }
        guard let data = FileManager.default.contents(atPath: path) else { return failure(EIO) }
        guard let text = String(data: data, encoding: .utf8) else { return failure(EILSEQ) }
        return .success(text)
    }

    /// Config.load with the file read from disk.
    public static func load(into options: LaunchOptions, environment: [String: String]) -> (options: LaunchOptions, reports: [Config.Report]) {
        Config.load(into: options, environment: environment, read: read)
    }
}
