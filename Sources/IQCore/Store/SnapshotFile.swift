import Foundation

/// One snapshot file by name, and the names of the files beside it: `<file>.lock`,
/// `<file>.backup-1` … `-10` (newest first), and each session's recovery journal and draft
/// (JournalSession). Only names: reading and writing them is IQStore's (SnapshotFile+IO), so the
/// state can say which file it means without touching the disk.
public struct SnapshotFile: Equatable, Sendable {
    public static let backupCount = 10

    public let path: String

    public init(path: String) { self.path = path }

    public var directory: String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }
    public var lockPath: String { path + ".lock" }
    public func backupPath(_ n: Int) -> String { path + ".backup-\(n)" }

    /// A file as read: the document, its header, which version of the file it was, its format.
    public struct Loaded: Equatable, Sendable {
        public var document: Document
        public var header: SnapshotCodec.Header
        public var identity: FileIdentity
        public var format: SnapshotFormat

        package init(document: Document, header: SnapshotCodec.Header, identity: FileIdentity, format: SnapshotFormat) {
            self.document = document
            self.header = header
            self.identity = identity
            self.format = format
        }
    }
}
