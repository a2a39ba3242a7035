import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IQCore

/// Reading and writing a snapshot file and the files beside it. Every file the program creates
/// is 0600. Writes never follow a symlink and never leave a half-written file.
extension SnapshotFile {
    public var identity: FileIdentity? { FileIdentity.of(path: path) }

    /// Whether the path itself is a symbolic link (the program reads through one, never writes).
    public var isSymlink: Bool {
        var s = stat()
        return lstat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFLNK
    }

    /// Why a symbolic link is refused, with the path it leads to: the end of the chain when it
    /// resolves, else what the link says (taken from the link's directory).
    func symlinkError() -> SnapshotError {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return .symlink(path: path, target: String(cString: resolved))
        }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return .symlink(path: path, target: "?") }
        let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return .symlink(path: path, target: target.hasPrefix("/") ? target : directory + "/" + target)
    }
    public var exists: Bool { identity != nil }

    /// Whether this process may replace the file (write to it and create files in its directory).
    public var isWritable: Bool {
        access(directory, W_OK | X_OK) == 0 && (!exists || access(path, W_OK) == 0)
    }

    // MARK: Reading

    public func read() throws(SnapshotError) -> ([UInt8], FileIdentity) {
        try SnapshotFile.readAll(path)
    }

    static func readAll(_ path: String) throws(SnapshotError) -> ([UInt8], FileIdentity) {
        // O_NONBLOCK: opening a FIFO (or a device) must not wait forever for a writer; such a
        // path is refused below, and for a regular file the flag changes nothing.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ELOOP { throw SnapshotFile(path: path).symlinkError() }
            throw errno == ENOENT ? .missing(path: path) : .unreadable(path: path, errno: errno)
        }
        defer { close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0 else { throw .unreadable(path: path, errno: errno) }
        if (s.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, errno: EISDIR) }
        guard (s.st_mode & S_IFMT) == S_IFREG else { throw .notAPropertyList(path: path) }
        var bytes = [UInt8](repeating: 0, count: Int(s.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < bytes.count { bytes.removeLast(bytes.count - done) }
        return (bytes, FileIdentity(s))
    }

    public func load() throws(SnapshotError) -> Loaded {
        let (bytes, identity) = try read()
        let (document, header) = try SnapshotCodec.decode(bytes, path: path)
        return Loaded(document: document, header: header, identity: identity, format: SnapshotFormat.detect(bytes))
    }

    // MARK: Writing

    /// Replaces the file with `bytes` durably: a new temp file (O_EXCL, O_NOFOLLOW, 0600 — or the
    /// existing file's mode and group, so a team share stays shared), fsync, the old file kept as
    /// backup-1, rename over the file, fsync the directory. On any error the old file is untouched.
    @discardableResult
    public func write(_ bytes: [UInt8], keepBackup: Bool = true) throws(SnapshotError) -> FileIdentity {
        var old = stat()
        let hadFile = lstat(path, &old) == 0
        if hadFile, (old.st_mode & S_IFMT) == S_IFLNK {
            // Never replace a symlink with a regular file (and never write through one).
            throw symlinkError()
        }
        let temp = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw .writeFailed(path: path, errno: errno) }
        var keepTemp = false
        defer { if !keepTemp { unlink(temp) } }
        do {
            defer { close(fd) }
            if hadFile {
                fchmod(fd, old.st_mode & 0o7777)
                _ = fchown(fd, uid_t.max, old.st_gid) // keep the group; -1 leaves the owner alone
            } else {
                fchmod(fd, 0o600)
            }
            try SnapshotFile.writeAll(fd, bytes, path: path)
        }
        if hadFile, keepBackup { rotateBackups() }
        if rename(temp, path) != 0 { throw .writeFailed(path: path, errno: errno) }
        keepTemp = true
        syncDirectory()
        guard let identity = identity else { throw .writeFailed(path: path, errno: ENOENT) }
        return identity
    }

    /// backup-9 → backup-10 … backup-1 → backup-2, then the current file becomes backup-1 (a hard
    /// link, so the file itself is never copied or changed). Failures only cost a backup.
    private func rotateBackups() {
        unlink(backupPath(SnapshotFile.backupCount))
        for n in stride(from: SnapshotFile.backupCount - 1, through: 1, by: -1) {
            rename(backupPath(n), backupPath(n + 1))
        }
        if link(path, backupPath(1)) != 0 {
            // A file system without hard links: copy instead.
            if let (bytes, _) = try? SnapshotFile.readAll(path) {
                try? SnapshotFile(path: backupPath(1)).writePlain(bytes)
            }
        }
    }

    /// A private file written durably without backups (a backup copy, a damaged file kept aside).
    func writePlain(_ bytes: [UInt8]) throws(SnapshotError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw .writeFailed(path: path, errno: errno) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        try SnapshotFile.writeAll(fd, bytes, path: path)
    }

    /// Writes every byte (retrying short writes and interruptions) and flushes it to the disk.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(SnapshotError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, errno: errno)
            }
            done += n
        }
        if fsync(fd) != 0 { throw .writeFailed(path: path, errno: errno) }
    }

    func syncDirectory() {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Temp files of saves whose process was killed before the rename: harmless, but they
    /// would pile up. A file of a process that still runs (another user's save) stays.
    public func removeAbandonedTempFiles() {
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).split(separator: "-").first ?? "") else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(directory + "/" + name) }
        }
    }

    // MARK: Locking

    /// Holds an exclusive advisory lock on `<file>.lock` while `body` runs (read-merge-write
    /// only, never while a person is editing).
    public func withLock<T>(_ body: () throws(SnapshotError) -> T) throws(SnapshotError) -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw errno == ELOOP ? SnapshotFile(path: lockPath).symlinkError() : .writeFailed(path: lockPath, errno: errno) }
        defer { close(fd) }
        // A team file's lock must be usable by the team: give it the file's group and mode.
        var data = stat()
        if stat(path, &data) == 0 {
            fchmod(fd, data.st_mode & 0o666)
            _ = fchown(fd, uid_t.max, data.st_gid)
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw .writeFailed(path: lockPath, errno: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    // MARK: Backups

    /// The newest backup that loads cleanly, for a file that does not.
    public func newestGoodBackup() -> (path: String, loaded: Loaded)? {
        for n in 1...SnapshotFile.backupCount {
            let candidate = SnapshotFile(path: backupPath(n))
            if let loaded = try? candidate.load() { return (candidate.path, loaded) }
        }
        return nil
    }
}
