import Foundation

/// Why a snapshot could not be read or written, in words a counsellor can act on.
public enum SnapshotError: Error, Equatable, Sendable {
    case missing(path: String)
    case unreadable(path: String, errno: Int32)
    case empty(path: String)
    case notAPropertyList(path: String)
    case truncated(path: String)
    case wrongSchema(path: String, detail: String)
    case newerFormat(path: String, found: Int, supported: Int)
    case writeFailed(path: String, errno: Int32)
    case readOnly(path: String)
    /// The path is a symbolic link, which is never written through; `target` is where it points.
    case symlink(path: String, target: String)
    /// The PostgreSQL store (`--store`) failed; `source` is the database as shown, `message`
    /// says why in the database's own words (IQPostgres). Boxed: actions carry this error
    /// and stay small (ValueSizeTests).
    indirect case database(source: String, message: Message)

    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .notAPropertyList(let p), .truncated(let p),
             .wrongSchema(let p, _), .newerFormat(let p, _, _), .writeFailed(let p, _), .readOnly(let p),
             .symlink(let p, _), .database(let p, _): p
        }
    }

    public var message: Message {
        switch self {
        case .missing(let p): StoreText.storeErrorMissing(p)
        case .unreadable(let p, let e): StoreText.storeErrorUnreadable(p, SnapshotError.describe(errno: e))
        case .empty(let p): StoreText.storeErrorEmpty(p)
        case .notAPropertyList(let p): StoreText.storeErrorNotPlist(p)
        case .truncated(let p): StoreText.storeErrorTruncated(p)
        case .wrongSchema(let p, let d): StoreText.storeErrorSchema(p, d)
        case .newerFormat(let p, let found, let supported): StoreText.storeErrorNewer(p, String(found), String(supported))
        case .writeFailed(let p, let e): StoreText.storeErrorWrite(p, SnapshotError.describe(errno: e))
        case .readOnly(let p): StoreText.storeErrorReadOnly(p)
        case .symlink(let p, let target): StoreText.storeErrorSymlink(p, target)
        case .database(_, let message): message
        }
    }

    /// The system's own words for an errno ("No space left on device"), with its name.
    public static func describe(errno e: Int32) -> String {
        let name: String = switch e {
        case ENOSPC: "ENOSPC"
        case EROFS: "EROFS"
        case EACCES: "EACCES"
        case EPERM: "EPERM"
        case EDQUOT: "EDQUOT"
        case EIO: "EIO"
        case ENOENT: "ENOENT"
        case ELOOP: "ELOOP"
        case EEXIST: "EEXIST"
        default: "errno \(e)"
        }
        return "\(String(cString: strerror(e))) (\(name))"
    }
}
