/// What identifies one version of a file on disk: when another program saves, the inode (rename)
/// or the size and modification time change. Read by IQStore (FileIdentity+Stat); the state only
/// compares them.
public struct FileIdentity: Equatable, Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64

    package init(device: UInt64, inode: UInt64, size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// Stands for "no file yet" (read-only start without a file).
    package static let missing = FileIdentity(device: 0, inode: 0, size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0)
}
