import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IQCore

/// Writes a case's Art. 15 report (CaseReportFile) where its name says, privately: the report
/// directory inside the data directory is created 0700 (and closed to group and others when it
/// is ours) and is never a symbolic link; the file is written 0600 through a temporary file and
/// a rename, so it is never written through a link and never left half-written.
public enum CaseReportWriter {
    public static func write(_ report: CaseReportFile) throws(SnapshotError) {
        try ensurePrivateDirectory(report.directory)
        let bytes = Array(report.text.utf8)
        let temp = "\(report.path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw .writeFailed(path: report.path, errno: errno) }
        var written = false
        defer { if !written { unlink(temp) } }
        do {
            defer { close(fd) }
            // open applies the umask, which only takes bits away; 0600 exactly all the same.
            fchmod(fd, 0o600)
            try SnapshotFile.writeAll(fd, bytes, path: report.path)
        }
        // rename replaces a link at the name itself, never the file it points to.
        if rename(temp, report.path) != 0 { throw .writeFailed(path: report.path, errno: errno) }
        written = true
        SnapshotFile(path: report.path).syncDirectory()
    }

    /// Deletes the reports of cases deleted for good (run by the purge, beside the data file).
    static func removeReports(of targets: [PurgeTarget], beside file: SnapshotFile) throws(SnapshotError) {
        let directory = CaseReportFile.directory(of: file)
        var s = stat()
        // No report directory (or a link, which is never followed): nothing of ours to delete.
        guard lstat(directory, &s) == 0, s.st_mode & S_IFMT == S_IFDIR else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where targets.contains(where: { CaseReportFile.isReport(named: name, of: $0.number) }) {
            try SnapshotFile.remove(directory + "/" + name)
        }
        SnapshotFile(path: directory + "/x").syncDirectory()
    }

    /// The report directory: made 0700 when missing; refused when it is a link or not a directory.
    static func ensurePrivateDirectory(_ path: String) throws(SnapshotError) {
        var s = stat()
        var created = false
        if lstat(path, &s) != 0 {
            guard errno == ENOENT else { throw .writeFailed(path: path, errno: errno) }
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw .writeFailed(path: path, errno: errno) }
            guard lstat(path, &s) == 0 else { throw .writeFailed(path: path, errno: errno) }
            created = true
        }
        switch s.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw SnapshotFile(path: path).symlinkError()
        default: throw .writeFailed(path: path, errno: ENOTDIR)
        }
        // New: exactly 0700 (mkdir applied the umask). Ours from before: whatever group and
        // others were given is taken back. A colleague's directory in a team share stays as it is.
        if created {
            chmod(path, 0o700)
        } else if s.st_uid == geteuid(), s.st_mode & 0o077 != 0 {
            chmod(path, s.st_mode & 0o700)
        }
    }
}
