import Foundation
import IQCore

/// Tells when the data file may have changed, from the system (inotify) rather than by looking
/// every few seconds, so an idle program sleeps. It watches the file's directory, because a save
/// replaces the file by a rename, and reports only events that name the file. Not offered on a
/// network file system (another machine's save raises no event there) or where the directory
/// is missing: the program then looks at the file on a timer.
public final class DataFileWatch {
    public let descriptor: Int32
    private let name: [UInt8]

    public init?(file: SnapshotFile) {
        #if os(Linux)
        guard DataFileWatch.isLocal(file.directory) else { return nil }
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF
        guard inotify_add_watch(fd, file.directory, UInt32(events)) >= 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
        name = Array((file.path as NSString).lastPathComponent.utf8)
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Reads the waiting events; true when one names the data file, concerns the directory
    /// itself, or events were lost.
    public func drain() -> Bool {
        #if os(Linux)
        var named = false
        let header = MemoryLayout<inotify_event>.size
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return named }
            var offset = 0
            while offset + header <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let nameBytes = buffer[(offset + header)..<min(count, offset + header + Int(event.len))].prefix { $0 != 0 }
                if event.mask & UInt32(IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 || nameBytes.elementsEqual(name) {
                    named = true
                }
                offset += header + Int(event.len)
            }
        }
        #else
        return false
        #endif
    }

    /// Whether the directory is on a local file system, where inotify sees every change.
    static func isLocal(_ directory: String) -> Bool {
        // struct statfs begins with f_type (a C long) on every Linux architecture; the Glibc
        // module does not export statfs(2), so it is called by name into a large enough buffer.
        var buffer = [Int](repeating: 0, count: 32)
        guard buffer.withUnsafeMutableBytes({ linuxStatfs(directory, $0.baseAddress) }) == 0 else { return false }
        return !remoteFileSystems.contains(Int64(buffer[0]))
    }

    /// NFS, SMB/CIFS (both dialects), Coda, AFS (two), Ceph, FUSE (sshfs among them), 9P, GFS2,
    /// OCFS2, Lustre, NCP: file systems another machine can write to behind inotify's back.
    static let remoteFileSystems: Set<Int64> = [0x6969, 0x517B, 0xFF53_4D42, 0xFE53_4D42, 0x7375_7245, 0x5346_414F, 0x6B41_4653,
                                                 0x00C3_6400, 0x6573_5546, 0x0102_1997, 0x0116_1970, 0x7461_636F, 0x0BD0_0BD0, 0x564C]
}

@_silgen_name("statfs")
private func linuxStatfs(_ path: UnsafePointer<CChar>, _ buffer: UnsafeMutableRawPointer?) -> Int32
