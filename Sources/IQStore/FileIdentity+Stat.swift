import Foundation
import IQCore

extension FileIdentity {
    init(_ s: stat) {
        self.init(device: UInt64(s.st_dev), inode: UInt64(s.st_ino), size: Int64(s.st_size),
                  modifiedSeconds: Int64(s.st_mtim.tv_sec), modifiedNanoseconds: Int64(s.st_mtim.tv_nsec))
    }

    /// nil when there is no file at the path.
    public static func of(path: String) -> FileIdentity? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return FileIdentity(s)
    }
}
